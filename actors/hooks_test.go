package actors

import (
	"testing"

	"github.com/kronika/kronika/lang"
)

// The hooks this package sets in package lang answer from the embedded
// base.
func TestLangHooks(t *testing.T) {
	if lang.ActorName == nil || lang.KnownLastName == nil || lang.KnownNationality == nil {
		t.Fatal("package actors left a hook of package lang unset")
	}
	for _, c := range []struct {
		name        string
		kind        lang.ActorKind
		lastName    bool
		nationality bool
	}{
		{"Russia", lang.ActorCountry, false, false},
		{"Polska", lang.ActorCountry, false, false},
		{"Russian", lang.ActorNationality, false, true},
		{"rosyjski", lang.ActorNationality, false, true},
		{"Kremlin", lang.ActorPlace, false, false},
		{"NATO", lang.ActorOrg, false, false},
		{"Vladimir Putin", lang.ActorPerson, false, false},
		{"Putin", lang.ActorPerson, true, false},
		{"Qwxzvbn", lang.ActorUnknown, false, false},
		{"", lang.ActorUnknown, false, false},
	} {
		if got := lang.ActorName(c.name); got != c.kind {
			t.Errorf("lang.ActorName(%q) = %d, want %d", c.name, got, c.kind)
		}
		if got := lang.KnownLastName(c.name); got != c.lastName {
			t.Errorf("lang.KnownLastName(%q) = %v, want %v", c.name, got, c.lastName)
		}
		if got := lang.KnownNationality(c.name); got != c.nationality {
			t.Errorf("lang.KnownNationality(%q) = %v, want %v", c.name, got, c.nationality)
		}
	}
}
