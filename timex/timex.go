// Package timex finds time expressions in a document's sentences and
// resolves them against the publication date into TIMEX3-style values. The
// engine is the same for every language; the words it knows come from the
// language's temporal lexicon (lang.TimexLexicon, lang/*/timex.tsv).
//
// Values follow TIMEX3: "2024-06-19" (day), "2024-W25" (ISO week),
// "2024-06" (month), "2024-Q1", "2024-SU" (season), "2024", "199" (the
// 1990s), "20" (the 21st century); durations "PT2H", "P3D", "P2Y", "PXD"
// when the number is vague; "PAST_REF", "PRESENT_REF", "FUTURE_REF" for
// relative expressions in a document without a date; "XXXX-06",
// "XXXX-12-07", "XXXX-WXX-4" when the year or week cannot be known. A range
// written as one expression ("17-18 maja", "2000–2001") is one Time whose
// value is an ISO 8601 interval "2024-05-17/2024-05-18"; coordinated times
// ("lat 2000 i 2001") are separate Times. A part of the day ("wieczorem",
// "Tuesday afternoon") widens the span but not the value, so that a value
// is always a calendar date the event coder can use (see EventDate).
package timex

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/boiler"
	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/lang"
)

// Precisions, from the coarsest.
const (
	pNone = iota
	pCentury
	pDecade
	pYear
	pSeason
	pQuarter
	pMonth
	pWeek
	pDay
)

var precNames = [...]string{"", "century", "decade", "year", "season", "quarter", "month", "week", "day"}

// anchor is the publication date the relative expressions count from.
type anchor struct {
	t    time.Time
	prec int // pNone, pYear, pMonth or pDay
}

// parseAnchor reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (anything after the
// day is ignored); an empty or malformed date gives no anchor.
func parseAnchor(s string) anchor {
	if len(s) < 4 {
		return anchor{}
	}
	y, ok := atoi(s[:4])
	if !ok {
		return anchor{}
	}
	a := anchor{t: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), prec: pYear}
	if len(s) >= 7 && s[4] == '-' {
		m, ok := atoi(s[5:7])
		if !ok || m < 1 || m > 12 {
			return a
		}
		a.t, a.prec = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), pMonth
		if len(s) >= 10 && s[7] == '-' {
			d, ok := atoi(s[8:10])
			if ok && d >= 1 && d <= daysIn(y, m) {
				a.t, a.prec = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), pDay
			}
		}
	}
	return a
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// format writes a calendar point at a precision.
func format(t time.Time, prec int) string {
	y := t.Year()
	var b []byte
	switch prec {
	case pCentury:
		b = pad(b, y/100, 2)
	case pDecade:
		b = pad(b, y/10, 3)
	case pYear:
		b = pad(b, y, 4)
	case pMonth:
		b = pad(b, y, 4)
		b = append(b, '-')
		b = pad(b, int(t.Month()), 2)
	case pWeek:
		wy, w := t.ISOWeek()
		b = pad(b, wy, 4)
		b = append(b, '-', 'W')
		b = pad(b, w, 2)
	case pDay:
		b = pad(b, y, 4)
		b = append(b, '-')
		b = pad(b, int(t.Month()), 2)
		b = append(b, '-')
		b = pad(b, t.Day(), 2)
	default:
		return ""
	}
	return string(b)
}

func pad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// coarsen lowers a precision to what the anchor supports: a week or a day
// counted from a month-only date can only be told to the month.
func coarsen(prec int, a anchor) int {
	if prec > a.prec {
		if a.prec == pMonth && (prec == pWeek || prec == pDay) {
			return pMonth
		}
		if a.prec == pYear && prec > pYear {
			return pYear
		}
	}
	return prec
}

// EventDate returns the calendar date of a time for an event: "YYYY",
// "YYYY-MM" or "YYYY-MM-DD". A week gives the month of its Thursday; a
// season or quarter gives its year; a range gives what its two ends share
// ("2024-05-17/2024-05-18" → "2024-05"). Durations, reference values,
// decades, centuries and values with unknown parts give "".
func EventDate(t doc.Time) string {
	if t.Type != "DATE" {
		return ""
	}
	v := t.Value
	if a, b, ok := strings.Cut(v, "/"); ok {
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		switch {
		case n >= 10:
			return a[:10]
		case n >= 7:
			return a[:7]
		case n >= 4:
			return a[:4]
		}
		return ""
	}
	if len(v) < 4 || strings.Contains(v, "X") || strings.HasSuffix(v, "_REF") {
		return ""
	}
	if _, ok := atoi(v[:4]); !ok {
		return ""
	}
	switch {
	case len(v) >= 8 && v[5] == 'W':
		y, _ := atoi(v[:4])
		w, ok := atoi(v[6:8])
		if !ok {
			return v[:4]
		}
		// The Thursday of ISO week w of year y.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return format(mon.AddDate(0, 0, 3), pMonth)
	case len(v) >= 10 && v[7] == '-':
		return v[:10]
	case len(v) >= 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1':
		return v[:7]
	}
	return v[:4]
}

// item is one token of a sentence as the matcher sees it.
type item struct {
	start, end int
	w          *lang.TimexWord // nil when the lexicon does not know the word
	n          int             // value of a number token, -1 when none
	nd         int             // digits in the number
	ordinal    bool            // "12th"
	hyL        *lang.TimexWord // the left part of a hyphenated word ("two-year"), when known
	hyN        int             // the left part as a number, -1 when not
	space      bool            // white space follows
	upper      bool            // starts with an upper-case letter
	punct      byte            // the character of a one-character punctuation token
	roman      int             // value of an upper-case roman numeral, 0 when not
	tok        int             // index into Document.Tokens
	decade     bool            // "1990s"
	dateTok    bool            // digits with dots or slashes: "19.06.2024"
}

// Annotate finds the time expressions of d's content sentences (never
// boilerplate, never a header marker) and appends them to d.Times. l may
// be nil or have no lexicon; then nothing is found.
func Annotate(d *doc.Document, l *lang.Language) {
	if l == nil || l.Timex == nil {
		return
	}
	a := annotators.Get().(*annotator)
	*a = annotator{d: d, x: l.Timex, abbrev: l.Abbrev, xposTense: l.XPOSTense, anchor: parseAnchor(d.Date), items: a.items[:0], buf: a.buf[:0]}
	defer func() {
		// Keep the buffers for the next document, not the document.
		*a = annotator{items: a.items[:0], buf: a.buf[:0]}
		annotators.Put(a)
	}()
	bp := boiler.New(d)
	for si := range d.Sentences {
		s := d.Sentences[si]
		if s.Block < 0 || s.Block >= len(d.Blocks) || !d.Blocks[s.Block].Content() || bp.Overlaps(s.Span) {
			continue
		}
		if s.FirstToken < 0 || s.EndToken > len(d.Tokens) || s.FirstToken >= s.EndToken {
			continue
		}
		a.sentence(s.FirstToken, s.EndToken)
	}
	if a.anchor.prec == pNone {
		a.weekdayYears()
	}
}

// weekdayYears gives a year to the dates of an undated document that
// name their weekday ("We wtorek, 7 grudnia" is "XXXX-12-07"): the year
// in which that day falls on that weekday nearest the latest year the
// text names ("w pierwszych miesiącach 2022 roku": 2021, the Tuesday
// 7 December before it), when one lies within maxYearGap of it. Without
// a year named, or with none so near, the value stays without a year.
func (a *annotator) weekdayYears() {
	d := a.d
	latest := 0
	for i := range d.Times {
		v := d.Times[i].Value
		if len(v) >= 4 && (len(v) == 4 || v[4] == '-') {
			if y, ok := atoi(v[:4]); ok && y > latest {
				latest = y
			}
		}
	}
	if latest == 0 {
		return
	}
	for i := range d.Times {
		t := &d.Times[i]
		v := t.Value
		if len(v) != 10 || !strings.HasPrefix(v, "XXXX-") {
			continue
		}
		m, ok1 := atoi(v[5:7])
		day, ok2 := atoi(v[8:10])
		wd := a.weekdayAt(t.Start)
		if !ok1 || !ok2 || wd == 0 {
			continue
		}
		best := 0
		for y := latest - maxYearGap; y <= latest+maxYearGap; y++ {
			dt := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
			if dt.Day() != day || (int(dt.Weekday())+6)%7+1 != wd {
				continue
			}
			if best == 0 || abs(y-latest) < abs(best-latest) {
				best = y
			}
		}
		if best != 0 {
			t.Value = dayValue(best, m, day)
		}
	}
}

