package pl

import "strings"

// Agreement and government, the prior knowledge the tagger starts from:
// without it expectation maximisation cannot tell which of a
// preposition's cases is which (each is only a label on the same word),
// and it may learn them swapped. A preposition governs the case of the
// next nominal word; an adjective agrees in case, number and gender with
// the nominal word after it. Mismatches get these log-scores.
const (
	governPenalty      = -3.0
	agreeCasePenalty   = -2.0
	agreeNumberPenalty = -1.0
	agreeGenderPenalty = -1.0
	// subjectPenalty: a nominative next to a finite verb or past form
	// that does not agree with it in number (and, in the past tense,
	// gender) is rarely its subject.
	subjectPenalty = -1.0
)

// subjects are the classes whose nominative agrees with a verb; verbs the
// agreeing verb forms.
var (
	subjects = map[string]bool{"subst": true, "depr": true, "ppron12": true, "ppron3": true}
	verbs    = map[string]bool{"fin": true, "praet": true, "bedzie": true}
)

// verbAgreement scores a nominative noun (n) next to a verb form (v).
func verbAgreement(nn, ncs, ng, vc, vn, vg string) float64 {
	if ncs != "nom" || vn == "" || nn == "" {
		return 0
	}
	s := 0.0
	if nn != vn {
		s += subjectPenalty
	} else if vc == "praet" && vg != "" && ng != "" {
		if nn == "pl" && (ng == "m1") != (vg == "m1") || nn == "sg" && ng != vg {
			s += subjectPenalty
		}
	}
	return s
}

// nominal classes carry a case that a preposition governs.
var nominal = map[string]bool{
	"subst": true, "depr": true, "ger": true, "adj": true, "ppas": true, "pact": true,
	"num": true, "numcol": true, "ppron12": true, "ppron3": true, "siebie": true,
}

// modifier classes agree with the word after them; agreeing classes may
// be that word.
var (
	modifier = map[string]bool{"adj": true, "ppas": true, "pact": true}
	agreeing = map[string]bool{"subst": true, "depr": true, "ger": true, "adj": true, "ppas": true, "pact": true}
)

// classInfo is a coarse class key split into class, number, case and
// gender, with the roles the rules give its class.
type classInfo struct {
	class, num, cas, gen                             string
	prep, nominal, modifier, agreeing, subject, verb bool
}

// classParts splits a coarse class key.
func classParts(k string) classInfo {
	var p [4]string
	copy(p[:], strings.SplitN(k, ":", 4))
	c := p[0]
	return classInfo{class: c, num: p[1], cas: p[2], gen: p[3],
		prep: c == "prep", nominal: nominal[c], modifier: modifier[c], agreeing: agreeing[c],
		subject: subjects[c], verb: verbs[c]}
}

// ruleScore is the log-score of class b after class a by the rules.
func ruleScore(a, b *classInfo) float64 {
	s := 0.0
	if a.prep && a.cas != "" && b.nominal && b.cas != "" && a.cas != b.cas {
		s += governPenalty
	}
	if a.modifier && b.agreeing && a.cas != "" && b.cas != "" {
		if a.cas != b.cas {
			s += agreeCasePenalty
		}
		if a.num != "" && b.num != "" && a.num != b.num {
			s += agreeNumberPenalty
		}
		if a.gen != "" && b.gen != "" && a.gen != b.gen {
			s += agreeGenderPenalty
		}
	}
	if a.subject && b.verb {
		s += verbAgreement(a.num, a.cas, a.gen, b.class, b.num, b.gen)
	}
	if a.verb && b.subject {
		s += verbAgreement(b.num, b.cas, b.gen, a.class, a.num, a.gen)
	}
	return s
}
