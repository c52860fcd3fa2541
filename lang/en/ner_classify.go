package en

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// How a capitalised run is typed (classify):
//
//   - a run the word lists know as a whole is what they say;
//   - a sentence's first word that the tagger reads as no name ("Outgoing",
//     "Under") is left out;
//   - titles split a run: "U.N. Secretary-General Antonio Guterres" is the
//     organisation "U.N.", the title, and the person "Antonio Guterres";
//     what stands before the titles is typed on its own (typePrefix);
//   - a listed place before a name of two words or more is a place of its
//     own ("for Myanmar Andrew Kirkwood");
//   - the last word tells organisations ("Ministry"), events ("Summit") and
//     places ("Guatemala City", "Borno State");
//   - place cues around the run make it a place: "the city of X", "the
//     towns of X and Y", "X state", "in X Y";
//   - the actor base types names it knows (people, countries, places,
//     organisations);
//   - a lone capitalised word that starts a sentence is a person only when
//     the actor base knows it as a last name or the article used it earlier
//     as the last word of a full name ("Vladimir Putin ... Putin said");
//     other lone words are not names when they are common words
//     (common.txt), nationality words in the plural are NORP.

// The recognizer asks the embedded actor base about names through the
// hooks of package lang (a nil hook knows nothing): lastName,
// nationality and baseType below.

// lastName reports whether the actor base knows w as a person's last
// name (lang.KnownLastName).
func lastName(w string) bool { return lang.KnownLastName != nil && lang.KnownLastName(w) }

// nationality reports whether the actor base knows w as a nationality
// word (lang.KnownNationality).
func nationality(w string) bool { return lang.KnownNationality != nil && lang.KnownNationality(w) }