// maxYearGap is how far from the latest year a text names the year of a
// weekday's date is looked for: a text that names only years long past
// ("skazana w 2010 roku") says little of its own year, and the same day
// falls on the same weekday every five to eleven years.
const maxYearGap = 1

// weekdayAt returns the weekday (1 Monday – 7 Sunday) of the word that
// begins at offset start, 0 when it names none.
func (a *annotator) weekdayAt(start int) int {
	for _, tk := range a.d.Tokens {
		if tk.Start == start {
			if w := a.x.Lookup(string(a.lower(a.d.Text[tk.Start:tk.End]))); w != nil {
				return w.Weekday
			}
			return 0
		}
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// annotators keeps annotators between documents so that their item and
// lower-case buffers are reused.
var annotators = sync.Pool{New: func() any { return new(annotator) }}

type annotator struct {
	d *doc.Document
	x *lang.TimexLexicon
	// abbrev is the language's abbreviations (lang.Language.Abbrev): a
	// month name among them may have its period ("Feb. 13").
	abbrev map[string]lang.AbbrevKind
	// xposTense reads the tense of a language-specific tag
	// (lang.Language.XPOSTense); nil when the UD features say all.
	xposTense func(string) string
	anchor    anchor
	items     []item
	buf       []byte
	// lastYear is the index of the item after the last bare year found,
	// so that "lat 2000 i 2001" takes the second year too.
	lastYear int
	// tense of the current sentence around an expression: computed on
	// demand.
}

// lower writes the lower-case form of s into the annotator's buffer.
func (a *annotator) lower(s string) []byte {
	a.buf = textutil.AppendLower(a.buf[:0], s)
	return a.buf
}

func (a *annotator) lookup(b []byte) *lang.TimexWord {
	return a.x.Lookup(string(b))
}

func (a *annotator) prepare(first, end int) {
	a.items = a.items[:0]
	for ti := first; ti < end; ti++ {
		t := &a.d.Tokens[ti]
		if t.Start < 0 || t.End > len(a.d.Text) || t.Start >= t.End {
			continue
		}
		form := a.d.Text[t.Start:t.End]
		it := item{start: t.Start, end: t.End, n: -1, hyN: -1, space: t.SpaceAfter, tok: ti}
		r, _ := utf8.DecodeRuneInString(form)
		it.upper = unicode.IsUpper(r)
		if len(form) == 1 && !isAlnum(form[0]) {
			it.punct = form[0]
		} else if form == "–" || form == "—" {
			it.punct = '-'
		}
		if form[0] >= '0' && form[0] <= '9' {
			it.n, it.nd, it.ordinal, it.decade = number(form)
			it.dateTok = it.n < 0 && strings.IndexAny(form, "./") > 0
		}
		if it.n < 0 && it.punct == 0 && !it.dateTok {
			lw := a.lower(form)
			it.w = a.lookup(lw)
			if it.w == nil && t.Lemma != "" && t.Lemma != form && t.UPOS != "PROPN" && t.UPOS != "VERB" && t.UPOS != "AUX" {
				// an inflected form the lexicon does not list, by its
				// lemma; not a name's ("Mają" read as the name "Maja"
				// is no "maja", of May) nor a verb's ("falling" is no
				// "fall", autumn)
				it.w = a.lookup(a.lower(t.Lemma))
				lw = a.lower(form)
			}
			if it.w == nil {
				// "Tuesday's", "Saturday’s".
				if p := possessive(lw); p > 0 {
					it.w = a.lookup(lw[:p])
				}
			}
			if it.w == nil {
				if h := strings.IndexByte(form, '-'); h > 0 && h < len(form)-1 {
					left, right := form[:h], form[h+1:]
					if left[0] >= '0' && left[0] <= '9' {
						if n, _, ord, _ := number(left); !ord {
							it.hyN = n
						}
					} else {
						it.hyL = a.lookup(a.lower(left))
					}
					if it.hyN >= 0 || it.hyL != nil {
						it.w = a.lookup(a.lower(right))
					}
					if it.w == nil && it.hyL != nil && it.hyL.Mod != "" && right[0] >= '0' && right[0] <= '9' {
						// "mid-2025"
						if n, nd, ord, dec := number(right); nd == 4 && !ord && !dec {
							it.n, it.nd = n, nd
						}
					}
					if it.w == nil && it.n < 0 {
						it.hyL, it.hyN = nil, -1
					}
				}
			}
			if it.w == nil && it.upper {
				it.roman = roman(form)
			}
		}
		a.items = append(a.items, it)
	}
}

func possessive(b []byte) int {
	n := len(b)
	if n > 2 && b[n-1] == 's' && b[n-2] == '\'' {
		return n - 2
	}
	if n > 4 && b[n-1] == 's' && string(b[n-4:n-1]) == "’" {
		return n - 4
	}
	return 0
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf
}

// number reads a token made of digits, optionally with an ordinal suffix
// ("12th") or a decade "s" ("1990s"). Anything else is not a number.
func number(s string) (n, digits int, ordinal, decade bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 6 {
		return -1, 0, false, false
	}
	n, _ = atoi(s[:i])
	switch rest := strings.ToLower(s[i:]); rest {
	case "":
	case "st", "nd", "rd", "th":
		ordinal = true
	case "s":
		if i != 4 || n%10 != 0 {
			return -1, 0, false, false
		}
		decade = true
	default:
		return -1, 0, false, false
	}
	return n, i, ordinal, decade
}

// roman reads an upper-case roman numeral from I to XXX.
func roman(s string) int {
	if len(s) > 6 {
		return 0
	}
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		}
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && val(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n > 30 {
		return 0
	}
	return n
}

// result is one recognised expression, items [from, to).
type result struct {
	from, to  int
	value     string
	typ       string
	prec      int
	mod       string
	isYear    bool // a bare year, for coordination
	dayPrec   bool // may take a part of the day
	noPartExt bool
	// roll is how far the value may move forward when it turns out to end
	// a range before the range's start: "week" for a weekday resolved by
	// tense alone, "year" for a date whose year was inferred; "" when
	// fixed.
	roll string
	// deictic: "dziś", "today", resolved against the article's date.
	deictic bool
}

func (a *annotator) sentence(first, end int) {
	a.prepare(first, end)
	a.lastYear = -10
	its := a.items
	firstTime := len(a.d.Times)
	var prev *result   // the expression before, in this sentence
	var deictics []int // indexes into a.d.Times of deictic words inside quotation marks
	var outside string // an absolute date of this sentence outside quotation marks
	for i := 0; i < len(its); {
		r, ok := a.match(i)
		if !ok {
			r, ok = a.coordDayAfter(prev, i)
		}
		if !ok {
			i++
			continue
		}
		if r.dayPrec && !r.noPartExt {
			r.to = a.partOfDay(r.to)
		}
		if prev != nil && r.roll != "" && r.from-prev.to <= 1 {
			r.value = rollAfter(r.value, prev.value, r.roll)
		}
		if r.value != "" {
			quoted := a.quoted(first, its[r.from].tok)
			if r.deictic && quoted {
				deictics = append(deictics, len(a.d.Times))
			} else if !quoted && !r.deictic && r.typ == "DATE" && outside == "" && r.value[0] >= '0' && r.value[0] <= '9' {
				outside = r.value
			}
			a.d.Times = append(a.d.Times, doc.Time{
				Span:  doc.Span{Start: its[r.from].start, End: its[r.to-1].end},
				Value: r.value, Type: r.typ, Precision: precNames[r.prec], Mod: r.mod,
			})
			if r.typ == "DURATION" || strings.HasSuffix(r.value, "_REF") {
				a.d.Times[len(a.d.Times)-1].Precision = ""
			}
		}
		if r.isYear {
			a.lastYear = r.to
		}
		i = r.to
		rr := r
		prev = &rr
	}
	// "„Dziś jesteśmy w Kijowie” – wspominał swoją wizytę z 2022 roku":
	// a deictic word inside a quotation speaks of the day the words were
	// said; when the sentence dates that day outside the quotation, the
	// deictic takes that date, not the article's.
	if outside != "" && outside[:min(len(outside), 10)] != a.anchorValue() {
		for _, k := range deictics {
			if k >= firstTime && k < len(a.d.Times) {
				a.d.Times[k].Value = outside
				a.d.Times[k].Precision = precOf(outside)
			}
		}
	}
}

// anchorValue is the article's date as a value, "" when none.
func (a *annotator) anchorValue() string {
	if a.anchor.prec == pNone {
		return ""
	}
	return format(a.anchor.t, a.anchor.prec)
}

// precOf is the precision name of a calendar value: "2022" year,
// "2022-05" month, "2022-05-17" day.
func precOf(v string) string {
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		return precNames[pDay]
	case len(v) >= 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9':
		return precNames[pMonth]
	case len(v) == 4:
		return precNames[pYear]
	}
	return ""
}

// quoted reports whether token tok of the sentence that begins at token
// first stands inside quotation marks opened in that sentence: an odd
// number of straight double quotes before it, or more opening than
// closing typographic marks; or, in a sentence that opens with a dash
// (the Polish and Russian way of quoting: "– Dziś byłem w Kijowie –
// mówił minister"), before the next dash.
func (a *annotator) quoted(first, tok int) bool {
	if tok <= first || tok >= len(a.d.Tokens) {
		return false
	}
	if a.d.Tokens[first].Kind != doc.Word && textutil.Dash(a.d.Text[a.d.Tokens[first].Start:a.d.Tokens[first].End]) {
		for k := first + 1; k < tok; k++ {
			if textutil.Dash(a.d.Text[a.d.Tokens[k].Start:a.d.Tokens[k].End]) {
				return false
			}
		}
		return true
	}
	text := a.d.Text[a.d.Tokens[first].Start:a.d.Tokens[tok].Start]
	straight, open := 0, 0
	for _, c := range text {
		switch {
		case c == '"':
			straight++
		case strings.ContainsRune(textutil.OpeningQuotes, c) || strings.ContainsRune(textutil.OpeningSingleQuotes, c):
			open++ // “ and ‘ too, which close a quotation only in Russian
		case strings.ContainsRune(textutil.ClosingQuotes, c) || strings.ContainsRune(textutil.ClosingSingleQuotes, c):
			if open > 0 {
				open--
			}
		}
	}
	return straight%2 == 1 || open > 0
}

// rollAfter moves v, the end of a range whose start is start, forward by
// a week or a year (roll) while it is before start: "from Monday to
// Wednesday" said on a Wednesday ends on the next Wednesday, not the day
// the article appeared; "od 20 grudnia do 5 stycznia" ends in the next
// year. Values that are not calendar days stay as they are.
func rollAfter(v, start, roll string) string {
	const layout = "2006-01-02"
	if len(start) < 10 {
		return v
	}
	s, err1 := time.Parse(layout, start[:10])
	t, err2 := time.Parse(layout, v)
	if err1 != nil || err2 != nil {
		return v
	}
	for k := 0; k < 2 && t.Before(s); k++ {
		if roll == "week" {
			t = t.AddDate(0, 0, 7)
		} else {
			t = t.AddDate(1, 0, 0)
		}
	}
	if t.Before(s) {
		return v
	}
	return t.Format(layout)
}

// word returns the lexicon entry of item i, or nil (also out of range).
func (a *annotator) word(i int) *lang.TimexWord {
	if i < 0 || i >= len(a.items) {
		return nil
	}
	return a.items[i].w
}

// partOfDay extends an expression ending before item j over "po południu",
// "wieczorem", "afternoon", "on Saturday night".
func (a *annotator) partOfDay(j int) int {
	if w := a.word(j); w != nil && w.Part != "" {
		return j + 1
	}
	if w := a.word(j); w != nil && w.Link {
		if w2 := a.word(j + 1); w2 != nil && w2.Part != "" {
			return j + 2
		}
	}
	return j
}

// match tries every pattern at item i: modifiers first, then the core.
func (a *annotator) match(i int) (result, bool) {
	its := a.items
	if h := its[i].hyL; h != nil && h.Mod != "" && its[i].n >= 0 {
		r, ok := a.year(i, h.Mod)
		r.mod = h.Mod
		return r, ok
	}
	j, mod := i, ""
	if w := its[i].w; w != nil && w.Mod != "" {
		mod = w.Mod
		j++
		if j < len(its) && its[j].punct == '.' && !its[i].space {
			j++ // "ok."
		}
		for k := 0; k < 2 && j < len(its); k++ {
			if w := its[j].w; w != nil && w.Link && w.Mod == "" && !startsCore(w) {
				j++
				continue
			}
			break
		}
		if j >= len(its) {
			return result{}, false
		}
		r, ok := a.core(j, mod)
		if !ok {
			return result{}, false
		}
		if (mod == "MORE_THAN" || mod == "LESS_THAN" || mod == "EQUAL_OR_MORE") && r.typ != "DURATION" {
			return result{}, false // "under the 2015 deal"
		}
		r.from, r.mod = i, mod
		return r, true
	}
	return a.core(i, "")
}

func startsCore(w *lang.TimexWord) bool {
	return w.Month != 0 || w.Weekday != 0 || w.IsShift || w.IsDeictic || w.HasNum || w.Unit != lang.NoUnit
}

// core tries the patterns that make a time at item i and keeps the longest.
func (a *annotator) core(i int, mod string) (result, bool) {
	var best result
	found := false
	try := func(r result, ok bool) {
		if ok && (!found || r.to > best.to) {
			best, found = r, true
		}
	}
	it := &a.items[i]
	if it.n >= 0 {
		try(a.numericDate(i))
		try(a.dayMonth(i, i))
		try(a.year(i, mod))
		try(a.quantity(i, i, mod))
		if it.ordinal {
			try(a.century(i))
		}
	}
	if it.dateTok {
		try(a.numericDate(i))
	}
	if it.punct == 0 && it.n < 0 {
		if w := it.w; w != nil {
			if w.Month != 0 {
				try(a.month(i, i))
			}
			if w.Weekday != 0 {
				try(a.weekday(i, i, 0, false))
			}
			if w.IsDeictic {
				try(a.deictic(i))
			}
			if w.IsShift {
				try(a.shifted(i))
			}
			if w.Trailing && !w.IsShift {
				try(a.trailing(i))
			}
			if w.HasNum || w.Vague || w.Unit != lang.NoUnit || w.Ahead {
				try(a.quantity(i, i, mod))
			}
			if w.Unit == lang.Weekend && !w.HasNum {
				try(a.weekend(i))
			}
			if w.Season != "" {
				try(a.season(i, i, 0, false))
			}
			if w.YearMark || w.YearsMark {
				try(a.yearAfterMark(i))
			}
		}
		if it.roman > 0 {
			try(a.century(i))
		}
	}
	return best, found
}

// numericDate reads "19.06.2024", "06/19/2024" and "2024-06-19", with an
// optional "r." after.
func (a *annotator) numericDate(i int) (result, bool) {
	its := a.items
	it := its[i]
	form := a.d.Text[it.start:it.end]
	var y, m, d int
	switch {
	case strings.Count(form, ".") == 2 || strings.Count(form, "/") == 2:
		sep := "."
		if strings.Contains(form, "/") {
			sep = "/"
		}
		p := strings.Split(form, sep)
		if len(p) != 3 || len(p[2]) != 4 || len(p[0]) > 2 || len(p[1]) > 2 {
			return result{}, false
		}
		x, ok1 := atoi(p[0])
		z, ok2 := atoi(p[1])
		yy, ok3 := atoi(p[2])
		if !ok1 || !ok2 || !ok3 {
			return result{}, false
		}
		d, m, y = x, z, yy
		if sep == "/" && a.x.SlashMDY {
			d, m = z, x
		}
	case it.nd == 4 && i+4 < len(its) && !it.space && its[i+1].punct == '-' && !its[i+1].space &&
		its[i+2].nd == 2 && !its[i+2].space && its[i+3].punct == '-' && !its[i+3].space && its[i+4].nd == 2:
		y, m, d = it.n, its[i+2].n, its[i+4].n
		if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
			return result{}, false
		}
		return result{from: i, to: a.yearMarkAfter(i + 5), value: format(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), pDay), typ: "DATE", prec: pDay, dayPrec: true}, true
	default:
		return result{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || y < 1000 {
		return result{}, false
	}
	return result{from: i, to: a.yearMarkAfter(i + 1), value: format(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), pDay), typ: "DATE", prec: pDay, dayPrec: true}, true
}

