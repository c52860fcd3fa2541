package events

import "strconv"

// showOfForce gives a weapons test, launch or deployment told with no
// target (MOBILIZE weapons, CAMEO 150: "North Korea conducted a crucial
// test on Friday") the party it is aimed at: the country the source's
// other acts in the article are most often directed at or come from, when
// it is named in at least two of them and more often than any other
// country. A show of force is addressed to someone, and news tells it in
// an article about the two ("Pyongyang issued warnings demanding that
// Washington change its stance"); with no clear counterpart the target
// stays missing.
func showOfForce(found []*candidate) {
	aimed := map[*candidate]*filler{}
	for _, cd := range found {
		if cd.target != nil || cd.source == nil || cd.source.part.Country == "" ||
			cd.entry.Type != "MOBILIZE" || cd.entry.Mode != "weapons" || cd.entry.CAMEO != "150" {
			continue
		}
		own := cd.source.part.Country
		count := map[string]int{}
		last := map[string]*filler{}
		for _, o := range found {
			if o == cd || o.source == nil || o.target == nil {
				continue
			}
			var other *filler
			switch {
			case o.source.part.Country == own:
				other = o.target
			case o.target.part.Country == own:
				other = o.source
			default:
				continue
			}
			if k := other.part.Country; k != "" && k != own {
				count[k]++
				if last[k] == nil || other.part.Actor == k && last[k].part.Actor != k {
					last[k] = other // the country itself before one of its bodies
				}
			}
		}
		best, n, second := "", 0, 0
		for k, v := range count {
			if v > n {
				best, n, second = k, v, n
			} else if v > second {
				second = v
			}
		}
		if n < 2 || n == second {
			continue
		}
		f := *last[best]
		f.slot, f.how = "counterpart", "the country the source's other acts in the article involve most ("+best+", "+strconv.Itoa(n)+" acts)"
		aimed[cd] = &f
	}
	for cd, f := range aimed {
		cd.target = f
	}
}
