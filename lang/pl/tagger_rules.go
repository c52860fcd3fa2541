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

// classParts splits a coarse class key into class, number, case, gender.
func classParts(k string) (class, num, cas, gen string) {
	f := strings.SplitN(k, ":", 4)
	for len(f) < 4 {
		f = append(f, "")
	}
	return f[0], f[1], f[2], f[3]
}

// ruleScore is the log-score of class b after class a by the rules.
func ruleScore(a, b string) float64 {
	ac, an, acs, ag := classParts(a)
	bc, bn, bcs, bg := classParts(b)
	s := 0.0
	if ac == "prep" && acs != "" && nominal[bc] && bcs != "" && acs != bcs {
		s += governPenalty
	}
	if modifier[ac] && agreeing[bc] && acs != "" && bcs != "" {
		if acs != bcs {
			s += agreeCasePenalty
		}
		if an != "" && bn != "" && an != bn {
			s += agreeNumberPenalty
		}
		if ag != "" && bg != "" && ag != bg {
			s += agreeGenderPenalty
		}
	}
	if subjects[ac] && verbs[bc] {
		s += verbAgreement(an, acs, ag, bc, bn, bg)
	}
	if verbs[ac] && subjects[bc] {
		s += verbAgreement(bn, bcs, bg, ac, an, ag)
	}
	return s
}
