package events

// visitor returns, for an English noun of a visit or a journey that stands
// in a prepositional phrase and names no traveller of its own ("said
// during a visit to Beijing", "signed the deal on a trip to Manila"), the
// subject of the nearest finite verb before it: the one who speaks or acts
// there is the one who travelled. It returns nil for another language,
// another entry, a noun outside a prepositional phrase (governor already
// tried it), or when that subject is the host. The caller lowers the
// confidence, as for a joint act's far governor.
func (f *frame) visitor(tgt *filler) *filler {
	c := f.c
	if !c.english() || !f.nominal || f.e.Mode != "visit" || tgt == nil || f.own < 0 || c.d.Phrases[f.own].Prep == "" {
		return nil
	}
	s := f.governor(true)
	if s == nil || same(s, tgt) || s.part.Country != "" && s.part.Country == tgt.part.Country {
		return nil
	}
	s.slot = "subject of the clause the visit is told in"
	return s
}
