package events

// peopleSectors are the sectors of private people, not of bodies that act
// for a state: civilians, and those their calling names, students and
// teachers (EDU), farmers (AGR), refugees (REF), sportsmen (SPT). Doctors
// and nurses (HLH) count as staff, as workers do ("Polish doctors arrived
// in Kyiv" is a visit). They are treated alike where the coder asks whether a
// described participant is a private person: violence against them
// (pl_unnamed.go), their journeys (travel.go), their quarrels with their
// own state (en_actnoun.go).
var peopleSectors = map[string]bool{"CVL": true, "EDU": true, "AGR": true, "REF": true, "SPT": true}

// staffSectors are the sectors of people who work for an employer the
// sentence may name: workers and unions (LAB), health staff (HLH).
var staffSectors = map[string]bool{"LAB": true, "HLH": true}

// actorSector returns the sector of a described participant's actor code,
// its last three letters after the country ("POLHLH" is HLH), "" when it
// has none.
func actorSector(actor string) string {
	if len(actor) < 6 {
		return ""
	}
	return actor[len(actor)-3:]
}

// privatePerson reports whether actor code a is of a country's private
// people (peopleSectors).
func privatePerson(a string) bool {
	return peopleSectors[actorSector(a)]
}

// staffActor reports whether actor code a is of a country's workers
// (staffSectors).
func staffActor(a string) bool {
	return staffSectors[actorSector(a)]
}
