package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// actSubject reports whether the source src of the English entry of f,
// found as the subject of its finite verb or of the verb governing its
// noun, is a phrase that names an act of another kind rather than an
// actor: "Russia's invasion of Ukraine has helped the Kremlin", "Suga's
// visit is aimed at boosting cooperation". The country in the phrase is
// the agent of the act its head names (the invasion, the visit), which
// the lexicon codes on its own; it is no helper, partner or supporter of
// the verb's act. Its head is a noun trigger of the lexicon, none of
// whose entries is of the entry's type, and no sector noun ("the
// delegation"). Acts of force are left alone: a weapon or an attack as
// the subject of "killed" or "destroyed" carries its attacker ("a Russian
// missile strike killed 20").
func (f *frame) actSubject(src *filler) bool {
	c, e := f.c, f.e
	if !c.english() || src == nil || src.phrase < 0 || src.phrase == f.own || e.Type == "ASSAULT" || e.Type == "COERCE" {
		return false
	}
	d := c.d
	if !f.nominal && (f.vg < 0 || d.Phrases[f.vg].Form != "fin") {
		// an infinitive's agent comes through the noun or verb that
		// controls it: "Australia's refusal to cave" is Australia's
		return false
	}
	p := &d.Phrases[src.phrase]
	if p.Kind != doc.NounPhrase || d.Tokens[p.Head].UPOS != "NOUN" || c.tokEnt[p.Head] != 0 {
		return false
	}
	head := strings.ToLower(d.Tokens[p.Head].Lemma)
	if c.x.Sectors[head] != "" || c.x.Actors[head] != "" {
		return false
	}
	act := false
	for _, i := range c.triggers(head) {
		x := &c.x.Entries[i]
		if x.POS != "noun" || len(x.Words) != 1 {
			continue
		}
		if x.Type == e.Type {
			return false // "Russia's demand is a request to …"
		}
		act = true
	}
	return act
}

// dissentTypes are the acts by which a country's people speak against its
// state: coded against the country itself when a rebel, opposition or
// civilian side of it is their source (againstOwnState).
var dissentTypes = map[string]bool{"ACCUSE": true, "REQUEST": true, "PROTEST": true, "REJECT": true, "THREATEN": true}

// againstOwnState reports whether an English act of src on tgt, the
// country src belongs to named as a whole, is an act of a side of that
// country against its state, and news: rebels or the opposition acting
// on their country ("The separatist group accuses Pakistan of exploiting
// the province", "rebels attacked Mali"), or its civilians speaking
// against it ("Chinese activists accused China of …"). ownCountry drops
// a country's own acts on itself as a whole; these are none.
func (c *coder) againstOwnState(e *lang.EventEntry, src, tgt *filler) bool {
	if !c.english() || src == nil || tgt == nil || len(src.part.Actor) < 6 || src.part.Country != tgt.part.Country {
		return false
	}
	switch s := src.part.Actor[3:6]; {
	case s == "REB" || s == "OPP":
		return true
	case peopleSectors[s]: // private people (people.go)
		return dissentTypes[e.Type]
	}
	return false
}

// judgingTypes are the types of verbs that judge, ask for or answer an
// act named by their object ("condemned the killing of civilians",
// "demanded an end to the shelling", "denied the attack", "welcomed the
// agreement"): their subject is the judge, not the noun's agent.
// possessives are the English possessive determiners that make an act
// named by a noun its subject's own.
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true}

var judgingTypes = map[string]bool{"ACCUSE": true, "REJECT": true, "REQUEST": true, "SUPPORT": true}

// judgedAct reports whether the English noun trigger of f stands after a
// verb that is an act of judging of its own (one word, of a judgingType,
// other than the noun's type): the verb's subject, which governor would
// take, is then no agent of the noun ("The United States condemned the
// killing of civilians" tells of no killing by the United States). Light
// verbs ("held talks", "launched an attack", "signed an agreement") are
// no such acts and keep their subject.
func (f *frame) judgedAct() bool {
	c, d := f.c, f.c.d
	if !c.english() || !f.nominal {
		return false
	}
	if f.own >= 0 {
		for t := d.Phrases[f.own].First; t < f.ti; t++ {
			if possessives[strings.ToLower(d.Form(d.Tokens[t].Span))] {
				return false // "praised his first summit with Kim": his own
			}
		}
	}
	ph := c.near(f.si, f.ti)
	for k := len(ph) - 1; k >= 0; k-- {
		vg := &d.Phrases[ph[k]]
		if vg.Kind != doc.VerbGroup || vg.End > f.ti {
			continue
		}
		if f.ti-vg.End > 4 && !f.objectChain(vg.End) {
			return false
		}
		for _, i := range c.triggers(vg.Lemma) {
			x := &c.x.Entries[i]
			if x.POS == "verb" && len(x.Words) == 1 && judgingTypes[x.Type] && x.Type != f.e.Type {
				return true
			}
		}
		return false
	}
	return false
}
