package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// datelineMax is how far into the first paragraph (in bytes) a dateline's
// dash or colon may stand.
const datelineMax = 80

// Dateline returns the place of the article's dateline, or nil: the first
// paragraph opens with a place name, optionally followed by a comma and
// more (a country, a date) and an agency in brackets, then a dash or a
// colon and the story ("WARSZAWA (PAP) – …", "KYIV, Ukraine (AP) — …",
// "МОСКВА, 12 мар — РИА Новости."). The name is the resolved place the
// recogniser found there, else the gazetteer's best place of that name
// (continents are no datelines). Nothing in it is language-specific:
// datelines look alike in every language the project reads.
func (g *Gazetteer) Dateline(d *doc.Document, resolved []*Place, ctx Context) *Place {
	var b *doc.Block
	for i := range d.Blocks {
		if d.Blocks[i].Kind == doc.Paragraph {
			b = &d.Blocks[i]
			break
		}
	}
	if b == nil || b.End > len(d.Text) || b.Start >= b.End {
		return nil
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
		return nil
	}
	head := text[:cut]
	if i := strings.IndexByte(head, '('); i >= 0 {
		head = head[:i]
	}
	name, _, _ := strings.Cut(head, ",")
	name = strings.TrimSpace(name)
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || len(strings.Fields(name)) > 4 {
		return nil
	}
	// The recogniser's place there, resolved in context.
	end := b.Start + len(name)
	for i, p := range resolved {
		if p == nil || p.Feature == "CONT" {
			continue
		}
		for _, m := range d.Entities[i].Mentions {
			if m.Start == b.Start && m.End <= end {
				return p
			}
		}
	}
	var best *Place
	for _, p := range g.Lookup(name) {
		if !p.Located || p.Feature == "CONT" {
			continue
		}
		if best == nil || score(p, &doc.Entity{}, ctx) > score(best, &doc.Entity{}, ctx) {
			best = p
		}
	}
	return best
}
