package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// workplace reads a place of work that strikes or protests as its
// workers: "kopalnia strajkuje", "szpital protestuje", "strajk w hucie"
// aside, the place itself (a noun of the cue list "workplace") as the
// subject of a protest stands for the people who work there, the labour
// of its country (LAB), not a business. A company named in the genitive
// after it ("kopalnia KGHM strajkuje") is then the employer the workers
// protest against (pl_employer.go), not the protester. The workers are
// of the country the sentence is set in ("Fabryka Volkswagena w Poznaniu
// ogłosiła strajk": Polish workers), else of the place's own. It changes
// the source of b in place and reports whether it did.
func (c *coder) workplace(b *candidate) bool {
	src := b.source
	if b.entry.Type != "PROTEST" || src == nil || src.phrase < 0 {
		return false
	}
	h := c.d.Phrases[src.phrase].Head
	if h < 0 || h >= len(c.d.Tokens) || c.x.Cues[strings.ToLower(c.d.Tokens[h].Lemma)]&lang.CueWorkplace == 0 {
		return false
	}
	a := src.part.Actor
	if len(a) > 3 && !strings.HasSuffix(a, "BUS") {
		return false // already its workers, or an actor of another kind
		// (a country alone, "węgierski szpital", is the place's)
	}
	if src.ent != 0 && src.via != src.phrase {
		// the company came from the genitive: the workers are its own
		src.ent, src.part.Entity = 0, ""
	}
	country := c.settingCountry(b.sentence)
	if country == "" {
		country = src.part.Country
	}
	if country == "" {
		return false
	}
	src.part.Actor, src.part.Country = country+"LAB", country
	src.how += "; a workplace that protests stands for its workers"
	return true
}
