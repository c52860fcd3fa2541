package actors

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Reading PETRARCH/TABARI dictionaries. An actors file lists actors, each a
// line with its primary name, "+" lines with further names, and codes in
// brackets, on the name's line or on indented lines after it:
//
//	VLADIMIR_PUTIN_  # comment
//	+PRESIDENT_PUTIN_
//		[RUSELI 700101-990809]
//		[RUSGOV >120507]
//
// Name lines in a row without codes name one actor, whose codes follow.
// Words are joined by "_" (a trailing "_" marks a whole word); a code may
// carry a date range YYMMDD-YYMMDD, <YYMMDD (until) or >YYMMDD (from). An
// agents file lists words that name a role wherever they appear ("FARMER
// [~AGR]"), with macros ("!PERSON! = MAN, WOMAN") and plurals in braces.

// Imported is an actor read from a PETRARCH/TABARI actors file.
type Imported struct {
	Name    string   // primary name, words separated by spaces, title case
	Aliases []string // the other names
	Tenures []Tenure // one per code; Title holds the original code
	Line    int
}

// Agent is a role word read from an agents file.
type Agent struct {
	Phrase string // words separated by spaces, lower case
	Role   string // role codes, e.g. "AGR"
	Line   int
}

// Dictionary is what ImportPETRARCH reads from one file.
type Dictionary struct {
	Actors []Imported
	Agents []Agent
	// Problems lists, as "FILE:LINE: what", the lines or codes left out
	// because they could not be read. Published dictionaries have a few
	// (a brace for a bracket, a date with a digit missing).
	Problems []string
}

// ImportPETRARCH reads a PETRARCH/TABARI actors or agents file. Lines it
// cannot read are left out and listed in Problems, by name and line; the
// error is for a failing reader only.
func ImportPETRARCH(r io.Reader, name string) (*Dictionary, error) {
	dict := &Dictionary{}
	problem := func(where string, err error) { dict.Problems = append(dict.Problems, where+": "+err.Error()) }
	macros := map[string][]string{}
	var cur *Imported
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		indented := line != "" && (line[0] == ' ' || line[0] == '\t')
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, n)
		switch {
		case strings.HasPrefix(line, "!") && strings.Contains(line, "="):
			// Macro: !NAME! = A, B, C
			i := strings.IndexByte(line, '=')
			key := strings.TrimSpace(line[:i])
			for _, v := range strings.Split(line[i+1:], ",") {
				if v = strings.TrimSpace(v); v != "" {
					macros[key] = append(macros[key], v)
				}
			}
			continue
		case strings.HasPrefix(line, "+"):
			if cur == nil {
				problem(where, fmt.Errorf("a further name before any actor"))
				continue
			}
			if al := petrarchName(line[1:]); al != "" {
				cur.Aliases = append(cur.Aliases, al)
			}
			continue
		case indented && strings.HasPrefix(line, "["):
			if cur == nil {
				problem(where, fmt.Errorf("a code before any actor"))
				continue
			}
			codes, _, err := petrarchCodes(line)
			if err != nil {
				problem(where, err)
				continue
			}
			cur.Tenures = append(cur.Tenures, usable(codes, where, problem)...)
			continue
		}
		codes, words, err := petrarchCodes(line)
		if err != nil {
			problem(where, err)
			cur = nil
			continue
		}
		if len(codes) != 1 || !strings.Contains(codes[0].Title, "~") {
			codes = usable(codes, where, problem)
		}
		if i := strings.IndexByte(words, '{'); i >= 0 { // plurals
			words = words[:i]
		}
		if len(codes) == 1 && strings.Contains(codes[0].Title, "~") {
			role := strings.Trim(codes[0].Title, "~")
			for _, phrase := range expandMacros(strings.TrimSpace(words), macros) {
				if p := strings.ToLower(petrarchName(phrase)); p != "" {
					dict.Agents = append(dict.Agents, Agent{Phrase: p, Role: role, Line: n})
				}
			}
			cur = nil
			continue
		}
		nm := petrarchName(words)
		if nm == "" {
			problem(where, fmt.Errorf("no name"))
			cur = nil
			continue
		}
		if cur != nil && len(cur.Tenures) == 0 {
			// Name lines in a row share the codes that follow them.
			cur.Aliases = append(cur.Aliases, nm)
			cur.Tenures = append(cur.Tenures, codes...)
			continue
		}
		dict.Actors = append(dict.Actors, Imported{Name: nm, Tenures: codes, Line: n})
		cur = &dict.Actors[len(dict.Actors)-1]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for i := range dict.Actors {
		datedFirst(dict.Actors[i].Tenures)
	}
	return dict, nil
}

