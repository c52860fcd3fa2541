package actors_test

import (
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

// TestOlderPolishParties: the Polish parties of 1990–2010 name their
// party, not the EU ("Unia Wolności" was linked to the EU by "Unia"
// alone), and in an undated article they keep a Polish politician in his
// Polish office: Jerzy Buzek beside them is Poland's prime minister, not
// the European Parliament's president.
func TestOlderPolishParties(t *testing.T) {
	for _, tc := range []struct {
		name, want string
	}{
		{"Unia Wolności", "POLPTY"},
		{"Akcja Wyborcza Solidarność", "POLPTY"},
		{"Liga Polskich Rodzin", "POLPTY"},
		{"Samoobrona RP", "POLPTY"},
		{"NSZZ Solidarność", "POLLAB"},
	} {
		d := &doc.Document{Lang: "pl", Entities: []doc.Entity{{Type: "ORG", Name: tc.name}, {Type: "PERSON", Name: "Jerzy Buzek"}}}
		actors.Resolve(d, nil)
		if got := d.Entities[0].Actor; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
		if got := d.Entities[1].Actor; got != "POLGOV" {
			t.Errorf("Jerzy Buzek beside %s: %q, want POLGOV", tc.name, got)
		}
	}
}
