package pl

import (
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
)

// Numbers written in digits inflect in Polish like the words they stand
// for: "w 2010 roku" is an ordinal adjective in the locative, "od 5 maja"
// one in the genitive, "przez 3 lata" a cardinal in the accusative. UD
// Polish PDB tags them so, and keeps the bare tag "dig" (UPOS X) for
// digits that stand alone: article numbers, list items, scores. The
// dictionary knows nothing of digits, so after the tagger has chosen the
// readings of the words around them, tagDigits reads each digit token's
// role from its neighbours.

// The words around digits, from data/tagger-words.tsv:
//
//   - yearWords are the forms of "rok" (and its abbreviation) after which a
//     number is the ordinal of a year: "w 2010 r.", "od 2004 roku";
//   - monthGenitives are the month names as they follow a day: "5 maja";
//   - unitGenders are abbreviated units and amounts after a cardinal, with
//     the gender of the word they abbreviate: "5 proc.", "3 mln", "10 zł".
var (
	yearWords      = taggerWords.Set("year-word")
	monthGenitives = taggerWords.Set("month-gen")
	unitGenders    = taggerWords.Map("unit")
)

// digitResult caches the UD columns of a digit reading per XPOS.
var digitResult sync.Map // xpos → [2]string{upos, feats}

// tagDigits sets the reading of every token of digits from its neighbours.
func tagDigits(d *doc.Document, tokens []doc.Token) {
	for i := range tokens {
		form := d.Text[tokens[i].Start:tokens[i].End]
		if clockTime(form) {
			// "o 17.15", "między 18.00 a 8.00": the hour, an ordinal
			// agreeing with "godzina".
			t := &tokens[i]
			t.Lemma, t.XPOS = form, "adj:sg:"+timeCase(d, tokens, i)+":f:pos"
			t.UPOS, t.Feats = digitUD(t.XPOS)
			continue
		}
		if !allDigits(form) && !decimal(form) {
			continue
		}
		xpos := digitXPOS(d, tokens, i, form)
		if xpos == "dig" && decimal(form) {
			continue // a fraction on its own keeps the analyzer's reading
		}
		t := &tokens[i]
		t.Lemma, t.XPOS = form, xpos
		t.UPOS, t.Feats = digitUD(xpos)
		yearNounCase(d, tokens, i)
	}
	digitRanges(d, tokens)
}

// digitRanges gives the first number of a range written with a dash the
// reading of the second, which stands before the noun ("2 - 3 lata",
// "po 10 - 14 dniach", "5 - 7 min").
func digitRanges(d *doc.Document, tokens []doc.Token) {
	for i := len(tokens) - 3; i >= 0; i-- {
		if tokens[i].XPOS != "dig" || !textutil.Dash(d.Text[tokens[i+1].Start:tokens[i+1].End]) {
			continue
		}
		y := &tokens[i+2]
		if !strings.HasPrefix(y.XPOS, "num:") && !strings.HasPrefix(y.XPOS, "adj:") {
			continue
		}
		form := d.Text[tokens[i].Start:tokens[i].End]
		if !allDigits(form) && !decimal(form) {
			continue
		}
		t := &tokens[i]
		t.XPOS = y.XPOS
		t.UPOS, t.Feats = digitUD(y.XPOS)
	}
}

// yearNounCase gives the noun after a year or a day read as an ordinal
// the ordinal's case ("w 2000 roku": the locative the preposition
// governs, not the genitive of the same spelling).
func yearNounCase(d *doc.Document, tokens []doc.Token, i int) {
	x := tokens[i].XPOS
	if !strings.HasPrefix(x, "adj:sg:") || i+1 >= len(tokens) {
		return
	}
	n := &tokens[i+1]
	if !strings.HasPrefix(n.XPOS, "subst:sg:") || !yearWords[strings.ToLower(d.Text[n.Start:n.End])] {
		return
	}
	c, lemma := morphOf(x).Vals[Case], n.Lemma
	if morphOf(n.XPOS).Vals[Case] == c {
		return
	}
	setCachedReading(d, n, false, func(a *Analysis) bool {
		return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == c && a.Morph.Vals[Number] == "sg"
	})
}

// clockTime reports whether s is a time of day written with a period or
// a colon: "8.00", "17:15".
func clockTime(s string) bool {
	if len(s) != 4 && len(s) != 5 {
		return false // the test below, before searching every word
	}
	i := strings.IndexAny(s, ".:")
	if i < 1 || i > 2 || len(s) != i+3 || !allDigits(s[:i]) || !allDigits(s[i+1:]) {
		return false
	}
	h := int(s[0] - '0')
	if i == 2 {
		h = h*10 + int(s[1]-'0')
	}
	return h <= 24 && s[i+1] <= '5'
}

