package lang

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// TimexUnit is a calendar unit named by a word ("dni", "weeks", "roku").
type TimexUnit uint8

// The calendar units, from the finest.
const (
	NoUnit TimexUnit = iota
	Minute
	Hour
	Day
	Weekend
	Week
	Month
	Quarter
	Year
	Decade
	Century
)

var timexUnitNames = map[string]TimexUnit{
	"minute": Minute, "hour": Hour, "day": Day, "weekend": Weekend, "week": Week,
	"month": Month, "quarter": Quarter, "year": Year, "decade": Decade, "century": Century,
}

// TimexWord is everything the temporal lexicon says about one word. A word
// may play several parts ("roku" is a unit and a year marker; "maja" a
// month); each field is zero when the word does not play that part.
type TimexWord struct {
	Month     int       // 1–12 for a month name in any case
	WeakMonth bool      // the month name is also a common word ("may", "march"): only with a number or a preposition next to it
	Weekday   int       // 1 (Monday) – 7 (Sunday), also for adjectives ("czwartkowe")
	Num       float64   // the value of a numeral word ("dwóch" 2, "pół" 0.5)
	HasNum    bool      // Num is set
	Article   bool      // the numeral is an article ("a", "an"): counts only before a unit with "ago"
	Vague     bool      // an unspecified quantity ("kilka", "several")
	Unit      TimexUnit // the unit a noun names
	Deictic   int       // day offset of a deictic word ("wczoraj" -1, "dziś" 0)
	IsDeictic bool      // Deictic is set
	Shift     int       // -1, 0 or +1 for "ubiegły", "ten", "przyszły", "last", "this", "next"
	IsShift   bool      // Shift is set
	Ago       bool      // follows a quantity and puts it in the past ("temu", "ago")
	Ahead     bool      // precedes a quantity and puts it in the future ("za", "in")
	YearMark  bool      // marks a number as a year, before or after it ("r.", "roku", "year")
	YearsMark bool      // marks the numbers after it as years ("lat 2000 i 2001", "latach 90.")
	YearPrep  bool      // a preposition after which a four-digit number is a year ("w", "since")
	Coord     bool      // joins coordinated times ("i", "oraz", "and")
	Mod       string    // TIMEX3 modifier of the time that follows: APPROX, START, MID, END, MORE_THAN, LESS_THAN, EQUAL_OR_MORE
	Part      string    // part of the day: MO, AF, EV, NI
	Link      bool      // may stand between a time and its modifier or part of day ("po", "of", "the")
	Season    string    // SP, SU, FA, WI
	Future    bool      // marks future tense in its sentence ("będzie", "will")
	Past      bool      // marks past tense where the morphology cannot ("said", "was")
	ThisYear  bool      // stands for the current year after a month ("br.")
	Sequel    bool      // places its clause after a time told before ("następnie", "later"): the passage goes on
	Trailing  bool      // before a week or month, the stretch of that length that ends on the anchor day ("the past week", "w ostatnim tygodniu")
	Clause    bool      // opens a subordinate clause ("that", "which", "że", "który"): the tense of a time is not looked for past it
	Perfect   bool      // an auxiliary that makes a perfect with a participle after it ("has increased"): the act lies in the past
	Relative  bool      // a preposition that makes the time or the act after it a point of reference ("before", "after", "przed", "po"): the act is not at that time
	Deadline  bool      // a preposition that makes the time after it a deadline ("by May 1"): no time at which an act was, so no passage's time
	Ongoing   bool      // an adjective that makes the act of the noun after it a process under way ("the ongoing withdrawal"): no act of one day
}

