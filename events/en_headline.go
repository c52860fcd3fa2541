package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

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
	if !c.inTitle(f.si) {
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

// headlineFuture puts in the future an act an English headline announces
// with "to" and the bare verb after its subject ("Japan's PM to Visit
// India, Philippines", "EU to Impose Tariffs on Chinese EVs"): headline
// grammar drops "is", and "X to do" is what X is due to do, not what it
// did. Only an asserted act whose verb group is an infinitive right after
// "to", with no finite verb before it in the headline.
func (c *coder) headlineFuture(cd *candidate, vg int) {
	d := c.d
	if !c.english() || vg < 0 || cd.modality != "asserted" {
		return
	}
	s := d.Sentences[cd.sentence]
	if !c.inTitle(cd.sentence) {
		return
	}
	v := &d.Phrases[vg]
	if v.Form != "inf" || v.First <= s.FirstToken ||
		!strings.EqualFold(d.Form(d.Tokens[v.First-1].Span), "to") && !strings.EqualFold(d.Form(d.Tokens[v.First].Span), "to") {
		return // (the chunker may leave "to" out of the group or keep it)
	}
	for _, pi := range c.phrases(cd.sentence) {
		q := &d.Phrases[pi]
		if q.First >= v.First {
			break
		}
		if q.Kind == doc.VerbGroup && q.Form == "fin" {
			return // "Trump says Putin to visit": the infinitive hangs on a verb
		}
	}
	cd.modality = "future"
	cd.confidence -= 0.2
	cd.explain = append(cd.explain, "modality future: a headline's \"to\" + verb after its subject")
}

// headlineObjects returns, for the target tgt of a trigger in an English
// headline, the names listed after it with a comma for "and" ("Japan's PM
// to Visit India, Philippines", "US Sanctions Russia, Iran Over Drones"):
// each a noun phrase without a preposition that follows a comma right
// after the one before and names an entity; nil otherwise.
func (f *frame) headlineObjects(tgt *filler) []*filler {
	c, d := f.c, f.c.d
	if !c.english() || tgt == nil || tgt.phrase < 0 || tgt.ent == 0 {
		return nil
	}
	s := d.Sentences[f.si]
	if !c.inTitle(f.si) {
		return nil
	}
	var out []*filler
	end := d.Phrases[tgt.phrase].End
	for k := tgt.phrase + 1; k < c.sentPh[f.si][1]; k++ {
		q := &d.Phrases[k]
		if end >= s.EndToken || d.Form(d.Tokens[end].Span) != "," || q.Kind != doc.NounPhrase || q.Prep != "" || q.First != end+1 {
			break
		}
		part := c.participant(k)
		if part == nil || part.ent == 0 || same(part, tgt) {
			break
		}
		part.slot = "listed after the object in the headline"
		out = append(out, part)
		end = q.End
	}
	return out
}

// inTitle reports whether sentence si stands in the document's title.
func (c *coder) inTitle(si int) bool {
	d := c.d
	b := d.Sentences[si].Block
	return b >= 0 && b < len(d.Blocks) && d.Blocks[b].Kind == doc.Title
}