// timeCase is the case of the hour at token i: that of "godzina" or of a
// preposition before it ("o godz. 17.15": loc; "do 18.00": gen), that of
// the hour opening a range ("8.00 - 14.00"), else the nominative.
func timeCase(d *doc.Document, tokens []doc.Token, i int) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		x := tokens[j].XPOS
		f := strings.ToLower(d.Text[tokens[j].Start:tokens[j].End])
		switch {
		case f == "." || f == "godz":
			continue
		case strings.HasPrefix(x, "prep:"):
			if tokens[j].Lemma == "o" {
				return "loc"
			}
			return morphOf(x).Vals[Case]
		case tokens[j].Lemma == "godzina" && strings.HasPrefix(x, "subst:"):
			return morphOf(x).Vals[Case]
		case (f == "-" || f == "–" || f == "a") && j > 0 && clockTime(d.Text[tokens[j-1].Start:tokens[j-1].End]):
			return morphOf(tokens[j-1].XPOS).Vals[Case]
		}
		break
	}
	return "nom"
}

// decimal reports whether s is a decimal fraction in digits ("48,8",
// "1.5").
func decimal(s string) bool {
	i := strings.IndexAny(s, ",.")
	return i > 0 && allDigits(s[:i]) && allDigits(s[i+1:])
}

// digitXPOS chooses the NKJP tag of the digit token i.
func digitXPOS(d *doc.Document, tokens []doc.Token, i int, form string) string {
	next, prevX := "", ""
	if i+1 < len(tokens) {
		next = strings.ToLower(d.Text[tokens[i+1].Start:tokens[i+1].End])
	}
	if i > 0 {
		prevX = tokens[i-1].XPOS
	}
	prepCase := ""
	if strings.HasPrefix(prevX, "prep:") {
		prepCase = morphOf(prevX).Vals[Case]
		if tokens[i-1].Lemma == "o" {
			prepCase = "acc" // "wzrosły o 5 proc."
		}
	}
	prevLemma := ""
	if i > 0 {
		prevLemma = strings.ToLower(tokens[i-1].Lemma)
	}
	year := len(form) == 4 && (form[:2] == "19" || form[:2] == "20" || form[:2] == "18")
	frac := decimal(form)
	switch {
	case frac:
	case yearWords[next] || monthGenitives[next]:
		// "w 2010 r.", "od 5 maja"; "z dniem 1 stycznia" agrees with "dzień".
		c := prepCase
		if c == "" && prevLemma == "dzień" && strings.HasPrefix(prevX, "subst:sg:") {
			c = morphOf(prevX).Vals[Case]
		}
		if c == "" && yearWords[next] && next != "r" && strings.HasPrefix(tokens[i+1].XPOS, "subst:sg:") {
			c = morphOf(tokens[i+1].XPOS).Vals[Case]
		}
		if c == "" {
			c = "gen"
		}
		return "adj:sg:" + c + ":m3:pos"
	case year && prepCase != "":
		return "adj:sg:" + prepCase + ":m3:pos" // "w 1995", "od 2004"
	case year && i > 0 && (monthGenitives[prevLemma] || monthNouns[prevLemma] || seasonNouns[prevLemma]):
		return "adj:sg:gen:m3:pos" // "10 maja 1999", "jesienią 1937"
	}
	if x := ordinalAfterLabel(d, tokens, i); x != "" && !frac {
		return x
	}
	if x := ordinalBeforeNoun(d, tokens, i, next, prepCase); x != "" && !frac {
		return x
	}
	gender, nounCase, plural := "", "", false
	if g, ok := unitGenders[next]; ok {
		gender, plural = g, true
	} else {
		// The first noun after the number, past adjectives agreeing with it.
		for j := i + 1; j < len(tokens) && j <= i+3; j++ {
			x := tokens[j].XPOS
			if strings.HasPrefix(x, "adj:pl:") {
				continue
			}
			// A fraction governs the genitive singular too ("5,6
			// miliona", "2,5 tony").
			if strings.HasPrefix(x, "subst:pl:") || strings.HasPrefix(x, "ger:pl:") || frac && strings.HasPrefix(x, "subst:sg:gen:") {
				m := morphOf(x)
				gender, nounCase, plural = m.Vals[Gender], m.Vals[Case], true
			}
			break
		}
	}
	if !plural || form == "1" {
		return "dig"
	}
	last, teen := form[len(form)-1], len(form) > 1 && form[len(form)-2] == '1'
	// A fraction governs the genitive like "pięć" ("2,5 proc.").
	agrees := gender != "m1" && !teen && last >= '2' && last <= '4' && !frac
	c := prepCase
	switch {
	case c != "":
	case strings.HasPrefix(prevX, "subst:"), nounCase == "gen" && agrees:
		c = "gen" // "wartość 4 milionów", "w wieku 51 lat"
	case nounCase == "" || nounCase == "gen" || nounCase == "voc":
		// Subject before any verb ("63 proc. ankietowanych"), object after
		// one ("uważa 57 proc.").
		c = "nom"
		for j := i - 1; j >= 0 && tokens[j].XPOS != "interp"; j-- {
			if verbTag(tokens[j].XPOS) || tokens[j].XPOS == "pred" {
				c = "acc"
				break
			}
		}
	default:
		c = nounCase
	}
	// A number governs the genitive of its noun in the nominative and
	// accusative, unless it ends in 2, 3 or 4 (not 12–14) and the noun is
	// not masculine personal; then, and in the other cases, it agrees.
	x := "num:pl:" + c + ":" + gender
	switch {
	case (c == "nom" || c == "acc") && !agrees:
		return x + ":rec"
	case c == "nom" || c == "acc":
		return x + ":congr:ncol"
	}
	return x + ":congr"
}

