package events

// proposedFor recodes an offer or proposal made "for" another party "to"
// act ("a Chinese and Russian proposal for the U.N. Security Council to
// lift sanctions") as the request it is: the party of the "for" phrase is
// asked to do the act of the infinitive after it, so the proposal is
// REQUEST 100, not an offer of the proposer's own (AGREE 030:
// "proposed talks with India", "a proposal to the EU"). The target must be
// another country's, named by the "for" slot and followed right away by
// the infinitive's particle and a verb. The language turns the rule on
// (rule proposalfor of its cues file), its "for" slot being the
// preposition of the party asked.
func (f *frame) proposedFor(cd *candidate) {
	if !f.c.x.Rules["proposalfor"] || cd.entry.Type != "AGREE" || cd.target == nil || cd.source == nil || cd.target.slot != "for" ||
		cd.target.phrase < 0 || cd.target.part.Country == "" || cd.target.part.Country == cd.source.part.Country {
		return
	}
	c := f.c
	d := c.d
	p := &d.Phrases[cd.target.phrase]
	s := d.Sentences[f.si]
	to := p.End
	if to+1 >= s.EndToken || d.Tokens[to].UPOS != "PART" || d.Tokens[to+1].UPOS != "VERB" {
		return
	}
	recode(cd, "100", "a proposal for another party to act (AGREE "+cd.entry.CAMEO+" for … to "+d.Tokens[to+1].Lemma+")", 0)
}
