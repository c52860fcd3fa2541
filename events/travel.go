package events

import "strings"

// travel reports whether cd, a visit (mode "visit", CAMEO 042), is a
// private person's journey to a country: a civilian (an actor of sector
// CVL) who comes to a country as a whole ("Asia Bibi przyleciała do
// Kanady", "mogą przybyć do Norwegii jako uchodźcy") travels or
// migrates, and visits no one; so do a country's people named by a
// nationality word and no sector noun ("2.8 million Chinese tourists
// visited Vietnam", "Somalis arrived in Kenya"). A civilian who meets a person ("spotkali
// się z papieżem") or is received by one still consults.
func (c *coder) travel(cd *candidate) bool {
	if cd.entry.Mode != "visit" || cd.entry.CAMEO != "042" || cd.source == nil || cd.target == nil {
		return false
	}
	if !privatePerson(cd.source.part.Actor) && !c.people(cd.source) {
		return false
	}
	t := cd.target.part
	return t.Country != "" && t.Actor == t.Country && !cd.target.body
}

// people reports whether participant f is a country's people named by a
// nationality word without a sector noun ("Chinese tourists",
// "Somalis"): its actor is the bare country code, but no entity's. A
// nationality word in a list may share the noun of the list's last
// phrase ("French, German and Italian diplomats": sector.go), so a
// phrase with others coordinated after it is not taken for people.
func (c *coder) people(f *filler) bool {
	if f.ent != 0 || f.guessed || f.part.Country == "" || f.part.Actor != f.part.Country || !strings.HasPrefix(f.how, "nationality ") {
		return false
	}
	return f.phrase < 0 || !c.hasCoordinated(&c.d.Phrases[f.phrase])
}
