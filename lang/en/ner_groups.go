package en

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// Three classes of capitalised words that are no person's name (issue 17):
// a people named in the plural after an ordinary adjective ("Young
// Algerians", "Ethnic Albanians"), a name before the word "party" ("the
// Umma (Nation) party"), and an ordinary word that opens a sentence and
// modifies the noun after it ("Total exports rose", "Shell companies").

// peopleAfterAdjectives returns the start of a nationality noun in the
// plural that ends toks[i:j] when every word before it is an ordinary
// English word (an adjective or a common word, no nationality, no title),
// or -1: "Young Algerians" is a group of Algeria's people, not a person.
func peopleAfterAdjectives(d *doc.Document, toks []doc.Token, i, j int, L *nerLists) int {
	if j-i < 2 || j-i > 3 {
		return -1
	}
	last := strings.ToLower(bare(d.Form(toks[j-1].Span)))
	if !demonymPlural(last, L) || demonymPlural(lowerRun(d, toks, i, j), L) {
		return -1 // "New Zealanders" is one people's name
	}
	for k := i; k < j-1; k++ {
		f := d.Form(toks[k].Span)
		w := strings.ToLower(bare(f))
		if toks[k].Kind != doc.Word || L.demonyms[w] || nationality(w) || isTitle(f, L) || listedType(d, toks, k, k+1, L) != "" {
			return -1
		}
		if !commonWord(w) && !strings.HasPrefix(toks[k].XPOS, "JJ") || baseType(bare(f)) != "" || placeAdjective(w) {
			return -1
		}
	}
	return j - 1
}

// beforeParty reports whether the word after toks[:j], past one
// parenthesised gloss ("Umma (Nation) party") or the gloss's closing
// bracket, is "party": the name is a party's.
func beforeParty(d *doc.Document, toks []doc.Token, j int) bool {
	k := j
	if k < len(toks) && d.Form(toks[k].Span) == "(" {
		for k++; k < len(toks) && k <= j+5 && d.Form(toks[k].Span) != ")"; k++ {
		}
	}
	if k < len(toks) && d.Form(toks[k].Span) == ")" {
		k++
	}
	return k < len(toks) && toks[k].Kind == doc.Word && strings.EqualFold(d.Form(toks[k].Span), "party")
}

// initialModifier reports whether toks[i], the capitalised first word of
// its sentence, is an ordinary English word that the tagger reads as an
// adjective before a lower-case word, or as a noun before a lower-case
// noun it modifies ("Total exports rose", "Shell companies hid money"),
// or as an adjective before a nationality word ("Additional French
// troops"), and names no place or people: the capital is the sentence's, not a
// name's. ("Shell said" keeps its name: a verb follows.)
func initialModifier(d *doc.Document, toks []doc.Token, i int, L *nerLists) bool {
	if i+1 >= len(toks) || !sentenceInitial(toks, i) || toks[i].Kind != doc.Word {
		return false
	}
	f := bare(d.Form(toks[i].Span))
	w := strings.ToLower(f)
	if !capitalised(f) || allCaps(f) || !commonWord(w) || L.demonyms[w] || nationality(w) || listedType(d, toks, i, i+1, L) != "" {
		return false
	}
	if t := baseType(f); t == "GPE" || t == "NORP" {
		return false // "Turkey", "China": a country whatever English has
	}
	next := &toks[i+1]
	if next.Kind != doc.Word {
		return false
	}
	if nf := bare(d.Form(next.Span)); capitalised(nf) {
		// an adjective before a nationality word ("Additional French
		// troops", "Several Iranian officials") is the sentence's capital
		// ("South Korean" is one people's word: not when the two are)
		nw := strings.ToLower(nf)
		two := w + " " + nw
		return (toks[i].XPOS == "JJ" || toks[i].XPOS == "NNP") && (L.demonyms[nw] || nationality(nw)) &&
			!L.demonyms[two] && !nationality(two) && !L.places[two] && !L.places[w]
	}
	switch toks[i].XPOS {
	case "JJ":
		return true
	case "NN", "NNP":
		return next.XPOS == "NN" || next.XPOS == "NNS"
	}
	return false
}

// placeAdjective reports whether w (lower case) has the ending of an
// adjective of a place or a people ("asian", "arabian", "maltese",
// "kurdish", "pakistani"): "Asian Americans" is one people's name.
func placeAdjective(w string) bool {
	for _, end := range [...]string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// baseWhole reports whether the actor base knows toks[i:j] as a whole as
// an organisation or a state ("European Community", the EU's older name):
// the nationality word that opens it is no name of its own.
func baseWhole(d *doc.Document, toks []doc.Token, i, j int) bool {
	t := baseType(nameText(d, toks, i, j))
	return t == "ORG" || t == "GPE"
}

// ledBy returns the nationality word before "-led" in w ("Saudi-led",
// "Vietnamese-led"), or "": forces so called are that people's.
func ledBy(w string) string {
	p, ok := strings.CutSuffix(w, "-led")
	if !ok || !capitalised(p) {
		return ""
	}
	if nationality(strings.ToLower(p)) {
		return p
	}
	return ""
}
