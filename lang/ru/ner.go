package ru

import (
	"embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/lang"
)

// The Russian recognizer is rule-based, like the English one: runs of
// capitalised words (anywhere in a sentence; at its start only when the
// word lists know the name or the document also writes the word
// capitalised inside a sentence), acronyms (НАТО, ФСБ, "МИДа"), quoted
// names («Газпром», "Северный поток-2"), organisation names whose later
// words are in lower case ("Международный валютный фонд", "Верховный суд
// Пакистана"). A run holding a given name is split before it ("МИД
// Британии Борис Джонсон"). Types come from the word lists (data/ner),
// from the word before the name (a title: a person; "компания": an
// organisation; "город": a place; "газопровод": a product), from the
// shape of the name, and from the preposition before a single word ("в
// Лахоре": a place); an unknown single word is a person.

type stemSet struct {
	words map[string]bool
	stems []string
}

func (s *stemSet) has(lw string) bool {
	if s.words[lw] {
		return true
	}
	for _, p := range s.stems {
		if strings.HasPrefix(lw, p) {
			return true
		}
	}
	return false
}

type nerLists struct {
	places, locations, orgs, events, products, notNames, stop map[string]bool
	demonyms                                                  map[string]bool
	lowerEvents                                               map[string]bool
	numbered                                                  map[string]bool // known names that go on with a number: "северный поток"
	given                                                     map[string]gender
	titles, orgWords                                          stemSet
	documents                                                 stemSet             // heads of document names: documents.txt
	cues                                                      map[string]*stemSet // by type
}

// known returns the type of a lower-case name in the nominative that the
// lists hold, or "".
func (L *nerLists) known(s string) string {
	switch {
	case L.places[s]:
		return "GPE"
	case L.orgs[s]:
		return "ORG"
	case L.locations[s]:
		return "LOC"
	case L.events[s]:
		return "EVENT"
	case L.products[s]:
		return "PRODUCT"
	}
	return ""
}

