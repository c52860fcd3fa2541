package en

import (
	"embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// The English recognizer is rule-based: runs of capitalised words (with
// "of", "and" and name particles inside where the lists allow), split
// after leading nationality adjectives, organisations and titles, and
// typed by the word lists in data/ner, by organisation, event and place
// words, by place cues around the name ("the city of X", "in X"), by the
// actor base, and by the article itself for a surname that starts a
// sentence (ner_classify.go). No trained model is needed.

type nerLists struct {
	places, locations, orgs, demonyms, titles, orgWords, stop map[string]bool
	products, eventWords, common, orgAdjectives               map[string]bool
	events, eventOpeners, documentWords, numberWords          map[string]bool
	orgKinds                                                  map[string]bool
	placeWords                                                map[string]string // word → GPE or LOC
}

var (
	nerOnce sync.Once
	lists   nerLists
)

// nerFiles are the recognizer's word lists, one entry a line (see the
// comment at the top of each file).
//
//go:embed data/ner/*.txt
var nerFiles embed.FS

// wordSet reads one word list into a set of lower-case entries.
func wordSet(name string) map[string]bool {
	data, err := nerFiles.ReadFile("data/ner/" + name + ".txt")
	if err != nil {
		panic(err) // embedded: a missing file is a build error
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			m[strings.ToLower(line)] = true
		}
	}
	return m
}

func nerData() *nerLists {
	nerOnce.Do(func() {
		lists = nerLists{
			places: wordSet("places"), locations: wordSet("locations"), orgs: wordSet("organizations"),
			demonyms: wordSet("demonyms"), titles: wordSet("titles"), orgWords: wordSet("org-words"),
			stop: wordSet("stop"), products: wordSet("products"), eventWords: wordSet("event-words"),
			common: wordSet("common"), orgAdjectives: wordSet("org-adjectives"), placeWords: map[string]string{},
			events: wordSet("events"), eventOpeners: wordSet("event-openers"), documentWords: wordSet("document-words"),
			numberWords: wordSet("number-words"), orgKinds: wordSet("org-kinds"),
		}
		// Religions and their followers are NORP, as nationality words.
		for w := range wordSet("religions") {
			lists.demonyms[w] = true
		}
		for w := range wordSet("place-words") {
			if f := strings.Fields(w); len(f) == 2 {
				lists.placeWords[f[0]] = strings.ToUpper(f[1])
			}
		}
	})
	return &lists
}

// Recognizer returns the English named-entity recognizer.
func Recognizer() lang.Recognizer { return recognizer{} }

type recognizer struct{}

// capitalised reports whether a token starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// particle reports whether a lower-case word may stand inside a name:
// "al-Sudani", "bin", "van", "de".
func particle(s string) bool {
	switch s {
	case "al", "el", "bin", "ibn", "van", "von", "de", "da", "del", "der", "di", "du", "la", "le", "dos", "das", "ul", "e":
		return true
	}
	if k := strings.IndexByte(s, '-'); k > 0 {
		return capitalised(s[k+1:]) || particle(s[:k])
	}
	return false
}

// bare strips a possessive ending.
func bare(s string) string {
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(s, p); ok && t != "" {
			return t
		}
	}
	return s
}

func (recognizer) Recognize(d *doc.Document, toks []doc.Token) []lang.NameSpan {
	L := nerData()
	var out []lang.NameSpan
	// A headline in title case (every word capitalised but short function
	// words): only listed names count.
	words, lowers := 0, 0
	for i := range toks {
		if f := d.Form(toks[i].Span); toks[i].Kind == doc.Word {
			words++
			if !capitalised(f) && !(len(f) <= 4 && L.stop[f]) {
				lowers++
			}
		}
	}
	headline := words >= 4 && lowers == 0
	for i := 0; i < len(toks); {
		f := d.Form(toks[i].Span)
		if toks[i].Kind == doc.Word && !headline && L.events[strings.ToLower(f)] {
			out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "EVENT"})
			i++
			continue
		}
		if toks[i].Kind == doc.Word && !headline && designation(f) {
			// "S-400", "F-35", "E-11A": a model of a weapon or machine.
			out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "PRODUCT"})
			i++
			continue
		}
		if toks[i].Kind == doc.Word && !headline && ledBy(f) != "" {
			// "Saudi-led forces": the forces of the people named (ner_groups.go)
			out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "NORP"})
			i++
			continue
		}
		if toks[i].Kind != doc.Word || !capitalised(f) && !(i > 0 && possessive(d.Form(toks[i-1].Span)) && hyphenedName(f)) || compound(f, L) {
			i++
			continue
		}
		j := extend(d, toks, i, L)
		out = classify(d, toks, i, j, headline, L, out)
		i = j
	}
	return out
}