// datedFirst puts the codes without dates after the dated ones: in a
// PETRARCH file a code with no dates is the default, used on the days no
// dated code covers ("SAM_GAMGEE [HOB]" then "[HOBCIV <20080120]").
func datedFirst(ts []Tenure) {
	sort.SliceStable(ts, func(i, j int) bool {
		return (ts[i].From != "" || ts[i].To != "") && ts[j].From == "" && ts[j].To == ""
	})
}

// usable returns the codes Kronika can hold: a country or group code and
// an ordered date range. PETRARCH's "---" (no actor) is dropped quietly,
// the others with a problem reported.
func usable(codes []Tenure, where string, problem func(string, error)) []Tenure {
	out := codes[:0]
	for _, t := range codes {
		switch {
		case strings.Trim(t.Title, "-") == "":
		case !validCode(t.Country):
			problem(where, fmt.Errorf("code %s: no country in it", t.Title))
		case checkTenure(Tenure{Country: t.Country, From: t.From, To: t.To}) != nil:
			problem(where, fmt.Errorf("code %s: %v", t.Title, checkTenure(Tenure{Country: t.Country, From: t.From, To: t.To})))
		default:
			out = append(out, t)
		}
	}
	return out
}

// expandMacros replaces the first !MACRO! of a phrase by each of its
// values, recursively.
func expandMacros(phrase string, macros map[string][]string) []string {
	i := strings.IndexByte(phrase, '!')
	if i < 0 {
		return []string{phrase}
	}
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return []string{phrase}
	}
	key := phrase[i : i+j+2]
	vals, ok := macros[key]
	if !ok {
		return []string{strings.ReplaceAll(phrase, key, "")}
	}
	var out []string
	for _, v := range vals {
		for _, e := range expandMacros(phrase[:i]+v+phrase[i+j+2:], macros) {
			if len(out) < 64 {
				out = append(out, e)
			}
		}
	}
	return out
}

// petrarchCodes splits the bracketed codes off a line: "NAME_ [RUSGOV
// 991231-080507] [RUSELI]" → the codes and "NAME_".
func petrarchCodes(line string) ([]Tenure, string, error) {
	var out []Tenure
	i := strings.IndexByte(line, '[')
	if i < 0 {
		return nil, line, nil
	}
	words := line[:i]
	rest := line[i:]
	for rest != "" {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			break
		}
		if rest[0] != '[' {
			return nil, "", fmt.Errorf("text %q after a code", rest)
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return nil, "", fmt.Errorf("unclosed [")
		}
		f := strings.Fields(rest[1:j])
		rest = rest[j+1:]
		if len(f) > 2 {
			// a date range written with spaces: "[HOB < 950601]",
			// "[HOBGOV 19950601 - 19990815]"
			f = []string{f[0], strings.Join(f[1:], "")}
		}
		if len(f) == 0 {
			return nil, "", fmt.Errorf("code %q: want [CODE] or [CODE DATES]", "["+strings.Join(f, " ")+"]")
		}
		t := codeTenure(f[0])
		if len(f) == 2 {
			var err error
			if t.From, t.To, err = petrarchDates(f[1]); err != nil {
				return nil, "", err
			}
		}
		out = append(out, t)
	}
	return out, words, nil
}

// codeTenure splits a CAMEO code into a country and the role codes Kronika
// knows; Title keeps the whole code. Group codes begin with IGO ("IGOUNO":
// UNO).
func codeTenure(code string) Tenure {
	t := Tenure{Title: code}
	if strings.HasPrefix(code, "~") {
		return t
	}
	c := strings.TrimRight(code, "~")
	if strings.HasPrefix(c, "IGO") && len(c) >= 6 {
		c = c[3:]
	}
	if len(c) >= 3 {
		t.Country = c[:3]
		for k := 3; k+3 <= len(c); k += 3 {
			if Roles[c[k:k+3]] {
				t.Role += c[k : k+3]
			}
		}
	}
	if code != t.Country+t.Role && validCode(t.Country) {
		t.Written = code
	}
	return t
}

// petrarchDates reads YYMMDD-YYMMDD, <YYMMDD or >YYMMDD into ISO dates;
// YYYYMMDD is read too. Two-digit years up to 30 are 20xx, the others
// 19xx.
func petrarchDates(s string) (from, to string, err error) {
	switch {
	case strings.HasPrefix(s, "<"):
		to, err = petrarchDate(s[1:])
	case strings.HasPrefix(s, ">"):
		from, err = petrarchDate(s[1:])
	default:
		a, b, ok := strings.Cut(s, "-")
		if !ok {
			return "", "", fmt.Errorf("date range %q: want YYMMDD-YYMMDD, <YYMMDD or >YYMMDD", s)
		}
		if from, err = petrarchDate(a); err == nil {
			to, err = petrarchDate(b)
		}
	}
	return from, to, err
}

