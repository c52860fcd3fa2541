package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// domestic puts police, courts and authorities that the text names only
// by their sector ("została zatrzymana przez policję", "zatrzymano",
// "sąd skazał") in the country of the person they arrest, try, sentence or
// release, when that person's country is known and the guess was the
// article's main country: an article about Germany's asylum offer tells
// of Pakistan's police arresting a Pakistani.
func (c *coder) domestic(e *lang.EventEntry, src, tgt *filler) {
	switch e.Type {
	case "COERCE", "SANCTION", "RETREAT", "ACCUSE":
	default:
		return
	}
	if src == nil || tgt == nil || !src.guessed || src.local || tgt.ent == 0 || c.d.Entities[tgt.ent-1].Type != "PERSON" ||
		tgt.part.Country == "" || src.part.Country == tgt.part.Country || !strings.HasPrefix(src.part.Actor, src.part.Country) {
		return
	}
	old := src.part.Country
	src.part.Actor = tgt.part.Country + strings.TrimPrefix(src.part.Actor, old)
	src.part.Country = tgt.part.Country
	src.how += " (" + tgt.part.Country + ", the country of the person acted on, not the article's " + old + ")"
}
