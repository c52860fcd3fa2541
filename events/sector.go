package events

import (
	"slices"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/lang"
)

// maxSectorWords bounds the words of a sector phrase ("main opposition
// group", "foreign minister").
const maxSectorWords = 4

// sectorOf returns the sector code the words of noun phrase pi end in: the
// longest run of lemmas ending at its head that the lexicon's sectors list
// ("main opposition group", "foreign minister"), else its head's alone;
// "" when none. Entity tokens end a run: a name is no part of a sector
// phrase ("Gondor main opposition group" is "main opposition group").
func (c *coder) sectorOf(pi int) string {
	d := c.d
	p := &d.Phrases[pi]
	head := strings.ToLower(d.Tokens[p.Head].Lemma)
	if len(c.x.Sectors) == 0 {
		return ""
	}
	best := c.x.Sectors[head]
	words := []string{head}
	for t := p.Head - 1; t >= p.First && len(words) < maxSectorWords; t-- {
		if c.tokEnt[t] != 0 {
			break
		}
		words = append([]string{strings.ToLower(d.Tokens[t].Lemma)}, words...)
		if s, ok := c.x.Sectors[strings.Join(words, " ")]; ok {
			best = s
		}
	}
	return c.qualifiedSector(pi, best) // "opposition leaders": en_sector.go
}

// titleSector returns the sector a title before the named head of phrase
// pi gives ("Bree Prime Minister Romendacil": GOV from "minister"): the
// last sector word among the words of the phrase before the head's name
// that belong to no name; "" when none does.
func (c *coder) titleSector(pi int) string {
	d := c.d
	p := &d.Phrases[pi]
	ent := c.tokEnt[p.Head]
	start := p.Head
	for start > p.First && c.tokEnt[start-1] == ent {
		start--
	}
	sector := ""
	for t := p.First; t < start; t++ {
		if c.tokEnt[t] != 0 {
			continue
		}
		if s := c.x.Sectors[strings.ToLower(d.Tokens[t].Lemma)]; s != "" {
			sector = s
		}
	}
	return sector
}

// coordinatedOf returns the participants coordinated with filler x. When
// x was named through a genitive or a seat after a sector noun ("the
// ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and
// Gondor"), the sector is each coordinated country's too.
func (f *frame) coordinatedOf(x *filler) []*filler {
	out := f.coordinated(x.via)
	f.sharedHead(x, out)
	if x.phrase < 0 || x.via == x.phrase || len(out) == 0 {
		return out
	}
	sector := f.c.sectorOf(x.phrase)
	if sector == "" {
		return out
	}
	for _, o := range out {
		if o.part.Country != "" && o.part.Actor == o.part.Country {
			o.part.Actor = o.part.Country + sector
		}
	}
	return out
}

// negationBefore reports whether token j, before trigger ti, is a
// negation in the trigger's own verb group ("did n't clash"): a companion
// there, as a verb dictionary's negated patterns want it.
func (c *coder) negationBefore(j, ti int) bool {
	if j >= ti || c.cue(c.d.Tokens[j].Lemma)&lang.CueNegation == 0 &&
		c.cue(c.d.Form(c.d.Tokens[j].Span))&lang.CueNegation == 0 {
		return false
	}
	vg := c.verbGroup(ti)
	return vg >= 0 && c.d.Phrases[vg].First <= j
}

// formTriggers puts before idx (the entries of token t's lemma) the
// entries whose head is t's own form, when that differs from its lemma: a
// verb dictionary that lists an inflected form as a verb of its own
// ("LEFT [032]" beside "LEAVE [012]") means that form.
func (c *coder) formTriggers(t *doc.Token, idx []int) []int {
	var fb, lb [64]byte
	f := textutil.AppendLower(fb[:0], c.d.Form(t.Span))
	if string(f) == string(textutil.AppendLower(lb[:0], t.Lemma)) {
		return idx
	}
	fi := c.x.Triggers(string(f))
	if len(fi) == 0 {
		return idx
	}
	return append(fi[:len(fi):len(fi)], idx...)
}

// paired codes the entries among rest that come from the same line as e
// with the same words: a verb dictionary's pattern with two codes
// ("[032:033]": the visit, and the hosting back) is two entries, and
// both are coded where the pattern matches.
func (c *coder) paired(rest []int, e *lang.EventEntry, si, ti int, nominal bool, comp []int) []*candidate {
	var out []*candidate
	for _, ej := range rest {
		p := &c.x.Entries[ej]
		if p.Line != e.Line || p.POS != e.POS || !slices.Equal(p.Words, e.Words) {
			continue
		}
		out = append(out, c.code(p, si, ti, nominal, comp)...)
	}
	return out
}

// sharedHead gives the sector of the last of coordinated phrases to the
// ones before it that are a bare nationality word or country name: their
// noun is the last one's ("French and German officials", "Cameroon and
// C.A.R. officials": the officials of each). x is the first phrase's
// filler, out the others', in order.
func (f *frame) sharedHead(x *filler, out []*filler) {
	if len(out) == 0 || x.phrase < 0 || !f.c.bareName(x.phrase) {
		return
	}
	last := out[len(out)-1]
	if last.phrase < 0 || last.part.Country == "" {
		return
	}
	sector := f.c.sectorOf(last.phrase)
	if sector == "" || last.part.Actor != last.part.Country+sector {
		return
	}
	for _, o := range append([]*filler{x}, out[:len(out)-1]...) {
		if o.phrase >= 0 && o.part.Country != "" && o.part.Actor == o.part.Country && f.c.bareName(o.phrase) {
			o.part.Actor = o.part.Country + sector
			o.how += " (sharing the noun " + strings.ToLower(f.c.d.Tokens[f.c.d.Phrases[last.phrase].Head].Lemma) + " of the phrase coordinated with it: " + sector + ")"
		}
	}
}

// bareName reports whether noun phrase pi is one name and nothing else:
// every token belongs to one entity of type NORP or GPE.
func (c *coder) bareName(pi int) bool {
	p := &c.d.Phrases[pi]
	ent := c.tokEnt[p.First]
	if ent == 0 {
		return false
	}
	if t := c.d.Entities[ent-1].Type; t != "NORP" && t != "GPE" {
		return false
	}
	for k := p.First; k < p.End; k++ {
		if c.tokEnt[k] != ent {
			return false
		}
	}
	return true
}