// yearMarkAfter extends over a year marker after a year or date: "r.",
// "roku".
func (a *annotator) yearMarkAfter(j int) int {
	its := a.items
	if j < len(its) {
		if w := its[j].w; w != nil && w.YearMark {
			if j+1 < len(its) && its[j+1].punct == '.' && !its[j].space && its[j].end-its[j].start <= 2 {
				return j + 2
			}
			return j + 1
		}
	}
	return j
}

func isYearNumber(it item) bool {
	return it.nd == 4 && !it.ordinal && !it.decade && it.n >= 1000 && it.n <= 2199
}

// yearSpec reads what may follow a month or a day and month to give the
// year: a four-digit year, "br.", "ubiegłego roku", "of this year", "last
// year". It returns the year and the item after it; ok is false when
// nothing of that kind follows.
func (a *annotator) yearSpec(j int) (y, next int, known, ok bool) {
	its := a.items
	if j < len(its) && its[j].punct == ',' && j+1 < len(its) && isYearNumber(its[j+1]) {
		j++
	}
	if j < len(its) && isYearNumber(its[j]) {
		return its[j].n, a.yearMarkAfter(j + 1), true, true
	}
	k := j
	if w := a.word(k); w != nil && w.Link && !w.IsShift {
		k++ // "of this year"
	}
	if w := a.word(k); w != nil && w.ThisYear {
		end := k + 1
		if end < len(its) && its[end].punct == '.' && !its[k].space {
			end++
		}
		return a.anchor.t.Year(), end, a.anchor.prec >= pYear, true
	}
	if w := a.word(k); w != nil && w.IsShift {
		if u := a.word(k + 1); u != nil && u.Unit == lang.Year {
			return a.anchor.t.Year() + w.Shift, k + 2, a.anchor.prec >= pYear, true
		}
	}
	// "roku ubiegłego"
	if u := a.word(j); u != nil && u.Unit == lang.Year {
		if w := a.word(j + 1); w != nil && w.IsShift && w.Shift != 0 {
			return a.anchor.t.Year() + w.Shift, j + 2, a.anchor.prec >= pYear, true
		}
	}
	return 0, j, false, false
}

