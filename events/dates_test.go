package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestEventDates: an event is dated by the time expression that governs
// its clause, else by the article's date at the precision its verb
// allows. The article is dated Wednesday 2024-07-10.
func TestEventDates(t *testing.T) {
	cases := []struct {
		name, lang, text string
		event            string // "TYPE SRC>TGT" of the event checked, or its "TYPE" alone
		want             string // its date
	}{
		// the clause's own time expression, resolved by tense
		{"weekday, past", "pl", "Rosja zaatakowała Ukrainę w czwartek.", "ASSAULT RUS>UKR", "2024-07-04"},
		{"weekday, past, en", "en", "Russia attacked Ukraine on Monday.", "ASSAULT RUS>UKR", "2024-07-08"},
		{"month kept", "pl", "W czerwcu Putin odwiedził Kim Dzong Una.", "CONSULT RUS>PRK", "2024-06"},
		{"day and month", "pl", "19 czerwca Putin odwiedził Kim Dzong Una w Pjongjangu.", "CONSULT RUS>PRK", "2024-06-19"},
		{"last month", "en", "Last month, Russia attacked Ukraine.", "ASSAULT RUS>UKR", "2024-06"},
		{"week gives its month", "pl", "W ubiegłym tygodniu Polska skrytykowała Węgry.", "ACCUSE POL>HUN", "2024-07"},
		{"range gives what its ends share", "pl", "Putin odwiedził Kim Dzong Una w dniach 18-19 czerwca.", "CONSULT RUS>PRK", "2024-06"},
		// a time after the trigger with another predicate between belongs
		// to that predicate
		{"participle between", "pl", "Polska skrytykowała Węgry, zaatakowane przez Rosję w 2014 roku.", "ACCUSE POL>HUN", "2024-07-10"},
		{"gerund between", "en", "The United States accused Russia of invading Ukraine in 2022.", "ACCUSE USA>RUS", "2024-07-10"},
		{"relative clause between", "pl", "Rosja zaatakowała Ukrainę, która w 2014 roku straciła Krym.", "ASSAULT RUS>UKR", "2024-07-10"},
		// a time before a noun's genitive dates that noun's clause, not
		// the act the genitive names; a verb's genitive object is its act
		{"genitive of a noun", "en", "On Monday, Poland marked the anniversary of the Russian invasion of Ukraine.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"genitive of a noun, pl", "pl", "W poniedziałek w Warszawie upamiętniono ofiary rosyjskiego ataku na Ukrainę.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"genitive object of a verb, pl", "pl", "W poniedziałek Rosja dokonała ataku na Ukrainę.", "ASSAULT RUS>UKR", "2024-07-08"},
		// a time before a relative clause dates the clause it hangs on,
		// not the relative clause's act; after the relative clause, the
		// main clause goes on
		{"relative clause after the time", "en", "On Monday Poland praised Lithuania, which criticized Russia.", "ACCUSE", "2024-07-10"},
		{"relative clause after the time, pl", "pl", "W poniedziałek Polska pochwaliła Litwę, która skrytykowała Rosję.", "ACCUSE", "2024-07-10"},
		{"main clause after a relative clause, pl", "pl", "W poniedziałek Rosja, która podpisała traktat, zaatakowała Ukrainę.", "ASSAULT", "2024-07-08"},
		// a time inside a relative clause set off by commas before the
		// trigger dates that clause's act, not the main clause's; one
		// before the clause dates the main clause
		{"relative clause before the trigger", "en", "Russia, which invaded Georgia in 2008, attacked Ukraine on Monday.", "ASSAULT RUS>UKR", "2024-07-08"},
		{"relative clause before the trigger, no own time", "en", "Russia, which signed the treaty in 2001, attacked Ukraine.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"relative clause's own act", "en", "Russia, which invaded Georgia in 2008, attacked Ukraine on Monday.", "ASSAULT RUS>GEO", "2008"},
		{"time before the relative clause", "en", "On Monday Russia, which signed the treaty in 2001, attacked Ukraine.", "ASSAULT RUS>UKR", "2024-07-08"},
		{"relative clause before the trigger, pl", "pl", "Rosja, która w 2008 roku zaatakowała Gruzję, w poniedziałek zaatakowała Ukrainę.", "ASSAULT RUS>UKR", "2024-07-08"},
		{"present relative clause", "en", "On Monday Poland praised Lithuania, which criticizes Russia.", "ACCUSE", "2024-07-08"},
		{"reported clause is no relative one", "en", "Poland said on Monday that Russia attacked Ukraine.", "ASSAULT RUS>UKR", "2024-07-08"},
		// …but not a reporting verb: the act is dated by the report's time
		// a reported act's own time wins over the report's
		{"reported act's own time", "en", "Poland said on Monday that Russia attacked Ukraine on Sunday.", "ASSAULT RUS>UKR", "2024-07-07"},
		{"reported act's own time, after the report", "en", "Officials said on Monday that Russian forces attacked Ukrainian positions near Kharkiv on Saturday.", "ASSAULT", "2024-07-06"},
		{"reported act's own time, pl", "pl", "W poniedziałek polskie MSZ poinformowało, że rosyjskie wojska zaatakowały Ukrainę w sobotę.", "ASSAULT RUS>UKR", "2024-07-06"},
		{"reporting verb between", "en", "Russia attacked Ukraine, officials said on Monday.", "ASSAULT RUS>UKR", "2024-07-08"},
		{"participle, then reporting verb", "pl", "Rosja zaatakowała Ukrainę, zmęczoną wojną – poinformowała w poniedziałek agencja Reuters.", "ASSAULT RUS>UKR", "2024-07-08"},
		// a time before a noun modifies that noun, not another act
		{"attributive weekday", "en", "After Monday's talks, Russia attacked Ukraine.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"attributive weekday, pl", "pl", "Poniedziałkowe rozmowy nic nie dały, a Rosja zaatakowała Ukrainę.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"attributive, act before the noun, pl", "pl", "Rosja zaatakowała Ukrainę po poniedziałkowych rozmowach.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"attributive, act before the noun", "en", "Poland condemned Russia for Monday's attack.", "ACCUSE POL>RUS", "2024-07-10"},
		// …but a clause right after the noun tells of it
		{"attributive, reduced relative", "en", "The June agreement Russia signed with North Korea angered Japan.", "SUPPORT RUS>PRK", "2024-06"},
		// no time expression: the article's day for a simple past, its
		// month for a perfect or a progressive, which name no day
		{"simple past", "en", "Russia attacked Ukraine.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"present perfect", "en", "Russia has attacked Ukraine.", "ASSAULT RUS>UKR", "2024-07"},
		{"progressive", "en", "Russia is attacking Ukraine.", "ASSAULT RUS>UKR", "2024-07"},
		{"past perfect stays", "en", "Russia had attacked Ukraine.", "ASSAULT RUS>UKR", "2024-07-10"},
		// a word that points back takes the time named before
		{"then", "pl", "Miesiąc temu Putin odwiedził Kim Dzong Una. Wtedy też Rosja podpisała porozumienie z Koreą Północną.", "SUPPORT RUS>PRK", "2024-06"},
		// a past act without a time of its own continues the passage
		// its paragraph is telling, not across a paragraph, not in the
		// future, and not from a time of an embedded clause
		{"passage", "pl", "W czerwcu 2009 roku Polska podpisała umowę z Ukrainą. Następnie Rosja zaatakowała Gruzję.", "ASSAULT RUS>GEO", "2009-06"},
		{"passage, en", "en", "On Monday, Russia attacked Ukraine. Poland condemned Russia.", "ACCUSE POL>RUS", "2024-07-08"},
		{"no passage from a deadline", "en", "The withdrawal was supposed to be concluded by July 1. Poland condemned Russia.", "ACCUSE POL>RUS", "2024-07-10"},
		{"no passage from the present", "en", "Monday's vote makes a deal unlikely. Poland condemned Russia.", "ACCUSE POL>RUS", "2024-07-10"},
		{"no passage from the future", "en", "Russia will meet Poland on Monday. Poland condemned Russia.", "ACCUSE POL>RUS", "2024-07-10"},
		{"passage past a sentence about now", "en", "On Monday, Russia attacked Ukraine. This year the talks are at a standstill. Poland condemned Russia.", "ACCUSE POL>RUS", "2024-07-08"},
		{"new paragraph", "pl", "W czerwcu 2009 roku Polska podpisała umowę z Ukrainą.\n\nRosja zaatakowała Gruzję.", "ASSAULT RUS>GEO", "2024-07-10"},
		{"future act", "pl", "W czerwcu 2009 roku Polska podpisała umowę z Ukrainą. Rosja zaatakuje Gruzję.", "ASSAULT RUS>GEO", "2024-07-10"},
		{"embedded time", "pl", "Polska skrytykowała Węgry, zaatakowane przez Rosję w 2014 roku. Rosja zaatakowała Gruzję.", "ASSAULT RUS>GEO", "2024-07-10"},
		{"passage after then", "pl", "Miesiąc temu Putin odwiedził Kim Dzong Una.\n\nWtedy też Rosja podpisała porozumienie z Koreą Północną. Potem Rosja zaatakowała Gruzję.", "ASSAULT RUS>GEO", "2024-06"},
		// a passage well before the article goes on only after a word
		// that carries it on
		{"old passage, no sequel", "pl", "W czerwcu 2009 roku Polska podpisała umowę z Ukrainą. Rosja zaatakowała Gruzję.", "ASSAULT RUS>GEO", "2024-07-10"},
		{"old passage, sequel, en", "en", "In 2009, Poland signed an agreement with Ukraine. Later, Russia attacked Georgia.", "ASSAULT RUS>GEO", "2009"},
		// "dziś" inside a quotation said then is the day it was said
		{"quoted today, said then", "pl", "Miesiąc temu Putin odwiedził Kim Dzong Una. – Dziś Rosja podpisała porozumienie z Koreą Północną – mówił wówczas Putin.", "SUPPORT RUS>PRK", "2024-06"},
		{"quoted today, no then", "pl", "– Dziś Rosja podpisała porozumienie z Koreą Północną – mówił Putin.", "SUPPORT RUS>PRK", "2024-07-10"},
		// two times joined into a range or a pair: what both share, as a
		// range written as one expression gives
		{"range", "pl", "Rosja atakowała Ukrainę od poniedziałku do środy.", "ASSAULT RUS>UKR", "2024-07"},
		{"pair", "pl", "Putin odwiedził Kim Dzong Una 8 i 9 lipca.", "CONSULT RUS>PRK", "2024-07"},
		{"pair, en", "en", "Russia attacked Ukraine on July 8 and 9.", "ASSAULT RUS>UKR", "2024-07"},
		{"range over a month's end", "pl", "Rosja atakowała Ukrainę od 28 czerwca do 3 lipca.", "ASSAULT RUS>UKR", "2024"},
		// two times that are no pair: the nearest in the clause governs
		{"no pair", "pl", "Rosja zaatakowała Ukrainę w poniedziałek, a Polska potępiła Rosję we wtorek.", "ACCUSE POL>RUS", "2024-07-09"},
		// (only the type is checked where the roles are not this test's
		// matter) a time before the trigger in the clause before a
		// coordinated one dates that clause; a name after a time is no
		// noun the time modifies
		{"next conjunct's own time", "en", "Russia attacked Ukraine on Monday and Poland condemned Russia on Tuesday.", "ACCUSE", "2024-07-09"},
		{"previous conjunct's time", "en", "Russia attacked Ukraine on Monday and Poland condemned Russia.", "ACCUSE", "2024-07-10"},
		{"time of both conjuncts", "en", "On Monday Russia attacked Ukraine and Poland condemned Russia.", "ACCUSE", "2024-07-08"},
		{"conjunction of phrases", "en", "Poland said on Monday that Lithuania and Latvia imposed sanctions on Russia.", "SANCTION", "2024-07-08"},
		{"time before a name", "en", "Russia attacked Ukraine on Monday, and on Tuesday Poland condemned Russia.", "ACCUSE", "2024-07-09"},
		// a weekday or a month without a year is the nearest one before
		// the article for a past act, after it for a future one
		{"weekday, future", "pl", "Polska skrytykuje Węgry w czwartek.", "ACCUSE POL>HUN", "2024-07-11"},
		{"weekday, future, en", "en", "Poland will criticize Hungary on Thursday.", "ACCUSE POL>HUN", "2024-07-11"},
		{"yesterday's weekday", "pl", "We wtorek Polska skrytykowała Węgry.", "ACCUSE POL>HUN", "2024-07-09"},
		{"month of the year before, past", "pl", "W grudniu Rosja zaatakowała Ukrainę.", "ASSAULT RUS>UKR", "2023-12"},
		{"month of the year before, past, en", "en", "In December, Russia attacked Ukraine.", "ASSAULT RUS>UKR", "2023-12"},
		{"month ahead, future", "pl", "W grudniu Polska skrytykuje Węgry.", "ACCUSE POL>HUN", "2024-12"},
		{"day and month, past", "en", "Russia attacked Ukraine on November 3.", "ASSAULT RUS>UKR", "2023-11-03"},
		// an earlier act keeps its own time
		{"years ago", "en", "Two years ago, Russia attacked Ukraine.", "ASSAULT RUS>UKR", "2022"},
		{"in a year", "pl", "W 1961 roku Rosja zaatakowała Chiny.", "ASSAULT RUS>CHN", "1961"},
		{"years ago, pl", "pl", "Dwa lata temu Rosja zaatakowała Ukrainę.", "ASSAULT RUS>UKR", "2022"},
		// a word that points back takes the nearest time named before it,
		// in its sentence or the one before, whether or not an act was
		// dated by it
		{"then, same sentence", "pl", "Gazociąg ma być gotowy pod koniec 2025 roku i wtedy Rosja zaatakuje Ukrainę.", "ASSAULT RUS>UKR", "2025"},
		{"then, sentence before", "pl", "Gazociąg ma być gotowy w 2025 roku. Wówczas Rosja zaatakuje Ukrainę.", "ASSAULT RUS>UKR", "2025"},
		{"then, en", "en", "The pipeline will be finished in 2026. Russia will then attack Ukraine.", "ASSAULT RUS>UKR", "2026"},
		// a noun's act takes the tense of the verb nearest before it
		{"noun after a past verb", "pl", "W poniedziałek Polska podpisała umowę z Ukrainą. To wywołało atak Rosji na Ukrainę.", "ASSAULT RUS>UKR", "2024-07-08"},
		{"noun after a past verb, en", "en", "On Monday, Poland signed an agreement with Ukraine. It is clear that this provoked an attack by Russia on Ukraine.", "ASSAULT RUS>UKR", "2024-07-08"},
		// a time after "before"/"after" ("przed"/"po"), or after the noun
		// they govern, is a point of reference, not the act's time
		{"after a date", "pl", "Po 3 czerwca Rosja zaatakowała Ukrainę.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"before a noun's time", "en", "Russia attacked Ukraine before the election in June.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"after a noun's time, pl", "pl", "Rosja zaatakowała Ukrainę po wyborach w czerwcu.", "ASSAULT RUS>UKR", "2024-07-10"},
		{"the act's own time after a reference", "en", "After the election, Russia attacked Ukraine in June.", "ASSAULT RUS>UKR", "2024-06"},
		{"a time of day is no noun", "en", "Russia attacked Ukraine shortly after midnight on Monday.", "ASSAULT RUS>UKR", "2024-07-08"},
		// "the past week" ends on the article's day: its month here
		{"past week", "en", "Russia attacked Ukraine twice in the past week.", "ASSAULT RUS>UKR", "2024-07"},
		{"past week, pl", "pl", "W ostatnim tygodniu Rosja zaatakowała Ukrainę.", "ASSAULT RUS>UKR", "2024-07"},
		{"past month over two months", "en", "Russia attacked Ukraine in the past month.", "ASSAULT RUS>UKR", "2024"},
		// predicates joined by a conjunction share the time after them
		{"joined predicates", "en", "Russia attacked and invaded Ukraine in May.", "ASSAULT RUS>UKR", "2024-05"},
		{"joined predicates, pl", "pl", "Rosja zaatakowała i najechała Ukrainę w maju.", "ASSAULT RUS>UKR", "2024-05"},
		{"joined passive", "en", "The minister was arrested and charged by Russian police in May.", "COERCE", "2024-05"},
		// an ongoing act noun is a process under way: the month of the
		// clause's day
		{"ongoing noun", "en", "On Monday, Poland praised the ongoing withdrawal of Russian troops from Ukraine.", "RETREAT RUS>UKR", "2024-07"},
		{"noun not ongoing", "en", "On Monday, Poland praised the withdrawal of Russian troops from Ukraine.", "RETREAT RUS>UKR", "2024-07-08"},
		{"ongoing noun, pl", "pl", "W poniedziałek Polska skrytykowała trwające rozmowy Rosji z Chinami.", "CONSULT RUS>CHN", "2024-07"},
		{"noun not ongoing, pl", "pl", "W poniedziałek Polska skrytykowała rozmowy Rosji z Chinami.", "CONSULT RUS>CHN", "2024-07-08"},
		{"ongoing noun, its own time", "en", "Poland praised the ongoing withdrawal of Russian troops from Ukraine in May.", "RETREAT RUS>UKR", "2024-05"},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, tc.lang, " date 2024-07-10\n"+tc.text+"\n")
		var got []string
		found := false
		for _, e := range d.Events {
			k := e.Type + " " + country(e.Source) + ">" + country(e.Target)
			got = append(got, k+" "+e.Date)
			found = found || (k == tc.event || e.Type == tc.event) && e.Date == tc.want
		}
		if !found {
			t.Errorf("%s: %q: events %q, want %s %s", tc.name, tc.text, strings.Join(got, "; "), tc.event, tc.want)
		}
	}
}

// TestMergeWithinDate: a report of an act at the article's month (a
// perfect) and one on a day of that month tell of one act.
func TestMergeWithinDate(t *testing.T) {
	d := code(t, pipeline.New(), "en", " date 2024-07-10\nRussia has attacked Ukraine.\n\nOn Monday, Russia attacked Ukraine.\n")
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Type+" "+country(e.Source)+">"+country(e.Target)+" "+e.Date)
	}
	if len(d.Events) != 1 || len(d.Events[0].Mentions) != 2 {
		t.Errorf("events %q, want one ASSAULT RUS>UKR with two mentions", got)
	}
}

// TestMergeArticleDated: a report that only the article's date dates (a
// headline) and one whose words date it in the same month tell of one
// act, which takes the date the words give.
func TestMergeArticleDated(t *testing.T) {
	d := code(t, pipeline.New(), "pl", " date 2024-07-10\nRosja zaatakowała Ukrainę\n\nW poniedziałek Rosja zaatakowała Ukrainę.\n")
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Type+" "+country(e.Source)+">"+country(e.Target)+" "+e.Date)
	}
	if len(d.Events) != 1 || len(d.Events[0].Mentions) != 2 || d.Events[0].Date != "2024-07-08" {
		t.Errorf("events %q, want one ASSAULT RUS>UKR 2024-07-08 with two mentions", got)
	}
}
