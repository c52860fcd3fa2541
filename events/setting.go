package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// localSectors are the sectors of people and bodies that act where they
// are: police and courts, workers and health staff, civilians, students
// and teachers, farmers, refugees. Officials travel ("Premier
// spotkał się w Brukseli"), these do not ("W Berlinie policja
// zatrzymała", "Tysiące ludzi protestowały w Londynie").
var localSectors = map[string]bool{"COP": true, "JUD": true, "LAB": true, "CVL": true,
	"HLH": true, "EDU": true, "AGR": true, "REF": true}

// settingCountry returns the country of the places sentence si is set
// in: the places its locative phrases name ("w Londynie", "w Niemczech",
// "in Hong Kong"), when they are all of one country; "" when they name
// none or several. A description of local
// people or bodies (localSectors) in that sentence belongs there rather
// than to the article's main country.
func (c *coder) settingCountry(si int) string {
	d := c.d
	one := ""
	for _, k := range c.phrases(si) {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.Prep == "" || c.x.Cues[q.Prep]&lang.CueLocative == 0 {
			continue
		}
		e := c.tokEnt[q.Head]
		if e == 0 || d.Entities[e-1].Type != "GPE" {
			continue
		}
		switch cn := d.Entities[e-1].Country; {
		case cn == "":
		case one == "":
			one = cn
		case cn != one:
			return ""
		}
	}
	return one
}
