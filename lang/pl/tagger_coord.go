package pl

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// coordinatedNouns gives the second of two coordinated noun phrases the
// case of the first ("w sportowym stroju i kasku", "kobieta i dziecko
// zjeżdżają", "wziąć urząd albo rząd"): a noun after a coordinating
// conjunction, with only adjectives between them, whose form can be read
// in the case of the noun just before the conjunction takes that case,
// its adjectives with it. The first phrase is not changed: the passes
// before have settled it with more context.
func coordinatedNouns(d *doc.Document, tokens []doc.Token) {
	for k := 2; k < len(tokens); k++ {
		if !strings.HasPrefix(tokens[k].XPOS, "subst:") && !strings.HasPrefix(tokens[k].XPOS, "ger:") {
			continue
		}
		first := k
		for first > 0 && adjLike(tokens[first-1].XPOS) {
			first--
		}
		j := first - 1
		comma := j >= 1 && d.Text[tokens[j].Start:tokens[j].End] == ","
		if j < 1 || !comma && (tokens[j].XPOS != "conj" || !coordinators[tokens[j].Lemma]) || pronounNouns[tokens[k].Lemma] {
			continue
		}
		if comma && first < k && relativeWords[tokens[first].Lemma] {
			continue
		}
		p := j - 1
		if !nounLike(tokens[p].XPOS) {
			continue
		}
		c := morphOf(tokens[p].XPOS).Vals[Case]
		m := morphOf(tokens[k].XPOS)
		if c == "" || c == m.Vals[Case] || c == "voc" {
			continue
		}
		lemma, class := tokens[k].Lemma, m.Class
		var n *Analysis
		as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
		for i := range as {
			a := &as[i]
			if a.Lemma != lemma || a.Morph.Class != class || a.Morph.Vals[Case] != c {
				continue
			}
			if n == nil || a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender] {
				n = a
			}
		}
		if n == nil {
			continue
		}
		num := n.Morph.Vals[Number]
		if n.Morph.Ptan {
			num = "pl"
		}
		if first < k && !setRun(d, tokens, first, k, c, num, n.Morph.Vals[Gender]) {
			continue
		}
		tokens[k].Lemma, tokens[k].XPOS = n.Lemma, n.TokenXPOS()
		tokens[k].UPOS, tokens[k].Feats = n.UD()
	}
}

// coordinators join two phrases of one function.
var coordinators = map[string]bool{"i": true, "oraz": true, "lub": true, "albo": true, "czy": true, "ani": true}

// pronounNouns are pronouns NKJP tags as nouns, which open clauses of
// their own rather than join a list.
var pronounNouns = map[string]bool{"co": true, "kto": true, "to": true, "nic": true, "nikt": true,
	"coś": true, "ktoś": true, "wszystko": true, "cokolwiek": true, "ktokolwiek": true}

// relativeWords open a relative or indirect question clause: a phrase
// they begin after a comma is no item of a list.
var relativeWords = map[string]bool{"który": true, "jaki": true, "czyj": true}
