package events

import (
	"github.com/kronika/kronika/lang"
)

// relativeSpans returns the token ranges of the relative clauses of
// sentence si: from a relative pronoun's phrase ("którą", "z którym") to
// the first comma after the clause's verb, or the sentence's end.
func (c *coder) relativeSpans(si int) [][2]int {
	if c.relSpans == nil {
		c.relSpans = make(map[int][][2]int)
	}
	if sp, ok := c.relSpans[si]; ok {
		return sp
	}
	d := c.d
	var out [][2]int
	end := d.Sentences[si].EndToken
	for _, pi := range c.phrases(si) {
		p := &d.Phrases[pi]
		if c.cue(d.Tokens[p.Head].Lemma)&lang.CueRelative == 0 {
			continue
		}
		// to the first comma after the clause's verb: "która, na mocy
		// przepisów, została skazana" holds its verb past the commas of
		// an insertion
		e, verb := p.End, false
		for ; e < end && !(verb && d.Form(d.Tokens[e].Span) == ","); e++ {
			if v := c.verbGroup(e); v >= 0 && d.Phrases[v].Form != "inf" {
				verb = true
			}
		}
		out = append(out, [2]int{p.First, e})
	}
	c.relSpans[si] = out
	return out
}

// acrossRelative reports whether a relative clause holds one of noun
// phrase pi and trigger ti but not the other: a relative clause's verb
// takes its parties from inside it, and from before it only through its
// pronoun ("Minister Niemiec, z którym rozmawiał Kim Dzong Un": Kim talked
// with the minister, who is no subject), and a verb outside takes none
// from inside ("Ukraina, którą Rosja zaatakowała w 2022 roku, prosi o
// broń": Russia asks for nothing). (A noun trigger may name an act told
// of in a relative clause before it: "Merkel, która spotka się z
// Putinem, a tematem rozmowy będzie …"; the rule is for verbs.)
//
// A clause after a preposition's pronoun ("przemówienie, w którym
// nakreślił") may have dropped its subject, which is then the subject
// before it: subject reports that pi stands before such a clause of ti,
// so that it may still be the subject, after any subject inside.
func (c *coder) acrossRelative(pi, ti int) (across, subject bool) {
	p := &c.d.Phrases[pi]
	for _, sp := range c.relativeSpans(p.Sentence) {
		in := func(t int) bool { return sp[0] <= t && t < sp[1] }
		if in(p.First) != in(ti) {
			rel := int(c.tokPhrase[sp[0]]) - 1
			return true, in(ti) && p.End <= sp[0] && rel >= 0 && c.d.Phrases[rel].Prep != ""
		}
	}
	return false, false
}