// dayMonth reads "19 czerwca [2024 r.]", "17-18 maja", "19th of June".
// from is where the expression starts (a weekday before it may start it).
func (a *annotator) dayMonth(from, i int) (result, bool) {
	its := a.items
	it := its[i]
	if it.n < 1 || it.n > 31 || it.nd > 2 || it.decade {
		return result{}, false
	}
	d1, d2 := it.n, 0
	j := i + 1
	if j+1 < len(its) && its[j].punct == '-' && its[j+1].n >= 1 && its[j+1].n <= 31 && its[j+1].nd <= 2 && its[j+1].n > d1 {
		d2 = its[j+1].n
		j += 2
	}
	if w := a.word(j); w != nil && w.Link && w.Month == 0 && j+1 < len(its) {
		if w2 := a.word(j + 1); w2 != nil && w2.Month != 0 {
			j++ // "19th of June"
		}
	}
	w := a.word(j)
	if w != nil && w.Coord && d2 == 0 && from == i {
		return a.coordDay(i, j+1)
	}
	if w == nil || w.Month == 0 || its[j].hyL != nil {
		return result{}, false
	}
	m := w.Month
	y, next, known, ok := a.yearSpec(j + 1)
	if !ok {
		next = j + 1
	}
	if d1 > 29 && d1 > daysIn(2024, m) || d2 > daysIn(2024, m) {
		return result{}, false
	}
	var v1, v2 string
	if ok && known || ok && a.anchor.prec >= pYear {
		v1 = dayValue(y, m, d1)
		if d2 > 0 {
			v2 = dayValue(y, m, d2)
		}
	} else if a.anchor.prec == pNone {
		v1 = "XXXX-" + two(m) + "-" + two(d1)
		if d2 > 0 {
			v2 = "XXXX-" + two(m) + "-" + two(d2)
		}
	} else {
		y := a.yearFor(m, d1, from, next)
		v1 = dayValue(y, m, d1)
		if d2 > 0 {
			v2 = dayValue(y, m, d2)
		}
	}
	r := result{from: from, to: next, value: v1, typ: "DATE", prec: pDay, dayPrec: d2 == 0}
	if d2 == 0 && !(ok && known || ok && a.anchor.prec >= pYear) && a.anchor.prec != pNone {
		r.roll = "year"
	}
	if d2 > 0 {
		r.value = v1 + "/" + v2
	}
	return r, true
}

func dayValue(y, m, d int) string {
	if d > daysIn(y, m) {
		d = daysIn(y, m)
	}
	return format(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), pDay)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// yearFor picks the year of a month (and day, 0 when none) named without
// one. When the nearest verb speaks of the past, the date is the last one
// not after the anchor; of the future, the first one not before it;
// without a tense to go by, the nearer of the two.
func (a *annotator) yearFor(m, d, from, to int) int {
	y := a.anchor.t.Year()
	if a.anchor.prec < pMonth {
		return y
	}
	am, ad := int(a.anchor.t.Month()), a.anchor.t.Day()
	cmp := m - am
	if cmp == 0 && d > 0 && a.anchor.prec == pDay {
		cmp = d - ad
	}
	if cmp == 0 {
		return y
	}
	switch a.tense(from, to) {
	case past:
		if cmp > 0 {
			return y - 1
		}
	case future:
		if cmp < 0 {
			return y + 1
		}
	default:
		// The nearer of this year's date and the one a year off.
		if d == 0 {
			d = 15
		}
		d = min(d, daysIn(y, m))
		here := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if cmp > 0 {
			if here.Sub(a.anchor.t) > a.anchor.t.Sub(here.AddDate(-1, 0, 0)) {
				return y - 1
			}
		} else if a.anchor.t.Sub(here) > here.AddDate(1, 0, 0).Sub(a.anchor.t) {
			return y + 1
		}
	}
	return y
}

const (
	unknownTense = iota
	past
	future
)

// tense tells the tense of the verb nearest to items [from, to): a marker
// of the lexicon ("będzie", "will", "said"), a verb the morphology tagged
// (future or past, by its UD features or, where they leave it out, by its
// tag as the language reads it: lang.Language.XPOSTense), or for untagged words a
// past-tense ending the lexicon lists ("-ła"). An infinitive governed by
// a verb in the present tells of what is still to come: "ma odwiedzić
// Kijów w sobotę", "is set to visit Kyiv on Friday". The verb of the
// expression's own clause comes first: the search stays between the
// commas, dashes and brackets around it ("The minister, who visited Kyiv
// on Monday, will travel…") and the words that open a subordinate clause
// (clauseWord), and goes past them only when that clause tells no tense.
func (a *annotator) tense(from, to int) int {
	if t := a.tenseWithin(from, to, true); t != unknownTense {
		return t
	}
	return a.tenseWithin(from, to, false)
}

