package pl

import (
	"strings"
	"unicode"

	"github.com/kronika/kronika/doc"
)

// adnominalGenitives reads a noun right after another noun (adjectives
// between them allowed) in the genitive rather than the accusative where
// its form is both: the second noun of two is most often the first one's
// attribute ("redaktor naczelna pisma", "państwa członkowskie strefy
// euro"), not an object the clause already has.
func adnominalGenitives(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") || morphOf(x).Vals[Case] != "acc" {
			continue
		}
		first := k
		for first > 0 && adjLike(tokens[first-1].XPOS) {
			first--
		}
		if first == 0 || !nounLike(tokens[first-1].XPOS) || pronounNouns[tokens[first-1].Lemma] || pronounNouns[tokens[k].Lemma] {
			continue
		}
		// Not after a dative or instrumental, itself the verb's
		// ("obiecał emerytom dopłaty", "świdrując wzrokiem komara"), nor
		// the second word of a name ("Matthiasa Widgeona").
		switch morphOf(tokens[first-1].XPOS).Vals[Case] {
		case "dat", "inst":
			continue
		}
		if upperInitial(d, &tokens[k]) && upperInitial(d, &tokens[first-1]) {
			continue
		}
		lemma, class := tokens[k].Lemma, morphOf(x).Class
		var gen *Analysis
		as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
		for i := range as {
			a := &as[i]
			if a.Lemma != lemma || a.Morph.Class != class || a.Morph.Vals[Case] != "gen" {
				continue
			}
			ok := true
			for j := first; j < k && ok; j++ {
				ok = hasReading(d, &tokens[j], j == 0, "gen", a.Morph.agreeNumber(), a.Morph.Vals[Gender])
			}
			if ok {
				gen = a
				break
			}
		}
		if gen == nil {
			continue
		}
		tokens[k].Lemma, tokens[k].XPOS = gen.Lemma, gen.TokenXPOS()
		tokens[k].UPOS, tokens[k].Feats = gen.UD()
		if first < k {
			setRun(d, tokens, first, k, "gen", gen.Morph.agreeNumber(), gen.Morph.Vals[Gender])
		}
	}
}

// upperInitial reports whether the token's text begins with a capital.
func upperInitial(d *doc.Document, t *doc.Token) bool {
	for _, r := range d.Text[t.Start:t.End] {
		return unicode.IsUpper(r)
	}
	return false
}
