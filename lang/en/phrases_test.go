package en_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/pipeline"
)

// phrases runs the pipeline on one sentence and writes its phrases as
// "[NP text]" and "[VG lemma]", with a preposition before "+".
func phrases(t *testing.T, p *pipeline.Pipeline, text string) string {
	t.Helper()
	d := &doc.Document{Text: text + "\n", Lang: "en", Date: "2024-05-10", Source: "test"}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ph := range d.Phrases {
		if ph.Kind == doc.VerbGroup {
			out = append(out, "[VG "+ph.Lemma+"]")
			continue
		}
		s := "[NP "
		if ph.Prep != "" {
			s += ph.Prep + "+"
		}
		out = append(out, s+d.Text[d.Tokens[ph.First].Start:d.Tokens[ph.End-1].End]+"]")
	}
	return strings.Join(out, " ")
}

// TestChunker: noun phrases and verb groups of English sentences.
func TestChunker(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		// a possessive inside the phrase, a preposition before the next
		{"Putin's visit to Pyongyang worried Japan.", "[NP Putin's visit] [NP to+Pyongyang] [VG worry] [NP Japan]"},
		// a relative pronoun belongs to no noun phrase: the noun before it
		// is the subject of the clause's verb
		{"The soldiers who attacked the village were arrested.", "[NP The soldiers] [VG attack] [NP the village] [VG arrest]"},
		{"Russia, which invaded Ukraine, attacked Poland.", "[NP Russia] [VG invade] [NP Ukraine] [VG attack] [NP Poland]"},
		// a name the tagger reads as a verb stays in its noun phrase
		{"Israel agreed to US mediation in the talks.", "[NP Israel] [VG agree] [NP to+US mediation] [NP in+the talks]"},
		// a possessive pronoun opens a new noun phrase
		{"Serbs said on Tuesday their forces left.", "[NP Serbs] [VG say] [NP on+Tuesday] [NP their forces] [VG leave]"},
		// a name after a word that names a time opens a new noun phrase,
		// the subject; an article before the time word, a name holding
		// it, a possessive, or a common noun after it keep one phrase
		{"On Monday Russia attacked Ukraine.", "[NP on+Monday] [NP Russia] [VG attack] [NP Ukraine]"},
		{"Last week Kim Jong Un visited Moscow.", "[NP Last week] [NP Kim Jong Un] [VG visit] [NP Moscow]"},
		{"In 2022 Russia invaded Ukraine.", "[NP in+2022] [NP Russia] [VG invade] [NP Ukraine]"},
		{"The Sunday Times reported the attack.", "[NP The Sunday Times] [VG report] [NP the attack]"},
		{"Monday's attack killed ten soldiers.", "[NP Monday's attack] [VG kill] [NP ten soldiers]"},
		{"The March elections worried Russia.", "[NP The March elections] [VG worry] [NP Russia]"},
		{"The 2022 World Cup ended.", "[NP The 2022 World Cup] [VG end]"},
		// a percent sign stays with its number
		{"Canada added a 25% levy on electricity.", "[NP Canada] [VG add] [NP a 25% levy] [NP on+electricity]"},
	} {
		if got := phrases(t, p, tc.text); got != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.text, got, tc.want)
		}
	}
}

