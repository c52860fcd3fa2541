package doc

import "strings"

// PhraseKind tells noun phrases from verb groups.
type PhraseKind uint8

const (
	// NounPhrase is a noun with its agreeing modifiers ("rosyjskiej
	// delegacji", "the Russian delegation"), with the preposition that
	// governs it when there is one.
	NounPhrase PhraseKind = iota
	// VerbGroup is a verb with its auxiliaries and negation ("nie
	// podpisał", "zostali wyproszeni", "will not sign").
	VerbGroup
)

func (k PhraseKind) String() string {
	if k == VerbGroup {
		return "VG"
	}
	return "NP"
}

// Cases is a set of grammatical cases; a noun phrase keeps every case its
// words can agree in, not only the tagger's choice, so that the event
// coder can let a verb's frame decide ("Kima" is accusative or genitive).
type Cases uint8

// The cases, one bit each.
const (
	Nom Cases = 1 << iota
	Gen
	Dat
	Acc
	Ins
	Loc
	Voc
)

var caseNames = []struct {
	c    Cases
	name string
}{{Nom, "nom"}, {Gen, "gen"}, {Dat, "dat"}, {Acc, "acc"}, {Ins, "inst"}, {Loc, "loc"}, {Voc, "voc"}}

// CaseOf returns the case named by a slot or tag name (nom, gen, dat, acc,
// inst or ins, loc, voc), or 0.
func CaseOf(name string) Cases {
	if name == "ins" {
		return Ins
	}
	for _, c := range caseNames {
		if c.name == name {
			return c.c
		}
	}
	return 0
}

func (c Cases) String() string {
	var parts []string
	for _, cn := range caseNames {
		if c&cn.c != 0 {
			parts = append(parts, cn.name)
		}
	}
	return strings.Join(parts, "|")
}

// Agreement is a set of number, gender and person values a phrase may
// have; a verb group and its subject agree when their sets meet in each
// dimension that both fill.
type Agreement uint16

// The agreement values. Polish masculine genders: human (m1), animate
// (m2), inanimate (m3).
const (
	Sing Agreement = 1 << iota
	Plur
	Masc1
	Masc2
	Masc3
	Fem
	Neut
	Person1
	Person2
	Person3
)

// The dimensions of agreement: all the values of each.
const (
	Numbers = Sing | Plur
	Genders = Masc1 | Masc2 | Masc3 | Fem | Neut
	Persons = Person1 | Person2 | Person3
)

// Agrees reports whether a and b can agree: in each of number, gender and
// person, either one leaves it open (no value set) or the two share one.
func (a Agreement) Agrees(b Agreement) bool {
	for _, dim := range []Agreement{Numbers, Genders, Persons} {
		x, y := a&dim, b&dim
		if x != 0 && y != 0 && x&y == 0 {
			return false
		}
	}
	return true
}

// Phrase is a noun phrase or verb group of one sentence: tokens [First,
// End) of Document.Tokens.
type Phrase struct {
	Kind       PhraseKind
	First, End int    // token range
	Head       int    // the head token (the noun, the lexical verb)
	Sentence   int    // index in Document.Sentences
	Prep       string // noun phrase: lemma of the governing preposition, "" when none
	Cases      Cases  // noun phrase: the cases it may be in (0 when the language has none)
	Agree      Agreement
	// NomAgree is, for a noun phrase whose number or gender depends on its
	// case ("Kanady": genitive singular or nominative plural), the
	// agreement of its nominative readings; 0 when it is Agree's.
	NomAgree    Agreement
	Lemma       string // verb group: the lexical verb's lemma
	Tense       string // verb group: past, pres, fut; "" for non-finite
	Mood        string // verb group: ind, imp, cnd
	Aspect      string // verb group: perf, imp
	Form        string // verb group: fin, inf, part, ger, conv (adverbial participle), imps (impersonal)
	Passive     bool   // verb group: passive voice
	Negated     bool   // verb group: negated
	Coordinated bool   // noun phrase: joined to the previous noun phrase by a conjunction
}

// Feat returns the value of feature name in a UD FEATS string
// ("Case=Nom|Number=Sing"), or "".
func Feat(feats, name string) string {
	for feats != "" {
		var kv string
		kv, feats, _ = strings.Cut(feats, "|")
		if k, v, ok := strings.Cut(kv, "="); ok && k == name {
			return v
		}
	}
	return ""
}
