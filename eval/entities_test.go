package eval

import (
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestScoreEntities(t *testing.T) {
	pred := []doc.Entity{
		{ID: "E1", Type: "PERSON", Name: "Kim Dzong Un", Canonical: "Kim Jong Un"},
		{ID: "E2", Type: "LOC", Name: "Korea Północna", Mentions: []doc.Mention{{Lemma: "Korea Północna"}, {Lemma: "KRLD"}}},
		{ID: "E3", Type: "ORG", Name: "tass"},
		{ID: "E4", Type: "GPE", Name: "Lodz"},
		{ID: "E5", Type: "GPE", Name: "Kürecik", Canonical: "Kürecik Radar Station"},
	}
	for _, tc := range []struct {
		gold         GoldEntity
		found, type_ bool
	}{
		{GoldEntity{Name: "Kim Dzong-Un", Canonical: "kim  jong un", Type: "PERSON"}, true, true},   // by canonical, case and spacing ignored
		{GoldEntity{Name: "KRLD", Canonical: "North Korea", Type: "GPE"}, true, false},              // by a mention's lemma; wrong type
		{GoldEntity{Name: "TASS", Canonical: "TASS", Type: "ORG"}, true, true},                      // by name, case ignored
		{GoldEntity{Name: "Łódź", Canonical: "Łódź", Type: "GPE"}, false, false},                    // diacritics count
		{GoldEntity{Name: "Kurecik", Canonical: "Kürecik Radar Station", Type: "LOC"}, true, false}, // variants share one entity
		{GoldEntity{Name: "Kürecik", Canonical: "Kürecik Radar Station", Type: "GPE"}, true, true},
		{GoldEntity{Name: "Putin", Canonical: "", Type: "PERSON"}, false, false},
	} {
		s := ScoreEntities([]GoldEntity{tc.gold}, pred)
		if (s.Found.Correct == 1) != tc.found || (s.TypeAcc.Correct == 1) != tc.type_ || s.Pred != len(pred) {
			t.Errorf("%+v: found %v type %v", tc.gold, s.Found, s.TypeAcc)
		}
	}
	s := ScoreEntities(nil, nil)
	if s.Found.Total != 0 || s.Pred != 0 {
		t.Errorf("empty: %+v", s)
	}
}
