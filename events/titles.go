package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// titleNounSector returns the sector a title or body noun before the head of
// noun phrase p names ("Prime Minister Ehud Barak", "Judge Alejandro
// Rivera", "the army chief"), or "" for none. Only nouns count: an
// adjective ("military aid") names no actor.
func (c *coder) titleNounSector(p *doc.Phrase) string {
	for t := p.First; t < p.Head; t++ {
		tok := &c.d.Tokens[t]
		if tok.UPOS != "NOUN" && tok.UPOS != "PROPN" {
			continue
		}
		if s := c.x.Sectors[strings.ToLower(tok.Lemma)]; s != "" {
			return s
		}
	}
	return ""
}

// unknownTitled reports whether an entity the actor base does not know
// may still stand for the article's main country: a person with a title
// that names a sector ("President Yoweri Museveni" in a story about
// Uganda is its government). A civilian word is no title ("the family of").
func unknownTitled(typ, title string) bool {
	return typ == "PERSON" && title != "" && title != "CVL"
}