// TimexLexicon is the temporal vocabulary of one language: month and
// weekday names in all their forms, numerals, units, relative words and
// modifiers. It is built by ParseTimex and read by package timex.
type TimexLexicon struct {
	words map[string]*TimexWord
	// stems holds entries written "stem*": they match every word that
	// begins with the stem. byStart groups them by their first three
	// bytes, longest first, so that a word costs one map lookup.
	stems   map[string]*TimexWord
	byStart map[string][]timexStem
	// SlashMDY is true when a slashed date is month/day/year (English
	// usage); false for day/month/year.
	SlashMDY bool
	// pastEnds are the endings of past-tense verbs ("ła" for "ogłosiła"),
	// for words the morphology has not tagged.
	pastEnds []string
	// MonthDay is true when a day number may follow the month name
	// ("June 19"); Polish writes only "19 czerwca".
	MonthDay bool
}

type timexStem struct {
	stem string
	word *TimexWord
}

// Lookup returns what the lexicon knows about a lower-case word, or nil.
// Whole words win over stems; of two stems the longer wins.
func (x *TimexLexicon) Lookup(w string) *TimexWord {
	if x == nil {
		return nil
	}
	if e := x.words[w]; e != nil {
		return e
	}
	if len(w) >= stemKey {
		for _, s := range x.byStart[w[:stemKey]] {
			if strings.HasPrefix(w, s.stem) {
				return s.word
			}
		}
	}
	return nil
}

// stemKey is the number of leading bytes stems are grouped by; a stem is
// at least that long.
const stemKey = 3

