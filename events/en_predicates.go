package events

import "github.com/kronika/kronika/doc"

// sharedSubjectEnd returns, for a finite verb group vg that follows a
// coordinating conjunction directly ("met in the capital, Bangui, and
// signed an agreement", "stormed the hotel and then killed five"), where
// the first predicate's verb group begins: the two predicates share the
// subject before it, and a phrase after it (an object, a place, an
// apposition in the first predicate) is no subject of vg. It returns -1
// when vg is no such second predicate: its subject is looked for as for
// any verb. Only for a language whose subject is a position (English);
// Polish finds the agreeing nominative wherever it stands.
func (f *frame) sharedSubjectEnd(vg *doc.Phrase) int {
	c, d := f.c, f.c.d
	if c.x.Subject.Pos != "subj" || vg.Form != "fin" {
		return -1
	}
	s := d.Sentences[f.si]
	k := vg.First - 1
	for k > s.FirstToken && d.Tokens[k].UPOS == "ADV" && c.tokPhrase[k] == 0 {
		k-- // "and then signed"
	}
	if k <= s.FirstToken || d.Tokens[k].UPOS != "CCONJ" || c.tokPhrase[k] != 0 {
		return -1
	}
	ph := c.phrases(f.si)
	for i := len(ph) - 1; i >= 0; i-- {
		q := &d.Phrases[ph[i]]
		if q.Kind != doc.VerbGroup || q.First >= k || q == vg {
			continue
		}
		if q.Form != "fin" {
			continue
		}
		return q.First
	}
	return -1
}
