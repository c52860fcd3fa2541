package events

import (
	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

// groupOf returns the group a nationality word stands for when it is no
// state's ("unijny" is the European Union's: "unijni ministrowie",
// "szef unijnej dyplomacji"), or "": the actor base lists such a word as
// another name of the group's own entry (an organisation with no role),
// and a nationality word is only ever looked up as a state's adjective.
func groupOf(e *doc.Entity) string {
	if e.Type != "NORP" || e.Country != "" {
		return ""
	}
	one := ""
	for _, m := range actors.Default().Lookup(e.Name) {
		if m.Adjective || m.Actor.Kind != actors.Org {
			continue
		}
		t := m.Actor.At("")
		if t.Role != "" || t.Country == "" {
			continue
		}
		if one != "" && one != t.Country {
			return ""
		}
		one = t.Country
	}
	return one
}