// cue returns the type a lower-case word before a name gives it, or "".
func (L *nerLists) cue(lw string) string {
	for _, t := range []string{"ORG", "GPE", "PRODUCT", "EVENT"} {
		if L.cues[t].has(lw) {
			return t
		}
	}
	return ""
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

// lines returns the entries of one word list.
func lines(name string) []string {
	data, err := nerFiles.ReadFile("data/ner/" + name + ".txt")
	if err != nil {
		panic(err) // embedded: a missing file is a build error
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

func wordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lines(name) {
		m[strings.ToLower(l)] = true
	}
	return m
}

func stems(entries []string) stemSet {
	s := stemSet{words: map[string]bool{}}
	for _, e := range entries {
		e = strings.ToLower(e)
		if p, ok := strings.CutSuffix(e, "*"); ok {
			s.stems = append(s.stems, p)
		} else {
			s.words[e] = true
		}
	}
	return s
}

func nerData() *nerLists {
	nerOnce.Do(func() {
		L := nerLists{
			places: wordSet("places"), locations: wordSet("locations"), orgs: wordSet("organizations"),
			products: wordSet("products"), stop: wordSet("stop"), notNames: wordSet("not-names"),
			demonyms: wordSet("demonyms"),
			events:   map[string]bool{}, lowerEvents: map[string]bool{}, given: map[string]gender{},
			titles: stems(lines("titles")), orgWords: stems(lines("org-words")), cues: map[string]*stemSet{},
			documents: stems(lines("documents")),
		}
		for _, l := range lines("events") {
			if w, ok := strings.CutPrefix(l, "="); ok {
				L.lowerEvents[strings.ToLower(w)] = true
				l = w
			}
			L.events[strings.ToLower(l)] = true
		}
		for _, l := range lines("given") {
			name, g, _ := strings.Cut(l, "\t")
			g2 := masc
			if strings.TrimSpace(g) == "f" {
				g2 = fem
			}
			L.given[strings.ToLower(name)] = g2
		}
		byType := map[string][]string{}
		for _, l := range lines("cues") {
			t, w, _ := strings.Cut(l, "\t")
			byType[t] = append(byType[t], w)
		}
		for t, ws := range byType {
			s := stems(ws)
			L.cues[t] = &s
		}
		for _, t := range []string{"ORG", "GPE", "PRODUCT", "EVENT"} {
			if L.cues[t] == nil {
				L.cues[t] = &stemSet{}
			}
		}
		L.numbered = map[string]bool{}
		for _, m := range []map[string]bool{L.orgs, L.products, L.places} {
			for name := range m {
				if t := strings.TrimRight(name, "0123456789"); t != name {
					L.numbered[strings.TrimRight(t, " -—–")] = true
				}
			}
		}
		lists = L
	})
	return &lists
}

// Recognizer returns the Russian named-entity recognizer.
func Recognizer() lang.Recognizer { return recognizer{} }

type recognizer struct{}

// capWord reports whether token k is a capitalised word.
func capWord(d *doc.Document, toks []doc.Token, k int) bool {
	return k < len(toks) && toks[k].Kind == doc.Word && textutil.Capitalised(d.Form(toks[k].Span))
}

func (recognizer) Recognize(d *doc.Document, toks []doc.Token) []lang.NameSpan {
	L := nerData()
	var out []lang.NameSpan
	for i := 0; i < len(toks); {
		f := d.Form(toks[i].Span)
		if toks[i].Kind == doc.Punct && textutil.OpeningQuote(f) {
			if s, ok := quoted(d, toks, i, L); ok {
				out = append(out, s)
				i = s.End
				if toks[s.End-1].Kind != doc.Punct || !textutil.ClosingQuote(d.Form(toks[s.End-1].Span)) {
					i++ // past the closing quote left out of an ORG span
				}
				continue
			}
		}
		if toks[i].Kind != doc.Word {
			i++
			continue
		}
		if !textutil.Capitalised(f) {
			if lowerEvent(f, L) {
				out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "EVENT"})
			} else if demonym(f, L) {
				if j := stateBody(d, toks, i+1, L); j > i+1 && toks[i].SpaceAfter {
					// "британского правительства", "британского МИДа"
					out = append(out, lang.NameSpan{Start: i, End: j, Type: "ORG"})
					i = j
					continue
				}
				out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "NORP"})
			} else if governing(f) && i+1 < len(toks) && toks[i].SpaceAfter && capWord(d, toks, i+1) && knownWord(d.Form(toks[i+1].Span), L) == "GPE" && L.known(strings.ToLower(d.Form(toks[i+1].Span))) == "" {
				// "правительство Великобритании"
				out = append(out, lang.NameSpan{Start: i, End: i + 2, Type: "ORG"})
				i += 2
				continue
			} else if j, typ := lowerName(d, toks, i, L); j > i {
				out = append(out, lang.NameSpan{Start: i, End: j, Type: typ})
				i = j
				continue
			}
			i++
			continue
		}
		if j := documentName(d, toks, i, L); j > i {
			out = append(out, lang.NameSpan{Start: i, End: j, Type: "PRODUCT"})
			i = j
			continue
		}
		j := extend(d, toks, i, L)
		out = segments(d, toks, i, j, L, out)
		i = j
	}
	return out
}

// documentName returns the end of the name of a plan, treaty or agreement
// that starts at the capitalised token i (documents.txt): a document noun
// and the capitalised names after it ("План Маршалла", "Пакт Молотова —
// Риббентропа"; not a place or body the lists know: "Договор России с
// Китаем"), or a capitalised adjective that is no nationality word
// and a document noun in lower case ("Минские соглашения"); i when there
// is none.
func documentName(d *doc.Document, toks []doc.Token, i int, L *nerLists) int {
	lw := strings.ToLower(d.Form(toks[i].Span))
	if L.documents.has(lw) && toks[i].SpaceAfter && capWord(d, toks, i+1) && knownWord(d.Form(toks[i+1].Span), L) == "" {
		j := i + 2
		for j+1 < len(toks) && textutil.Dash(d.Form(toks[j].Span)) && capWord(d, toks, j+1) {
			j += 2 // "Молотова — Риббентропа"
		}
		return j
	}
	if i+1 < len(toks) && toks[i].SpaceAfter && toks[i+1].Kind == doc.Word && !demonym(lw, L) && adjectival(lw) {
		next := d.Form(toks[i+1].Span)
		if !textutil.Capitalised(next) && L.documents.has(next) {
			return i + 2
		}
	}
	return i
}

// adjectival reports whether a lower-case word is an adjective made from
// a place name ("минские", "лиссабонского"): an adjective ending
// (adjEnding) after the suffix "-ск-".
func adjectival(lw string) bool {
	e := adjEnding(lw)
	return e != "" && strings.HasSuffix(lw[:len(lw)-len(e)], "ск")
}

