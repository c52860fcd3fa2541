package events_test

import (
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestQualifiedSector: a government-office noun qualified by the side its
// bearers are on ("opposition leaders", "rebel leaders") names that side,
// so a government's act on its own opposition is a domestic event, not a
// body acting on itself (en_sector.go).
func TestQualifiedSector(t *testing.T) {
	cases := []textCase{
		{"Crackdown\n\nThe Georgian government arrested opposition leaders in Tbilisi.", "COERCE GEO>GEO asserted"},
		{"Fraud\n\nOpposition leaders accused the Georgian government of fraud.", "ACCUSE GEO>GEO asserted"},
		{"Treason\n\nThe Somali government accused rebel leaders of treason.", "ACCUSE SOM>SOM asserted"},
		// no qualifier: one body acting on itself is no event
		{"Crackdown\n\nThe Georgian government arrested government leaders in Tbilisi.", ""},
		// armed men of the rebels; a head naming no actor takes the side
		// of the word before it
		{"Fighting\n\nRebel forces attacked government troops in the north of Chad.", "ASSAULT TCD>TCD asserted"},
		{"Raid\n\nA separatist group attacked Pakistani troops in Balochistan.", "ASSAULT PAK>PAK asserted"},
	}
	checkEnglish(t, cases, false)
	for _, tc := range []struct{ text, src, tgt string }{
		{"The Georgian government arrested opposition leaders in Tbilisi.", "GEOGOV", "GEOOPP"},
		{"Opposition leaders accused the Georgian government of fraud.", "GEOOPP", "GEOGOV"},
		{"The Somali government accused rebel leaders of treason.", "SOMGOV", "SOMREB"},
		{"Rebel forces attacked government troops in the north of Chad.", "TCDREB", "TCDMIL"},
		{"The Ugandan army attacked rebel positions in the north.", "UGAMIL", "UGAREB"},
		// a word of a side two words before a head naming no actor does
		// not make it an actor: no event
		{"The Ugandan army attacked opposition party offices in the north.", "", ""},
	} {
		src, tgt := firstActors(t, tc.text)
		if src != tc.src || tgt != tc.tgt {
			t.Errorf("%q: %s>%s, want %s>%s", tc.text, src, tgt, tc.src, tc.tgt)
		}
	}
}

// TestJointPartner: a joint act whose object names its own subject again
// takes the party coordinated with the subject as the other side.
func TestJointPartner(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nChad and Niger held talks with Niger last week.", "CONSULT TCD>NER asserted"},
	}
	checkEnglish(t, cases, false)
}

// firstActors codes text as English and returns the actor codes of its
// first event's source and target ("" for none).
func firstActors(t *testing.T, text string) (src, tgt string) {
	t.Helper()
	d := code(t, pipeline.New(), "en", " date 2024-07-10\nNews\n\n"+text+"\n")
	if len(d.Events) == 0 {
		return "", ""
	}
	e := d.Events[0]
	if e.Source != nil {
		src = e.Source.Actor
	}
	if e.Target != nil {
		tgt = e.Target.Actor
	}
	return src, tgt
}

// TestSettingSector: police, courts, workers and civilians described
// without a country act where their sentence is set ("in Hong Kong"),
// as in Polish ("W Berlinie policja zatrzymała"); officials do not
// (setting.go).
func TestSettingSector(t *testing.T) {
	for _, tc := range []struct{ text, src, tgt string }{
		{"China criticised Britain on Monday. Police arrested dozens of protesters in Hong Kong.", "HKGCOP", "HKGCVL"},
		{"China criticised Britain on Monday. Police arrested two Chinese students in Berlin.", "DEUCOP", "CHNEDU"},
	} {
		d := code(t, pipeline.New(), "en", " date 2024-07-10\nNews\n\n"+tc.text+"\n")
		src, tgt := "", ""
		for _, e := range d.Events {
			if e.Type == "COERCE" && e.Source != nil && e.Target != nil {
				src, tgt = e.Source.Actor, e.Target.Actor
			}
		}
		if src != tc.src || tgt != tc.tgt {
			t.Errorf("%q: %s>%s, want %s>%s", tc.text, src, tgt, tc.src, tc.tgt)
		}
	}
}
