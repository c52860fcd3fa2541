package langid

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// shortLetters is the length, in letters, below which a text is told by
// the evidence of its letters and words (detectShort) rather than by
// trigram scores alone: in a headline or a single sentence there are too
// few trigrams to go by ("Tusk rozmawiał z Zełenskim." scores as Czech,
// "Biden met Zelensky." as German).
const shortLetters = 250

// Function words of each candidate language that the others do not share
// (a word two languages share counts for both); with a few verbs that
// headlines are made of. Lower case.
var functionWords = map[string][]string{
	"pl": {"w", "we", "z", "ze", "i", "oraz", "się", "nie", "że", "jest", "są", "był", "była", "było", "byli", "będzie",
		"dla", "przez", "już", "czy", "jak", "który", "która", "które", "którzy", "którego", "przy", "pod", "nad",
		"od", "do", "na", "po", "za", "o", "u", "a", "ale", "co", "to", "tym", "tego", "jego", "jej", "ich", "też", "także",
		"ws", "ds", "mln", "mld", "tys", "r", "ma", "mają", "może", "można", "bez", "przed", "po", "według", "wobec", "sobie"},
	"cs": {"v", "ve", "z", "ze", "s", "se", "je", "jsou", "že", "a", "i", "na", "do", "o", "od", "po", "za", "u", "k", "ke",
		"pro", "při", "jako", "který", "která", "které", "byl", "bylo", "byla", "není", "také", "už", "aby", "ale", "co", "to", "jak"},
	"en": {"the", "of", "and", "is", "are", "was", "were", "for", "with", "that", "at", "from", "as", "has", "have", "had",
		"said", "says", "say", "will", "would", "after", "over", "its", "it", "his", "her", "their", "they", "he", "she",
		"be", "been", "not", "but", "or", "an", "this", "than", "more", "into", "amid", "against", "about", "who", "in",
		"on", "by", "to", "a", "no", "new", "met", "meets", "calls", "urges", "warns", "killed", "kills", "faces", "could", "us"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "im", "für", "auf", "ein", "eine",
		"sich", "auch", "bei", "nach", "wird", "hat", "sind", "des", "in", "vor", "über"},
	"fr": {"le", "la", "les", "de", "des", "et", "est", "en", "du", "un", "une", "pour", "que", "dans", "sur", "avec",
		"pas", "au", "aux", "qui", "par", "à", "l", "d", "ne", "sont"},
	"es": {"el", "la", "los", "las", "de", "y", "en", "que", "es", "por", "para", "con", "del", "una", "un", "se",
		"al", "lo", "su", "sus", "no"},
	"ru": {"и", "в", "во", "не", "на", "до", "из-за", "что", "с", "со", "по", "за", "из", "к", "о", "об", "от", "для", "как", "после",
		"это", "его", "был", "была", "были", "будет", "также", "при", "или", "но", "а", "же", "ли"},
	"uk": {"і", "й", "та", "що", "з", "із", "у", "в", "не", "на", "до", "від", "для", "як", "після", "це", "його", "був",
		"була", "буде", "також", "або", "але"},
	"be": {"і", "ў", "у", "што", "гэта", "не", "на", "да", "для", "як", "пасля", "быў", "была"},
}

var functionIndex = func() map[string][]string {
	ix := map[string][]string{}
	for lang, words := range functionWords {
		for _, w := range words {
			ix[w] = append(ix[w], lang)
		}
	}
	return ix
}()

// letterEvidence gives, for letters that only some candidates use, the
// languages they point to and how strongly.
var letterEvidence = map[rune][]struct {
	lang   string
	weight float64
}{}

func init() {
	add := func(letters, lang string, weight float64) {
		for _, r := range letters {
			letterEvidence[r] = append(letterEvidence[r], struct {
				lang   string
				weight float64
			}{lang, weight})
		}
	}
	add("ąęłśźżńć", "pl", 2)
	add("ó", "pl", 1)
	add("ó", "es", 0.5)
	add("řěů", "cs", 3)
	add("čšžýťďň", "cs", 1)
	add("áíú", "cs", 0.5)
	add("áíú", "es", 0.5)
	add("äöüß", "de", 2)
	add("èêàçâîôûœëï", "fr", 2)
	add("é", "fr", 1)
	add("é", "es", 0.5)
	add("é", "cs", 0.5)
	add("ñ¿¡", "es", 3)
	add("ыэъё", "ru", 1.5)
	add("їєґ", "uk", 2)
	add("і", "uk", 1)
	add("і", "be", 0.5)
	add("ў", "be", 3)
}