// knownPlace reports whether the name is a place the gazetteer knows
// (lang.KnownPlace: a country, a first-level division or a city of
// 100,000 people) or, for one word, a first-level division the actor
// base knows (lang.KnownDivision: many cities have short names that are
// also people's, "Мэй").
func knownPlace(d *doc.Document, ws []string, prev string) bool {
	name := strings.Join(wordsOf(phraseLemma(d, ws, prev)), " ")
	if len(ws) == 1 {
		return lang.KnownDivision != nil && (lang.KnownDivision(name) || lang.KnownDivision(ws[0]))
	}
	return lang.KnownPlace != nil && lang.KnownPlace(name) || lang.KnownDivision != nil && lang.KnownDivision(name)
}

// lowerEvent reports whether a lower-case word is a form of an event
// name written in lower case ("брекзита").
func lowerEvent(f string, L *nerLists) bool {
	lf := strings.ToLower(f)
	if len(L.lowerEvents) == 0 || utf8.RuneCountInString(lf) < 5 {
		return false
	}
	for _, c := range nounCands(lf, masc) {
		if L.lowerEvents[c] {
			return true
		}
	}
	return false
}

// quoted recognises a name in quotation marks starting at the opening
// quote toks[i]: «Газпром», "Северный поток-2", «Слово и Дело». The
// quoted words must begin with a capital, be few, and be known, follow a
// type cue, or look like a name. Organisations are given without the
// marks, products and others with them.
func quoted(d *doc.Document, toks []doc.Token, i int, L *nerLists) (lang.NameSpan, bool) {
	if !capWord(d, toks, i+1) {
		return lang.NameSpan{}, false
	}
	end := -1
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		f := d.Form(toks[k].Span)
		if toks[k].Kind == doc.Punct && textutil.ClosingQuote(f) {
			end = k
			break
		}
		if toks[k].Kind == doc.Punct && !textutil.Dash(f) && f != "." && f != "&" {
			return lang.NameSpan{}, false
		}
	}
	if end < 0 || end == i+1 {
		return lang.NameSpan{}, false
	}
	inner := toks[i+1 : end]
	words, lowers := 0, 0
	for k := range inner {
		if inner[k].Kind == doc.Word {
			words++
			if !textutil.Capitalised(d.Form(inner[k].Span)) {
				lowers++
			}
		}
	}
	first := strings.ToLower(d.Form(inner[0].Span))
	if words > 4 || L.stop[first] {
		return lang.NameSpan{}, false
	}
	lemma := strings.ToLower(strings.Join(wordsOf(phraseLemma(d, forms(d, inner), "")), " "))
	typ := L.known(lemma)
	if typ == "" {
		typ = L.known(strings.ToLower(strings.Join(wordsOf(forms(d, inner)), " ")))
	}
	if typ == "" {
		typ = L.cue(prevLower(d, toks, i))
	}
	if typ == "" {
		switch {
		case words == 1 && !L.titles.has(first) && docProfile(d).lower(first) == 0:
			typ = "ORG"
		case words >= 2 && lowers <= 1 && adjEnding(first) != "":
			typ = "PRODUCT"
		case words >= 2 && lowers == 0:
			typ = "ORG"
		default:
			return lang.NameSpan{}, false
		}
	}
	if typ != "PRODUCT" {
		return lang.NameSpan{Start: i + 1, End: end, Type: typ}, true
	}
	return lang.NameSpan{Start: i, End: end + 1, Type: typ}, true
}

func forms(d *doc.Document, toks []doc.Token) []string {
	out := make([]string, len(toks))
	for i := range toks {
		out[i] = d.Form(toks[i].Span)
	}
	return out
}

// prevLower returns the lower-case word token before token i (skipping
// quotation marks), or "".
func prevLower(d *doc.Document, toks []doc.Token, i int) string {
	for k := i - 1; k >= 0; k-- {
		f := d.Form(toks[k].Span)
		if toks[k].Kind == doc.Punct && (textutil.OpeningQuote(f) || textutil.ClosingQuote(f)) {
			continue
		}
		if toks[k].Kind != doc.Word {
			return ""
		}
		return strings.ToLower(f)
	}
	return ""
}

// maxRun bounds the tokens of a run of capitalised words.
const maxRun = 12

