package entities

import "testing"

func TestSameWord(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"kima", "kim", true},
		{"putinem", "putin", true},
		{"zełenskiego", "zełenski", true},
		{"zełenskiego", "zełenskim", true},
		{"путина", "путин", true},
		{"дэвис", "дэвид", false},
		{"davis", "david", false},
		{"tusk", "tuska", true},
	} {
		if got := sameWord(tt.a, tt.b, 3); got != tt.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
