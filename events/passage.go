package events

import "strings"

// mainAt returns the country a description with no country of its own
// stands for in sentence si ("policja", "Sąd Najwyższy" unknown to the
// actor base), and the words that say why: the country of the passage
// when one is clear, else the article's main country. The passage is
// si's paragraph: when its sentences before si name one country only,
// and not the article's main one, the paragraph tells of that country
// ("Asia Bibi została zatrzymana … Sąd Najwyższy skasował wyrok" in an
// article mostly about Germany's offer of asylum). A country named only
// in si itself does not make a passage: "Policja zatrzymała dwóch
// Ukraińców" is the police of the article's country; and only a sentence
// that names no country at all takes its passage's: one that names some
// places itself, and a description beside named parties is no more of
// their country than of the article's ("władze Kanady miały zaoferować
// rodzinie kobiety azyl").
func (c *coder) mainAt(si int) (country, how string) {
	if c.passage == nil {
		c.passage = make([]string, len(c.d.Sentences))
		for i := range c.passage {
			c.passage[i] = "?"
		}
	}
	if si < 0 || si >= len(c.passage) {
		return c.main, "an article about " + c.main
	}
	if c.passage[si] == "?" {
		c.passage[si] = c.passageCountry(si)
	}
	if p := c.passage[si]; p != "" && !c.namesCountry(si) {
		return p, "a passage about " + p
	}
	return c.main, "an article about " + c.main
}

// passageCountry returns the one country the sentences of si's paragraph
// before si name, when it is not the article's main country, else "".
func (c *coder) passageCountry(si int) string {
	d := c.d
	if c.main == "" {
		return ""
	}
	block := d.Sentences[si].Block
	one := ""
	for k := si - 1; k >= 0 && d.Sentences[k].Block == block; k-- {
		s := d.Sentences[k]
		for t := s.FirstToken; t < s.EndToken; t++ {
			e := c.tokEnt[t]
			if e == 0 {
				continue
			}
			switch cn := d.Entities[e-1].Country; {
			case cn == "" || strings.HasSuffix(d.Entities[e-1].Actor, "MED"):
				// (a news agency that reports the story, "Reuter", is
				// not where it happens)
			case one == "":
				one = cn
			case cn != one:
				return ""
			}
		}
	}
	if one == c.main {
		return ""
	}
	return one
}

// namesCountry reports whether sentence si names an entity with a
// country.
func (c *coder) namesCountry(si int) bool {
	s := c.d.Sentences[si]
	for t := s.FirstToken; t < s.EndToken; t++ {
		if e := c.tokEnt[t]; e != 0 && c.d.Entities[e-1].Country != "" {
			return true
		}
	}
	return false
}
