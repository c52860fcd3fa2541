package events

import "strings"

// interview reports whether a consultation has a news outlet or
// journalists for a party ("powiedział w rozmowie z agencją Reutera",
// "w rozmowie z polskimi dziennikarzami"): that is an interview, which
// reports what was said, not a consultation between the parties.
func interview(typ string, src, tgt *filler) bool {
	if typ != "CONSULT" {
		return false
	}
	for _, f := range []*filler{src, tgt} {
		if f != nil && strings.HasSuffix(f.part.Actor, "MED") {
			return true
		}
	}
	return false
}
