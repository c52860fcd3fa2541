package entities_test

import (
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestTitleQuotes: the quotation marks around a title are not part of
// its name, in Polish and Russian; the mention keeps them, as the
// recognizer gave it.
func TestTitleQuotes(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ lang, text, mention, name string }{
		{"pl", "Według „Rzeczpospolitej” i radia RMF FM rozmowy dotyczyły szczepionek.", "„Rzeczpospolitej”", "Rzeczpospolita"},
		{"ru", "Как сообщает газета «Коммерсантъ», переговоры продолжатся.", "«Коммерсантъ»", "Коммерсантъ"},
	} {
		d := &doc.Document{Text: tc.text, Lang: tc.lang, Date: "2024-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				form := d.Form(m.Span)
				if form == tc.mention {
					found = true
					if e.Name != tc.name {
						t.Errorf("%q: %q is named %q, want %q", tc.text, form, e.Name, tc.name)
					}
				}
			}
		}
		if !found {
			var got []string
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					got = append(got, d.Form(m.Span))
				}
			}
			t.Errorf("%q: no mention %q (mentions: %q)", tc.text, tc.mention, got)
		}
	}
}
