package actors

import "github.com/kronika/kronika/doc"

// retypeByKind gives an entity linked to actor a of the base the type of
// a's kind where the recognizer's type says another kind of thing: the
// base knows what a name is better than one sentence does. A company or
// agency read as a person ("Gazpromu", "Wintershall"), or as a place, is
// an organisation; a state or a capital read as a person or an
// organisation ("Moskwa zapowiedziała") is a place (its actor code, the
// state or its government, stays as linked). Seats of power (the Kremlin,
// the Pentagon: places with a role) and people keep the recognizer's
// type, and so do nationality words. Actors of a user's file are typed by
// retypeUserName instead.
func retypeByKind(e *doc.Entity, a *Actor) {
	switch {
	case e.Type == "NORP":
	case a.Kind == Org && (e.Type == "PERSON" || e.Type == "GPE"):
		e.Type = "ORG"
	case a.Kind == Country && (e.Type == "PERSON" || e.Type == "ORG"):
		e.Type = "GPE"
	case a.Kind == Place && e.Type == "ORG" && !hasRole(a):
		e.Type = "GPE"
	}
}

// hasRole reports whether one of a's tenures has a role.
func hasRole(a *Actor) bool {
	for _, t := range a.Tenures {
		if t.Role != "" {
			return true
		}
	}
	return false
}
