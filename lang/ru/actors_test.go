package ru

import (
	"slices"
	"testing"
)

// TestNameBaseForms: the nominatives guessed for looking an inflected name
// up in the actor base include the one with every word in its first
// guess, however many words the name has, among the first eight.
func TestNameBaseForms(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Владимира Путина", "Владимир Путин"},
		{"Северной Кореи", "Северная Корея"},
		{"Русской православной церкви", "Русская православная церковь"},
		{"Верховного суда Пакистана", "Верховный суд Пакистана"},
		{"Международного валютного фонда", "Международный валютный фонд"},
	} {
		if got := nameBaseForms(tc.name, 8); !slices.Contains(got, tc.want) {
			t.Errorf("%s: %q, want %q among them", tc.name, got, tc.want)
		}
	}
	if got := nameBaseForms("Лондон", 8); slices.Contains(got, "Лондон") {
		t.Errorf("Лондон: %q has the name as written", got)
	}
	if got := nameBaseForms("Ryanair", 8); got != nil {
		t.Errorf("Ryanair: %q, want none", got)
	}
}