// tenseWithin is tense, with the search kept inside the expression's
// clause when clause is true.
func (a *annotator) tenseWithin(from, to int, clause bool) int {
	its := a.items
	var stopped [2]bool // the search met a clause boundary before, after
	for dist := 1; dist <= 12; dist++ {
		for side, k := range [2]int{from - dist, to - 1 + dist} {
			if k < 0 || k >= len(its) || (k >= from && k < to) || stopped[side] {
				continue
			}
			t := &a.d.Tokens[its[k].tok]
			if clause && (clauseMark(its[k].punct) || clauseWord(t) || its[k].w != nil && its[k].w.Clause) {
				stopped[side] = true
				continue
			}
			if w := its[k].w; w != nil && w.Future {
				return future // also "expected", "scheduled"
			}
			if clause && strings.Contains(t.Feats, "VerbForm=Ger") && a.presentAuxBefore(k) && a.timeOfVerb(from, to) {
				// A present progressive with a time of its own, in
				// its clause, names an arrangement: "The ministers
				// are meeting on Friday" (not "is threatening
				// retaliation after Friday's vote", nor "Encouraged
				// by … in January, leaders are going all out").
				return future
			}
			if strings.Contains(t.Feats, "VerbForm=Part") {
				// A participle has the tense of its auxiliary: "will be
				// held on October 15" is future.
				continue
			}
			if w := its[k].w; w != nil && w.Past {
				return past
			}
			if w := its[k].w; w != nil && w.Perfect && a.participleAfter(k) {
				return past // "has increased provocations since May"
			}
			if t.XPOS == "" && t.Feats == "" {
				if its[k].w == nil && its[k].n < 0 && a.x.PastEnding(a.lower(a.d.Text[its[k].start:its[k].end])) {
					return past
				}
				continue
			}
			xt := ""
			if a.xposTense != nil {
				xt = a.xposTense(t.XPOS)
			}
			if strings.Contains(t.Feats, "Tense=Fut") || xt == "Fut" {
				return future
			}
			if strings.Contains(t.Feats, "Tense=Past") || xt == "Past" {
				return past
			}
			if a.presentBeforeInfinitive(k) {
				return future
			}
		}
	}
	return unknownTense
}

// clauseWord reports whether a token is tagged as one that opens a
// subordinate clause: a subordinating conjunction or a relative pronoun.
// The lexicon's clause words (lang.TimexWord.Clause) count too, for
// taggers that read "that" as a preposition. "said during a visit in
// early September that he would urge" is told in the past: the time is
// not in the clause "that" opens.
func clauseWord(t *doc.Token) bool {
	return t.UPOS == "SCONJ" || strings.Contains(t.Feats, "PronType=Rel")
}

// participleAfter reports whether a past participle follows item k, at
// most two items on (an adverb between: "has already visited").
func (a *annotator) participleAfter(k int) bool {
	for i := k + 1; i < len(a.items) && i <= k+3; i++ {
		f := a.d.Tokens[a.items[i].tok].Feats
		if strings.Contains(f, "VerbForm=Part") && strings.Contains(f, "Tense=Past") {
			return true
		}
		if a.d.Tokens[a.items[i].tok].UPOS != "ADV" {
			return false
		}
	}
	return false
}

// timeOfVerb reports whether the expression of items [from, to) may be
// the time of a verb: no attribute of a noun ("Friday's vote") and no
// point of reference after a relative word, right before it or before
// the noun it follows ("after Friday", "after the vote on Friday").
func (a *annotator) timeOfVerb(from, to int) bool {
	last := a.items[to-1]
	if possessive(a.lower(a.d.Text[last.start:last.end])) > 0 {
		return false
	}
	for i := from - 1; i >= 0 && i >= from-5; i-- {
		if w := a.word(i); w != nil && w.Relative {
			return false // "after Friday", "after the vote on Friday"
		}
		if u := a.d.Tokens[a.items[i].tok].UPOS; u == "VERB" || u == "AUX" || a.items[i].punct != 0 {
			break
		}
	}
	return true
}

// presentAuxBefore reports whether a present-tense auxiliary stands
// right before item k, or two items before with an adverb between ("are
// still meeting").
func (a *annotator) presentAuxBefore(k int) bool {
	for i := k - 1; i >= 0 && i >= k-2; i-- {
		t := &a.d.Tokens[a.items[i].tok]
		if t.UPOS == "AUX" {
			return strings.Contains(t.Feats, "Tense=Pres")
		}
		if t.UPOS != "ADV" {
			return false
		}
	}
	return false
}

// clauseMark reports whether a punctuation character bounds a clause.
func clauseMark(c byte) bool {
	return c == ',' || c == ';' || c == ':' || c == '-' || c == '(' || c == ')'
}

// presentBeforeInfinitive reports whether item k is an infinitive with a
// present-tense verb at most three items before it, or a present-tense
// verb with an infinitive at most three items after it: a plan, a
// duty, an intention ("ma odwiedzić", "planuje odwiedzić", "is set to
// visit").
func (a *annotator) presentBeforeInfinitive(k int) bool {
	its := a.items
	feats := func(i int) string { return a.d.Tokens[its[i].tok].Feats }
	presentFinite := func(f string) bool { return strings.Contains(f, "Tense=Pres") && strings.Contains(f, "VerbForm=Fin") }
	switch fk := feats(k); {
	case strings.Contains(fk, "VerbForm=Inf"):
		for i := k - 1; i >= 0 && i >= k-3; i-- {
			if presentFinite(feats(i)) {
				return true
			}
		}
	case presentFinite(fk):
		for i := k + 1; i < len(its) && i <= k+3; i++ {
			if strings.Contains(feats(i), "VerbForm=Inf") {
				return true
			}
		}
	}
	return false
}

// month reads a month name with what may follow: "czerwca 2024",
// "June 19, 2024", "marcu ubiegłego roku", "lutym br.", or alone.
func (a *annotator) month(from, i int) (result, bool) {
	its := a.items
	if its[i].hyL != nil {
		// "mid-October"
		r, ok := a.monthAt(i, i)
		if ok && its[i].hyL.Mod != "" {
			r.mod = its[i].hyL.Mod
		}
		return r, ok
	}
	return a.monthAt(from, i)
}

func (a *annotator) monthAt(from, i int) (result, bool) {
	its := a.items
	w := its[i].w
	m := w.Month
	j := i + 1
	if j+1 < len(its) && its[j].punct == '.' && !its[i].space && its[j+1].n >= 1 && a.abbreviation(i) {
		// "Feb. 13": the period of an abbreviated month name
		j++
	}
	// "June 19, 2024", "June 19"
	if a.x.MonthDay && j < len(its) && its[j].n >= 1 && its[j].n <= 31 && its[j].nd <= 2 && !its[j].decade {
		d := its[j].n
		if d > daysIn(2024, m) {
			return result{}, false
		}
		y, next, known, ok := a.yearSpec(j + 1)
		if !ok {
			next = j + 1
		}
		r := result{from: from, to: next, typ: "DATE", prec: pDay, dayPrec: true}
		switch {
		case ok && (known || a.anchor.prec >= pYear):
			r.value = dayValue(y, m, d)
		case a.anchor.prec == pNone:
			r.value = "XXXX-" + two(m) + "-" + two(d)
		default:
			r.value = dayValue(a.yearFor(m, d, from, next), m, d)
			r.roll = "year"
		}
		return r, true
	}
	if w.WeakMonth {
		// "may", "march": only capitalised, after a preposition or a
		// modifier, or before a year.
		prev := a.word(i - 1)
		if !its[i].upper {
			return result{}, false
		}
		if !(j < len(its) && isYearNumber(its[j])) && (prev == nil || !(prev.YearPrep || prev.Mod != "" || prev.IsShift || prev.Link)) {
			return result{}, false
		}
	}
	y, next, known, ok := a.yearSpec(j)
	r := result{from: from, typ: "DATE", prec: pMonth}
	switch {
	case ok && (known || a.anchor.prec >= pYear):
		r.to, r.value = next, format(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), pMonth)
	case ok && a.anchor.prec == pNone && !known:
		r.to, r.value = next, "XXXX-"+two(m)
	case a.anchor.prec == pNone:
		r.to, r.value = j, "XXXX-"+two(m)
	default:
		r.to = j
		r.value = format(time.Date(a.yearFor(m, 0, from, j), time.Month(m), 1, 0, 0, 0, 0, time.UTC), pMonth)
	}
	return r, true
}

// abbreviation reports whether item i is a word the language writes as
// an abbreviation with a period ("Feb", "Sept").
func (a *annotator) abbreviation(i int) bool {
	it := a.items[i]
	if a.abbrev == nil || it.end-it.start > 8 {
		return false
	}
	_, ok := a.abbrev[string(a.lower(a.d.Text[it.start:it.end]))]
	return ok
}

