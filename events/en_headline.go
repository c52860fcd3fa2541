package events

import "github.com/kronika/kronika/doc"

// headlineList returns, for the subject src of a trigger in an English
// headline, the parties listed before it with a comma for "and" ("Ukraine,
// Poland agree to boost security ties", "Russia, China condemn US
// strikes"): headlines drop the conjunction, and the chunker joins only
// phrases with one. Only names (entities) count, the list must start the
// headline, and each item must be a noun phrase without a preposition
// followed by a comma; nil otherwise.
func (f *frame) headlineList(src *filler) []*filler {
	c, d := f.c, f.c.d
	if !c.english() || src == nil || src.phrase < 0 || src.ent == 0 {
		return nil
	}
	s := d.Sentences[f.si]
	if s.Block < 0 || s.Block >= len(d.Blocks) || d.Blocks[s.Block].Kind != doc.Title {
		return nil
	}
	var out []*filler
	end := d.Phrases[src.phrase].First // the comma before the next item
	for k := src.phrase - 1; k >= c.sentPh[f.si][0]; k-- {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.Prep != "" || q.End+1 != end || d.Form(d.Tokens[q.End].Span) != "," {
			return nil
		}
		part := c.participant(k)
		if part == nil || part.ent == 0 || same(part, src) {
			return nil
		}
		part.slot = "listed before the subject in the headline"
		out = append(out, part)
		if q.First == s.FirstToken {
			return out
		}
		end = q.First
	}
	return nil
}