// monthNouns and seasonNouns are the lemmas after which a year follows in
// the genitive: "w marcu 1998", "jesienią 1937" (data/tagger-words.tsv).
var (
	monthNouns  = taggerWords.Set("month")
	seasonNouns = taggerWords.Set("season")
)

// digitUD maps the tag of a digit token to UD: "dig" is X, adjectives are
// ordinals and numerals cardinals, all with NumForm=Digit.
func digitUD(xpos string) (string, string) { return numeralUD(xpos, "Digit") }

// numeralUD is digitUD for numbers written in digits ("Digit") or Roman
// numerals ("Roman").
func numeralUD(xpos, form string) (string, string) {
	key := xpos + "\x00" + form
	if v, ok := digitResult.Load(key); ok {
		r := v.([2]string)
		return r[0], r[1]
	}
	upos, feats := "X", "NumForm="+form
	if xpos != "dig" {
		m := ParseXPOS(xpos)
		var f string
		upos, f = m.UD("")
		kind := "NumType=Card"
		if m.Class == "adj" {
			kind = "NumType=Ord"
		}
		fs := []string{"NumForm=" + form, kind}
		for _, x := range strings.Split(f, "|") {
			if x != "" && !strings.HasPrefix(x, "NumType=") && !strings.HasPrefix(x, "NumForm=") {
				fs = append(fs, x)
			}
		}
		feats = joinFeats(fs)
	}
	digitResult.Store(key, [2]string{upos, feats})
	return upos, feats
}

// prepNounCase returns a case both the preposition at p and the noun at n
// can take, the preposition's current one first ("w XX wieku": loc), and
// sets both tokens to it; without one, the noun's case.
func prepNounCase(d *doc.Document, tokens []doc.Token, p, n int) string {
	pas := cachedAnalyses(d.Text[tokens[p].Start:tokens[p].End], p == 0)
	nas := cachedAnalyses(d.Text[tokens[n].Start:tokens[n].End], false)
	nm := morphOf(tokens[n].XPOS)
	order := []string{morphOf(tokens[p].XPOS).Vals[Case]}
	for _, a := range pas {
		if a.Morph.Class == "prep" {
			order = append(order, a.Morph.Vals[Case])
		}
	}
	for _, c := range order {
		for j := range nas {
			a := &nas[j]
			if a.Lemma != tokens[n].Lemma || a.Morph.Class != nm.Class || a.Morph.Vals[Case] != c ||
				a.Morph.Vals[Number] != nm.Vals[Number] {
				continue
			}
			lemma := tokens[p].Lemma
			if !setCachedReading(d, &tokens[p], p == 0, func(b *Analysis) bool {
				return b.Lemma == lemma && b.Morph.Class == "prep" && b.Morph.Vals[Case] == c
			}) {
				continue
			}
			t := &tokens[n]
			t.Lemma, t.XPOS = a.Lemma, a.TokenXPOS()
			t.UPOS, t.Feats = a.UD()
			return c
		}
	}
	return nm.Vals[Case]
}

