package actors

import "testing"

// TestSoundKey checks that a foreign name and its Russian transcription
// share a sound key, and that different names do not.
func TestSoundKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Heiko Maas", "Хайко Мас", true},
		{"Heiko Maas", "Гайко Маас", true}, // h written as г
		{"Richard Grenell", "Ричард Гренель", true},
		{"Salmaan Taseer", "Салман Тазир", true},
		{"Sylvi Listhaug", "Сильви Листхауг", true},
		{"Theresa May", "Тереза Мэй", true},
		{"Heiko Maas", "Хайко Мюллер", false},
		{"Richard Grenell", "Ричард Гир", false},
		{"Boris Johnson", "Борис Джонсон", false}, // j as дж: left to the aliases
	} {
		if got := soundKey(tc.a) == soundKey(tc.b); got != tc.same {
			t.Errorf("%s %q, %s %q: same %v, want %v", tc.a, soundKey(tc.a), tc.b, soundKey(tc.b), got, tc.same)
		}
	}
}

// TestSoundAlike checks the links Resolve makes by sound: a full name in
// Cyrillic to the one person of the base it sounds like; not a name of one
// word, a name in Latin letters, or a name nobody of the base bears.
func TestSoundAlike(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ name, want string }{
		{"Хайко Мас", "Heiko Maas"},
		{"Ричард Гренель", "Richard Grenell"},
		{"Мас", ""},
		{"Haiko Mas", ""},
		{"Ханс Мюллер", ""},
	} {
		got := ""
		if a := kb.soundAlike(tc.name); a != nil {
			got = a.Canonical
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
