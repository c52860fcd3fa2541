package events

// namedKind reports whether noun phrase pi is a kind of actor its sector
// noun names, with a name the actor base does not know as a modifier
// before that noun: "3R rebels", "Seleka rebels", "Houthi fighters". The
// name says which group, the noun what it is; when the name places no
// one, the phrase is still a description like "the rebels", and stands
// for the country of its passage as those do (frame.go, participant).
// A title before an unknown name ("President Yoweri Museveni") is no such
// phrase: its head is the name.
func (c *coder) namedKind(pi int, sector, title string) bool {
	p := &c.d.Phrases[pi]
	return sector != "" && title == "" && c.tokEnt[p.Head] == 0
}
