package en

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// English parts of speech come from Kronika's averaged-perceptron tagger
// (postag.go; Penn Treebank tags, weights trained on English news for
// github.com/jdkato/prose/v2), loaded on the first English sentence. It
// tags the segmenter's tokens written as in the Penn Treebank (quotation
// marks as `` and '', clitics apart: see posBuf.addTokens). Lemmas are
// made by rules over the tag (plurals, verb endings, comparatives, a list
// of irregular forms).

// tagger returns the tagging model, loading it once; nil if the embedded
// model cannot be read.
func tagger() *posModel {
	m, _ := posTagger()
	return m
}

// Analyzer fills Lemma, UPOS, XPOS (Penn tag) and Feats of English tokens.
type Analyzer struct{}

func analyzer() lang.Analyzer { return Analyzer{} }

// Analyze tags the tokens of one sentence.
func (Analyzer) Analyze(d *doc.Document, toks []doc.Token) {
	if len(toks) == 0 {
		return
	}
	m := tagger()
	if m == nil {
		return
	}
	b := posBufs.Get().(*posBuf)
	b.reset()
	b.addTokens(d, toks)
	m.tag(b)
	for i := range toks {
		t := &toks[i]
		form := d.Text[t.Start:t.End]
		tag := b.tags[b.first[i]]
		if tag == "" {
			tag = fallbackTag(t, form)
		}
		t.XPOS = tag
		t.UPOS, t.Feats = pennUD(tag)
		t.Lemma = englishLemma(form, tag)
		if t.UPOS == "VERB" && (t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do") && i+1 < len(toks) {
			t.UPOS = "AUX"
		}
	}
	posBufs.Put(b)
}

// fallbackTag tags a token the model gave no tag (an empty token).
func fallbackTag(t *doc.Token, form string) string {
	switch t.Kind {
	case doc.Number:
		return "CD"
	case doc.Punct:
		return "."
	case doc.Symbol:
		return "SYM"
	}
	if capitalised(form) {
		return "NNP"
	}
	return "NN"
}

// pennUD maps a Penn Treebank tag to a universal tag and features.
func pennUD(tag string) (string, string) {
	switch tag {
	case "NN":
		return "NOUN", "Number=Sing"
	case "NNS":
		return "NOUN", "Number=Plur"
	case "NNP":
		return "PROPN", "Number=Sing"
	case "NNPS":
		return "PROPN", "Number=Plur"
	case "VB":
		return "VERB", "VerbForm=Inf"
	case "VBD":
		return "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin"
	case "VBG":
		return "VERB", "VerbForm=Ger"
	case "VBN":
		return "VERB", "Tense=Past|VerbForm=Part"
	case "VBP":
		return "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin"
	case "VBZ":
		return "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
	case "MD":
		return "AUX", "VerbForm=Fin"
	case "JJ":
		return "ADJ", "Degree=Pos"
	case "JJR":
		return "ADJ", "Degree=Cmp"
	case "JJS":
		return "ADJ", "Degree=Sup"
	case "RB", "WRB":
		return "ADV", ""
	case "RBR":
		return "ADV", "Degree=Cmp"
	case "RBS":
		return "ADV", "Degree=Sup"
	case "IN":
		return "ADP", ""
	case "DT", "PDT", "WDT":
		return "DET", ""
	case "PRP", "WP", "EX":
		return "PRON", ""
	case "PRP$", "WP$":
		return "PRON", "Poss=Yes"
	case "CC":
		return "CCONJ", ""
	case "CD":
		return "NUM", "NumType=Card"
	case "TO", "POS", "RP":
		return "PART", ""
	case "UH":
		return "INTJ", ""
	case "FW", "LS":
		return "X", ""
	case "SYM", "$", "#":
		return "SYM", ""
	}
	return "PUNCT", ""
}

// englishLemma is the base form of a word with Penn tag tag.
func englishLemma(form, tag string) string {
	if tag == "NNP" || tag == "NNPS" || strings.HasPrefix(tag, "JJ") && capitalised(form) && !allCaps(form) {
		// Names and adjectives of names ("Turkish") keep their capital.
		return bare(form)
	}
	w := strings.ToLower(form)
	if l, ok := irregular[tag[:min(1, len(tag))]+w]; ok {
		return l
	}
	switch tag {
	case "NNS":
		return singular(w)
	case "VBZ":
		if strings.HasSuffix(w, "ies") && len(w) > 4 {
			return w[:len(w)-3] + "y"
		}
		if strings.HasSuffix(w, "es") && hasSibilantStem(w[:len(w)-2]) {
			return w[:len(w)-2]
		}
		return strings.TrimSuffix(w, "s")
	case "VBD", "VBN":
		if strings.HasSuffix(w, "ied") && len(w) > 4 {
			return w[:len(w)-3] + "y"
		}
		if s, ok := strings.CutSuffix(w, "ed"); ok && len(s) >= 2 {
			return restoreStem(s)
		}
	case "VBG":
		if s, ok := strings.CutSuffix(w, "ing"); ok && len(s) >= 2 {
			return restoreStem(s)
		}
	case "JJR", "RBR":
		if s, ok := strings.CutSuffix(w, "ier"); ok && len(s) >= 2 {
			return s + "y"
		}
		if s, ok := strings.CutSuffix(w, "er"); ok && len(s) >= 3 {
			return undouble(s)
		}
	case "JJS", "RBS":
		if s, ok := strings.CutSuffix(w, "iest"); ok && len(s) >= 2 {
			return s + "y"
		}
		if s, ok := strings.CutSuffix(w, "est"); ok && len(s) >= 3 {
			return undouble(s)
		}
	}
	return w
}

