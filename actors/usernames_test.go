package actors_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestUserNamesInText: the names of a user's PETRARCH actors file are found
// where the recognizer sees none (a word of its own at the start of a
// sentence), typed by their code, and linked; dated codes written with
// spaces are read.
func TestUserNamesInText(t *testing.T) {
	kb := actors.Default().Clone()
	dict := "ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nOSGILIATH_ARMY [OSGMIL]\n" +
		"GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n" +
		"SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[HOBMIL 20080120-20121109]\n" +
		"MORDOR [MOR]\n+BARAD-DUR\nPRINCE OF DOL AMROTH [DOL]\n"
	if w, err := kb.AddUserFile("test.actors.txt", []byte(dict)); err != nil || len(w) != 0 {
		t.Fatalf("AddUserFile: %v %q", err, w)
	}
	p := pipeline.New()
	p.Actors = kb
	p.Until = "entities"
	for _, tc := range []struct {
		text, date string
		want       string // the entities "TYPE text ACTOR", in order
	}{
		{"Arnor restored ties with Gondor.", "1995-01-01", "GPE Arnor ARN; GPE Gondor GON"},
		// a name inside a longer one the base does not know
		{"Evil Arnor restored ties.", "1995-01-01", "GPE Arnor ARN"},
		{"Arnor's envoy left for Minas Tirith.", "1995-01-01", "GPE Arnor's ARN; GPE Minas Tirith GON"},
		{"The Osgiliath army crossed the river.", "1995-01-01", "ORG Osgiliath army OSGMIL"},
		{"Smeagol met Gollum.", "1996-05-01", "PERSON Smeagol HOBGOV; PERSON Gollum HOBGOV"},
		// the code without dates is the default, for the days no dated
		// code covers
		{"Sam Gamgee left.", "2007-05-01", "PERSON Sam Gamgee HOBCIV"},
		{"Sam Gamgee left.", "2009-05-01", "PERSON Sam Gamgee HOBMIL"},
		{"Sam Gamgee left.", "2015-05-01", "PERSON Sam Gamgee HOB"},
		// a token of the text may hold several words of a name
		{"Arnor left Barad-dur.", "1995-01-01", "GPE Arnor ARN; GPE Barad-dur MOR"},
		{"Arnor met the Prince of Dol_Amroth.", "1995-01-01", "GPE Arnor ARN; GPE Prince of Dol_Amroth DOL"},
		// lower case is an ordinary word
		{"The gondor of the village met them.", "1995-01-01", ""},
	} {
		d := &doc.Document{Lang: "en", Date: tc.date, Format: "text", Text: tc.text}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		type mention struct {
			at   int
			text string
		}
		var ms []mention
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				ms = append(ms, mention{m.Start, e.Type + " " + d.Form(m.Span) + " " + e.Actor})
				if e.Actor == "" {
					continue
				}
				// the words of a linked name are nouns for the chunker
				for _, tk := range d.Tokens {
					if tk.Start >= m.Start && tk.End <= m.End && tk.Kind == doc.Word && tk.UPOS != "PROPN" && tk.UPOS != "NOUN" && tk.UPOS != "ADJ" {
						t.Errorf("%s: %s tagged %s", tc.text, d.Form(tk.Span), tk.UPOS)
					}
				}
			}
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].at < ms[j].at })
		var got []string
		for _, m := range ms {
			got = append(got, m.text)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}
