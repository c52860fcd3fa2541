package pl

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/morph"
)

// What the dictionary knows of a capitalised word tells names from other
// words better than the single reading the tagger keeps: "Mieszka" at the
// start of a sentence is also a form of "mieszkać", "Oława" has only a
// proper-name reading, "Ryanair" none at all. nerClasses turns that into
// one small number per token for the recognizer's features (ner.TagWith).
const (
	lexProper    = 1 << iota // the form as written has a reading with a capitalised lemma
	lexCommon                // … a reading with a lower-case lemma
	lexHuman                 // a proper-name reading is a masculine personal noun (m1)
	lexLowerWord             // the form in lower case has readings: a common word written with a capital
	lexCapital               // the form starts with an upper-case letter
	lexAllCaps               // every letter is upper-case (two or more)

	lexBase  = 1 << 8 // set in every class of a word, so that 0 stays "none"
	lexLower = 1 << 9 // a word in lower case (not looked up)
)

// lexScratch is the working memory of one sentence's lookups.
type lexScratch struct {
	form, low []byte
	rd        []morph.Reading
	buf       []byte
}

var lexPool = sync.Pool{New: func() any { return new(lexScratch) }}

// nerClasses returns the dictionary class of every token, appended to
// out[:0].
func nerClasses(d *doc.Document, tokens []doc.Token, out []uint32) []uint32 {
	out = out[:0]
	dict := Dictionary()
	sc := lexPool.Get().(*lexScratch)
	defer lexPool.Put(sc)
	for i := range tokens {
		t := &tokens[i]
		if t.Kind != doc.Word || t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
			out = append(out, 0)
			continue
		}
		form := d.Text[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(form)
		if !unicode.IsUpper(r) {
			out = append(out, lexBase|lexLower)
			continue
		}
		c, ok := lexCache.load(form)
		if !ok {
			c = lexClass(dict, sc, form)
			lexCache.store(strings.Clone(form), c, lexCacheMax)
		}
		out = append(out, c)
	}
	return out
}

// lexCacheMax bounds the capitalised forms whose class is cached (the
// class depends on the form alone).
const lexCacheMax = 100_000

var lexCache growMap[string, uint32]

// lexClass looks up the class of a capitalised form.
func lexClass(dict *morph.Dictionary, sc *lexScratch, form string) uint32 {
	c := uint32(lexBase | lexCapital)
	upper, letters := 0, 0
	sc.low = sc.low[:0]
	for _, r := range form {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		sc.low = utf8.AppendRune(sc.low, unicode.ToLower(r))
	}
	if letters >= 2 && upper == letters {
		c |= lexAllCaps
	}
	sc.form = append(sc.form[:0], form...)
	sc.rd, sc.buf = dict.Lookup(sc.form, sc.rd[:0], sc.buf[:0])
	for _, rd := range sc.rd {
		lr, _ := utf8.DecodeRune(rd.Lemma)
		if unicode.IsUpper(lr) {
			c |= lexProper
			if strings.Contains(rd.Tag, "m1") {
				c |= lexHuman
			}
		} else {
			c |= lexCommon
		}
	}
	if dict.Contains(sc.low) {
		c |= lexLowerWord
	}
	return c
}

// NERClasses returns the class of each token that the Polish model's
// features read (see ner.Model.TagWith); training uses it as
// ner.Example.Extra.
func NERClasses(d *doc.Document, tokens []doc.Token) []uint32 {
	return nerClasses(d, tokens, nil)
}