// weekday reads "w czwartek", "czwartkowe", "Tuesday's", "last Friday",
// "We wtorek, 7 grudnia" and "w niedzielę (11.11.2018)" (the date wins).
// shift is -1 or +1 after "last"/"next" (shifted is true), or 0.
func (a *annotator) weekday(from, i, shift int, shifted bool) (result, bool) {
	its := a.items
	wd := its[i].w.Weekday
	j := i + 1
	if j+1 < len(its) && its[j].punct == '(' {
		// the date in brackets after the weekday, brackets included
		var r result
		ok := false
		if its[j+1].n > 0 || its[j+1].dateTok {
			if r, ok = a.numericDate(j + 1); !ok {
				r, ok = a.dayMonth(from, j+1)
			}
		} else if w := a.word(j + 1); w != nil && w.Month != 0 && a.x.MonthDay {
			r, ok = a.monthAt(from, j+1)
		}
		if ok && r.prec == pDay && r.to < len(its) && its[r.to].punct == ')' {
			r.from, r.to = from, r.to+1
			return r, true
		}
	}
	if j < len(its) && its[j].punct == ',' {
		j++
	}
	if j < len(its) && its[j].n > 0 {
		if r, ok := a.dayMonth(from, j); ok {
			return r, true
		}
		if j < len(its) {
			if w := a.word(j); w != nil && w.Month != 0 && a.x.MonthDay {
				if r, ok := a.monthAt(from, j); ok && r.prec == pDay {
					return r, true
				}
			}
		}
	}
	if w := a.word(j); w != nil && w.Month != 0 && a.x.MonthDay {
		if r, ok := a.monthAt(from, j); ok && r.prec == pDay {
			return r, true
		}
	}
	r := result{from: from, to: i + 1, typ: "DATE", prec: pDay, dayPrec: true}
	switch a.anchor.prec {
	case pNone:
		r.value = "XXXX-WXX-" + strconv.Itoa(wd)
	case pDay:
		t := a.anchor.t
		aw := (int(t.Weekday())+6)%7 + 1
		var off int
		future := shift > 0 || !shifted && a.tense(from, i+1) == future
		if shifted && shift == 0 {
			// "this Friday": the one of the anchor's week.
			off = wd - aw
		} else if future {
			off = (wd - aw + 7) % 7
			if off == 0 && shift > 0 {
				off = 7
			}
		} else {
			off = -((aw - wd + 7) % 7)
			if off == 0 && shift < 0 {
				off = -7
			}
		}
		r.value = format(t.AddDate(0, 0, off), pDay)
		if !shifted {
			r.roll = "week"
		}
	default:
		r.prec = coarsen(pDay, a.anchor)
		r.value = format(a.anchor.t, r.prec)
	}
	return r, true
}

// deictic reads "wczoraj", "dziś rano", "tomorrow", "dzisiejsze".
func (a *annotator) deictic(i int) (result, bool) {
	w := a.items[i].w
	r := result{from: i, to: i + 1, typ: "DATE", prec: pDay, dayPrec: true}
	if a.anchor.prec == pNone {
		switch {
		case w.Deictic < 0:
			r.value = "PAST_REF"
		case w.Deictic > 0:
			r.value = "FUTURE_REF"
		default:
			r.value = "PRESENT_REF"
		}
		return r, true
	}
	r.prec = coarsen(pDay, a.anchor)
	t := a.anchor.t
	if a.anchor.prec == pDay {
		t = t.AddDate(0, 0, w.Deictic)
	}
	r.value = format(t, r.prec)
	r.deictic = true
	return r, true
}

// shifted reads a shift word and what it shifts: "w ubiegłym tygodniu",
// "last week", "this year", "last Friday", "next March", "this summer",
// "last night", "this morning".
func (a *annotator) shifted(i int) (result, bool) {
	its := a.items
	sh := its[i].w.Shift
	j := i + 1
	w := a.word(j)
	if w == nil {
		return result{}, false
	}
	switch {
	case w.Weekday != 0 && !w.IsShift:
		return a.weekday(i, j, sh, true)
	case w.Month != 0:
		if its[i].w.Link { // "in"
			return result{}, false
		}
		return a.shiftMonth(i, j, sh)
	case w.Season != "":
		return a.season(i, j, sh, true)
	case w.Unit != lang.NoUnit && !w.HasNum:
		if strings.Contains(a.d.Tokens[its[j].tok].Feats, "Number=Plur") {
			// "in the coming years", "in previous years", "w ubiegłych
			// latach": a stretch of several, no calendar unit
			return result{}, false
		}
		if r, ok := a.trailing(i); ok {
			return r, true
		}
		return a.shiftUnit(i, j+1, w.Unit, sh)
	case w.Part != "" && sh <= 0 && !its[i].w.Link:
		// "last night", "this morning": the part of the day before the
		// anchor's, or of the anchor's day
		r := result{from: i, to: j + 1, typ: "DATE", prec: pDay, dayPrec: true}
		if a.anchor.prec == pNone {
			r.value = "PRESENT_REF"
			if sh < 0 {
				r.value = "PAST_REF"
			}
			return r, true
		}
		r.prec = coarsen(pDay, a.anchor)
		t := a.anchor.t
		if a.anchor.prec == pDay {
			t = t.AddDate(0, 0, sh)
		}
		r.value = format(t, r.prec)
		r.deictic = true
		return r, true
	}
	return result{}, false
}

// trailing reads "the past week", "w ostatnim tygodniu", "over the past
// month": a trailing word (lang.TimexWord.Trailing) before a week or a
// month names the stretch of that length that ends on the anchor day,
// a range "2021-05-03/2021-05-09", not the calendar unit before it. It
// needs an anchor known to the day; else it reads nothing and a word
// that is also a shift ("past") reads as one ("last week").
func (a *annotator) trailing(i int) (result, bool) {
	its := a.items
	if its[i].w == nil || !its[i].w.Trailing || a.anchor.prec != pDay {
		return result{}, false
	}
	w := a.word(i + 1)
	if w == nil || w.HasNum {
		return result{}, false
	}
	end := a.anchor.t
	var start time.Time
	switch w.Unit {
	case lang.Week:
		start = end.AddDate(0, 0, -6)
	case lang.Month:
		start = end.AddDate(0, -1, 1)
	default:
		return result{}, false
	}
	return result{from: i, to: i + 2, typ: "DATE", prec: pDay,
		value: format(start, pDay) + "/" + format(end, pDay)}, true
}

// shiftMonth reads "last September": the month of that name before (or
// after, for "next") the anchor.
func (a *annotator) shiftMonth(from, j, sh int) (result, bool) {
	m := a.items[j].w.Month
	r := result{from: from, to: j + 1, typ: "DATE", prec: pMonth}
	if a.anchor.prec == pNone {
		r.value = "XXXX-" + two(m)
		return r, true
	}
	y := a.anchor.t.Year()
	if a.anchor.prec >= pMonth {
		am := int(a.anchor.t.Month())
		switch {
		case sh < 0 && m >= am:
			y--
		case sh > 0 && m <= am:
			y++
		}
	} else {
		y += sh
	}
	r.value = format(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), pMonth)
	return r, true
}