// PastEnding reports whether a lower-case word ends like a past-tense verb.
func (x *TimexLexicon) PastEnding(w []byte) bool {
	if x == nil {
		return false
	}
	for _, e := range x.pastEnds {
		if len(w) > len(e)+1 && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}

// Len returns the number of words and stems in the lexicon.
func (x *TimexLexicon) Len() int { return len(x.words) + len(x.stems) }

// ParseTimex reads a temporal lexicon. Each line has two or three fields
// separated by tabs: a kind, a lower-case word (a final "*" makes it a stem
// matching every word that begins so), and for some kinds a value:
//
//	month     word  1–12          weakmonth word 1–12
//	weekday   word  1–7 (Monday = 1)
//	num       word  number ("2", "0.5")   article word 1   vague word
//	unit      word  minute|hour|day|weekend|week|month|quarter|year|decade|century
//	deictic   word  day offset ("-1")
//	shift     word  -1|0|+1
//	ago, ahead, yearmark, yearsmark, yearprep, coord, link, future, past, thisyear, sequel   word
//	mod       word  APPROX|START|MID|END|MORE_THAN|LESS_THAN|EQUAL_OR_MORE
//	part      word  MO|AF|EV|NI      season word SP|SU|FA|WI
//	option    slashdates  mdy|dmy      option monthday yes|no
//	pastending  ending (the end of past-tense verbs, "ła")
//
// Blank lines and lines starting with # are skipped. A word may appear
// under several kinds; the parts are merged. Errors name the file and line.
func ParseTimex(name, data string) (*TimexLexicon, error) {
	x := &TimexLexicon{words: map[string]*TimexWord{}, stems: map[string]*TimexWord{}, byStart: map[string][]timexStem{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n+1, fmt.Sprintf(format, a...))
		}
		if len(f) < 2 || f[0] == "" || f[1] == "" || len(f) > 3 {
			return nil, bad("want \"kind<TAB>word[<TAB>value]\", got %q", line)
		}
		kind, word, val := f[0], f[1], ""
		if len(f) == 3 {
			val = strings.TrimSpace(f[2])
		}
		if word != strings.ToLower(word) {
			return nil, bad("word %q is not lower case", word)
		}
		if kind == "pastending" {
			x.pastEnds = append(x.pastEnds, word)
			continue
		}
		if kind == "option" {
			switch {
			case word == "slashdates" && (val == "mdy" || val == "dmy"):
				x.SlashMDY = val == "mdy"
			case word == "monthday" && (val == "yes" || val == "no"):
				x.MonthDay = val == "yes"
			default:
				return nil, bad("unknown option %q %q", word, val)
			}
			continue
		}
		var e *TimexWord
		if stem, ok := strings.CutSuffix(word, "*"); ok {
			if len(stem) < stemKey || strings.Contains(stem, "*") {
				return nil, bad("bad stem %q (at least %d bytes before the \"*\")", word, stemKey)
			}
			if e = x.stems[stem]; e == nil {
				e = &TimexWord{}
				x.stems[stem] = e
			}
		} else {
			if strings.Contains(word, "*") {
				return nil, bad("\"*\" only at the end of a stem: %q", word)
			}
			if e = x.words[word]; e == nil {
				e = &TimexWord{}
				x.words[word] = e
			}
		}
		needVal := func() error {
			if val == "" {
				return bad("kind %s needs a value", kind)
			}
			return nil
		}
		intVal := func(lo, hi int) (int, error) {
			if err := needVal(); err != nil {
				return 0, err
			}
			v, err := strconv.Atoi(strings.TrimPrefix(val, "+"))
			if err != nil || v < lo || v > hi {
				return 0, bad("%s value %q: want a whole number from %d to %d", kind, val, lo, hi)
			}
			return v, nil
		}
		oneOf := func(opts ...string) (string, error) {
			for _, o := range opts {
				if val == o {
					return val, nil
				}
			}
			return "", bad("%s value %q: want one of %s", kind, val, strings.Join(opts, ", "))
		}
		var err error
		switch kind {
		case "month", "weakmonth":
			e.Month, err = intVal(1, 12)
			e.WeakMonth = kind == "weakmonth"
		case "weekday":
			e.Weekday, err = intVal(1, 7)
		case "num", "article":
			if err = needVal(); err == nil {
				v, perr := strconv.ParseFloat(val, 64)
				if perr != nil || v <= 0 {
					err = bad("%s value %q: want a positive number", kind, val)
				}
				e.Num, e.HasNum, e.Article = v, true, kind == "article"
			}
		case "vague":
			e.Vague = true
		case "unit":
			u, ok := timexUnitNames[val]
			if !ok {
				err = bad("unit %q: want minute, hour, day, weekend, week, month, quarter, year, decade or century", val)
			}
			e.Unit = u
		case "deictic":
			e.Deictic, err = intVal(-7, 7)
			e.IsDeictic = true
		case "shift":
			e.Shift, err = intVal(-1, 1)
			e.IsShift = true
		case "ago":
			e.Ago = true
		case "ahead":
			e.Ahead = true
		case "yearmark":
			e.YearMark = true
		case "yearsmark":
			e.YearsMark = true
		case "yearprep":
			e.YearPrep = true
		case "coord":
			e.Coord = true
		case "link":
			e.Link = true
		case "future":
			e.Future = true
		case "past":
			e.Past = true
		case "thisyear":
			e.ThisYear = true
		case "sequel":
			e.Sequel = true
		case "trailing":
			e.Trailing = true
		case "clause":
			e.Clause = true
		case "perfect":
			e.Perfect = true
		case "relative":
			e.Relative = true
		case "deadline":
			e.Deadline = true
		case "ongoing":
			e.Ongoing = true
		case "mod":
			e.Mod, err = oneOf("APPROX", "START", "MID", "END", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE")
		case "part":
			e.Part, err = oneOf("MO", "AF", "EV", "NI")
		case "season":
			e.Season, err = oneOf("SP", "SU", "FA", "WI")
		default:
			err = bad("unknown kind %q", kind)
		}
		if err != nil {
			return nil, err
		}
		if val != "" && !kindTakesValue[kind] {
			return nil, bad("kind %s takes no value, got %q", kind, val)
		}
	}
	for stem, e := range x.stems {
		k := stem[:stemKey]
		x.byStart[k] = append(x.byStart[k], timexStem{stem, e})
	}
	for _, b := range x.byStart {
		sort.Slice(b, func(i, j int) bool {
			if len(b[i].stem) != len(b[j].stem) {
				return len(b[i].stem) > len(b[j].stem)
			}
			return b[i].stem < b[j].stem
		})
	}
	return x, nil
}

var kindTakesValue = map[string]bool{
	"month": true, "weakmonth": true, "weekday": true, "num": true, "article": true,
	"unit": true, "deictic": true, "shift": true, "mod": true, "part": true, "season": true,
}
