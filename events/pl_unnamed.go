package events

import "strings"

// privateViolence reports whether an act of violence done by no one the
// clause names falls on a private person ("córka została zgwałcona",
// "zamordowano dziecko", "pobity został kibic"): in Polish domestic news
// that is a crime of someone unknown, not an act of the state, so the
// article's authorities are not guessed as its agent. Arrests, charges
// and bans stay the authorities' ("zatrzymano demonstrantów"). Only in a
// language whose slots are cases (the English gold wants agentless
// killings given to the state's forces: h/plrec note).
func (c *coder) privateViolence(typ string, tgt *filler) bool {
	if !c.cased() || typ != "ASSAULT" || tgt == nil {
		return false
	}
	a := tgt.part.Actor
	return privatePerson(a) || strings.HasSuffix(a, "CRM")
}