// extend returns the end of the capitalised run starting at i.
func extend(d *doc.Document, toks []doc.Token, i int, L *nerLists) int {
	j := i + 1
	for j < len(toks) {
		t := &toks[j]
		f := d.Form(t.Span)
		prev := &toks[j-1]
		switch {
		case prev.SpaceAfter == false && f == "." && strings.Contains(d.Form(prev.Span), "."):
			// "U.S" "." → "U.S."
			j++
			continue
		case !prev.SpaceAfter && t.Kind != doc.Word:
			return j
		case t.Kind == doc.Word && capitalised(f) && !L.stop[strings.ToLower(f)] && !compound(f, L):
			if possessive(d.Form(prev.Span)) {
				return j
			}
			j++
			continue
		case t.Kind == doc.Word && capitalised(d.Form(prev.Span)) && prev.SpaceAfter && hyphenatedGivenName(f):
			// "Rhee Chang-yong", "Tsai Ing-wen": the given name after
			// the family name.
			j++
			continue
		case t.Kind == doc.Word && particle(f) && j+1 < len(toks) && (capitalised(d.Form(toks[j+1].Span)) || strings.Contains(f, "-")):
			if possessive(d.Form(prev.Span)) {
				return j // "Osama bin Laden's al-Qaeda": the owner, then the group
			}
			j++
			continue
		case f == "of" && j+1 < len(toks) && capitalised(d.Form(toks[j+1].Span)) && ofWord(strings.ToLower(d.Form(prev.Span)), L):
			// "University of Sarajevo", "Ministry of Defense"
			j++
			continue
		case f == "of" && j+2 < len(toks) && capitalised(d.Form(prev.Span)) && L.placeWords[strings.ToLower(d.Form(prev.Span))] == "GPE" &&
			!L.stop[strings.ToLower(d.Form(prev.Span))] && !L.titles[strings.ToLower(d.Form(prev.Span))] &&
			(capitalised(d.Form(toks[j+1].Span)) || d.Form(toks[j+1].Span) == "the" && capitalised(d.Form(toks[j+2].Span))):
			// a state's name with its kind: "Democratic Republic of the
			// Congo", "Kingdom of Saudi Arabia", "State of Palestine"
			j++
			if d.Form(toks[j].Span) == "the" {
				j++
			}
			continue
		case f == "and" && j+1 < len(toks):
			both := strings.ToLower(d.Form(prev.Span) + " and " + d.Form(toks[j+1].Span))
			if L.places[both] || L.orgs[both] || L.locations[both] || andInOrgName(d, toks, j, L) {
				j++
				continue
			}
		}
		if m := baseNameAhead(d, toks, i, j); m > j {
			j = m
			continue
		}
		return j
	}
	return j
}

// hyphenedName reports whether w is a lower-case particle joined to a
// capitalised name ("al-Qaeda", "al-Shabaab"): after a possessive ("bin
// Laden's al-Qaeda") it opens a name of its own.
func hyphenedName(w string) bool {
	k := strings.IndexByte(w, '-')
	return k > 0 && particle(w[:k]) && capitalised(w[k+1:])
}

// possessive reports whether a word ends in "'s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// baseNameAhead returns the end of the longest name the actor base knows
// that starts at toks[i], runs past the lower-case function words at
// toks[j] ("of", "for", "the") and ends in a capitalised word at most
// eight words on, or -1: "Liberation Tigers of Tamil Eelam", "National
// Union for the Total Independence of Angola" are one group's name, not
// two.
func baseNameAhead(d *doc.Document, toks []doc.Token, i, j int) int {
	if lang.ActorName == nil || j+1 >= len(toks) || toks[j].Kind != doc.Word || possessive(d.Form(toks[j-1].Span)) {
		return -1
	}
	switch d.Form(toks[j].Span) {
	case "of", "for", "the", "and":
	default:
		return -1
	}
	for m := min(len(toks), j+8); m > j+1; m-- {
		last := d.Form(toks[m-1].Span)
		if toks[m-1].Kind != doc.Word || !capitalised(last) {
			continue
		}
		if lang.ActorName(nameText(d, toks, i, m)) == lang.ActorOrg {
			return m
		}
	}
	return -1
}

