package events

import "github.com/kronika/kronika/lang"

// thingArrives reports whether the source of a one-word English verb entry
// of a visit (CONSULT, mode visit: "arrived in Kyiv") is a thing: a phrase
// headed by a common noun that names no kind of actor and no count of
// people ("the vaccine batch arrived", "a former U.S. military base …
// arrived"), and, when the actor was named after that head, the phrase
// naming it is a thing too ("the first batch of China's vaccine"). Goods,
// ships and letters arrive; only people and the bodies they make up visit.
// A name (a person, a country, an organisation), a pronoun, a sector noun
// ("delegation", "officials") or people or a body named after the head
// ("a team of UN inspectors") keep the visit. English only: the sector nouns of the
// English lexicon cover its nouns of people well enough; the Polish ones
// do not ("arcybiskup").
func (c *coder) thingArrives(e *lang.EventEntry, nominal bool, src *filler) bool {
	if nominal || !c.english() || src == nil || src.phrase < 0 || src.guessed || e.Type != "CONSULT" || e.Mode != "visit" ||
		e.POS != "verb" || len(e.Words) != 1 {
		return false
	}
	return c.thingFiller(src)
}

// thingFiller reports whether participant fl was found in a phrase that
// names a thing (thingPhrase), and, when its actor was named after that
// phrase, in one that names a thing too and no body (namesBody).
func (c *coder) thingFiller(fl *filler) bool {
	if fl == nil || fl.phrase < 0 || !c.thingPhrase(fl.phrase) {
		return false
	}
	return fl.via < 0 || fl.via == fl.phrase || c.thingPhrase(fl.via) && !c.namesBody(fl.via)
}

// namesBody reports whether noun phrase pi holds the name of an
// organisation or a person ("UN inspectors"): people named after a
// collective noun ("a team of UN inspectors") are that body's; a country's
// name alone ("a batch of China's vaccine") says nothing of people.
func (c *coder) namesBody(pi int) bool {
	p := &c.d.Phrases[pi]
	for t := p.First; t < p.End; t++ {
		if e := c.tokEnt[t]; e != 0 {
			switch c.d.Entities[e-1].Type {
			case "ORG", "PERSON":
				return true
			}
		}
	}
	return false
}

// thingPhrase reports whether noun phrase pi is headed by a common noun
// that is no name and names no people (namesPeople).
func (c *coder) thingPhrase(pi int) bool {
	p := &c.d.Phrases[pi]
	return c.d.Tokens[p.Head].UPOS == "NOUN" && c.tokEnt[p.Head] == 0 && !c.namesPeople(pi)
}