func petrarchDate(s string) (string, error) {
	if len(s) != 6 && len(s) != 8 {
		return "", fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
		}
	}
	full := s
	if len(s) == 6 {
		century := "19"
		if yy, _ := strconv.Atoi(s[:2]); yy <= 30 {
			century = "20"
		}
		full = century + s
	}
	d := full[:4] + "-" + full[4:6] + "-" + full[6:8]
	if !validDate(d) {
		return "", fmt.Errorf("date %q: no such month or day", s)
	}
	return d, nil
}

// petrarchName turns "VLADIMIR_V._PUTIN_" into "Vladimir V. Putin".
func petrarchName(s string) string {
	s = strings.TrimSpace(s)
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || unicode.IsSpace(r) })
	for i, w := range words {
		rs := []rune(strings.ToLower(w))
		if len(rs) > 0 {
			rs[0] = unicode.ToUpper(rs[0])
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// WriteTSV writes the actors of dict in the actor format of data/README.md
// (one line per code; the first carries the aliases) and its agents in the
// roles format, each block headed by a comment. The original code is kept
// as the title, for review; actors without a usable code and agents with a
// role Kronika does not know are written as comments.
func (dict *Dictionary) WriteTSV(w io.Writer) error {
	bw := bufio.NewWriter(w)
	clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "|", " ").Replace(s) }
	// Brackets in a name would read as a qualifier (data/README.md).
	cleanName := func(s string) string {
		return strings.Join(strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(clean(s))), " ")
	}
	if len(dict.Actors) > 0 {
		fmt.Fprintln(bw, "# name\tcountry\trole\tfrom\tto\ttitle\taliases")
	}
	for _, a := range dict.Actors {
		aliases := make([]string, 0, len(a.Aliases))
		for _, al := range a.Aliases {
			aliases = append(aliases, clean(al))
		}
		if len(a.Tenures) == 0 {
			fmt.Fprintf(bw, "# no code: %s\t%s\n", cleanName(a.Name), strings.Join(aliases, "|"))
			continue
		}
		for i, t := range a.Tenures {
			al := ""
			if i == 0 {
				al = strings.Join(aliases, "|")
			}
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", cleanName(a.Name), t.Country, t.Role, t.From, t.To, "PETRARCH "+clean(t.Title), al)
		}
	}
	if len(dict.Agents) > 0 {
		fmt.Fprintln(bw, "# lang\tphrase\trole")
	}
	for _, a := range dict.Agents {
		if a.Role == "" || checkRole(a.Role) != nil {
			fmt.Fprintf(bw, "# unknown role %s: %s\n", clean(a.Role), clean(a.Phrase))
			continue
		}
		fmt.Fprintf(bw, "en\t%s\t%s\n", clean(a.Phrase), a.Role)
	}
	return bw.Flush()
}

// AddImported adds the actors and agents of dict to kb, so that users can
// bring their own dictionaries. An actor with dated codes is taken for a
// person, one without for an organisation; codes without a country and
// agents whose role Kronika does not know are left out. In a user's file
// (AddUserFile), an actor whose name is the ID of one actor of the base
// extends that actor.
func (kb *KB) AddImported(dict *Dictionary, source string) { kb.addImported(dict, source) }

// addImported is AddImported; it returns the number of actors and agents
// added.
func (kb *KB) addImported(dict *Dictionary, source string) int {
	n := 0
	for _, im := range dict.Actors {
		kind := Org
		var tens []Tenure
		for _, t := range im.Tenures {
			if !validCode(t.Country) {
				continue
			}
			if t.From != "" || t.To != "" {
				kind = Person
			}
			tens = append(tens, t)
		}
		if len(tens) == 0 {
			continue
		}
		n++
		a := kb.baseActor(im.Name, -1)
		if kb.user && a != nil {
			kb.extend(a, 0, tens, im.Aliases)
		} else {
			a = &Actor{Canonical: im.Name, Kind: kind, Aliases: im.Aliases, Tenures: tens,
				Source: source + ":" + strconv.Itoa(im.Line)}
			kb.Add(a)
		}
		if kb.user {
			for _, n := range append([]string{im.Name}, im.Aliases...) {
				kb.noteUserName(a, n)
			}
		}
	}
	for _, ag := range dict.Agents {
		if checkRole(ag.Role) == nil && ag.Role != "" {
			k := Key(ag.Phrase)
			kb.roles["en"] = append(kb.roles["en"], rolePhrase{key: k, n: len(strings.Fields(k)), role: ag.Role})
			n++
		}
	}
	return n
}
