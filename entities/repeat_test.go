package entities_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/entities"
	"github.com/kronika/kronika/lang"
)

// leadNER finds names in the first sentence only, as a recognizer that
// misses a name in a context it has not learnt.
type leadNER struct{ fakeNER }

func (f leadNER) Recognize(d *doc.Document, toks []doc.Token) []lang.NameSpan {
	if len(toks) == 0 || toks[0].Start != 0 {
		return nil
	}
	return f.fakeNER.Recognize(d, toks)
}

// TestRepeatNames checks that a name found once is found where the
// document writes it again the same way, and only there.
func TestRepeatNames(t *testing.T) {
	ner := leadNER{fakeNER{"Gazprom": "ORG", "Nord": "PRODUCT", "Gdynia": "GPE", "Rosjanie": "NORP", "X": "ORG", "Jan": "PERSON"}}
	for _, tc := range []struct {
		text string
		want []string // the mentions, "TYPE form", in text order
	}{
		{"Gazprom buduje gazociąg\nEksperci sądzą , że Gazprom zyska\nGazpromu nie stać", // another form is not the name as written
			[]string{"ORG Gazprom", "ORG Gazprom"}},
		{"Gazprom buduje\nGazprom Nieft też buduje", // part of a longer name
			[]string{"ORG Gazprom"}},
		{"Nord Stream działa\nNord Stream 2 powstaje\nNord Stream ma dwie nitki",
			[]string{"PRODUCT Nord Stream", "PRODUCT Nord Stream"}},
		{"Gdynia , Gazprom\nW Gdyni mówi się o Gdynia", // types kept per name
			[]string{"GPE Gdynia", "ORG Gazprom", "GPE Gdynia"}},
		{"Rosjanie i X\nRosjanie oraz X", // nationality words and one-letter names stay as found
			[]string{"NORP Rosjanie", "ORG X"}},
		{"nic\nGazprom", nil},
		// A surname found after the person's full name is one mention,
		// not found again as a repeated name.
		{"Jan Kowalski mówi\nSąd zajmie się Kowalskim", []string{"PERSON Jan Kowalski", "PERSON Kowalskim"}},
	} {
		d := document(tc.text)
		entities.Annotate(d, &lang.Language{Code: "xx", NER: ner})
		type at struct {
			start int
			s     string
		}
		var got []at
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				got = append(got, at{m.Start, e.Type + " " + d.Form(m.Span)})
			}
		}
		for i := 1; i < len(got); i++ {
			for j := i; j > 0 && got[j].start < got[j-1].start; j-- {
				got[j], got[j-1] = got[j-1], got[j]
			}
		}
		var s []string
		for _, g := range got {
			s = append(s, g.s)
		}
		if strings.Join(s, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: mentions %q, want %q", tc.text, s, tc.want)
		}
	}
}

// TestIntroducedAbbrevs checks that an abbreviation given in brackets
// after a name is a mention of the name's entity there and wherever the
// document writes it again.
func TestIntroducedAbbrevs(t *testing.T) {
	ner := leadNER{fakeNER{"Polska": "ORG", "Gazprom": "ORG"}}
	for _, tc := range []struct {
		text string
		want []want
	}{
		{"Polska Agencja Prasowa ( PAP ) podała\nWedług PAP rząd milczy",
			[]want{{"ORG", "Polska Agencja Prasowa", []string{"Polska Agencja Prasowa", "PAP", "PAP"}}}},
		// Brackets that do not abbreviate the name hold no mention.
		{"Gazprom ( RUS ) podał\nWedług RUS rząd milczy",
			[]want{{"ORG", "Gazprom", []string{"Gazprom"}}}},
	} {
		d := document(tc.text)
		entities.Annotate(d, &lang.Language{Code: "xx", NER: ner})
		if len(d.Entities) != len(tc.want) {
			t.Errorf("%q: %d entities, want %d: %+v", tc.text, len(d.Entities), len(tc.want), d.Entities)
			continue
		}
		for i, e := range d.Entities {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, d.Form(m.Span))
			}
			if w := tc.want[i]; e.Type != w.typ || e.Name != w.name || strings.Join(ms, "|") != strings.Join(w.mentions, "|") {
				t.Errorf("%q: entity %d = %s %q %q, want %s %q %q", tc.text, i, e.Type, e.Name, ms, w.typ, w.name, w.mentions)
			}
		}
	}
}

// TestKnownNames: a capitalised word inside a sentence that the actor
// base knows as a state or an organisation is a name even where the
// recognizer found none; not at a sentence's start, not inside a longer
// capitalised run, not a person's last name.
func TestKnownNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "TYPE form"
	}{
		{"To ważne dla Polski i Gazpromu", []string{"GPE Polski", "ORG Gazpromu"}},
		{"Polski rząd milczy", nil},
		{"Gazprom zapowiada budowę", []string{"ORG Gazprom"}},
		{"Rosja zapowiada budowę", nil}, // no proper noun in the dictionary here
		// ... but the document names it elsewhere: the first word is it too
		{"Rosja zapowiada budowę , a rząd Rosji milczy", []string{"GPE Rosja", "GPE Rosji"}},
		{"Rosja zapowiada budowę , a rząd milczy", nil},
		{"Zdaniem Polski", []string{"GPE Polski"}},
		{"Umowę podpisał Gazprom Neft", nil},
		{"Rozmawiał z nim Putin", nil},
		{"Spotkanie w Stołach trwało", nil},
	} {
		d := document(tc.text)
		for i := range d.Tokens {
			switch d.Form(d.Tokens[i].Span) {
			case "Polski":
				d.Tokens[i].Lemma = "Polska" // the dictionary's proper noun
				if i == 0 {
					d.Tokens[i].Lemma = "polski" // "Polski rząd": the adjective
				}
			case "Gazprom":
				d.Tokens[i].Lemma = "Gazprom"
			case "Rosji":
				d.Tokens[i].Lemma, d.Tokens[i].UPOS = "Rosja", "PROPN"
			}
		}
		entities.Annotate(d, &lang.Language{Code: "xx", NER: fakeNER{}})
		var got []string
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				got = append(got, e.Type+" "+d.Form(m.Span))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
