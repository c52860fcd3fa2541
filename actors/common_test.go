package actors

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kronika/kronika/doc"
)

// commonKB is a small base with an office holder whose last name is a
// common one (common-surnames.tsv) and one whose last name is not.
func commonKB(t *testing.T) *KB {
	t.Helper()
	fsys := fstest.MapFS{
		"data/countries.tsv": {Data: []byte("POL\tPoland\tPolish\tPolska\n" +
			"EUR\tEuropean Union\tEuropean\tUnia Europejska\n")},
		"data/roles.tsv": {Data: []byte("pl\tburmistrz\tGOV\n" +
			"pl\tkomisarz rolnictwo\tGOVAGR\n" +
			"pl\tminister\tGOV\n")},
		"data/people.tsv": {Data: []byte(
			"Zenon Wierzbicki\tEUR\tGOVAGR\t2019-12-01\t2024-11-30\tEuropean commissioner for agriculture\n" +
				"Ksawery Brzęczyk\tPOL\tGOVAGR\t2015\t2019\tminister of agriculture\n")},
		"data/common-surnames.tsv": {Data: []byte("# test\nWierzbicki\n")},
	}
	kb, err := Load(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// sentenceDoc makes a one-sentence document of words written
// "form/lemma/UPOS" (lemma and UPOS optional), with a PERSON entity
// mentioned by the word name and, when full is not "", another PERSON
// entity of that name.
func sentenceDoc(date, text, name, full string) *doc.Document {
	d := &doc.Document{Date: date, Lang: "pl"}
	var b strings.Builder
	var mention doc.Span
	for i, w := range strings.Fields(text) {
		parts := strings.Split(w, "/")
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(parts[0])
		tok := doc.Token{Span: doc.Span{Start: start, End: b.Len()}, Kind: doc.Word, SpaceAfter: true, Lemma: strings.ToLower(parts[0])}
		if len(parts) > 1 && parts[1] != "" {
			tok.Lemma = parts[1]
		}
		if len(parts) > 2 {
			tok.UPOS = parts[2]
		}
		if parts[0] == name {
			mention = tok.Span
			tok.Lemma = name
			tok.UPOS = "PROPN"
		}
		d.Tokens = append(d.Tokens, tok)
	}
	d.Text = b.String()
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, FirstToken: 0, EndToken: len(d.Tokens)}}
	if full != "" {
		typ := "PERSON"
		if full == "Unia Europejska" {
			typ = "ORG"
		}
		d.Entities = append(d.Entities, doc.Entity{Type: typ, Name: full})
	}
	d.Entities = append(d.Entities, doc.Entity{Type: "PERSON", Name: name,
		Mentions: []doc.Mention{{Span: mention, Lemma: name}}})
	return d
}

// TestCommonSurname checks that a common last name alone links the one
// person of the base who has it only with evidence that the article means
// that person, while a rarer last name links without it.
func TestCommonSurname(t *testing.T) {
	kb := commonKB(t)
	tests := []struct {
		date, text, name, full string
		want                   string
	}{
		// no evidence: a local official of that name
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN Wierzbicki", name: "Wierzbicki"},
		{date: "2012-05-04", text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN Wierzbicki", name: "Wierzbicki"},
		// a mayor is no commissioner: a role of no country must be the office's own
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN burmistrza/burmistrz/NOUN Wierzbicki", name: "Wierzbicki"},
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN ministra/minister/NOUN Wierzbicki", name: "Wierzbicki"},
		// the date within the person's office
		{date: "2021-03-02", text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN Wierzbicki", name: "Wierzbicki", want: "Zenon Wierzbicki"},
		// the full name elsewhere in the document
		{date: "2012-05-04", text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN Wierzbicki", name: "Wierzbicki", full: "Zenon Wierzbicki", want: "Zenon Wierzbicki"},
		// another person's full name is no evidence
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN Wierzbicki", name: "Wierzbicki", full: "Ksawery Brzęczyk"},
		// a title that fits the office
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN komisarza/komisarz/NOUN rolnictwa/rolnictwo/NOUN Wierzbicki", name: "Wierzbicki", want: "Zenon Wierzbicki"},
		// a country of the document is no evidence
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN Wierzbicki", name: "Wierzbicki", full: "Unia Europejska"},
		// a last name not common links alone, as before
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN Brzęczyk", name: "Brzęczyk", want: "Ksawery Brzęczyk"},
		{text: "Radni odrzucili/odrzucić/VERB wniosek/wniosek/NOUN burmistrza/burmistrz/NOUN Brzęczyk", name: "Brzęczyk", want: "Ksawery Brzęczyk"},
	}
	for _, tt := range tests {
		d := sentenceDoc(tt.date, tt.text, tt.name, tt.full)
		kb.Resolve(d, nil)
		e := d.Entities[len(d.Entities)-1]
		if e.Canonical == tt.name {
			e.Canonical = "" // the name itself, kept for an unknown person
		}
		if e.Canonical != tt.want {
			t.Errorf("%q at %q (named in full: %q): %q %q, want %q", tt.text, tt.date, tt.full, e.Canonical, e.Actor, tt.want)
		}
	}
}