// romanNumeral reports whether form is a Roman numeral of two letters or
// more ("II", "XXI"; a lone "I" or "V" is more often a word or an
// initial).
func romanNumeral(form string) bool {
	if len(form) < 2 {
		return false
	}
	for i := 0; i < len(form); i++ {
		switch form[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// tagRoman reads a Roman numeral as the ordinal adjective it stands for,
// agreeing with the noun after it ("w XX wieku") or the name before it
// ("Jana Pawła II").
func tagRoman(d *doc.Document, tokens []doc.Token) {
	for i := range tokens {
		form := d.Text[tokens[i].Start:tokens[i].End]
		if !romanNumeral(form) {
			continue
		}
		noun := -1
		switch {
		case i+1 < len(tokens) && strings.HasPrefix(tokens[i+1].XPOS, "subst:"):
			noun = i + 1
		case i > 0 && strings.HasPrefix(tokens[i-1].XPOS, "subst:") && isTitle(tokens[i-1].Lemma):
			noun = i - 1
		default:
			continue
		}
		n := morphOf(tokens[noun].XPOS)
		c := n.Vals[Case]
		if noun == i+1 && i > 0 && strings.HasPrefix(tokens[i-1].XPOS, "prep:") {
			c = prepNounCase(d, tokens, i-1, noun)
		}
		num := n.agreeNumber()
		t := &tokens[i]
		t.Lemma, t.XPOS = form, "adj:"+num+":"+c+":"+n.Vals[Gender]+":pos"
		t.UPOS, t.Feats = numeralUD(t.XPOS, "Roman")
	}
}

// labelNouns are the nouns after which a number is an ordinal agreeing
// with them: the list "label" of data/tagger-words.tsv.
var labelNouns = taggerWords.Set("label")

// ordinalAfterLabel returns the tag of a number read as an ordinal after
// a label noun (past its abbreviation's period) in the noun's case and
// gender ("w tabeli 16", "dyrektor SP nr 4"), or "".
func ordinalAfterLabel(d *doc.Document, tokens []doc.Token, i int) string {
	j := i - 1
	if j > 0 && d.Text[tokens[j].Start:tokens[j].End] == "." {
		j--
	}
	if j < 0 || !labelNouns[strings.ToLower(tokens[j].Lemma)] && !labelNouns[strings.ToLower(d.Text[tokens[j].Start:tokens[j].End])] {
		return ""
	}
	m := morphOf(tokens[j].XPOS)
	c, g := m.Vals[Case], m.Vals[Gender]
	if m.Class == "brev" {
		// "nr 4": the case of a preposition before it ("pod nr 12"),
		// else the nominative.
		c, g = "nom", "m3"
		if j > 0 && strings.HasPrefix(tokens[j-1].XPOS, "prep:") {
			c = morphOf(tokens[j-1].XPOS).Vals[Case]
		}
	}
	if c == "" || g == "" || m.Class != "subst" && m.Class != "brev" {
		return ""
	}
	return "adj:sg:" + c + ":" + g + ":pos"
}

// ordinalBeforeNoun returns the tag of a number read as an ordinal
// before its noun, or "": after a preposition, before a singular noun
// ("na 6 miejscu", "do 113 piętra"), and with the period Polish writes
// after an ordinal, before a singular noun or an abbreviation ("w 68.
// minucie", "W 53. min"), in the preposition's case, else the noun's.
func ordinalBeforeNoun(d *doc.Document, tokens []doc.Token, i int, next, prepCase string) string {
	j := i + 1
	period := next == "."
	if period {
		j++
	}
	if j >= len(tokens) {
		return ""
	}
	x := tokens[j].XPOS
	if g, ok := unitGenders[strings.ToLower(d.Text[tokens[j].Start:tokens[j].End])]; ok && period && prepCase != "" {
		return "adj:sg:" + prepCase + ":" + g + ":pos" // "w 53. min"
	}
	if !strings.HasPrefix(x, "subst:sg:") || !period && (prepCase == "" || d.Text[tokens[i].Start:tokens[i].End] == "1") {
		return ""
	}
	if _, ok := unitGenders[strings.ToLower(d.Text[tokens[j].Start:tokens[j].End])]; ok {
		return ""
	}
	m := morphOf(x)
	c := prepCase
	if c == "" {
		c = m.Vals[Case]
	}
	if c == "" || c == "voc" {
		return ""
	}
	return "adj:sg:" + c + ":" + m.Vals[Gender] + ":pos"
}
