package events_test

import "testing"

// TestReflexiveVerb: a reflexive verb is another verb than the plain one
// of a lexicon entry ("zająć" seizes, "zająć się" deals with), and a
// reflexive entry keeps its own meaning; a possessive reflexive ("swój")
// makes no verb reflexive.
func TestReflexiveVerb(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosja zajęła Krym.", "COERCE RUS>UKR asserted 192"},
		{"Konwent Seniorów Sejmu zajął się sprawą Rosji.", ""},
		{"Policja Ukrainy zatrzymała rosyjskiego szpiega.", "COERCE UKR>RUS asserted 173"},
		{"Batalion Rosji zatrzymał się w Polsce.", ""},
		{"Rosja zwróciła się do Chin o pomoc.", "REQUEST RUS>CHN asserted 103"},
		{"Premier Polski spotkał się z prezydentem Francji.", "CONSULT POL>FRA asserted 040"},
		{"Gubernator Pendżabu został zabity przez swego ochroniarza.", "ASSAULT PAK>PAK asserted 180"},
	})
}
