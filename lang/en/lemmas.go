package en

import (
	_ "embed"
	"strings"
	"sync"
)

// The lemma lexicon: English base forms with their word classes, against
// which englishLemma checks the stems its suffix rules propose. It is
// built by scripts/en-lemmas.sh from two sources kept in separate files
// for their licences (see data/README.md) and completed by the hand-made
// lists below.

//go:embed data/lemmas-petrarch.tsv
var lemmasPetrarch string

//go:embed data/lemmas-ewt.tsv
var lemmasEWT string

// Word classes of a lemma, as bits.
const (
	classV uint8 = 1 << iota // verb
	classN                   // noun
	classJ                   // adjective
	classR                   // adverb
)

type lexiconData struct {
	classes map[string]uint8  // lemma → classes
	forms   map[string]string // class letter (V, N) + listed form → lemma
}

var lemmaLexicon = sync.OnceValue(func() *lexiconData {
	l := &lexiconData{classes: make(map[string]uint8, 6000), forms: make(map[string]string, 1200)}
	l.read(lemmasPetrarch)
	l.read(lemmasEWT)
	l.read(handLemmas)
	l.read(eventLemmas()) // every inflection of a trigger: eventlemmas.go
	for form := range pastForms {
		if l.classes[form] == classV {
			delete(l.classes, form) // PETRARCH lists "forgave" as a verb of its own
		}
	}
	return l
})

// read adds the lines "lemma TAB classes [TAB forms]" of a lexicon file.
func (l *lexiconData) read(text string) {
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		var k uint8
		for _, c := range f[1] {
			switch c {
			case 'V':
				k |= classV
			case 'N':
				k |= classN
			case 'J':
				k |= classJ
			case 'R':
				k |= classR
			}
		}
		l.classes[f[0]] |= k
		if len(f) > 2 && len(f[1]) == 1 {
			for _, form := range strings.Fields(f[2]) {
				if _, ok := l.forms[f[1]+form]; !ok {
					l.forms[f[1]+form] = f[0]
				}
			}
		}
	}
}

// handLemmas are lemmas whose plural or verb forms the suffix rules get
// wrong when the lemma is unknown: nouns in -ie (ties, movies), in -is
// (crises), verbs in -ie (dying).
const handLemmas = `die	VN
lie	VN
tie	VN
vie	V
pie	N
movie	N
cookie	N
rookie	N
zombie	N
calorie	N
genie	N
goalie	N
brownie	N
prairie	N
selfie	N
freebie	N
veggie	N
sortie	N
auntie	N
smoothie	N
newbie	N
hoodie	N
birdie	N
pixie	N
magpie	N
lingerie	N
hippie	N
junkie	N
yuppie	N
crisis	N
analysis	N
thesis	N
hypothesis	N
diagnosis	N
basis	N
axis	N
oasis	N
parenthesis	N
synopsis	N
emphasis	N
ellipsis	N
prognosis	N
synthesis	N
paralysis	N
nemesis	N
neurosis	N
psychosis	N
dialysis	N
`
