package en

import (
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
)

// participleWithObject reads a bare past participle between two noun
// phrases without a preposition as the finite past verb the tagger took
// for a participle: "officials said rebels attacked ten villages" (VBN).
// A participle that modifies the noun before it is passive and takes no
// direct object ("villages attacked by rebels", "the jailed publisher"),
// so a noun phrase right after it is its object and it is a verb, unless
// that phrase tells a time ("the report released Monday"), words of
// timex.tsv. finiteParticiple reads the same participle where the clause
// has no other verb; this rule also holds after a reporting verb. The
// sentence's phrases start at d.Phrases[first].
func participleWithObject(d *doc.Document, first int) {
	ph := d.Phrases[first:]
	for k := 1; k+1 < len(ph); k++ {
		v, subj, obj := &ph[k], &ph[k-1], &ph[k+1]
		if v.Kind != doc.VerbGroup || v.Form != "part" || v.Head != v.First || d.Tokens[v.Head].XPOS != "VBN" {
			continue
		}
		if subj.Kind != doc.NounPhrase || subj.Prep != "" || subj.End != v.First {
			continue
		}
		if obj.Kind != doc.NounPhrase || obj.Prep != "" || obj.First != v.End || obj.Coordinated || temporal(d, obj) {
			continue
		}
		v.Form, v.Tense = "fin", "past"
	}
}

// temporal reports whether one of the words of noun phrase p names a time
// (a month, a weekday, a unit such as "week", a deictic word such as
// "today"): the phrase is then an adverbial, not an object.
func temporal(d *doc.Document, p *doc.Phrase) bool {
	words := timeWords()
	for k := p.First; k < p.End; k++ {
		if words[strings.ToLower(d.Form(d.Tokens[k].Span))] {
			return true
		}
	}
	return false
}

// timeWords are the words of timex.tsv of the kinds that name a time by
// themselves: months, weekdays, units, deictic words, seasons and parts
// of the day.
var timeWords = sync.OnceValue(func() map[string]bool {
	kinds := map[string]bool{"month": true, "weakmonth": true, "weekday": true, "unit": true,
		"deictic": true, "season": true, "part": true}
	data, err := files.ReadFile("timex.tsv")
	if err != nil {
		panic(err) // embedded beside this file
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 2 || strings.HasPrefix(f[0], "#") || !kinds[f[0]] {
			continue
		}
		w := strings.TrimSuffix(f[1], "*")
		out[w] = true
		if f[0] == "unit" {
			out[w+"s"] = true
		}
	}
	return out
})