// shiftUnit resolves "ubiegły tydzień", "this year", "the previous day".
func (a *annotator) shiftUnit(from, to int, u lang.TimexUnit, sh int) (result, bool) {
	r := result{from: from, to: to, typ: "DATE"}
	if u == lang.Day && sh == 0 {
		return result{}, false // "tego dnia" points back into the text
	}
	if a.anchor.prec == pNone {
		switch {
		case sh < 0:
			r.value = "PAST_REF"
		case sh > 0:
			r.value = "FUTURE_REF"
		default:
			r.value = "PRESENT_REF"
		}
		return r, true
	}
	t := a.anchor.t
	switch u {
	case lang.Day:
		r.prec = pDay
		t = t.AddDate(0, 0, sh)
	case lang.Week:
		r.prec = pWeek
		t = t.AddDate(0, 0, 7*sh)
	case lang.Weekend:
		r.prec = pWeek
		t = t.AddDate(0, 0, 7*sh)
		if coarsen(pWeek, a.anchor) == pWeek {
			r.value = format(t, pWeek) + "-WE"
			return r, true
		}
	case lang.Month:
		r.prec = pMonth
		t = t.AddDate(0, sh, 0)
	case lang.Quarter:
		r.prec = pQuarter
		if a.anchor.prec < pMonth {
			r.prec = pYear
			t = t.AddDate(0, 3*sh, 0)
			break
		}
		t = t.AddDate(0, 3*sh, 0)
		r.value = format(t, pYear) + "-Q" + strconv.Itoa((int(t.Month())-1)/3+1)
		return r, true
	case lang.Year:
		r.prec = pYear
		t = t.AddDate(sh, 0, 0)
	case lang.Decade:
		r.prec = pDecade
		t = t.AddDate(10*sh, 0, 0)
	case lang.Century:
		r.prec = pCentury
		t = t.AddDate(100*sh, 0, 0)
	default:
		return result{}, false
	}
	if c := coarsen(r.prec, a.anchor); c != r.prec {
		// A week before a date known to the month is still, as far as
		// can be told, in that month.
		r.prec, t = c, a.anchor.t
	}
	r.value = format(t, r.prec)
	r.dayPrec = r.prec == pDay
	return r, true
}

// season reads "this summer", "wiosną 2023", "w lecie", "last winter".
func (a *annotator) season(from, i, sh int, shifted bool) (result, bool) {
	its := a.items
	s := its[i].w.Season
	j := i + 1
	y, next, known, ok := a.yearSpec(j)
	if !ok && !shifted {
		prev := a.word(i - 1)
		if prev == nil || !prev.YearPrep || prev.Link && !prev.YearPrep {
			return result{}, false
		}
		if i > 0 && a.lowerIs(i-1, "the") {
			return result{}, false
		}
	}
	r := result{from: from, to: j, typ: "DATE", prec: pSeason}
	switch {
	case ok && (known || a.anchor.prec >= pYear):
		r.to = next
		r.value = string(pad(nil, y, 4)) + "-" + s
	case a.anchor.prec == pNone:
		if ok {
			r.to = next
		}
		r.value = "XXXX-" + s
	default:
		r.value = strconv.Itoa(a.anchor.t.Year()+sh) + "-" + s
	}
	return r, true
}

func (a *annotator) lowerIs(i int, s string) bool {
	it := a.items[i]
	return strings.EqualFold(a.d.Text[it.start:it.end], s)
}

// quantity reads a number and a unit: "około dwóch godzin" (a duration),
// "miesiąc temu", "three days ago" (past), "za dwa lata", "in two years"
// (future), "two-year", "24-hour".
func (a *annotator) quantity(from, i int, mod string) (result, bool) {
	its := a.items
	ahead := false
	if w := its[i].w; w != nil && w.Ahead && its[i].n < 0 {
		ahead = true
		i++
		if i >= len(its) {
			return result{}, false
		}
	}
	it := its[i]
	var n float64
	vague, article, have := false, false, false
	j := i
	// A hyphenated compound: "two-year", "24-hour", "twenty-five".
	if it.w != nil && it.w.Unit != lang.NoUnit && (it.hyN >= 0 || it.hyL != nil && it.hyL.HasNum && !it.hyL.Article) {
		if it.hyN >= 0 {
			n = float64(it.hyN)
		} else {
			n = it.hyL.Num
		}
		return a.quantityEnd(from, i, i+1, n, false, false, ahead)
	}
	switch {
	case it.n >= 0:
		if it.ordinal || it.decade || !it.space && i+1 < len(its) && its[i+1].punct == '.' {
			return result{}, false
		}
		n, have = float64(it.n), true
		j = i + 1
	case it.w != nil && it.w.HasNum:
		n, have, article = it.w.Num, true, it.w.Article
		j = i + 1
		if it.hyL != nil && it.hyL.HasNum && it.w.HasNum {
			n += it.hyL.Num // "twenty-five"
		} else if w2 := a.word(j); w2 != nil && w2.HasNum && !w2.Article && n >= 20 && w2.Num < 10 && n == float64(int(n)/10*10) {
			n += w2.Num // "dwadzieścia pięć", "twenty five"
			j++
		}
	case it.w != nil && it.w.Vague:
		vague, have = true, true
		j = i + 1
	}
	if !have {
		// A bare unit: "miesiąc temu", "za rok", "około miesiąc".
		if it.w == nil || it.w.Unit == lang.NoUnit || it.w.HasNum {
			return result{}, false
		}
		next := a.word(i + 1)
		switch {
		case mod == "START" || mod == "MID" || mod == "END":
			// "na początku roku", "the end of the month": the current one.
			return a.shiftUnit(from, i+1, it.w.Unit, 0)
		case !(ahead || mod != "" || next != nil && next.Ago):
			return result{}, false
		}
		plural := strings.HasSuffix(a.d.Text[it.start:it.end], "s")
		return a.quantityEnd(from, i, i+1, 1, plural, false, ahead)
	}
	if j >= len(its) {
		return result{}, false
	}
	u := its[j].w
	if u == nil || u.Unit == lang.NoUnit || its[j].hyL != nil {
		return result{}, false
	}
	return a.quantityEnd(from, j, j+1, n, vague, article, ahead)
}

// quantityEnd finishes a quantity whose unit is item u: it looks for "ago"
// after it and makes the value.
func (a *annotator) quantityEnd(from, u, to int, n float64, vague, article, ahead bool) (result, bool) {
	unit := a.items[u].w.Unit
	ago := false
	if w := a.word(to); w != nil && w.Ago {
		ago = true
		to++
	}
	if article && !ago && !ahead {
		return result{}, false
	}
	if ago || ahead {
		sign := 1
		if ago {
			sign = -1
		}
		if vague {
			r := result{from: from, to: to, typ: "DATE", value: "PAST_REF"}
			if sign > 0 {
				r.value = "FUTURE_REF"
			}
			return r, true
		}
		return a.offset(from, to, unit, n*float64(sign))
	}
	if unit == lang.Weekend {
		return result{}, false
	}
	return result{from: from, to: to, typ: "DURATION", value: duration(n, unit, vague)}, true
}

// offset resolves "n units" before (n < 0) or after the anchor.
func (a *annotator) offset(from, to int, u lang.TimexUnit, n float64) (result, bool) {
	r := result{from: from, to: to, typ: "DATE"}
	if a.anchor.prec == pNone {
		r.value = "PAST_REF"
		if n > 0 {
			r.value = "FUTURE_REF"
		}
		return r, true
	}
	t := a.anchor.t
	whole := n == float64(int(n))
	switch u {
	case lang.Minute, lang.Hour:
		r.prec = pDay
		t = t.Add(time.Duration(n * float64(time.Hour)))
		if u == lang.Minute {
			t = a.anchor.t.Add(time.Duration(n * float64(time.Minute)))
		}
	case lang.Day:
		r.prec = pDay
		t = t.AddDate(0, 0, int(n))
	case lang.Week, lang.Weekend:
		r.prec = pWeek
		t = t.AddDate(0, 0, int(7*n))
	case lang.Month:
		r.prec = pMonth
		if whole {
			t = t.AddDate(0, int(n), 0)
		} else {
			r.prec = pDay
			t = t.AddDate(0, 0, int(30*n))
		}
	case lang.Quarter:
		r.prec = pMonth
		t = t.AddDate(0, int(3*n), 0)
	case lang.Year:
		r.prec = pYear
		if whole {
			t = t.AddDate(int(n), 0, 0)
		} else {
			r.prec = pMonth
			t = t.AddDate(0, int(12*n), 0)
		}
	case lang.Decade:
		r.prec = pDecade
		t = t.AddDate(int(10*n), 0, 0)
	case lang.Century:
		r.prec = pCentury
		t = t.AddDate(int(100*n), 0, 0)
	default:
		return result{}, false
	}
	if c := coarsen(r.prec, a.anchor); c != r.prec {
		r.prec, t = c, a.anchor.t
	}
	r.value = format(t, r.prec)
	r.dayPrec = r.prec == pDay
	return r, true
}