// andInOrgName reports whether the "and" at toks[k] joins two words of
// one organisation's name that ends, at most three capitalised words on,
// in an organisation word: "Economic and Trade Offices", "Food and Drug
// Administration", "Ministry of Industry and Trade Council". The word
// before it must be no listed place or people, no name the actor base
// knows ("Houston and Dallas Police" stay apart) and no organisation word
// ending a name of its own ("Amnesty International and Oxfam Trust").
func andInOrgName(d *doc.Document, toks []doc.Token, k int, L *nerLists) bool {
	p := strings.ToLower(d.Form(toks[k-1].Span))
	if !toks[k-1].SpaceAfter || !toks[k].SpaceAfter || L.places[p] || L.demonyms[p] || L.orgs[p] || L.orgWords[bare(p)] || L.stop[p] || L.titles[p] || acronym(d.Form(toks[k-1].Span)) ||
		baseType(d.Form(toks[k-1].Span)) != "" || gazetteerPlace(d.Form(toks[k-1].Span)) {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+3; m++ {
		f := d.Form(toks[m].Span)
		if toks[m].Kind != doc.Word || !capitalised(f) || L.stop[strings.ToLower(f)] {
			return false
		}
		if L.orgWords[strings.ToLower(bare(f))] {
			return true
		}
		if !toks[m].SpaceAfter {
			return false
		}
	}
	return false
}

// ofWord reports whether a name may go on over "of" after word: an
// organisation's ("University of"), an event's ("Battle of") or a
// document's ("Treaty of").
func ofWord(word string, L *nerLists) bool {
	return L.orgWords[word] || L.eventOpeners[word] || L.documentWords[word]
}

// compound reports whether a capitalised word is not a name by itself: a
// hyphenated adjective ("Washington-led", "Turkish-American"), or a word
// with digits ("S-400").
func compound(s string, L *nerLists) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	k := strings.LastIndexByte(s, '-')
	if k < 0 || k+1 >= len(s) {
		return false
	}
	if particle(s[k+1:]) {
		return false // "Zia-ul", "Dasht-e"
	}
	return !capitalised(s[k+1:]) || L.demonyms[strings.ToLower(s[k+1:])]
}

// syllable matches one romanised Korean or Chinese syllable: an
// initial consonant, one to three vowel letters, and a final nasal or
// stop ("chang", "yong", "yeol", "myung", "ing", "wen").
var syllable = regexp.MustCompile(`^(kk|tt|pp|ss|jj|ch|sh|ts|[bcdfghjklmnprstz])?[aeiouwy]{1,3}(ng|n|m|k|l|p|t|h)?$`)

// hyphenatedGivenName reports whether a capitalised word is a Korean or
// Chinese given name of two syllables joined by a hyphen, the second in
// lower case ("Chang-yong", "Jong-un", "Ing-wen"); hyphenated adjectives
// ("Washington-led", "State-run", "Iran-backed") are not, as one of
// their parts is no such syllable.
func hyphenatedGivenName(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok || a == "" || b == "" || !capitalised(a) || capitalised(b) {
		return false
	}
	return syllable.MatchString(strings.ToLower(a)) && syllable.MatchString(b)
}

func acronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func placePreposition(w string) bool {
	switch w {
	case "in", "from", "near", "across", "outside", "inside", "around", "throughout":
		return true
	}
	return false
}

// nameLemma is the base form of an English name: its text with a
// possessive ending removed.
func nameLemma(d *doc.Document, toks []doc.Token, typ string) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && toks[i-1].SpaceAfter {
			b.WriteByte(' ')
		}
		f := d.Text[t.Start:t.End]
		if i == len(toks)-1 {
			f = bare(f)
			if typ == "PRODUCT" && designation(f) {
				f = strings.TrimSuffix(f, "s") // "S-400s"
			}
		}
		b.WriteString(f)
	}
	return b.String()
}