// extend returns the end of the name run starting at the capitalised word
// toks[i]: further capitalised words, a number inside ("Nord Stream 2
// AG"), lower-case words of an organisation name after a capitalised
// adjective ("Международного валютного фонда"), and a known place after
// such a head ("Верховный суд Пакистана").
func extend(d *doc.Document, toks []doc.Token, i int, L *nerLists) int {
	j := i + 1
	for j < len(toks) && j-i < maxRun {
		switch {
		case initialAt(d, toks, j-1) && d.Form(toks[j].Span) == "." && capWord(d, toks, j+1):
			// "Д.Дэвис", "В. В. Путин"
			j += 2
			continue
		case capWord(d, toks, j) && toks[j-1].SpaceAfter:
			j++
			continue
		case toks[j].Kind == doc.Word && toks[j-1].SpaceAfter && particle(d.Form(toks[j].Span)) && (capWord(d, toks, j+1) || strings.Contains(d.Form(toks[j].Span), "-")):
			// "Саиф уль-Малук", "Урсула фон дер Ляйен"
			j++
			continue
		case toks[j].Kind == doc.Number && toks[j-1].SpaceAfter && toks[j].SpaceAfter && capWord(d, toks, j+1):
			j++
			continue
		}
		break
	}
	j = lowerTail(d, toks, i, j, L)
	// A number that belongs to the name: "Северный поток 2", "Nord
	// Stream — 2".
	lemma := strings.ToLower(strings.Join(wordsOf(phraseLemma(d, forms(d, toks[i:j]), "")), " "))
	if L.numbered[lemma] && j < len(toks) && toks[j-1].SpaceAfter {
		k := j
		if toks[k].Kind == doc.Punct && textutil.Dash(d.Form(toks[k].Span)) {
			k++
		}
		if k < len(toks) && toks[k].Kind == doc.Number && len(d.Form(toks[k].Span)) <= 2 {
			j = k + 1
		}
	}
	return j
}

// lowerTail extends the name toks[i:j] over lower-case words after a
// capitalised adjective or organisation word, up to a head that makes a
// known name or an organisation name ("Международного валютного фонда",
// "Палата общин"), and a place or acronym after it ("Верховный суд
// Пакистана", "Совет безопасности ООН").
func lowerTail(d *doc.Document, toks []doc.Token, i, j int, L *nerLists) int {
	lastForm := d.Form(toks[j-1].Span)
	last := strings.ToLower(lastForm)
	adj := cyrillic(last) && adjEnding(last) != "" && textutil.UpperCount(lastForm) <= 1
	if !adj && !L.orgWords.has(last) {
		return j
	}
	for n := 1; n <= 3 && j+n <= len(toks); n++ {
		t := &toks[j+n-1]
		f := d.Form(t.Span)
		if t.Kind != doc.Word || textutil.Capitalised(f) || !toks[j+n-2].SpaceAfter {
			break
		}
		lf := strings.ToLower(f)
		base := lf
		if k := strings.LastIndexByte(lf, '-'); k > 0 && strings.Trim(lf[k+1:], "0123456789") == "" {
			base = lf[:k]
		}
		if adj && n == 1 && divisionWord(lf) {
			// "Курской области", "Краснодарского края": a division.
			return j + 1
		}
		lemma := strings.ToLower(strings.Join(wordsOf(phraseLemma(d, forms(d, toks[i:j+n]), "")), " "))
		if L.known(lemma) != "" || adj && n == 1 && L.orgWords.has(base) || adj && L.orgWords.has(base) && adjEnding(strings.ToLower(d.Form(toks[j].Span))) != "" {
			end := j + n
			if capWord(d, toks, end) && toks[end-1].SpaceAfter && (textutil.Acronym(d.Form(toks[end].Span)) || knownWord(d.Form(toks[end].Span), L) == "GPE") {
				end++
			}
			return end
		}
		if adjEnding(lf) == "" && !L.orgWords.has(last) {
			break
		}
		if !adj && L.stop[lf] {
			break
		}
		// "Палата представителей Конгресса США", "Министерство обороны
		// России": an organisation word, its lower-case complement and
		// the capitalised name of whose body it is.
		if e := j + n; !adj && capWord(d, toks, e) && toks[e-1].SpaceAfter {
			if k := knownWord(d.Form(toks[e].Span), L); k != "" || textutil.Acronym(d.Form(toks[e].Span)) {
				e++
				if capWord(d, toks, e) && toks[e-1].SpaceAfter && (textutil.Acronym(d.Form(toks[e].Span)) || knownWord(d.Form(toks[e].Span), L) == "GPE") {
					e++
				}
				return e
			}
		}
	}
	return j
}