// classify types the run toks[i:j] and appends its names.
func classify(d *doc.Document, toks []doc.Token, i, j int, headline bool, L *nerLists, out []lang.NameSpan) []lang.NameSpan {
	word := func(k int) string { return strings.ToLower(bare(d.Form(toks[k].Span))) }
	// Sentence openers and other stop words never start a name.
	for i < j && L.stop[strings.ToLower(d.Form(toks[i].Span))] {
		i++
	}
	// A state's name joined over "of" by its kind ("Democratic Republic
	// of the Congo": ner.go) that the base does not know whole is read as
	// before, the kind and the name apart ("Kingdom of Saudi Arabia").
	for k := i + 1; k+1 < j; k++ {
		if d.Form(toks[k].Span) == "of" && L.placeWords[strings.ToLower(d.Form(toks[k-1].Span))] == "GPE" &&
			listedType(d, toks, i, j, L) == "" && baseType(nameText(d, toks, i, j)) == "" {
			if k-i > 1 {
				// (the kind alone, "Kingdom", "Republic", names no one:
				// the phrase takes its country from the "of" phrase)
				out = classify(d, toks, i, k, headline, L, out)
			}
			if d.Form(toks[k+1].Span) == "the" {
				k++
			}
			return classify(d, toks, k+1, j, headline, L, out)
		}
	}
	// Nor does a capitalised first word that is an adjective before a
	// nationality word ("Additional French troops": ner_groups.go).
	// (Only when the two are the whole run: "Free Syrian Army" is a name.)
	if j-i == 2 && initialModifier(d, toks, i, L) && capitalised(bare(d.Form(toks[i+1].Span))) &&
		listedType(d, toks, i, j, L) == "" && baseType(nameText(d, toks, i, j)) == "" {
		i++
	}
	if i >= j {
		return out
	}
	if headline {
		// Only listed names, looked up word by word.
		for k := i; k < j; k++ {
			if t := listedType(d, toks, k, k+1, L); t != "" {
				out = append(out, lang.NameSpan{Start: k, End: k + 1, Type: t})
			}
		}
		return out
	}
	initial := sentenceInitial(toks, i)
	if t := listedType(d, toks, i, j, L); t != "" {
		return append(out, lang.NameSpan{Start: i, End: j, Type: t})
	}
	// "Young Algerians", "Ethnic Albanians": a people after ordinary
	// adjectives; "the Umma (Nation) party": a party (ner_groups.go).
	if k := peopleAfterAdjectives(d, toks, i, j, L); k >= 0 {
		return append(out, lang.NameSpan{Start: k, End: j, Type: "NORP"})
	}
	if beforeParty(d, toks, j) && !(j-i == 1 && (L.demonyms[word(i)] || nationality(word(i)))) {
		return append(out, lang.NameSpan{Start: i, End: j, Type: "ORG"})
	}
	// A number word that opens a sentence counts what follows and is no
	// part of a name: "Five Ukrainian prisoners", "Dozens of ...". Inside
	// a run ("Group of Seven") or after "the" ("the Big Four") it is not
	// at a sentence's start, and a name listed whole ("Five Eyes") was
	// taken above.
	if initial && L.numberWords[word(i)] {
		i++
		initial = false
		if i >= j {
			return out
		}
		if t := listedType(d, toks, i, j, L); t != "" {
			return append(out, lang.NameSpan{Start: i, End: j, Type: t})
		}
	}
	// A first word the tagger reads as a function word, an adverb or a
	// verb form is no part of the name after it: "Under Article 5",
	// "Outgoing Canadian Prime Minister Justin Trudeau".
	if initial && j-i > 1 && opener(toks[i].XPOS) && !L.demonyms[word(i)] && !L.titles[word(i)] &&
		(!verbTag(toks[i].XPOS) || L.demonyms[word(i+1)] || isTitle(d.Form(toks[i+1].Span), L) || L.common[word(i+1)] || listedType(d, toks, i+1, j, L) != "") {
		i++
		initial = false
		if t := listedType(d, toks, i, j, L); t != "" {
			return append(out, lang.NameSpan{Start: i, End: j, Type: t})
		}
	}
	// An auxiliary opening a question is no part of the name after it:
	// "Does Trump want a deal?"
	if initial && j-i > 1 && auxiliary(word(i)) {
		i++
		initial = false
		if t := listedType(d, toks, i, j, L); t != "" {
			return append(out, lang.NameSpan{Start: i, End: j, Type: t})
		}
	}
	orgShaped := orgShape(d, toks, i, j, L)
	eventShaped := j-i > 1 && (L.eventWords[word(j-1)] || L.eventOpeners[word(i)])
	documentShaped := j-i > 1 && (L.documentWords[word(j-1)] || L.documentWords[word(i)] && d.Form(toks[i+1].Span) == "of")
	if documentShaped && !eventShaped {
		// "Paris Agreement", "Marshall Plan", "Treaty of Versailles".
		return append(out, lang.NameSpan{Start: i, End: j, Type: "PRODUCT"})
	}
	placeShaped := ""
	if j-i > 1 && !orgShaped && capitalised(d.Form(toks[j-1].Span)) {
		placeShaped = L.placeWords[word(j-1)]
	}
	// A leading nationality before a title or a name is a name of its own:
	// "Turkish Foreign Minister Mevlut Cavusoglu".
	if j-i > 1 && L.demonyms[word(i)] && !orgShaped && !eventShaped && placeShaped == "" && !baseWhole(d, toks, i, j) {
		out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "NORP"})
		i++
		initial = false
	}
	// A listed name before a lone word the article wrote before as the
	// last word of a person's full name is a name of its own, and the
	// word that person: a heading run into the sentence after it ("Asian
	// NATO" + "Ishiba's call for ..." after "Shigeru Ishiba"); a
	// nationality word before the listed name is one of its own, other
	// words before it are the heading's. A run the article wrote before as
	// it is stays whole ("Atlantic Council ... Atlantic Council").
	if j-i > 1 && !isTitle(d.Form(toks[j-2].Span), L) && listedType(d, toks, j-1, j, L) == "" && seenInName(d, toks, j-1, L) &&
		!strings.Contains(d.Text[:toks[i].Start], nameText(d, toks, i, j)) {
		for k := i; k < j-1; k++ {
			lt := listedType(d, toks, k, j-1, L)
			if lt != "GPE" && lt != "ORG" && lt != "LOC" && lt != "NORP" {
				continue
			}
			if k == i+1 && L.demonyms[word(i)] {
				out = append(out, lang.NameSpan{Start: i, End: k, Type: "NORP"})
			}
			out = append(out, lang.NameSpan{Start: k, End: j - 1, Type: lt})
			return append(out, lang.NameSpan{Start: j - 1, End: j, Type: "PERSON"})
		}
	}
	// An organisation named before a title and a name of two words or
	// more is the person's organisation: "Bank of England Governor
	// Andrew Bailey", "Ministry of Defence Spokesman Igor Konashenkov".
	if orgShaped && !eventShaped && j-i > 3 {
		n := j
		for n > i && !isTitle(d.Form(toks[n-1].Span), L) {
			n--
		}
		t := n
		for t > i && isTitle(d.Form(toks[t-1].Span), L) {
			t--
		}
		// The organisation may end in a title word: "Ministry of
		// Defence".
		for t < n && t > i && !orgShape(d, toks, i, t, L) {
			t++
		}
		if t > i && n > t && j-n >= 2 && orgShape(d, toks, i, t, L) && !orgShape(d, toks, n, j, L) {
			out = append(out, lang.NameSpan{Start: i, End: t, Type: "ORG"})
			if lt := listedType(d, toks, n, j, L); lt != "" && lt != "PRODUCT" {
				return append(out, lang.NameSpan{Start: n, End: j, Type: lt})
			}
			return append(out, lang.NameSpan{Start: n, End: j, Type: "PERSON"})
		}
	}
	titled := false
	if !orgShaped && !eventShaped && placeShaped == "" {
		// The name is the last words that are no titles; the titles stand
		// before it, and before them whatever names the person's country
		// or organisation.
		n := j
		for n > i && !isTitle(d.Form(toks[n-1].Span), L) {
			n--
		}
		if n < j || n == i {
			t := n
			for t > i && isTitle(d.Form(toks[t-1].Span), L) {
				t--
			}
			if n > i {
				out = prefixBeforeTitles(d, toks, i, t, n, L, out)
				if n == j {
					return out // only titles: "U.N. Resident Coordinator"
				}
				i = n
				titled = true
				initial = false
			}
		} else {
			// The run ends with a title: what stands before it.
			t := j
			for t > i && isTitle(d.Form(toks[t-1].Span), L) {
				t--
			}
			return prefixBeforeTitles(d, toks, i, t, j, L, out)
		}
	}
	if titled {
		if t := listedType(d, toks, i, j, L); t != "" && t != "PRODUCT" {
			return append(out, lang.NameSpan{Start: i, End: j, Type: t})
		}
		return append(out, lang.NameSpan{Start: i, End: j, Type: "PERSON"})
	}
	// A listed place before a name of two words or more: "Myanmar Andrew
	// Kirkwood" (after "Coordinator for").
	if !orgShaped && !eventShaped && placeShaped == "" {
		for n := min(3, j-i-2); n >= 1; n-- {
			if L.places[lowerRun(d, toks, i, i+n)] && listedType(d, toks, i+n, j, L) == "" && baseType(nameText(d, toks, i+n, j)) != "ORG" {
				out = append(out, lang.NameSpan{Start: i, End: i + n, Type: "GPE"})
				i += n
				initial = false
				break
			}
		}
	}
	// An organisation's name before a name of two words or more: "Armed
	// Forces Florence Parly" (after "Minister of").
	if !orgShaped && !eventShaped && placeShaped == "" {
		for k := j - 2; k >= i+2; k-- {
			if L.orgWords[word(k-1)] {
				out = append(out, lang.NameSpan{Start: i, End: k, Type: "ORG"})
				i = k
				initial = false
				break
			}
		}
	}
	if t := listedType(d, toks, i, j, L); t != "" {
		return append(out, lang.NameSpan{Start: i, End: j, Type: t})
	}
	f := d.Form(toks[i].Span)
	typ := ""
	switch {
	case orgShaped:
		typ = "ORG"
	case eventShaped:
		typ = "EVENT"
	case placeShaped != "":
		if t := baseType(d.Text[toks[i].Start:toks[j-1].End]); t == "ORG" || t == "PERSON" {
			typ = t // "Islamic State" is a group
		} else {
			typ = placeShaped
		}
	case acronym(f) && j-i == 1:
		typ = "ORG"
	default:
		if p := placeCue(d, toks, i, j, L); p != "" && (j-i == 1 || baseType(nameText(d, toks, i, j)) != "PERSON") {
			typ = p
			break
		}
		// (a first word the tagger reads as a common noun is a name the
		// base knows when English has no such word: "Renault workers
		// went on strike", not "Total exports fell")
		if !initial || j-i > 1 || properTag(toks[i].XPOS) && !initialModifier(d, toks, i, L) || !commonWord(word(i)) {
			typ = baseType(nameText(d, toks, i, j))
		}
		switch {
		case typ != "":
		case j-i >= 2 && orgAdjective(d, toks, i, j, L):
			// "Islamic Jihad", "Democratic Unionist": a word people's
			// names never hold.
			typ = "ORG"
		case orgKindBefore(d, toks, i, L):
			// "the utility Iberdrola", "chipmaker Nvidia": a kind of
			// organisation before a name nobody listed.
			typ = "ORG"
		case j-i == 1 && camelCase(bare(f)) && !lastName(bare(f)):
			// "DeepSeek", "NetEase", "FilterLabs": a company's or a
			// brand's name; people's are not written so ("McCarthy",
			// "DeSantis" aside).
			typ = "ORG"
		case j-i == 1 && !(i > 0 && placePreposition(strings.ToLower(d.Form(toks[i-1].Span)))) && seenInName(d, toks, i, L):
			// A lone word the article wrote before as the last word of a
			// person's name is that person, also when a gazetteer knows a
			// town so called ("Jose Ruben Zamora ... Zamora returned"),
			// unless a place preposition stands before it ("in Zamora").
			typ = "PERSON"
		case j-i == 1 && !L.common[word(i)] && !lastName(bare(f)) && seenAsOrgHead(d, toks, i, L):
			// "Sightsavers International ... works at Sightsavers"
			typ = "ORG"
		case gazetteerPlace(nameText(d, toks, i, j)):
			typ = "GPE"
		case j-i >= 2 && abstractNoun(word(j-1)):
			// "Computing Power Coordination", "Arbitrary Detention": no
			// person's name ends in an abstract noun; what is left of a
			// longer name is an organisation's or a programme's.
			typ = "ORG"
		case j-i >= 2:
			typ = "PERSON"
		case demonymPlural(word(i), L):
			// Also at a sentence's start: "Georgians protested".
			typ = "NORP"
		case initial:
			// A lone capitalised first word is usually an ordinary word;
			// it is a person when the base knows it as a last name or the
			// article named someone so before.
			if lastName(bare(f)) && (properTag(toks[i].XPOS) || !L.common[word(i)]) || seenInName(d, toks, i, L) {
				typ = "PERSON"
			} else {
				return out
			}
		case L.common[word(i)] || abstractNoun(word(i)):
			// ("Sanctions", "Coordination": a piece of a longer name cut
			// at "of" or "for", no name by itself)
			return out
		case i > 0 && placePreposition(strings.ToLower(d.Form(toks[i-1].Span))):
			typ = "GPE"
		default:
			typ = "PERSON"
		}
	}
	if typ == "PERSON" && j-i == 1 && initial && !lastName(bare(f)) && !seenInName(d, toks, i, L) {
		return out // the base knows the word as something else; not at a sentence start
	}
	if typ == "PERSON" && j-i == 1 && L.orgWords[word(i)] {
		// "The Council must be clear", "told Parliament": a body named
		// by its kind alone.
		typ = "ORG"
	}
	return append(out, lang.NameSpan{Start: i, End: j, Type: typ})
}

