package events_test

import "testing"

// TestPolishMeetingOpensSentence: a talk or meeting named in a
// prepositional phrase that opens the sentence ("Podczas rozmowy z X",
// "Po spotkaniu z X,") is the meeting of the subject of the first verb
// after it, wherever that subject stands; a talk that is the topic of
// another clause is not.
func TestPolishMeetingOpensSentence(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Podczas rozmowy z Władimirem Putinem kanclerz Niemiec Angela Merkel poruszyła temat gazociągu.", "CONSULT DEU>RUS asserted 040"},
		{"Po rozmowie z Władimirem Putinem kanclerz Niemiec Angela Merkel poruszyła temat gazociągu.", "CONSULT DEU>RUS asserted 040"},
		{"Po spotkaniu z prezydentem Rosji, kanclerz Niemiec poruszyła temat gazociągu.", "CONSULT DEU>RUS asserted 040"},
		{"Kanclerz Niemiec Angela Merkel poruszyła temat gazociągu podczas rozmowy z Władimirem Putinem.", "CONSULT DEU>RUS asserted 040"},
		{"Premier Polski mówił o rozmowach z prezydentem Rosji.", ""},
	})
}
