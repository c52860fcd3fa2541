package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestEnglishClauses: the subject of an English verb is not a noun phrase
// inside a relative clause or apposition set off by commas before it; a
// reported act keeps its own subject.
func TestEnglishClauses(t *testing.T) {
	cases := []textCase{
		{"Russia, which invaded Ukraine, attacked Poland on Monday.", "ASSAULT RUS>UKR asserted; ASSAULT RUS>POL asserted"},
		{"Kim Jong Un, North Korea's leader, met Vladimir Putin in Moscow.", "CONSULT PRK>RUS asserted"},
		{"On Monday, Russia attacked Poland.", "ASSAULT RUS>POL asserted"},
		// a time before the subject without a comma, and an introductory
		// adverbial's comma before the interrupted subject
		{"On Monday Russia attacked Poland.", "ASSAULT RUS>POL asserted"},
		{"On Monday Russia, which signed the treaty, attacked Poland.", "ASSAULT RUS>POL asserted"},
		{"On Monday, Russia, which signed the treaty, attacked Poland.", "ASSAULT RUS>POL asserted"},
		{"On Tuesday, Kim Jong Un, North Korea's leader, met Vladimir Putin.", "CONSULT PRK>RUS asserted"},
		{"The US president, who criticized China, met the Japanese prime minister.", "ACCUSE USA>CHN asserted; CONSULT USA>JPN asserted"},
		{"Iran's foreign minister, Abbas Araghchi, accused Israel of war crimes.", "ACCUSE IRN>ISR asserted"},
		// a list is no apposition, and a parenthetical report keeps the
		// subject before it
		{"France, Germany and Italy condemned Russia.", "ACCUSE FRA>RUS asserted; ACCUSE DEU>RUS asserted; ACCUSE ITA>RUS asserted"},
		{"Russia, he said, attacked Poland.", "ASSAULT RUS>POL asserted"},
		// after an introductory comma the comma after the subject still
		// opens a clause, whose phrases are not the subject
		{"On Monday, Russia, which met China, attacked Poland.", "CONSULT RUS>CHN asserted; ASSAULT RUS>POL asserted"},
		{"When the talks ended, Russia, which met China, attacked Poland.", "CONSULT RUS>CHN asserted; ASSAULT RUS>POL asserted"},
		{"The leader of Russia, who met China, attacked Poland.", "CONSULT RUS>CHN asserted; ASSAULT RUS>POL asserted"},
		// an apposition stands for a subject that names no actor
		{"Tanaka, a senior member of the Japanese Liberal Democratic Party, visited Taiwan.", "CONSULT JPN>TWN asserted"},
		{"Officials said Russia attacked Poland on Monday.", "ASSAULT RUS>POL asserted"},
		{"The soldiers who attacked Ukraine were Russian.", ""},
		// an infinitive's subject is its governing verb's
		{"Pakistan, a close ally of Japan, has refused to attack Iraq.", "REJECT PAK>IRQ asserted; ASSAULT PAK>IRQ negated"},
		// a noun's prepositional argument follows it: no demand to Australia
		{"Rasmussen pointed to Australia as a victim of Beijing's demands.", ""},
		{"Australia rejected Beijing's demands to Canberra.", "REJECT AUS>CHN asserted; REQUEST CHN>AUS asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestEnglishNegationCues: the verbs of event-cues.tsv's negation lines
// negate the act they govern ("failed to reach an agreement" is no
// agreement, and a failed act of yielding is a refusal: selfreport_test.go);
// the act stands without them.
func TestEnglishNegationCues(t *testing.T) {
	cases := []textCase{
		{"Russia and Ukraine failed to reach an agreement.", "REJECT RUS>UKR asserted"},
		{"Russia and Ukraine reached an agreement.", "SUPPORT RUS>UKR asserted"},
		{"Russia failed to capture Kyiv.", "COERCE RUS>UKR negated"},
		{"Russia declined to attack Kyiv.", "REJECT RUS>UKR asserted; ASSAULT RUS>UKR negated"},
	}
	checkEnglish(t, cases, false)
}

// textCase is an English sentence and the events it must give, each as
// "TYPE SRC>TGT modality", with " CAMEO" after it in the tests that ask.
type textCase struct{ text, want string }

// checkEnglish codes each case's text as an English article dated
// 2024-07-10 and compares its events with the case's want.
func checkEnglish(t *testing.T, cases []textCase, withCAMEO bool) {
	t.Helper()
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		got := describe(d)
		if withCAMEO {
			for i := range got {
				got[i] += " " + d.Events[i].CAMEO
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestRequestedAct: the act a request asks its object to perform ("called
// on Israel to halt its offensive") is no event of its own; the request
// is. An infinitive after other verbs keeps its own rules.
func TestRequestedAct(t *testing.T) {
	cases := []textCase{
		{"Egypt called on Israel to halt its offensive.", "REQUEST EGY>ISR asserted"},
		{"The UN urged Russia and Ukraine to resume talks.", "REQUEST UNO>RUS asserted; REQUEST UNO>UKR asserted"},
		{"France asked Germany to attack Russian positions.", "REQUEST FRA>DEU asserted"},
		// not a request: the infinitive is the subject's own act
		{"Russia agreed to withdraw its troops from Georgia.", "AGREE RUS>GEO asserted"},
		{"Israel threatened to attack Lebanon.", "THREATEN ISR>LBN asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestWeaponsGiven: the common verbs of giving with the common weapon
// nouns are military aid (sold: cooperation); "strike" with an object is
// an act of force.
func TestWeaponsGiven(t *testing.T) {
	cases := []textCase{
		{"Germany sent tanks to Ukraine.", "AID DEU>UKR asserted 072"},
		{"The United States supplied Ukraine with missiles.", "AID USA>UKR asserted 072"},
		{"Britain delivered drones to Ukraine.", "AID GBR>UKR asserted 072"},
		{"Iran sold drones to Russia.", "COOPERATE IRN>RUS asserted 062"},
		{"France pledged howitzers to Ukraine.", "AGREE FRA>UKR asserted 0332"},
		{"Israeli jets struck Syrian army positions.", "ASSAULT ISR>SYR asserted 195"},
	}
	checkEnglish(t, cases, true)
}

// TestStopped: cooperation, aid, trade and talks stopped are SANCTION with
// the 16x code of what stops; the noun of the act alone after a verb of
// stopping is no act of the verb's subject.
func TestStopped(t *testing.T) {
	cases := []textCase{
		{"Russia halted gas deliveries to Poland.", "SANCTION RUS>POL asserted 162"},
		{"Russia ended its military cooperation with Iran.", "SANCTION RUS>IRN asserted 161"},
		{"China stopped imports from Australia.", "SANCTION CHN>AUS asserted 163"},
		{"Denmark suspended aid deliveries to Iraq.", "SANCTION DNK>IRQ asserted 162"},
		// the subject of a verb of stopping does not make the act named
		// after it
		{"Israel postponed the visit of the Polish president to Egypt.", "CONSULT POL>EGY asserted 042"},
	}
	checkEnglish(t, cases, true)
}

// TestConditionTarget: a threat without a target of its own threatens the
// subject of the condition it sets; other acts take no target from a
// condition.
func TestConditionTarget(t *testing.T) {
	cases := []textCase{
		{"Israel threatened to ban voting if Hamas ran in the election.", "THREATEN ISR>PSE asserted"},
		{"Russia threatened to walk out of the talks unless Ukraine withdraws.", "THREATEN RUS>UKR asserted"},
		// a threat with a target of its own keeps it
		{"Turkey threatened Greece if Cyprus joins the alliance.", "THREATEN TUR>GRC asserted"},
		// no threat: the subject of a condition is no target
		{"Russia closed the border if Finland agreed.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestDemandedClause: the act of a clause that a request opens with a
// conjunction ("demanded that Turkey withdraw") is asked for, not done;
// after a verb of saying it is reported as done.
func TestDemandedClause(t *testing.T) {
	cases := []textCase{
		{"Greece demanded that Turkey withdraw its troops from Cyprus.", "REQUEST GRC>TUR asserted"},
		{"Greece demanded that Germany refuse to recognize Macedonia.", "REQUEST GRC>DEU asserted"},
		{"Greece said that Turkey withdrew its troops from Cyprus.", "RETREAT TUR>CYP asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestProtestLexicon: roads and bridges blocked, hunger strikes and
// sit-ins begun or staged, and arms seized from a group.
func TestProtestLexicon(t *testing.T) {
	cases := []textCase{
		{"French workers blocked the bridge for three hours.", "PROTEST FRA>FRA asserted 144"},
		{"Turkish students began a hunger strike on Monday.", "PROTEST TUR>TUR asserted 142"},
		{"Georgian students staged a sit-in outside parliament.", "PROTEST GEO>GEO asserted 141"},
		{"Palestinian police confiscated weapons from Hamas fighters.", "COERCE PSE>PSE asserted 1711"},
	}
	checkEnglish(t, cases, true)
}

// TestClauseBoundary: a phrase in the predicate of a verb before "that"
// is not the subject of the clause "that" opens; the subject of that verb
// still stands for the clause's pronoun subject.
func TestClauseBoundary(t *testing.T) {
	cases := []textCase{
		{"A Russian smuggler told an American court that he tried to kill the Iranian journalist.", "ASSAULT RUS>IRN asserted"},
		{"Nigeria announced that it will withdraw its troops from Chad unless the president resigns.", "AGREE NGA>TCD asserted"},
		{"Greece said that Turkey withdrew its troops from Cyprus.", "RETREAT TUR>CYP asserted"},
		// "about to" opens no clause
		{"Arnor is about to restore diplomatic ties with Gondor.", ""},
		{"Poland is about to restore diplomatic ties with Belarus.", "SUPPORT POL>BLR asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestObjectControl: the object of the verb before an infinitive is the
// infinitive's subject ("hired Mehdiyev to kill"); after a copula there is
// no object ("is due to meet").
func TestObjectControl(t *testing.T) {
	cases := []textCase{
		{"Iran paid Hezbollah fighters to attack Israeli positions.", "ASSAULT LBN>ISR asserted"},
		{"The smugglers hired a Pakistani gunman to kill the Iranian journalist.", "ASSAULT PAK>IRN asserted"},
		{"Putin is due to meet Erdogan in Ankara.", "CONSULT RUS>TUR asserted"},
		// a thing that poses a threat makes none
		{"The Russian missile system poses a threat to NATO's defenses.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestAllegedAct: the act an accusation alleges ("accused of planning to
// kidnap") is no event of its own; a plan stated by its subject is.
func TestAllegedAct(t *testing.T) {
	cases := []textCase{
		{"Iranian operatives were accused of planning to kidnap an American journalist.", ""},
		{"Turkey accused Greek officials of planning to attack Turkish ships.", "ACCUSE TUR>GRC asserted"},
		{"Russia planned to attack Ukraine.", "ASSAULT RUS>UKR future"},
	}
	checkEnglish(t, cases, false)
}
