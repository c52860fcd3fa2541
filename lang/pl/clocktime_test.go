package pl

import "testing"

// clockTime takes an hour and minutes joined by a period or a colon, and
// nothing longer, shorter or out of range.
func TestClockTime(t *testing.T) {
	for s, want := range map[string]bool{
		"8.00": true, "17:15": true, "24.00": true, "0:05": true,
		"25.00": false, "8.60": false, "8.0": false, "8.000": false, "123.45": false,
		"8,00": false, "a.00": false, "17.1a": false, "": false, "2024": false,
		".800": false, "17:155": false, "godz.": false,
	} {
		if got := clockTime(s); got != want {
			t.Errorf("clockTime(%q) = %v, want %v", s, got, want)
		}
	}
}
