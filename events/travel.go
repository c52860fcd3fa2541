package events

import "strings"

// travel reports whether cd, a visit (mode "visit", CAMEO 042), is a
// private person's journey to a country: a civilian (an actor of sector
// CVL) who comes to a country as a whole ("Asia Bibi przyleciała do
// Kanady", "mogą przybyć do Norwegii jako uchodźcy") travels or
// migrates, and visits no one. A civilian who meets a person ("spotkali
// się z papieżem") or is received by one still consults.
func travel(cd *candidate) bool {
	if cd.entry.Mode != "visit" || cd.entry.CAMEO != "042" || cd.source == nil || cd.target == nil {
		return false
	}
	if !strings.HasSuffix(cd.source.part.Actor, "CVL") {
		return false
	}
	t := cd.target.part
	return t.Country != "" && t.Actor == t.Country && !cd.target.body
}
