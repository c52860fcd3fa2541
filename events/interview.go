package events

import "strings"

// interview reports whether cd is a talk with the media: "powiedział w
// rozmowie z agencją NTB", "spotkał się z dziennikarzami". An interview
// or a press meeting reports what was said, not a consultation between
// two actors, so it is no CONSULT event. The media are the participants
// of sector MED (the sectors of the cue file, or an actor code that ends
// in MED).
func (c *coder) interview(cd *candidate) bool {
	if cd.entry.Type != "CONSULT" && !(cd.entry.Type == "AGREE" && cd.entry.CAMEO == "036") {
		return false
	}
	return c.media(cd.target) || c.media(cd.source)
}

// media reports whether participant f is of the media.
func (c *coder) media(f *filler) bool {
	if f == nil {
		return false
	}
	if strings.HasSuffix(f.part.Actor, "MED") {
		return true
	}
	for _, pi := range []int{f.phrase, f.via} {
		if pi < 0 || pi >= len(c.d.Phrases) {
			continue
		}
		p := &c.d.Phrases[pi]
		if p.Head >= 0 && p.Head < len(c.d.Tokens) && c.x.Sectors[strings.ToLower(c.d.Tokens[p.Head].Lemma)] == "MED" {
			return true
		}
	}
	return c.mediaName(f)
}

// mediaName reports whether participant f is an organisation whose name
// holds a noun of the media sector in its base form ("Polskie Radio 24",
// inflected "Polskim Radiem", which the tagger may leave unlemmatized as a
// proper name) and whose actor code names no body of another kind (a
// country code alone): "Międzynarodowa Agencja Energii Atomowej", an
// organisation of states, has one.
func (c *coder) mediaName(f *filler) bool {
	if f.ent <= 0 || f.ent > len(c.d.Entities) || len(f.part.Actor) > 3 {
		return false
	}
	e := &c.d.Entities[f.ent-1]
	if e.Type != "ORG" {
		return false
	}
	for _, w := range strings.Fields(e.Name) {
		if c.x.Sectors[strings.ToLower(w)] == "MED" {
			return true
		}
	}
	return false
}
