package events

import "strings"

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
	return best
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