// duration writes a TIMEX3 duration: P2Y, P6M, P3W, P30D, PT2H, PT30M,
// P2DE, P1CE, PXD for a vague number. A fraction moves to a finer unit
// when it comes out whole ("pół roku" P6M, "półtorej godziny" PT90M).
func duration(n float64, u lang.TimexUnit, vague bool) string {
	for n != float64(int(n)) {
		switch u {
		case lang.Year:
			n, u = n*12, lang.Month
		case lang.Month:
			n, u = n*30, lang.Day
		case lang.Week:
			n, u = n*7, lang.Day
		case lang.Day:
			n, u = n*24, lang.Hour
		case lang.Hour:
			n, u = n*60, lang.Minute
		default:
			n = float64(int(n + 0.5))
		}
	}
	num := strconv.Itoa(int(n))
	if vague {
		num = "X"
	}
	switch u {
	case lang.Minute:
		return "PT" + num + "M"
	case lang.Hour:
		return "PT" + num + "H"
	case lang.Day:
		return "P" + num + "D"
	case lang.Week:
		return "P" + num + "W"
	case lang.Month:
		return "P" + num + "M"
	case lang.Quarter:
		return "P" + num + "Q"
	case lang.Year:
		return "P" + num + "Y"
	case lang.Decade:
		return "P" + num + "DE"
	case lang.Century:
		return "P" + num + "CE"
	}
	return ""
}

// year reads a four-digit year where the text says it is one: after a
// preposition, a year word or a modifier ("w 2016", "z roku 1961", "since
// 1995", "early 2024"), before "r."/"roku", or coordinated with a year just
// found ("lat 2000 i 2001"); a range "2000–2001" makes one interval. Also
// "1990s".
func (a *annotator) year(i int, mod string) (result, bool) {
	its := a.items
	it := its[i]
	if it.decade {
		return result{from: i, to: i + 1, typ: "DATE", prec: pDecade, value: strconv.Itoa(it.n / 10)}, true
	}
	if !isYearNumber(it) {
		return result{}, false
	}
	prev := a.word(i - 1)
	coordinated := i >= 2 && a.lastYear == i-1 && (prev != nil && prev.Coord || its[i-1].punct == ',')
	after := a.word(i + 1)
	marked := after != nil && after.YearMark
	modded := mod == "START" || mod == "MID" || mod == "END" || mod == "APPROX"
	prevMod := prev != nil && (prev.Mod == "START" || prev.Mod == "MID" || prev.Mod == "END" || prev.Mod == "APPROX")
	if !(modded || marked || coordinated || prevMod || prev != nil && (prev.YearPrep || prev.YearMark || prev.YearsMark)) {
		return result{}, false
	}
	// A range "2000–2001", "2019-2021".
	if i+2 < len(its) && its[i+1].punct == '-' && isYearNumber(its[i+2]) && its[i+2].n > it.n {
		end := a.yearMarkAfter(i + 3)
		return result{from: i, to: end, typ: "DATE", prec: pYear, isYear: true,
			value: strconv.Itoa(it.n) + "/" + strconv.Itoa(its[i+2].n)}, true
	}
	return result{from: i, to: a.yearMarkAfter(i + 1), typ: "DATE", prec: pYear, isYear: true, value: strconv.Itoa(it.n)}, true
}

// yearAfterMark reads "roku 1961", "lat 2000", "latach 90." with the year
// word in the span.
func (a *annotator) yearAfterMark(i int) (result, bool) {
	its := a.items
	if i+1 >= len(its) {
		return result{}, false
	}
	nx := its[i+1]
	if isYearNumber(nx) {
		r, ok := a.year(i+1, "")
		if ok {
			r.from = i
		}
		return r, ok
	}
	// "latach 90." — the decade of the 20th century.
	if its[i].w.YearsMark && nx.nd == 2 && nx.n%10 == 0 && nx.n >= 20 && i+2 < len(its) && its[i+2].punct == '.' && !nx.space {
		return result{from: i, to: i + 3, typ: "DATE", prec: pDecade, value: "19" + strconv.Itoa(nx.n/10)}, true
	}
	return result{}, false
}

// century reads "XXI wieku" and "21st century".
func (a *annotator) century(i int) (result, bool) {
	n := a.items[i].roman
	if a.items[i].ordinal {
		n = a.items[i].n
	}
	if w := a.word(i + 1); n > 0 && w != nil && w.Unit == lang.Century {
		return result{from: i, to: i + 2, typ: "DATE", prec: pCentury, value: two(n - 1)}, true
	}
	return result{}, false
}

// coordDay reads the first of two coordinated days that share the month
// named after the second ("8 i 9 lipca", "on the 8th and 9th of July"):
// the day at item i takes the month and year of the day and month that
// begin at item j, which is left to be read as a time of its own.
func (a *annotator) coordDay(i, j int) (result, bool) {
	if j >= len(a.items) {
		return result{}, false
	}
	r2, ok := a.dayMonth(j, j)
	if !ok || strings.Contains(r2.value, "/") || len(r2.value) != 10 || r2.value[7] != '-' {
		return result{}, false
	}
	d := a.items[i].n
	if d >= a.items[j].n {
		return result{}, false // "30 i 1 lipca" names no days of one month
	}
	r := result{from: i, to: i + 1, value: r2.value[:8] + two(d), typ: "DATE", prec: pDay, dayPrec: true}
	return r, true
}

// coordDayAfter reads a bare day after a coordinating word that follows a
// month and day ("July 8 and 9"): the day of that month. prev is the time
// that ends before the coordinating word.
func (a *annotator) coordDayAfter(prev *result, i int) (result, bool) {
	its := a.items
	if prev == nil || prev.to != i-1 || i >= len(its) || len(prev.value) != 10 || prev.value[7] != '-' {
		return result{}, false
	}
	if w := a.word(i - 1); w == nil || !w.Coord {
		return result{}, false
	}
	it := its[i]
	if it.n < 1 || it.n > 31 || it.nd > 2 || it.decade || it.ordinal && !a.x.MonthDay {
		return result{}, false
	}
	if i+1 < len(its) && its[i+1].punct == 0 {
		// only a day that ends its phrase: not "on July 8 and 9 people
		// died", "July 8 and 9 days later"
		if w := a.word(i + 1); w == nil || !(w.Link || w.YearPrep) || w.Unit != lang.NoUnit || w.Month != 0 {
			return result{}, false
		}
	}
	d1, _ := atoi(prev.value[8:10])
	y, _ := atoi(prev.value[:4])
	m, _ := atoi(prev.value[5:7])
	if it.n <= d1 || it.n > daysIn(y, m) {
		return result{}, false
	}
	return result{from: i, to: i + 1, value: prev.value[:8] + two(it.n), typ: "DATE", prec: pDay, dayPrec: true}, true
}

// weekend reads "w weekend", "over the weekend": the weekend before the
// article's date for an act in the past or of unknown tense, the next
// one for the future; a value "YYYY-Www-WE". The word must follow a
// preposition or an article ("weekendowy" alone is no date).
func (a *annotator) weekend(i int) (result, bool) {
	prev := a.word(i - 1)
	if prev == nil || !(prev.YearPrep || prev.Link) {
		return result{}, false
	}
	r := result{from: i, to: i + 1, typ: "DATE", prec: pWeek}
	if a.anchor.prec == pNone {
		r.value = "XXXX-WXX-WE"
		return r, true
	}
	if coarsen(pWeek, a.anchor) != pWeek {
		r.prec = coarsen(pWeek, a.anchor)
		r.value = format(a.anchor.t, r.prec)
		return r, true
	}
	t := a.anchor.t
	wd := (int(t.Weekday())+6)%7 + 1 // Monday = 1
	var sat time.Time
	if a.tense(i, i+1) == future {
		sat = t.AddDate(0, 0, (6-wd+7)%7) // this Saturday, today's, or on a Sunday the next
	} else {
		sat = t.AddDate(0, 0, -((wd - 6 + 7) % 7)) // the last Saturday, or today's
	}
	r.value = format(sat, pWeek) + "-WE"
	return r, true
}
