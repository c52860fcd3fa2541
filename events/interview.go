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
	return false
}
