package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestHeadlineList: an English headline lists its parties with a comma for
// "and" (en_headline.go); in running text, or after a phrase that is no
// party, the comma joins nothing.
func TestHeadlineList(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ title, want string }{
		{"Ukraine, Poland agree to boost security ties", "AGREE POL>UKR"},
		{"Russia, China condemn US strikes on Yemen", "ACCUSE CHN>USA; ACCUSE RUS>USA"},
		// three parties to a joint act: one event for each pair
		{"Ukraine, Poland, Lithuania agree to boost security ties", "AGREE UKR>POL; AGREE UKR>LTU; AGREE POL>LTU"},
		// a time, not a party, before the comma
		{"After talks, Kenya criticizes Uganda", "ACCUSE KEN>UGA"},
	} {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.title+"\n\nThe report came on Tuesday.\n")
		var got []string
		for _, e := range d.Events {
			if e.Type == "ASSAULT" {
				continue // "US strikes on Yemen": the strikes, not the list
			}
			s := e.Type + " " + e.Source.Country + ">"
			if e.Target != nil {
				s += e.Target.Country
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.title, g, tc.want)
		}
	}
	// the same words in running text are one party's act
	checkEnglish(t, []textCase{{"Talks\n\nUkraine, Poland agree to boost security ties.", ""}}, false)
}