// seenAsOrgHead reports whether the article wrote the word toks[i]
// before as the first word of a name of two words whose second is an
// organisation word: "Sightsavers International" before "Sightsavers".
func seenAsOrgHead(d *doc.Document, toks []doc.Token, i int, L *nerLists) bool {
	w := bare(d.Form(toks[i].Span))
	end := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= toks[i].Start })
	for k := end - 2; k >= 0 && k >= end-seenWindow; k-- {
		// Most tokens differ from w in length: test that first, before
		// looking at the next token.
		t := &d.Tokens[k]
		if t.Len() != len(w) || t.Kind != doc.Word || !t.SpaceAfter || d.Form(t.Span) != w {
			continue
		}
		n := &d.Tokens[k+1]
		if n.Kind != doc.Word {
			continue
		}
		if nf := d.Form(n.Span); capitalised(nf) && L.orgWords[strings.ToLower(bare(nf))] {
			return true
		}
	}
	return false
}

// camelCase reports whether a word has a capital letter after a
// lower-case one, as names of companies and brands have ("DeepSeek",
// "WindEurope"), and not after a prefix of family names ("McCarthy",
// "MacArthur", "DeSantis", "LeBlanc", "DiCaprio", "VanDyke"); words with a
// hyphen or an apostrophe are not taken.
func camelCase(w string) bool {
	if strings.ContainsAny(w, "-'’") {
		return false
	}
	prevLower := false
	for k, r := range w {
		if unicode.IsUpper(r) && prevLower {
			switch w[:k] {
			case "Mc", "Mac", "De", "Di", "Du", "Da", "Le", "La", "Van", "Von", "Fitz", "St", "Al", "El", "Ben", "Abu":
				return false
			}
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// auxiliary reports whether a lower-cased word is a form of "do", "be"
// or "have" that may open a question.
func auxiliary(w string) bool {
	switch w {
	case "does", "did", "is", "are", "was", "were", "has", "have", "had":
		return true
	}
	return false
}

// orgKindBefore reports whether the word before toks[i] is a lower-case
// noun of a kind of organisation (org-kinds.txt): "the utility
// Iberdrola", "carmaker Stellantis".
func orgKindBefore(d *doc.Document, toks []doc.Token, i int, L *nerLists) bool {
	if i == 0 || toks[i-1].Kind != doc.Word || !toks[i-1].SpaceAfter {
		return false
	}
	w := d.Form(toks[i-1].Span)
	if capitalised(w) {
		return false
	}
	return L.orgKinds[w]
}

// abstractNoun reports whether a lower-cased word ends in a suffix of
// abstract nouns that no person's name ends in: "coordination",
// "sanctions", "journalism", "security", "leadership".
func abstractNoun(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range []string{"tion", "tions", "sion", "sions", "ism", "isms", "ity", "ities", "ship", "ships"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// orgAdjective reports whether a word of toks[i:j] is one of the
// adjectives of organisations' names (org-adjectives.txt).
func orgAdjective(d *doc.Document, toks []doc.Token, i, j int, L *nerLists) bool {
	for k := i; k < j; k++ {
		if L.orgAdjectives[strings.ToLower(bare(d.Form(toks[k].Span)))] {
			return true
		}
	}
	return false
}

// gazetteerPlace reports whether a name the lists and the actor base do
// not know is, in the gazetteer, a first-level division (a state, a
// province, an oblast) or a city of at least 100,000 people: "Oxford",
// "Bavaria", "Zaporizhzhia".
func gazetteerPlace(name string) bool { return lang.KnownPlace != nil && lang.KnownPlace(name) }

// listedType is the type the word lists give the words toks[a:b], or "".
func listedType(d *doc.Document, toks []doc.Token, a, b int, L *nerLists) string {
	s := lowerRun(d, toks, a, b)
	switch {
	case L.places[s]:
		return "GPE"
	case L.orgs[s]:
		return "ORG"
	case L.locations[s]:
		return "LOC"
	case L.demonyms[s]:
		return "NORP"
	case L.products[s]:
		return "PRODUCT"
	}
	return ""
}

// lowerRun is the text of toks[a:b] in lower case, without a possessive.
func lowerRun(d *doc.Document, toks []doc.Token, a, b int) string {
	return strings.ToLower(bare(d.Text[toks[a].Start:toks[b-1].End]))
}

// nameText is the text of toks[a:b] without a possessive.
func nameText(d *doc.Document, toks []doc.Token, a, b int) string {
	return bare(d.Text[toks[a].Start:toks[b-1].End])
}

// orgShape reports whether toks[i:j] is shaped like an organisation's
// name: it ends with an organisation word, or with one and a country, or
// one stands before "of" inside it ("Constitutional Court of Bosnia and
// Herzegovina").
func orgShape(d *doc.Document, toks []doc.Token, i, j int, L *nerLists) bool {
	if L.orgWords[strings.ToLower(bare(d.Form(toks[j-1].Span)))] && j-i > 1 {
		return true
	}
	// A country's branch: "Amnesty International Kenya", "Breakthrough
	// Action Nigeria".
	if j-i > 1 && L.orgWords[strings.ToLower(d.Form(toks[j-2].Span))] && toks[j-2].SpaceAfter {
		if last := bare(d.Form(toks[j-1].Span)); L.places[strings.ToLower(last)] || baseType(last) == "GPE" {
			return true
		}
	}
	for k := i + 1; k < j-1; k++ {
		if d.Form(toks[k].Span) == "of" && L.orgWords[strings.ToLower(d.Form(toks[k-1].Span))] {
			return true
		}
	}
	return false
}

// isTitle reports whether a word is a title ("President") or a
// hyphenated compound of titles ("Secretary-General").
func isTitle(w string, L *nerLists) bool {
	w = strings.ToLower(w)
	if L.titles[w] {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if !L.titles[p] && p != "in" && p != "elect" {
			return false
		}
	}
	return true
}

// typePrefix appends the name standing before a title, toks[a:b]: its
// own titles ("Senior Taliban") left out, a nationality at its end apart
// ("Russia Russian"), typed by the lists, the actor base and its shape;
// an organisation when nothing tells.
func typePrefix(d *doc.Document, toks []doc.Token, a, b int, L *nerLists, out []lang.NameSpan) []lang.NameSpan {
	for a < b && !orgShape(d, toks, a, b, L) && (isTitle(d.Form(toks[a].Span), L) || L.stop[strings.ToLower(d.Form(toks[a].Span))]) {
		a++
	}
	if a >= b {
		return out
	}
	if sentenceInitial(toks, a) && opener(toks[a].XPOS) && (b-a == 1 || !verbTag(toks[a].XPOS)) {
		a++
		if a >= b {
			return out
		}
	}
	if t := listedType(d, toks, a, b, L); t != "" {
		return append(out, lang.NameSpan{Start: a, End: b, Type: t})
	}
	last := strings.ToLower(bare(d.Form(toks[b-1].Span)))
	if b-a > 1 && !orgShape(d, toks, a, b, L) && !L.demonyms[last] {
		// A listed organisation or place, then words of the title:
		// "U.N. Resident (Coordinator)".
		for n := min(3, b-a-1); n >= 1; n-- {
			if t := listedType(d, toks, a, a+n, L); t == "ORG" || t == "GPE" {
				return append(out, lang.NameSpan{Start: a, End: a + n, Type: t})
			}
		}
	}
	if b-a > 1 && L.demonyms[last] {
		out = typePrefix(d, toks, a, b-1, L, out)
		return append(out, lang.NameSpan{Start: b - 1, End: b, Type: "NORP"})
	}
	if b-a > 1 && L.demonyms[strings.ToLower(d.Form(toks[a].Span))] && !orgShape(d, toks, a, b, L) {
		out = append(out, lang.NameSpan{Start: a, End: a + 1, Type: "NORP"})
		a++
	}
	typ := baseType(nameText(d, toks, a, b))
	switch {
	case typ != "":
	case orgShape(d, toks, a, b, L):
		typ = "ORG"
	case b-a > 1 && L.placeWords[strings.ToLower(bare(d.Form(toks[b-1].Span)))] != "":
		typ = L.placeWords[strings.ToLower(bare(d.Form(toks[b-1].Span)))]
	case b-a == 1 && nationality(nameText(d, toks, a, b)):
		typ = "NORP"
	default:
		typ = "ORG"
	}
	return append(out, lang.NameSpan{Start: a, End: b, Type: typ})
}

// prefixBeforeTitles appends the names standing before the titles
// toks[t:n] of a person, toks[i:t]. An organisation whose name goes on
// into words that are also titles ("Homeland Security" before
// "Secretary": "Security" is a title in "Security Adviser") is taken
// whole when the lists or the actor base know it, the longest first, and
// at least one title is left for the person.
func prefixBeforeTitles(d *doc.Document, toks []doc.Token, i, t, n int, L *nerLists, out []lang.NameSpan) []lang.NameSpan {
	for e := n - 1; e > t; e-- {
		for a := i; a < t; a++ {
			if listedType(d, toks, a, e, L) == "ORG" || baseType(nameText(d, toks, a, e)) == "ORG" {
				out = typePrefix(d, toks, i, a, L, out)
				return append(out, lang.NameSpan{Start: a, End: e, Type: "ORG"})
			}
		}
	}
	return typePrefix(d, toks, i, t, L, out)
}

// baseType is the type the actor base gives the name, or "".
func baseType(name string) string {
	if lang.ActorName == nil {
		return ""
	}
	switch lang.ActorName(name) {
	case lang.ActorNationality:
		return "NORP"
	case lang.ActorCountry, lang.ActorPlace:
		return "GPE"
	case lang.ActorOrg:
		return "ORG"
	case lang.ActorPerson:
		return "PERSON"
	}
	return ""
}

// placeCue returns GPE or LOC when the words around toks[i:j] say it is a
// place: a place word and "of" before it ("the city of Beledweyne"), also
// for the second of two names joined by "and" ("the towns of Bocaranga
// and Bazoum"), or a lower-case place word after it ("Zamfara state"),
// also after a second name ("the Middle Shabelle and Hiran regions");
// "capital," before it; and a place preposition before a name of several
// words ("in Guatemala City").
func placeCue(d *doc.Document, toks []doc.Token, i, j int, L *nerLists) string {
	form := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return d.Form(toks[k].Span)
	}
	before := func(k int) string { // the cue before a name starting at k
		if form(k-1) == "of" && !capitalised(form(k-2)) {
			return L.placeWords[strings.ToLower(form(k-2))]
		}
		if form(k-1) == "," && strings.ToLower(form(k-2)) == "capital" {
			return "GPE"
		}
		return ""
	}
	after := func(k int) string { // the cue after a name ending at k
		if w := form(k); w != "" && !capitalised(w) {
			return L.placeWords[strings.ToLower(w)]
		}
		return ""
	}
	if p := before(i); p != "" {
		return p
	}
	if p := after(j); p != "" {
		return p
	}
	if c := form(i - 1); c == "and" || c == "or" || c == "," {
		k := i - 1
		for k > 0 && capitalised(form(k-1)) && toks[k-1].Kind == doc.Word {
			k--
		}
		if k < i-1 {
			if p := before(k); p != "" {
				return p
			}
		}
	}
	if c := form(j); c == "and" || c == "or" || c == "," {
		k := j + 1
		for k < len(toks) && capitalised(form(k)) && toks[k].Kind == doc.Word {
			k++
		}
		if k > j+1 {
			if p := after(k); p != "" && strings.HasSuffix(strings.ToLower(form(k)), "s") {
				return p // a plural: "regions"
			}
		}
	}
	// Coordinated with a listed place: "Michigan, Minnesota and New York".
	for k, hops := j, 0; hops < 8; hops++ {
		c := form(k)
		if c != "," && c != "and" && c != "or" {
			break
		}
		k++
		if c == "," && (form(k) == "and" || form(k) == "or") {
			k++
		}
		e := k
		for e < len(toks) && capitalised(form(e)) && toks[e].Kind == doc.Word {
			e++
		}
		if e == k {
			break
		}
		if listedType(d, toks, k, e, L) == "GPE" {
			return "GPE"
		}
		k = e
	}
	if c := form(i - 1); c == "," || c == "and" || c == "or" {
		k := i - 1
		for k > 0 && capitalised(form(k-1)) && toks[k-1].Kind == doc.Word {
			k--
		}
		if k < i-1 && listedType(d, toks, k, i-1, L) == "GPE" {
			return "GPE"
		}
	}
	if j-i > 1 && i > 0 {
		switch strings.ToLower(form(i - 1)) {
		case "in", "near", "outside", "across", "throughout":
			return "GPE"
		}
	}
	return ""
}

// sentenceInitial reports whether only punctuation (an opening quote, a
// dash) stands before toks[i] in its sentence.
func sentenceInitial(toks []doc.Token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].Kind == doc.Word || toks[k].Kind == doc.Number {
			return false
		}
	}
	return true
}

// opener reports whether a sentence's first word with Penn tag tag is no
// name: a preposition, adverb, determiner, pronoun, verb form and the like.
func opener(tag string) bool {
	switch tag {
	case "IN", "RB", "RBR", "RBS", "VBG", "VBN", "VBD", "VBZ", "VBP", "DT", "CC", "MD", "PRP", "PRP$", "WRB", "WDT", "WP", "UH", "TO", "EX":
		return true
	}
	return false
}

// verbTag reports whether a Penn tag is a verb form's.
func verbTag(tag string) bool { return strings.HasPrefix(tag, "VB") }

// properTag reports whether a Penn tag is a proper noun's (or absent).
func properTag(tag string) bool { return tag == "" || tag == "NNP" || tag == "NNPS" }

// demonymPlural reports whether w (lower case) is the plural of a
// nationality word: "nigerians", "canadians".
func demonymPlural(w string, L *nerLists) bool {
	s, ok := strings.CutSuffix(w, "s")
	if !ok || len(s) < 4 {
		return false
	}
	return L.demonyms[s] || nationality(s) && !lastName(s)
}

// seenWindow is how many tokens before a sentence seenInName searches.
const seenWindow = 4000

// seenInName reports whether toks[i] (a capitalised word) was written
// earlier in the document as the last word of a name of several words
// ("Vladimir Putin", "Rigathi Gachagua"): the word before it capitalised,
// no title, no stop word, no organisation word.
func seenInName(d *doc.Document, toks []doc.Token, i int, L *nerLists) bool {
	w := strings.ToLower(bare(d.Form(toks[i].Span)))
	if len(w) < 3 {
		return false
	}
	start := toks[0].Start
	// The sentence's first token in d.Tokens.
	end := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= start })
	for k := end - 1; k >= 1 && k >= end-seenWindow; k-- {
		t := &d.Tokens[k]
		if t.Kind != doc.Word {
			continue
		}
		// Most words differ from w in their first letter: when both
		// first bytes are ASCII, compare them before folding the words
		// (bare keeps the first byte).
		f := d.Form(t.Span)
		if firstByteDiffers(f, w) {
			continue
		}
		if !strings.EqualFold(bare(f), w) {
			continue
		}
		p := &d.Tokens[k-1]
		pf := d.Form(p.Span)
		if p.Kind != doc.Word || !p.SpaceAfter || !capitalised(pf) && !particle(pf) {
			continue
		}
		lp := strings.ToLower(pf)
		if L.stop[lp] || isTitle(pf, L) || L.orgWords[lp] || L.demonyms[lp] || L.places[lp] || acronym(pf) {
			continue
		}
		if r := []rune(pf); len(r) > 0 && unicode.IsUpper(r[0]) || particle(pf) {
			return true
		}
	}
	return false
}

// designation reports whether s is a model designation: one to four
// letters starting with a capital, a hyphen, digits, and at most two more
// letters or a plural s ("S-400", "F-35", "E-11A", "MiG-29", "S-400s").
func designation(s string) bool {
	k := strings.IndexByte(s, '-')
	if k < 1 || k > 4 || !capitalised(s) {
		return false
	}
	for _, r := range s[:k] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	rest := s[k+1:]
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || len(rest)-n > 2 {
		return false
	}
	for _, r := range rest[n:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// firstByteDiffers reports that the form f cannot be the lower-cased
// word w up to case (strings.EqualFold(bare(f), w) is false) because
// their first bytes, both ASCII, differ in more than case. Both are not
// empty.
func firstByteDiffers(f, w string) bool {
	c := f[0]
	return c < utf8.RuneSelf && w[0] < utf8.RuneSelf && asciiLower(c) != w[0]
}

// asciiLower returns the lower case of an ASCII letter, other bytes as
// they are.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