func singular(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "es") && hasSibilantStem(w[:len(w)-2]):
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "s")
}

func hasSibilantStem(s string) bool {
	for _, e := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func allCaps(s string) bool { return strings.ToUpper(s) == s && strings.ToLower(s) != s }

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// undouble removes a doubled final consonant: "stopp" → "stop".
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) && !strings.ContainsRune("lsfz", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// restoreStem undoes the spelling changes before -ed and -ing: a doubled
// consonant ("stopped"), a dropped e ("used", "making").
func restoreStem(s string) string {
	switch s {
	case "add", "err", "ebb", "egg":
		return s
	}
	if u := undouble(s); u != s {
		return u
	}
	n := len(s)
	if n == 2 && !isVowel(s[1]) && isVowel(s[0]) {
		return s + "e" // "used", "owed"
	}
	// consonant + (v|z|c|g|s|u) or a consonant-vowel-consonant end that
	// usually had an e: "us" → "use", "mak" → "make", "reduc" → "reduce".
	last := s[n-1]
	if strings.IndexByte("vzcg", last) >= 0 && !strings.HasSuffix(s, "ng") {
		return s + "e"
	}
	if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(s[n-2]) && !isVowel(s[n-3]) &&
		strings.IndexByte("tkrs", last) >= 0 && n <= 5 {
		return s + "e"
	}
	return s
}

// irregular maps irregular forms to their lemmas, keyed by the first
// letter of the Penn tag (V verbs, N nouns, J adjectives and adverbs) and
// the form.
var irregular = func() map[string]string {
	m := map[string]string{}
	class := "V"
	for _, line := range strings.Split(`be am is are was were been being
have has had having
do does did done doing
go goes went gone
say says said
make made
take took taken
come came
see saw seen
know knew known
get got gotten
give gave given
find found
think thought
tell told
become became
leave left
feel felt
bring brought
begin began begun
keep kept
hold held
write wrote written
stand stood
hear heard
let
mean meant
set
meet met
run ran
pay paid
sit sat
speak spoke spoken
lie lay lain
lead led
grow grew grown
lose lost
fall fell fallen
send sent
build built
understand understood
draw drew drawn
break broke broken
spend spent
cut
rise rose risen
drive drove driven
buy bought
wear wore worn
choose chose chosen
seek sought
throw threw thrown
catch caught
deal dealt
win won
fight fought
flee fled
shoot shot
strike struck stricken
sell sold
teach taught
forbid forbade forbidden
forget forgot forgotten
hide hid hidden
freeze froze frozen
steal stole stolen
swear swore sworn
withdraw withdrew withdrawn
arise arose arisen
bear bore borne
beat beaten
bind bound
bite bit bitten
blow blew blown
feed fed
fly flew flown
hang hung
hit
hurt
lay laid
light lit
put
quit
read
ride rode ridden
ring rang rung
shake shook shaken
shut
sing sang sung
sink sank sunk
slide slid
spread
spring sprang sprung
stick stuck
sting stung
swim swam swum
swing swung
tear tore torn
undertake undertook undertaken
wake woke woken
weep wept
wind wound
will would
can could
shall should
may might
N
man men
woman women
child children
person people
foot feet
tooth teeth
mouse mice
life lives
wife wives
knife knives
wolf wolves
half halves
leaf leaves
J
good better best
bad worse worst
far farther further farthest furthest
many more most
little less least`, "\n") {
		ws := strings.Fields(line)
		if len(ws) == 1 && len(ws[0]) == 1 {
			class = ws[0]
			continue
		}
		for _, w := range ws[1:] {
			m[class+w] = ws[0]
			if class == "V" {
				m["M"+w] = ws[0] // modal verbs (MD)
			}
			if class == "J" {
				m["R"+w] = ws[0]
			}
		}
	}
	return m
}()
