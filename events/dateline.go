package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// datelineEnd returns where the dash or colon after the article's
// dateline stands and the country of its place, or 0 when the article has
// none the recogniser named as a place (the whole name: "Rosja
// zaatakowała Ukrainę, zmęczoną wojną – …" opens with no dateline):
// "TIRANA — The president accused Serbia …" opens with the story's place, which no verb of the story takes
// as its subject or object.
func datelineEnd(d *doc.Document) (int, string) {
	start, end, headEnd, ok := d.DatelineName()
	if !ok {
		return 0, ""
	}
	// a name in capitals ("TIRANA —") or an agency after it ("Warszawa
	// (PAP) –"): "Russia — which invaded Ukraine — …" opens a sentence
	if name := d.Text[start:end]; name != strings.ToUpper(name) && !strings.Contains(d.Text[end:headEnd], "(") {
		return 0, ""
	}
	for _, e := range d.Entities {
		if e.Type != "GPE" && e.Type != "LOC" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start == start && m.End == end {
				return headEnd, e.Country
			}
		}
	}
	return 0, ""
}

// inDateline reports whether phrase p lies before the dateline's dash.
func (c *coder) inDateline(p *doc.Phrase) bool {
	return c.dateline > 0 && c.d.Tokens[p.First].Start < c.dateline
}