// detectShort tells the language of a short text from letters that only
// some candidates use and from function words. Letters count fully in
// lower-case words and little in capitalised ones, which are mostly
// names ("Wałęsa" in English text). Cyrillic text is Russian unless
// Ukrainian or Belarusian letters and words outweigh the Russian ones.
// Latin text with no evidence either way is Polish or English, by
// trigram scores: a non-analysed language must show itself.
func detectShort(text string) string {
	score := map[string]float64{}
	cyr, latin := 0, 0
	for word := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' }) {
		word = strings.Trim(word, "'’-")
		if word == "" {
			continue
		}
		first, size := utf8.DecodeRuneInString(word)
		capital := unicode.IsUpper(first)
		if capital && (size == len(word) || strings.ToUpper(word) == word) {
			continue // an initial, a letter of "U.S.", an acronym ("UN")
		}
		weight := 1.0
		if capital {
			weight = 0.125 // a name, most often
		}
		lower := strings.ToLower(word)
		for _, r := range lower {
			if unicode.Is(unicode.Cyrillic, r) {
				cyr++
			} else {
				latin++
			}
			for _, e := range letterEvidence[r] {
				score[e.lang] += e.weight * weight
			}
		}
		if i := strings.IndexAny(lower, "'’"); i >= 0 {
			// "Pakistan's", "don't" against "l'Ukraine", "qu'il".
			_, n := utf8.DecodeRuneInString(lower[i:])
			switch before, after := lower[:i], lower[i+n:]; {
			case after == "s" || after == "t" || after == "re" || after == "ve" || after == "ll":
				score["en"] += 1.5
			case before == "l" || before == "d" || before == "qu" || before == "j" || before == "n":
				score["fr"] += 1.5
			}
			continue
		}
		for _, lang := range functionIndex[lower] {
			score[lang] += 1.5
		}
		for _, c := range letterGroups {
			score[c.lang] += 0.5 * weight * float64(strings.Count(lower, c.group))
		}
	}
	if cyr > latin {
		best := "ru"
		for _, l := range []string{"uk", "be"} {
			if score[l] > score[best] {
				best = l
			}
		}
		return best
	}
	// The language with the most evidence, if it leads by half a
	// function word or more; else the trigram scores decide among those
	// close to the top, Polish and English before the others: a language
	// Kronika does not analyse must show itself. With no evidence at all,
	// Polish or English.
	top := 0.0
	for _, c := range shortCandidates {
		top = max(top, score[c.code])
	}
	var close, analysed []shortCandidate
	for _, c := range shortCandidates {
		if s := score[c.code]; s > 0 && s >= top-0.5 {
			close = append(close, c)
			if c.code == "pl" || c.code == "en" {
				analysed = append(analysed, c)
			}
		}
	}
	switch {
	case top >= 1 && len(close) == 1:
		return close[0].code
	case len(analysed) == 1:
		return analysed[0].code
	case len(analysed) > 1:
		close = analysed
	case len(close) == 0:
		close = shortCandidates[:2]
	}
	whitelist := map[whatlanggo.Lang]bool{}
	for _, c := range close {
		whitelist[c.lang] = true
	}
	return iso6391(detectProfiles(text, whitelist, profileSetOf(whitelist)))
}

type shortCandidate struct {
	code string
	lang whatlanggo.Lang
}

// shortCandidates are the Latin-script languages detectShort tells apart,
// the analysed ones first.
var shortCandidates = []shortCandidate{
	{"pl", whatlanggo.Pol}, {"en", whatlanggo.Eng}, {"cs", whatlanggo.Ces},
	{"de", whatlanggo.Deu}, {"fr", whatlanggo.Fra}, {"es", whatlanggo.Spa},
}

// letterGroups are spellings typical of one candidate, counted in lower-case
// words (half a function word each).
var letterGroups = []struct{ group, lang string }{
	{"rz", "pl"}, {"sz", "pl"}, {"cz", "pl"}, {"cj", "pl"}, {"ych", "pl"}, {"dz", "pl"}, {"wsk", "pl"},
	{"th", "en"}, {"ing", "en"}, {"tion", "en"}, {"ght", "en"}, {"wh", "en"},
	{"sch", "de"}, {"ung", "de"}, {"ou", "cs"},
}