// governing reports whether a lower-case word is a body of a state that
// makes a name with the state's name after it: "правительство
// Великобритании", "парламента Германии".
func governing(w string) bool {
	for _, p := range []string{"правительств", "парламент", "посольств", "министерств", "кабмин"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// stateBody returns the end of the name of a body of a state at token k
// ("правительства", "кабинете министров", "МИДа"), or k.
func stateBody(d *doc.Document, toks []doc.Token, k int, L *nerLists) int {
	if k >= len(toks) || toks[k].Kind != doc.Word {
		return k
	}
	f := d.Form(toks[k].Span)
	lf := strings.ToLower(f)
	switch {
	case strings.HasSuffix(lf, "ам") || strings.HasSuffix(lf, "ами") || strings.HasSuffix(lf, "ах") || strings.HasSuffix(lf, "ов"):
		// plural: "британскому и немецкому парламентам"
	case governing(lf) || strings.HasPrefix(lf, "кабинет"):
		if k+1 < len(toks) && toks[k].SpaceAfter && strings.ToLower(d.Form(toks[k+1].Span)) == "министров" {
			return k + 2
		}
		if strings.HasPrefix(lf, "кабинет") {
			return k
		}
		return k + 1
	case textutil.Acronym(f) || textutil.UpperCount(f) > 1:
		a := f
		if s, ok := inflectedAcronym(f); ok {
			a = s
		}
		if L.orgs[strings.ToLower(a)] {
			return k + 1
		}
	}
	return k
}

// lowerName recognises a known name written in lower case that begins
// with an adjective at toks[i] ("европейского союза", "консервативной
// партии"); it returns the end of the name, or i.
func lowerName(d *doc.Document, toks []doc.Token, i int, L *nerLists) (int, string) {
	f := strings.ToLower(d.Form(toks[i].Span))
	if !cyrillic(f) || adjEnding(f) == "" {
		return i, ""
	}
	for n := 2; n <= 3 && i+n <= len(toks); n++ {
		t := &toks[i+n-1]
		if t.Kind != doc.Word || textutil.Capitalised(d.Form(t.Span)) || !toks[i+n-2].SpaceAfter {
			break
		}
		lemma := strings.ToLower(strings.Join(phraseLemma(d, forms(d, toks[i:i+n]), ""), " "))
		if typ := L.known(lemma); typ != "" {
			return i + n, typ
		}
	}
	return i, ""
}

// calendarWord reports whether a lower-case word names a month or a day
// of the week (capitalised in datelines: "9 Января 2019").
func calendarWord(lw string) bool {
	l := lang.Get("ru")
	if l == nil || l.Timex == nil {
		return false
	}
	e := l.Timex.Lookup(lw)
	return e != nil && (e.Month > 0 || e.Weekday > 0)
}

// orgForm reports whether w is an abbreviation that stands before the
// name of a company or agency and belongs to it: "ИА REGNUM".
func orgForm(w string) bool {
	switch w {
	case "ИА", "РИА", "ТК", "ИД", "ОАО", "ЗАО", "ООО", "ПАО", "АО", "НКО", "ФК":
		return true
	}
	return false
}

// initialAt reports whether token k is an initial or initials of a name:
// one capital letter, or capitals joined by periods ("В.В").
func initialAt(d *doc.Document, toks []doc.Token, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].Kind != doc.Word {
		return false
	}
	for _, part := range strings.Split(d.Form(toks[k].Span), ".") {
		if utf8.RuneCountInString(part) != 1 || !textutil.Capitalised(part) {
			return false
		}
	}
	return true
}

// initialDot reports whether token k is an initial followed by its
// period: "Д" in "Д.Дэвис".
func initialDot(d *doc.Document, toks []doc.Token, k int) bool {
	return initialAt(d, toks, k) && k+1 < len(toks) && d.Form(toks[k+1].Span) == "."
}

// particle reports whether a lower-case word may stand inside a person's
// name: "фон", "де", "бин", "уль-Малук", "аль-Асад".
func particle(s string) bool {
	switch s {
	case "фон", "дер", "де", "ди", "да", "дель", "ван", "бин", "бен", "ибн", "аль", "эль", "ла", "ле", "дос":
		return true
	}
	if k := strings.IndexByte(s, '-'); k > 0 && k+1 < len(s) {
		return textutil.Capitalised(s[k+1:]) && !textutil.Capitalised(s)
	}
	return false
}

// demonym reports whether a word is a form of a nationality adjective
// ("британского", "Российские").
func demonym(w string, L *nerLists) bool {
	lw := strings.ToLower(w)
	e := adjEnding(lw)
	if e == "" || !cyrillic(lw) {
		return false
	}
	stem := lw[:len(lw)-len(e)]
	return L.demonyms[stem+"ий"] || L.demonyms[stem+"ый"]
}

// relAdjective reports whether a lower-case word is an adjective of
// place or kind ("европейскому", "московский", "государственной").
func relAdjective(lw string) bool {
	e := adjEnding(lw)
	if e == "" || !cyrillic(lw) {
		return false
	}
	stem := lw[:len(lw)-len(e)]
	return strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк") || strings.HasSuffix(stem, "н")
}

// placePrep reports whether a word before a capitalised word makes it a
// place: "в Лахоре", "из Карачи".
func placePrep(w string) bool {
	switch w {
	case "в", "во", "из", "под", "близ", "городе", "города", "город", "аэропорту", "аэропорта", "аэропорт":
		return true
	}
	return false
}

// roman reports whether s is a Roman numeral of a ruler ("II", "XVI").
func roman(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	return strings.Trim(s, "IVX") == ""
}

// knownWord returns the type the lists give one capitalised word in any
// case, or "".
func knownWord(w string, L *nerLists) string {
	for _, c := range nounCands(w, anyGender) {
		if t := L.known(strings.ToLower(c)); t != "" {
			return t
		}
	}
	return ""
}

// givenName reports whether w is a form of a given name.
func givenName(w string, L *nerLists) bool {
	return givenBase(w, L) != ""
}

// segments splits the run toks[i:j] where a new name begins and appends
// the names it holds: before a given name ("МИД Британии Борис
// Джонсон"), after a name the lists know ("Пенджаба Салман Тасир",
// though "МИД Великобритании" stays one), between Latin and Cyrillic
// words, and at a word that is never part of a name. A capitalised
// ordinary word that opens the sentence is left out ("Авиакомпания
// Ryanair", "Власти Пакистана").
func segments(d *doc.Document, toks []doc.Token, i, j int, L *nerLists, out []lang.NameSpan) []lang.NameSpan {
	for i < j-1 && toks[i].Kind == doc.Word && initial(d, toks, i) && !initialDot(d, toks, i) && ordinaryOpener(d, d.Form(toks[i].Span), L) {
		i++
	}
	a := i
	for k := i + 1; k < j; k++ {
		if toks[k].Kind != doc.Word || toks[k-1].Kind != doc.Word {
			continue
		}
		prev, cur := d.Form(toks[k-1].Span), d.Form(toks[k].Span)
		split := false
		switch {
		case roman(cur) || particle(prev) || particle(cur):
		case textutil.Capitalised(cur) && L.titles.has(strings.ToLower(cur)) && !givenName(cur, L):
			// "Владимир Путин Президент России"
			split = true
			// "В. Путин", "Елизавета II", "Саиф уль-Малук"
		case L.stop[strings.ToLower(cur)] && !(k+1 < j && d.Form(toks[k+1].Span) == "."):
			split = true
		case givenName(cur, L) && !givenName(prev, L) && !L.titles.has(strings.ToLower(prev)):
			split = true
		case cyrillic(prev) != cyrillic(cur) && !orgForm(prev):
			split = true
		case k-a == 1 && textutil.Acronym(prev) && knownWord(cur, L) == "GPE":
			// "МИД Великобритании", "Совбез ООН"
		case k-a == 1 && k == j-1 && knownWord(prev, L) == "LOC" && !givenName(cur, L) && knownWord(cur, L) == "":
			// "Азии Биби": a continent's name is also a given name.
		case knownWord(prev, L) != "" && !L.orgWords.has(strings.ToLower(d.Form(toks[a].Span))) && L.known(strings.ToLower(strings.Join(wordsOf(phraseLemma(d, forms(d, toks[a:k+1]), "")), " "))) == "" && adjEnding(strings.ToLower(prev)) == "":
			split = true
		}
		if split {
			out = classify(d, toks, a, k, L, out)
			a = k
			if cyrillic(prev) != cyrillic(cur) {
				// After a dateline or a source ("REGNUM Власти
				// Пакистана"), a sentence begins.
				for a < j-1 && toks[a].Kind == doc.Word && ordinaryOpener(d, d.Form(toks[a].Span), L) {
					a++
					k++
				}
			}
		}
	}
	return classify(d, toks, a, j, L, out)
}

// ordinaryOpener reports whether a capitalised word that opens a sentence
// is an ordinary word: not known to the lists, not a given name or an
// acronym, and written in lower case in the document or never capitalised
// inside a sentence.
func ordinaryOpener(d *doc.Document, w string, L *nerLists) bool {
	lw := strings.ToLower(w)
	if L.stop[lw] || L.titles.has(lw) || L.cue(lw) != "" {
		return true
	}
	if L.orgWords.has(lw) || cyrillic(lw) && adjEnding(lw) != "" && !strings.HasSuffix(lw, "ние") && !strings.HasSuffix(lw, "тие") {
		// "Совет Европейского союза", "Верховный суд Пакистана"
		return false
	}
	if textutil.Acronym(w) || !cyrillic(w) || givenName(w, L) || knownWord(w, L) != "" {
		return false
	}
	p := docProfile(d)
	if p.lower(lw) > 0 {
		return true
	}
	for _, c := range nounCands(w, anyGender) {
		if p.mid(strings.ToLower(c)) > 0 {
			return false
		}
	}
	return true
}

// initial reports whether token k opens its sentence: only punctuation
// (quotes, dashes) before it, a sentence-final mark, or a line break.
func initial(d *doc.Document, toks []doc.Token, k int) bool {
	for m := k - 1; m >= 0; m-- {
		if strings.Contains(d.Text[toks[m].End:toks[m+1].Start], "\n") {
			// A new line: a headline or a dateline ended without a
			// period.
			return true
		}
		f := d.Form(toks[m].Span)
		if toks[m].Kind != doc.Punct {
			return false
		}
		switch {
		case f == "." || f == "!" || f == "?" || f == "…" || f == "...":
			return true
		case f == ":" || textutil.OpeningQuote(f) || textutil.Dash(f) || f == "(":
			if f == ":" {
				return true
			}
			if textutil.Dash(f) && m > 0 && toks[m-1].Kind == doc.Word && textutil.Acronym(d.Form(toks[m-1].Span)) {
				// "INTERFAX.RU - Власти Пакистана": after a dateline.
				return true
			}
			continue
		}
		return false
	}
	return true
}

// classify types the capitalised run toks[i:j] and appends its name.
func classify(d *doc.Document, toks []doc.Token, i, j int, L *nerLists, out []lang.NameSpan) []lang.NameSpan {
	titled := false
	for i < j {
		lw := strings.ToLower(d.Form(toks[i].Span))
		if initialDot(d, toks, i) && i+1 < j {
			break // "С. Сквернялис"
		}
		if L.stop[lw] {
			i++
			continue
		}
		if j-i > 1 && L.titles.has(lw) && !givenName(d.Form(toks[i].Span), L) {
			titled = true
			i++
			continue
		}
		break
	}
	if i >= j {
		return out
	}
	ws := forms(d, toks[i:j])
	first, lfirst := ws[0], strings.ToLower(ws[0])
	prev := prevLower(d, toks, i)
	add := func(t string) []lang.NameSpan { return append(out, lang.NameSpan{Start: i, End: j, Type: t}) }
	if toks[i].Kind != doc.Word {
		return out
	}
	lemma := strings.ToLower(strings.Join(wordsOf(phraseLemma(d, ws, prev)), " "))
	if t := L.known(lemma); t != "" {
		return add(t)
	}
	if t := L.known(strings.ToLower(strings.Join(wordsOf(ws), " "))); t != "" {
		return add(t)
	}
	if len(ws) == 2 && adjEnding(lfirst) != "" && divisionWord(strings.ToLower(ws[1])) {
		// A first-level division named by its adjective: "Курская
		// область", "Краснодарского края".
		return add("GPE")
	}
	words := 0
	for k := i; k < j; k++ {
		if toks[k].Kind == doc.Word {
			words++
		}
	}
	p := docProfile(d)
	if words == 1 {
		if utf8.RuneCountInString(first) < 2 || L.titles.has(lfirst) || L.cue(lfirst) != "" || orgForm(first) || calendarWord(lfirst) {
			// "I", "Министр", "Компания", "ИА", "Января": not names by
			// themselves.
			return out
		}
		if L.orgWords.has(lfirst) && !initial(d, toks, i) {
			// "В тот же день Палата …", "Суд …" inside a sentence.
			return add("ORG")
		}
		if _, inflected := inflectedAcronym(first); textutil.Acronym(first) || inflected {
			if L.notNames[lfirst] {
				return out
			}
			if a, ok := inflectedAcronym(first); ok {
				if t := L.known(strings.ToLower(a)); t != "" {
					return add(t)
				}
			}
			return add("ORG")
		}
		if t := knownWord(first, L); t != "" {
			return add(t)
		}
		if demonym(first, L) {
			return add("NORP")
		}
		if initial(d, toks, i) {
			// A capitalised first word is a name only when the document
			// also writes it capitalised inside a sentence, and not in
			// lower case.
			mid := 0
			for _, c := range nounCands(first, anyGender) {
				mid += p.mid(strings.ToLower(c))
			}
			if mid == 0 || p.lower(lfirst) > 0 || L.titles.has(lfirst) {
				return out
			}
		}
		if p.lower(lfirst) > p.capital(lfirst) {
			return out
		}
		switch {
		case !cyrillic(first) && L.cue(prev) == "" && !givenName(first, L):
			return add("ORG")
		case titled || L.titles.has(prev) || givenName(first, L):
			return add("PERSON")
		case L.cue(prev) != "":
			return add(L.cue(prev))
		case !cyrillic(first):
			return add("ORG")
		case placePrep(prev):
			return add("GPE")
		case adjEnding(prev) != "" && placePrep(prevLower(d, toks, i-1)):
			// "в пакистанском Пешаваре"
			return add("GPE")
		case relAdjective(lfirst) && !L.titles.has(prev):
			// A lone capitalised adjective is rarely a name of its own
			// ("Европейскому и британскому парламентам").
			return out
		case knownPlace(d, ws, prev):
			// a state, a province or a large city the gazetteer knows:
			// "затронуло Баварию"
			return add("GPE")
		}
		return add("PERSON")
	}
	// Several words.
	if words >= 3 && toks[i+1].Kind == doc.Word && (givenName(ws[1], L) || words == 3 && j-i == 3) &&
		knownPlace(d, ws[:1], prev) && !knownPlace(d, ws[:2], prev) {
		// "губернатор Техаса Грег Эбботт": a place, then a person
		// (a given name, or two more words).
		out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "GPE"})
		return classify(d, toks, i+1, j, L, out)
	}
	if _, inflected := inflectedAcronym(first); textutil.Acronym(first) || inflected {
		// "МИД Великобритании", "Совбез ООН".
		return add("ORG")
	}
	if initialDot(d, toks, i) {
		return add("PERSON")
	}
	if !cyrillic(first) && !givenName(first, L) {
		// "Vereinigung Cockpit", "Sky News": Latin names in Russian text
		// are mostly organisations.
		if t := L.cue(prev); t != "" {
			return add(t)
		}
		return add("ORG")
	}
	lastW := strings.ToLower(ws[len(ws)-1])
	head := ""
	for _, w := range ws {
		if lw := strings.ToLower(w); word(w) && adjEnding(lw) == "" {
			head = lw
			break
		}
	}
	if givenName(first, L) {
		return add("PERSON")
	}
	if L.orgWords.has(lfirst) || L.orgWords.has(lastW) || head != "" && L.orgWords.has(head) {
		return add("ORG")
	}
	if titled || L.titles.has(prev) {
		return add("PERSON")
	}
	if t := L.cue(prev); t != "" {
		return add(t)
	}
	if adjEnding(lfirst) != "" && cyrillic(lfirst) {
		// "Южной Кореи", "Балтийского моря": the head tells.
		for _, w := range ws[1:] {
			if t := knownWord(w, L); t != "" {
				return add(t)
			}
		}
		switch {
		case strings.Contains(lemma, "море") || strings.Contains(lemma, "океан") || strings.Contains(lemma, "залив") || strings.Contains(lemma, "остров"):
			return add("LOC")
		case knownPlace(d, ws, prev):
			// "Нижнюю Силезию", "Северной Рейн-Вестфалии"
			return add("GPE")
		}
		return add("ORG")
	}
	if !cyrillic(first) {
		return add("ORG")
	}
	if initial(d, toks, i) && L.stop[lfirst] {
		return out
	}
	return add("PERSON")
}

// divisionWord reports whether a lower-case word is a form of a noun that
// names a first-level division of Russia or Ukraine after its adjective:
// область, край, автономный округ's head.
func divisionWord(w string) bool {
	if strings.HasPrefix(w, "област") {
		return true
	}
	switch w {
	case "край", "края", "краю", "краем", "крае", "округ", "округа", "округе", "округу", "округом":
		return true
	}
	return false
}
