package events

// companionEnd returns the end (exclusive) of the stretch after trigger ti
// in which its companion words are looked for: six words, a name of
// several words counting as one ("ordered journalist Jose Ruben Zamora
// back to prison" keeps "prison" with "ordered"), within sentence s's end.
func (c *coder) companionEnd(end, ti int) int {
	k, n := ti+1, 0
	for k < end && n < 6 {
		if e := c.tokEnt[k]; e == 0 || k == ti+1 || c.tokEnt[k-1] != e {
			n++
		}
		k++
	}
	return k
}
