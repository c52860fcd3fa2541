package pl

import "strings"

// What the NKJP tags say that the UD features may leave out, for the
// stages that read tags through lang.Language.

// xposTense tells the tense an NKJP verb tag shows: "Fut" for "będzie"
// (bedzie) and perfective non-past forms (fin:…:perf, "zrobi"), "Past" for
// past forms (praet), else "".
func xposTense(xpos string) string {
	switch {
	case strings.HasPrefix(xpos, "bedzie"), strings.HasPrefix(xpos, "fin") && strings.Contains(xpos, ":perf"):
		return "Fut"
	case strings.HasPrefix(xpos, "praet"):
		return "Past"
	}
	return ""
}

// xposInfinitive reports whether an NKJP tag is an infinitive (inf).
func xposInfinitive(xpos string) bool { return strings.HasPrefix(xpos, "inf") }
