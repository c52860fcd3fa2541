package en

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

// titled is a document whose first line, a title block, is title and
// whose body follows after a blank line; its tokens are the title's.
func titled(title, body string) (*doc.Document, []doc.Token) {
	d, toks := sentence(title)
	d.Text = title + "\n\n" + body
	d.Blocks = []doc.Block{
		{Span: doc.Span{Start: 0, End: len(title)}, Kind: doc.Title},
		{Span: doc.Span{Start: len(title) + 2, End: len(d.Text)}, Kind: doc.Paragraph},
	}
	return d, toks
}

func TestHeadlineFold(t *testing.T) {
	for _, tc := range []struct {
		title, body string
		kind        doc.BlockKind
		want        string // the title as the tagger reads it
	}{
		{"Russia Strikes Ukraine Power Grid", "", doc.Title, "Russia strikes Ukraine power grid"},
		{"Protesters Clash With Police In Tbilisi", "", doc.Title, "Protesters clash with police in Tbilisi"},
		{"Germany Sends More Tanks To Poland After Talks", "", doc.Heading, "Germany sends more tanks to Poland after talks"},
		// acronyms and names with inner capitals stay as written
		{"NATO Allies Pledge New Aid For McAllister Base", "", doc.Title, "NATO allies pledge new aid for McAllister base"},
		// a word the article writes capitalised inside its sentences is a name
		{"Senators Question Trump Over Tariff Plan", "Senators asked why Trump wanted the tariff plan, and the Trump team said little.",
			doc.Title, "Senators question Trump over tariff plan"},
		{"Farmers Protest As Brown Takes Office", "Farmers said Brown had promised help. Officials met Brown on Monday.",
			doc.Title, "Farmers protest as Brown takes office"},
		// a title before a name stays capitalised
		{"Voters Cheer As President Okonkwo Visits Village", "", doc.Title, "Voters cheer as President Okonkwo visits village"},
		// not title case: left alone
		{"Russia strikes Ukraine's power grid again", "", doc.Title, "Russia strikes Ukraine's power grid again"},
		{"RUSSIA STRIKES UKRAINE POWER GRID", "", doc.Title, "RUSSIA STRIKES UKRAINE POWER GRID"},
		// title case in a paragraph is not a headline
		{"Russia Strikes Ukraine Power Grid", "", doc.Paragraph, "Russia Strikes Ukraine Power Grid"},
	} {
		d, toks := titled(tc.title, tc.body)
		d.Blocks[0].Kind = tc.kind
		fold := make([]bool, len(toks))
		any := headlineFold(d, toks, fold)
		var got []string
		for i, tok := range toks {
			w := d.Form(tok.Span)
			if fold[i] {
				w = strings.ToLower(w[:1]) + w[1:]
			}
			got = append(got, w)
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.title, s, tc.want)
		}
		if any != (tc.want != tc.title) {
			t.Errorf("%q: headlineFold reported %v", tc.title, any)
		}
	}
}

func TestHeadlineTags(t *testing.T) {
	for _, tc := range []struct{ title, word, want string }{
		{"Russia Imposes New Sanctions On Iran", "Imposes", "VBZ"},
		{"Protesters Clash With Police In Tbilisi", "Clash", "VBP"},
		{"Kenya Expels Two Foreign Diplomats", "Expels", "VBZ"},
		// the verb of a headline the tagger reads as a noun
		{"Constitutional crisis shakes Bosnia", "shakes", "VBZ"},
		{"Supreme Court Orders Schools to Reopen", "Orders", "VBZ"},
		{"Constitutional Crisis Shakes Bosnia", "Shakes", "VBZ"},
		{"Rebels Could Seize Capital Within Days", "Could", "MD"},
		// a headline with a verb keeps its nouns
		{"Army says raids target rebels", "raids", "NNS"},
		// a name stays a name
		{"Ankara Defies Washington Over Missiles", "Washington", "NNP"},
	} {
		d, toks := titled(tc.title, "The body of the story.")
		Analyzer{}.Analyze(d, toks)
		got := ""
		var tags []string
		for _, tok := range toks {
			f := d.Form(tok.Span)
			tags = append(tags, f+"/"+tok.XPOS)
			if f == tc.word {
				got = tok.XPOS
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q tagged %q, want %q (%s)", tc.title, tc.word, got, tc.want, strings.Join(tags, " "))
		}
	}
	// The document's text is not changed.
	d, toks := titled("Russia Strikes Ukraine Power Grid", "")
	Analyzer{}.Analyze(d, toks)
	if d.Form(toks[1].Span) != "Strikes" || toks[1].Lemma != "strike" {
		t.Errorf("Strikes: form %q lemma %q", d.Form(toks[1].Span), toks[1].Lemma)
	}
}
