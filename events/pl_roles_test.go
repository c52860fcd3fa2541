package events_test

import (
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestPolishThreatList: every noun of a list that a verb of threatening
// governs is threatened, not done; without the one threatened the list
// reports no act at all.
func TestPolishThreatList(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rolnicy z Litwy grozili rządowi strajkami, blokadą dróg i paraliżem portów.", "THREATEN LTU>LTU asserted 133"},
		{"Kibice grozili w sobotę protestami, blokowaniem ulic i paraliżem stolicy.", ""},
		// the same nouns governed by a verb of doing are acts
		{"Rolnicy z Litwy rozpoczęli w Wilnie blokadę dróg.", "PROTEST LTU>LTU asserted 144"},
	})
}

// TestPolishThreatenedFuture: an act a clause announces for the future
// under a condition is threatened, not done.
func TestPolishThreatenedFuture(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Serbscy nacjonaliści ostrzegli, że nasilą protesty, jeśli pisarz wyjedzie z Serbii.", ""},
		// the same nouns after a verb of the past are acts
		{"Serbscy nacjonaliści ostrzegli, że w Belgradzie nasilili protesty.", "PROTEST SRB>SRB asserted 141"},
	})
}

// TestPolishThreatCondition: the act in the condition of a threat is what
// the threat is about, not an act reported.
func TestPolishThreatCondition(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Bojówki zagroziły zamieszkami, jeśli dziennikarz zostanie uwolniony przez sąd w Mińsku.", ""},
		{"Opozycja zagroziła rządowi Serbii protestami, jeśli policja aresztuje jej lidera.", "THREATEN SRB>SRB asserted 133"},
		// a condition with no threat before it keeps its (hypothetical) act
		{"Jeśli Rosja zaatakuje Estonię, sojusz odpowie.", "ASSAULT RUS>EST hypothetical 190"},
	})
}

// TestPolishSubordinateSubject: the nominative after "że" is the subject
// of the subordinate clause, not of the reporting verb before it, nor a
// party of the noun trigger in the main clause, even when it agrees with
// the verb before.
func TestPolishSubordinateSubject(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Podkreśliła w rozmowie z premierem Węgier, że Słowacja nie może utracić dostaw gazu.", ""},
		{"Kanclerz Austrii podkreśliła w rozmowie z premierem Węgier, że Słowacja nie może utracić dostaw gazu.", "CONSULT AUT>HUN asserted 040"},
	})
}

// TestPolishNounGenitive: a noun's genitive before the verb is not its
// object, whatever other case its form may have ("Litwinów" is a genitive
// and an accusative): the noun it belongs to is, as after the verb.
func TestPolishNounGenitive(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, target string }{
		{"Skargę Litwinów bada łotewska prokuratura.", "Skargę"},
		{"Łotewska prokuratura bada skargę Litwinów.", "skargę"},
		{"Sprawę litewskich rolników bada łotewska prokuratura.", "Sprawę"},
		{"Litwinów bada łotewska prokuratura.", "Litwinów"},
		{"Sąsiadów Litwinów bada łotewska prokuratura.", "Sąsiadów"},
	} {
		d := code(t, p, "pl", " date 2024-07-10\n"+tc.text+"\n")
		got := "-"
		if len(d.Events) > 0 && d.Events[0].Target != nil {
			got = d.Events[0].Target.Text
		}
		if got != tc.target {
			t.Errorf("%s\n  target %q, want %q", tc.text, got, tc.target)
		}
	}
}

// TestPolishPrepositionCase: a name whose inflected form shows another case
// than the one a slot's preposition takes fills no such slot ("z Łotwy" is
// "z" with the genitive: from Latvia, not with Latvia); the same name in
// the case of the slot does.
func TestPolishPrepositionCase(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Premier Litwy spotkał się po powrocie z Łotwy.", ""},
		{"Premier Litwy spotkał się po powrocie z Łotwą.", "CONSULT LTU>LVA asserted 040"},
		{"Premier Litwy rozmawiał o dostawach gazu z Rosji.", ""},
		{"Premier Litwy rozmawiał z Rosją o dostawach gazu.", "CONSULT LTU>RUS asserted 040"},
	})
}
