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

// pronounObjectsByPerson reads "to", "co", "wszystko", "coś" in the
// nominative as accusative objects where their clause's verb cannot have
// them as its subject: a verb in the first or second person ("jak to
// odczuwasz", "Sami to sobie załatwimy"), with a person clitic
// ("mówiłem"), an imperative, an impersonal form ("można to zrobić",
// "zrobiono to"), or an infinitive that no verb of the third person
// governs ("Należy to wliczyć", "Nacisnąć to"). A copula, a negated verb
// (its object is genitive) and a verb that takes no object are passed
// over.
func pronounObjectsByPerson(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, pronounObjectByPerson)
}

var objectPronouns = map[string]bool{"to": true, "co": true, "wszystko": true, "coś": true, "cokolwiek": true}

func pronounObjectByPerson(d *doc.Document, tokens []doc.Token, from, to int) {
	for k := from; k < to; k++ {
		if !objectPronouns[tokens[k].Lemma] || !strings.HasPrefix(tokens[k].XPOS, "subst:sg:nom:n") ||
			k > 0 && strings.HasPrefix(tokens[k-1].XPOS, "prep:") {
			continue
		}
		if !noSubjectClause(d, tokens, from, to) {
			continue
		}
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == tokens[k].Lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc"
		})
	}
}

// noSubjectClause reports whether the clause's verbs leave no room for a
// subject in the third person (see pronounObjectsByPerson) and one of
// them takes an object.
func noSubjectClause(d *doc.Document, tokens []doc.Token, from, to int) bool {
	object, verbs := false, 0
	// A personal pronoun in the nominative is the subject already ("ona
	// to robi").
	subject := false
	for j := from; j < to; j++ {
		if strings.HasPrefix(tokens[j].XPOS, "ppron") && morphOf(tokens[j].XPOS).Vals[Case] == "nom" {
			subject = true
		}
	}
	for v := from; v < to; v++ {
		x := tokens[v].XPOS
		if !verbTag(x) && !strings.HasPrefix(x, "imps:") && x != "pred" {
			continue
		}
		verbs++
		l := tokens[v].Lemma
		if l == "być" || l == "to" || copulaAt(d, tokens, v) || negatedAt(tokens, v) {
			return false
		}
		m := morphOf(x)
		switch m.Class {
		case "fin", "bedzie":
			// "należy to zrobić", "da się to zrobić": impersonal.
			impersonal := m.Vals[Number] == "sg" && (l == "należeć" || l == "dać" && reflexiveAt(d, tokens, v)) && infinitiveAfter(tokens, v, to)
			if m.Vals[Person] == "ter" && !subject && !impersonal {
				return false
			}
		case "praet", "winien":
			if !subject && (v+1 >= len(tokens) || !strings.HasPrefix(tokens[v+1].XPOS, "aglt:")) {
				return false
			}
		case "impt", "imps", "inf", "pred":
		default:
			return false
		}
		refl := reflexiveAt(d, tokens, v)
		if m.Class != "pred" && !intransitive(l, refl, verbCasesOf(l, refl)) {
			object = true
		}
	}
	return verbs > 0 && object
}