// TestFiniteParticiple: a bare past participle after the subject of a
// sentence without a finite verb is the finite verb the tagger missed;
// with a finite verb later, it stays a participle.
func TestFiniteParticiple(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct {
		text string
		want string // the form of the first verb group
	}{
		{"Outgoing Canadian Prime Minister Justin Trudeau retaliated by announcing new tariffs.", "fin"},
		{"The man arrested on Monday was released.", "part"},
		{"The Israeli army lifted on Friday a blockade of Gaza, officials told AFP.", "fin"},
		{"An offensive launched by forces in Somalia, in part to chase rebels, has met with success.", "part"},
		// the subject continued by "of" phrases
		{"Thousands of Georgians protested in Tbilisi on Monday.", "fin"},
		{"The leaders of the opposition parties gathered in Tbilisi on Monday.", "fin"},
	} {
		d := &doc.Document{Text: tc.text + "\n", Lang: "en", Date: "2024-05-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, ph := range d.Phrases {
			if ph.Kind == doc.VerbGroup && ph.Lemma != "outgo" {
				got = ph.Form
				break
			}
		}
		if got != tc.want {
			t.Errorf("%q: form %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDemonymPlurals: the plural nouns of nationality adjectives.
func TestDemonymPlurals(t *testing.T) {
	l := lang.Get("en")
	got := l.DemonymPlurals([]string{"Liberian", "Somali", "Israeli", "Afghan", "Chinese", "British", "afgański", "Włosi", "Thai", "North Korean", "Sri Lankan", "South korean", "Papua  New Guinean"})
	want := "Liberians Somalis Israelis Afghans Thais North Koreans Sri Lankans"
	if strings.Join(got, " ") != want {
		t.Errorf("DemonymPlurals = %q, want %q", got, want)
	}
}

// TestParticipleWithObject: a bare past participle between its subject
// and a noun phrase without a preposition is a finite verb, also after a
// reporting verb; one followed by "by", by a time or by nothing stays a
// participle.
func TestParticipleWithObject(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct {
		text, lemma string
		want        string // the form of the verb group of lemma
	}{
		{"Military sources said rebels attacked ten villages in Nigeria.", "attack", "fin"},
		{"The army said soldiers killed three militants near the border.", "kill", "fin"},
		{"Officials said villages attacked by rebels were burned.", "attack", "part"},
		{"Officials said troops deployed Monday were withdrawn.", "deploy", "part"},
	} {
		d := &doc.Document{Text: tc.text + "\n", Lang: "en", Date: "2024-05-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, ph := range d.Phrases {
			if ph.Kind == doc.VerbGroup && ph.Lemma == tc.lemma {
				got = ph.Form
				break
			}
		}
		if got != tc.want {
			t.Errorf("%q: form of %s %q, want %q", tc.text, tc.lemma, got, tc.want)
		}
	}
}

// TestChunkAgain: the phrases come out at their number, chunking a
// document again gives the same phrases, and chunking another document
// (which reuses the buffer) leaves the first one's phrases alone.
func TestChunkAgain(t *testing.T) {
	p := pipeline.New()
	process := func(text string) *doc.Document {
		d := &doc.Document{Text: text, Lang: "en", Date: "2024-05-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	a := process("Putin's visit to Pyongyang worried Japan.\n\nThe ministers of Germany and France met in Paris on Monday and signed an agreement.\n")
	if len(a.Phrases) < 8 || cap(a.Phrases) != len(a.Phrases) {
		t.Fatalf("%d phrases, capacity %d", len(a.Phrases), cap(a.Phrases))
	}
	first := slices.Clone(a.Phrases)
	l := p.Language("en")
	l.Phrases.Chunk(a)
	if !slices.Equal(a.Phrases, first) {
		t.Errorf("chunked again:\n%v\nwant\n%v", a.Phrases, first)
	}
	b := process("Protesters gathered outside the embassy.\n")
	if len(b.Phrases) == 0 || !slices.Equal(a.Phrases, first) {
		t.Errorf("another document changed the first one's phrases: %v", a.Phrases)
	}
}

// TestFirstPersonPhrases: a noun phrase of the pronoun "I", "we", "me" or
// "us" is of the first person; any other, a possessive "our" among them,
// of the third.
func TestFirstPersonPhrases(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"I will impose tariffs on Canada.", "I:1 tariffs:3 Canada:3"},
		{"We told them to leave.", "We:1 them:3"},
		{"They told us to leave.", "They:3 us:1"},
		{"Our forces will stay.", "Our forces:3"},
	} {
		d := &doc.Document{Text: tc.text + "\n", Lang: "en", Date: "2024-05-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ph := range d.Phrases {
			if ph.Kind != doc.NounPhrase {
				continue
			}
			person := "3"
			if ph.Agree&doc.Person1 != 0 {
				person = "1"
			}
			got = append(got, d.Text[d.Tokens[ph.First].Start:d.Tokens[ph.End-1].End]+":"+person)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, g, tc.want)
		}
	}
}

// TestStativeParticiple: a participle of state after "be" and before "in"
// is no passive: its subject acts ("were engaged in fighting"); with "by"
// or another preposition, or another verb, it stays a passive.
func TestStativeParticiple(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct {
		text    string
		passive bool // the first verb group's
	}{
		{"Serb forces were engaged in ethnic cleansing against Albanians.", false},
		{"The two sides are locked in talks over the border.", false},
		{"Government troops were involved in heavy clashes with rebels.", false},
		{"The rebels were engaged by government troops near the border.", true},
		{"The soldiers were attacked in the village.", true},
		{"The ministers were involved by the prime minister.", true},
	} {
		d := &doc.Document{Text: tc.text + "\n", Lang: "en", Date: "2024-05-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, ph := range d.Phrases {
			if ph.Kind == doc.VerbGroup {
				if ph.Passive != tc.passive {
					t.Errorf("%q: passive %v, want %v", tc.text, ph.Passive, tc.passive)
				}
				break
			}
		}
	}
}
