package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelineMax is how far into the first paragraph (in bytes) a dateline's
// dash or colon may stand.
const datelineMax = 80

// DatelineName returns the byte span in d.Text of the place name a
// dateline opens the first paragraph with, or ok false: the paragraph
// opens with a capitalised name of at most four words, optionally
// followed by a comma and more (a country, a date) and an agency in
// brackets, then a dash or a colon and the story ("WARSZAWA (PAP) – …",
// "KYIV, Ukraine (AP) — …", "МОСКВА, 12 мар — РИА Новости."). HeadEnd is
// where the dateline's dash or colon stands: nothing before it is part of
// the story. Datelines look alike in every language the project reads.
func (d *Document) DatelineName() (start, end, headEnd int, ok bool) {
	var b *Block
	for i := range d.Blocks {
		if d.Blocks[i].Kind == Paragraph {
			b = &d.Blocks[i]
			break
		}
	}
	if b == nil || b.End > len(d.Text) || b.Start >= b.End {
		return 0, 0, 0, false
	}
	text := d.Text[b.Start:b.End]
	cut := -1
	for i, r := range text {
		if i > datelineMax || r == '\n' {
			break
		}
		if r == '–' || r == '—' || r == ':' || r == '-' && i > 0 && text[i-1] == ' ' {
			cut = i
			break
		}
	}
	if cut <= 0 || len(strings.TrimSpace(text[cut:])) < 20 {
		return 0, 0, 0, false
	}
	head := text[:cut]
	if i := strings.IndexByte(head, '('); i >= 0 {
		head = head[:i]
	}
	name, _, _ := strings.Cut(head, ",")
	name = strings.TrimSpace(name)
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || len(strings.Fields(name)) > 4 {
		return 0, 0, 0, false
	}
	return b.Start, b.Start + len(name), b.Start + cut, true
}
