package segment

import (
	"testing"

	"github.com/kronika/kronika/doc"
)

// FuzzSegment segments any string as one paragraph and checks the
// invariants of the result: no panic, tokens inside the block, ordered,
// non-overlapping and on UTF-8 boundaries, sentences covering them.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"", " ", ".", "...", "– Tak. – Nie – powiedział.", "m.in. 12,5% 19.06.2024 12:30",
		"https://x.pl/a_(b)). a@b.c.", "J.R.R. Tolkien, U.S. Army", "„Tak.” «Nie» ‚może’",
		"👍🏽🇵🇱\u200d👩\u200d", "\xff\xfe abc \xc3", "1-2-3 a-b- -c 2:0 12:30:45 1/2/x",
		"W 1492 r. Kolumb. 3. Punkt", "(...) […] ?!?! …", "x\u00adY ab\u0301c",
	} {
		f.Add(s)
	}
	pl := loadLang(f, "pl")
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Document{Text: "<" + s + ">"}
		d.Blocks = []doc.Block{
			{Span: doc.Span{Start: 0, End: 1}, Kind: doc.Header},
			{Span: doc.Span{Start: 1, End: 1 + len(s)}, Kind: doc.Paragraph},
		}
		Segment(d, pl)
		checkInvariants(t, d)
		for _, tk := range d.Tokens {
			if tk.Start < 1 || tk.End > 1+len(s) {
				t.Fatalf("token %+v outside the paragraph [1,%d)", tk.Span, 1+len(s))
			}
		}
	})
}
