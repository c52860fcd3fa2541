package events_test

import "testing"

// TestPolishObligation: a modal word of obligation ("musieć", "powinien",
// "należy") makes the act after it owed, not done: hypothetical, and no
// stated intent of its subject ("planują pomóc" is one, AGREE), whoever
// reports it. An obligation in the past tense states none now: "musiała
// wycofać" tells a retreat made, "będzie musiała" one foreseen; one in the
// first person ("musimy pomóc") is the speakers' own commitment. An act
// a request verb asks for in the clause after it ("oczekuje, że Rosja
// wycofa") is hypothetical too, where an act announced is a pledge.
func TestPolishObligation(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Prezydent Polski Andrzej Duda powiedział, że Rosja musi wycofać wojska z Ukrainy.", "RETREAT RUS>UKR hypothetical 087"},
		{"Prezydent Francji Emmanuel Macron oświadczył, że Rosja powinna wycofać wojska z Ukrainy.", "RETREAT RUS>UKR hypothetical 087"},
		{"Rosja musi wycofać wojska z Ukrainy.", "RETREAT RUS>UKR hypothetical 087"},
		{"Rosja wycofała wojska z Ukrainy.", "RETREAT RUS>UKR asserted 087"},
		{"Powiedział, że Rosja musi wycofać wojska z Ukrainy.", "RETREAT RUS>UKR hypothetical 087"},
		{"Rosja nie musi wycofać wojsk z Ukrainy.", "RETREAT RUS>UKR hypothetical 087"},
		{"Rząd Niemiec powinien pomóc Ukrainie.", "AID DEU>UKR hypothetical 070"},
		{"Niemcy planują pomóc Ukrainie.", "AGREE DEU>UKR asserted 033"},
		// a past "musiała" tells an act done, a future "będzie musiała" a
		// necessity foreseen
		{"Rosja musiała wycofać wojska z Ukrainy.", "RETREAT RUS>UKR asserted 087"},
		{"Prezydent Francji Emmanuel Macron powiedział, że Rosja będzie musiała wycofać wojska z Ukrainy.", "RETREAT RUS>UKR future 087"},
		{"Należy nałożyć sankcje na Rosję.", ""},
		{"Prezydent Francji Emmanuel Macron powiedział: „Musimy pomóc Ukrainie”.", "AID FRA>UKR asserted 070"},
		{"Prezydent Francji Emmanuel Macron powiedział: „Francja musi pomóc Ukrainie”.", "AID FRA>UKR hypothetical 070"},
		{"Polska oczekuje, że Rosja wycofa wojska z Ukrainy.", "RETREAT RUS>UKR hypothetical 087"},
		{"Rosja zapowiedziała, że wycofa wojska z Ukrainy.", "AGREE RUS>UKR asserted 0356"},
	})
}
