package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

// code runs the whole pipeline on text (a plain-text article with a date
// line) and returns its events.
func code(t *testing.T, p *pipeline.Pipeline, lang, text string) *doc.Document {
	t.Helper()
	docs, err := ingest.Read("test.txt", []byte(text))
	if err != nil || len(docs) != 1 {
		t.Fatalf("read: %v", err)
	}
	docs[0].Lang = lang
	if err := p.Process(docs[0]); err != nil {
		t.Fatal(err)
	}
	return docs[0]
}

func country(p *doc.Participant) string {
	if p == nil {
		return "-"
	}
	if p.Country == "" {
		return "?"
	}
	return p.Country
}

// describe writes each event as "TYPE SRC>TGT modality".
func describe(d *doc.Document) []string {
	var out []string
	for _, e := range d.Events {
		out = append(out, e.Type+" "+country(e.Source)+">"+country(e.Target)+" "+e.Modality)
	}
	return out
}

// describeActors writes each event as "TYPE SRC>TGT" with the actor
// codes of its participants ("-" for none).
func describeActors(d *doc.Document) []string {
	actor := func(p *doc.Participant) string {
		if p == nil {
			return "-"
		}
		return p.Actor
	}
	var out []string
	for _, e := range d.Events {
		out = append(out, e.Type+" "+actor(e.Source)+">"+actor(e.Target))
	}
	return out
}

// TestRoles checks that roles come from morphology and syntax, not from
// word order, and the modality of each event.
func TestRoles(t *testing.T) {
	cases := []struct {
		lang, text string
		want       string // one event, "TYPE SRC>TGT modality"; "" for none
	}{
		// Polish: the nominative that agrees with the verb is the source,
		// wherever it stands.
		{"pl", "Putin odwiedził Kim Dzong Una w Pjongjangu.", "CONSULT RUS>PRK asserted"},
		{"pl", "Miesiąc temu Kim Dzong Una odwiedził Putin.", "CONSULT RUS>PRK historical"},
		{"pl", "Władimir Putin spotkał się z Xi Jinpingiem w Pekinie.", "CONSULT RUS>CHN asserted"},
		{"pl", "Rosja nie podpisała porozumienia z Ukrainą.", "SUPPORT RUS>UKR negated"},
		{"pl", "Stany Zjednoczone nałożyły sankcje na Iran.", "SANCTION USA>IRN asserted"},
		{"pl", "Rosja zaatakowała Ukrainę.", "ASSAULT RUS>UKR asserted"},
		{"pl", "Ukrainę zaatakowała Rosja.", "ASSAULT RUS>UKR asserted"},
		{"pl", "Polska skrytykowała Węgry.", "ACCUSE POL>HUN asserted"},
		// a nominalisation with its genitive source
		{"pl", "Wizyta Putina w Pjongjangu trwała dwa dni.", "CONSULT RUS>PRK asserted"},
		// no second participant, no event
		{"pl", "Rosja zaatakowała.", ""},
		// "Hiszpanii" is Spain, not the 1918 flu
		{"pl", "Rząd Hiszpanii zażądał od Ryanaira przestrzegania prawa pracy.", "REQUEST ESP>IRL asserted"},
		// a title before a woman's name: the name agrees with the verb and
		// shows the case the title does not ("z kanclerz Angelą Merkel");
		// a name that begins with an adjective is no part of the title's
		// phrase ("Premier | Wielkiej Brytanii")
		{"pl", "Premier Wielkiej Brytanii Theresa May spotkała się z Angelą Merkel.", "CONSULT GBR>DEU asserted"},
		{"pl", "Premier Theresa May spotkała się z kanclerz Angelą Merkel.", "CONSULT GBR>DEU asserted"},
		{"pl", "Minister Anna Fotyga rozmawiała z sekretarz stanu Condoleezzą Rice.", "CONSULT POL>USA asserted"},
		// English: subject, object, "by" in the passive, possessives
		{"en", "Russia attacked Ukraine on Monday.", "ASSAULT RUS>UKR asserted"},
		{"en", "Ukraine was attacked by Russia on Monday.", "ASSAULT RUS>UKR asserted"},
		{"en", "The United States imposed sanctions on Iran.", "SANCTION USA>IRN asserted"},
		{"en", "Russia did not attack Poland.", "ASSAULT RUS>POL negated"},
		{"en", "Russia will not attack Poland.", "ASSAULT RUS>POL negated"},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, tc.lang, " date 2024-07-10\n"+tc.text+"\n")
		got := strings.Join(describe(d), "; ")
		if got != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCoordination: a coordinated target makes one event per participant.
func TestCoordination(t *testing.T) {
	d := code(t, pipeline.New(), "pl", " date 2024-07-10\nPutin spotkał się z Xi Jinpingiem i Aleksandrem Łukaszenką.\n")
	got := describe(d)
	if len(got) != 2 || got[0] != "CONSULT RUS>CHN asserted" || got[1] != "CONSULT RUS>BLR asserted" {
		t.Errorf("events %q, want a meeting with China and one with Belarus", got)
	}
}

// TestMentionsMerge: the same act reported twice in an article is one
// event with two mentions.
func TestMentionsMerge(t *testing.T) {
	d := code(t, pipeline.New(), "pl", " date 2024-07-10\nRosja zaatakowała Ukrainę. Według ukraińskiego wojska Rosja zaatakowała Ukrainę w nocy.\n")
	if len(d.Events) != 1 {
		t.Fatalf("events %q, want one", describe(d))
	}
	if n := len(d.Events[0].Mentions); n != 2 {
		t.Errorf("%d mentions, want 2", n)
	}
}

// TestExplain: every event carries the entry and the slots that made it.
func TestExplain(t *testing.T) {
	d := code(t, pipeline.New(), "pl", " date 2024-07-10\nRosja zaatakowała Ukrainę.\n")
	if len(d.Events) != 1 {
		t.Fatalf("events %q", describe(d))
	}
	ex := strings.Join(d.Events[0].Explain, "\n")
	for _, want := range []string{"lexicon line", "zaatakować", "source nom", "target acc"} {
		if !strings.Contains(ex, want) {
			t.Errorf("explain lacks %q:\n%s", want, ex)
		}
	}
}

// TestSeed: the bundled example gives its five required events and none
// from its "Czytaj też:" block.
func TestSeed(t *testing.T) {
	docs, errs := pipeline.New().Extract("../examples/000_5f52d39f760c215a.txt", nil)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("extract: %v", errs)
	}
	d := docs[0]
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Type+" "+country(e.Source)+">"+country(e.Target)+" "+e.Date)
		if d.InBoilerplate(e.Sentence) {
			t.Errorf("event %s from boilerplate", e.ID)
		}
	}
	all := strings.Join(got, "; ")
	// Putin's visit, the delegation's visit, Kim's support, the treaty
	for _, want := range []string{"CONSULT RUS>PRK 2024-06", "CONSULT RUS>PRK 2024-07", "SUPPORT PRK>RUS 2024-07", "SUPPORT RUS>PRK"} {
		if !strings.Contains(all, want) {
			t.Errorf("seed events %q lack %q", all, want)
		}
	}
}

// TestAttribution: the act reported in "X said Y attacked Z" is Y's, and X
// reports it; "według X" names who reports it.
func TestAttribution(t *testing.T) {
	cases := []struct{ lang, text, event, by string }{
		{"en", "Ukrainian officials said Russia attacked Kharkiv on Friday.", "ASSAULT RUS>UKR asserted", "UKR"},
		{"pl", "Według ukraińskiego wojska Rosja zaatakowała Charków.", "ASSAULT RUS>UKR asserted", "UKR"},
	}
	for _, tc := range cases {
		d := code(t, pipeline.New(), tc.lang, " date 2024-03-01\n"+tc.text+"\n")
		got := describe(d)
		if len(got) != 1 || got[0] != tc.event {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.event)
			continue
		}
		if a := d.Events[0].Attribution; a == nil || a.Country != tc.by {
			t.Errorf("%q: attribution %+v, want a participant of %s", tc.text, a, tc.by)
		}
	}
}

// TestAnaphor: a pronoun subject stands for the subject of the sentence
// before when they agree.
func TestAnaphor(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"pl", "Putin przyjechał do Pekinu. On spotkał się tam z Xi Jinpingiem."},
		{"en", "Putin arrived in Beijing on Monday. He met Xi Jinping there."},
	} {
		d := code(t, pipeline.New(), tc.lang, " date 2024-03-01\n"+tc.text+"\n")
		got := strings.Join(describe(d), "; ")
		if !strings.Contains(got, "CONSULT RUS>CHN") || len(d.Events) != 2 {
			t.Errorf("%q: events %q, want a visit and a meeting RUS>CHN", tc.text, got)
		}
	}
}

// TestTwoPeopleOneCode: two people of one government are two actors.
func TestTwoPeopleOneCode(t *testing.T) {
	d := code(t, pipeline.New(), "pl", " date 2020-10\nTrump oskarżył Bidena o kłamstwo.\n")
	if got := describe(d); len(got) != 1 || got[0] != "ACCUSE USA>USA asserted" {
		t.Errorf("events %q, want Trump accusing Biden", got)
	}
}

// TestReviewCases: refusals negate the act they refuse, coordinated
// sources and targets cross, a clause opened by "that" has its own
// subject.
func TestReviewCases(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string
	}{
		// a refused cooperative act is a rejection (refusal.go)
		{"pl", "Rosja odmówiła podpisać porozumienie z Ukrainą.", []string{"REJECT RUS>UKR asserted"}},
		{"en", "Russia refused to sign an agreement with Ukraine.", []string{"REJECT RUS>UKR asserted"}},
		{"pl", "Rosja i Chiny zaatakowały Ukrainę i Polskę.", []string{"ASSAULT RUS>UKR asserted", "ASSAULT RUS>POL asserted",
			"ASSAULT CHN>UKR asserted", "ASSAULT CHN>POL asserted"}},
	}
	for _, tc := range cases {
		d := code(t, pipeline.New(), tc.lang, " date 2024-03-01\n"+tc.text+"\n")
		if got := describe(d); strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLongSentenceLinear: the work per trigger is bounded, so a sentence
// of thousands of words full of triggers is coded in about the time of
// its words, not of their square.
func TestLongSentenceLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	part := "wizyta Putina w Pekinie, rozmowy Rosji z Chinami i sankcje Unii wobec Iranu oraz "
	var b strings.Builder
	b.WriteString(" date 2024-03-01\nPolska ")
	for range 300 {
		b.WriteString(part)
	}
	b.WriteString("koniec.\n")
	start := time.Now()
	d := code(t, pipeline.New(), "pl", b.String())
	if len(d.Tokens) < 4000 {
		t.Fatalf("%d tokens", len(d.Tokens))
	}
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("a %d-token sentence took %v", len(d.Tokens), el)
	}
}

// TestDescriptions: the parts of the subject's description are not its
// object, an impersonal verb has no subject, and an act reported once by
// description and once by name is one event under the name.
func TestDescriptions(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Prezydent USA Donald Trump skrytykował Niemcy.", []string{"ACCUSE USA>DEU asserted"}},
		{"Prezydent USA Donald Trump skrytykował decyzję.", nil},
		{"W Rosji zatrzymano Aleksieja Nawalnego.", []string{"COERCE RUS>RUS asserted"}},
		{"Rosyjski prezydent rozmawiał telefonicznie z kanclerz Niemiec. Władimir Putin omówił przez telefon " +
			"z kanclerz Niemiec Angelą Merkel sytuację w Syrii.", []string{"CONSULT RUS>DEU asserted"}},
		// a noun that names one actor, a person's people
		{"Papież spotkał się z rodziną Asii Bibi.", []string{"CONSULT VAT>PAK asserted"}},
		// no act of a country's body on the country as a whole
		{"Fińska agencja wydała zezwolenie w strefie ekonomicznej Finlandii.", nil},
		// a meeting announced is an intent to meet
		{"Jutro Putin spotka się z Xi Jinpingiem.", []string{"AGREE RUS>CHN future"}},
		// a subject after the verb past another verb is that verb's
		{"Rzeczniczka MSZ Rosji Maria Zacharowa zarzuciła Polsce negatywny stosunek do projektu i oświadczyła, " +
			"że argumentacja strony polskiej nie wytrzymuje krytyki.", []string{"ACCUSE RUS>POL asserted"}},
		// "Kanady" is a nominative plural only: no subject of a singular verb
		{"Asia Bibi zwróciła się o pomoc do premiera Kanady.", []string{"REQUEST PAK>CAN asserted"}},
		// the name's first word shows the case: "Asię Bibi" is accusative
		{"Sąd Najwyższy Pakistanu uniewinnił Asię Bibi.", []string{"RETREAT PAK>PAK asserted"}},
		// a relative pronoun stands for the phrase before its comma, and
		// only for the verb after it
		{"Kim spotkał się z Władimirem Putinem, który zaatakował Ukrainę.", []string{"ASSAULT RUS>UKR asserted"}},
		// a state protests officially, against someone
		{"Przeciwko projektowi protestuje Polska.", nil},
		{"Polska protestuje przeciwko Rosji.", []string{"ACCUSE POL>RUS asserted"}},
		// a role noun and the name after it are one party: one event
		{"USA objęły sankcjami prezesa Gazpromu, Aleksieja Millera.", []string{"SANCTION USA>RUS asserted"}},
		// a city the recogniser took for a person, in the accusative
		{"Rosyjskie wojska ostrzelały Chersoń.", []string{"ASSAULT RUS>UKR asserted"}},
		// a light verb's noun that names actors is the target
		{"Rosja wydaliła trzech polskich dyplomatów w odpowiedzi na decyzję Warszawy.", []string{"SANCTION RUS>POL asserted"}},
		// a verb's "między" stands in its clause, near it
		{"Premier będzie rozmawiał w Berlinie na temat połączenia gazowego pomiędzy Rosją a Niemcami.", nil},
		// a genitive right after a noun is no subject ("Niemiec" is also a German)
		{"Minister obrony Niemiec zapowiedział przekazanie Ukrainie czołgów.", []string{"AGREE DEU>UKR asserted"}},
		// a noun's "między" follows it, past its genitives
		{"Trwają rozmowy na temat relacji między Ukrainą a Rosją.", nil},
		{"Ogłoszono podpisanie porozumienia dwustronnego między Rosją i Koreą Północną.", []string{"SUPPORT RUS>PRK asserted"}},
		// a noun that can name only people (masculine personal) names
		// civilians of the story's country; a thing does not
		{"Obrońcy chrześcijanki oskarżyli pakistański rząd o kapitulację.", []string{"ACCUSE PAK>PAK asserted"}},
		{"Raport oskarżył pakistański rząd o kapitulację.", nil},
		// a woman holding an office with a masculine title; a time
		// expression before the subject is no noun it could be the
		// genitive of
		{"W poniedziałek kanclerz Niemiec zaprosiła premier Wielkiej Brytanii na rozmowy do Berlina.", []string{"AGREE DEU>GBR asserted"}},
		{"W środę premier Polski zapowiedziała, że spotka się z prezydentem Francji.", []string{"AGREE POL>FRA future"}},
		// the addressee of a request is the subject of the clause it is
		// asked to act in, and that act is only wished for
		{"Prezydent Francji wezwał Unię Europejską, by nałożyła sankcje na Rosję.", []string{"REQUEST FRA>EUR asserted", "SANCTION EUR>RUS hypothetical"}},
		{"Polska chce, by Unia Europejska nałożyła sankcje na Białoruś.", []string{"SANCTION EUR>BLR hypothetical"}},
		// a country's name in a form other than its base one, after a
		// noun, is that noun's genitive, whatever case the tagger chose
		// ("Węgier" read as "a Hungarian")
		{"Minister spraw zagranicznych Węgier skrytykował Ukrainę.", []string{"ACCUSE HUN>UKR asserted"}},
		// a noun of force whose target names no actor acts on the people
		// of the place that target stands in
		{"Izrael przeprowadził w nocy naloty na cele w Strefie Gazy.", []string{"ASSAULT ISR>PSE asserted"}},
		{"Izrael przeprowadził w nocy naloty na cele w mieście.", nil},
		// "który" agrees with what it stands for, back through the chain
		// before its comma
		{"Powiedział to prezydent Francji, który odwiedził Kijów.", []string{"CONSULT FRA>UKR asserted"}},
		{"Był pierwszym w Polsce, który podpisał porozumienie z Niemcami.", nil},
		// "ze strony" is no "z" with the instrumental
		{"Rada Bezpieczeństwa ONZ omawia skargę ze strony Zambii.", nil},
		// what someone should do is not done
		{"Wszyscy członkowie NATO powinni wysłać wojska na Ukrainę.", []string{"MOBILIZE NATO>UKR hypothetical"}},
		// a thing as the verb's subject: no act of the actor after it
		{"Wolny rynek zniszczył francuski przemysł.", nil},
		{"Rosja zniszczyła ukraiński przemysł.", []string{"ASSAULT RUS>UKR asserted"}},
		// a weak trigger of travel ("udać się": also "succeed") and a
		// visitor guessed from the article's country get no host from the
		// sentences around; a visit named by its noun does
		{"Szef rządu Austrii powiedział, że nie udał się zamiar pojednania. Polska to rozumie.", nil},
		{"Komunikat o wizycie rosyjskiej delegacji podała agencja KCNA. Delegacja przebywała w Korei Północnej.", []string{"CONSULT RUS>PRK asserted"}},
		// people protest to their own government unless the text names
		// another addressee
		{"Tysiące Gruzinów protestowały w Tbilisi.", []string{"PROTEST GEO>GEO asserted"}},
		{"Polscy rolnicy protestowali przeciwko Komisji Europejskiej.", []string{"PROTEST POL>EUR asserted"}},
		// an act a verb of threatening governs is a threat, made to a target
		{"USA zagroziły Rosji nałożeniem sankcji.", []string{"THREATEN USA>RUS asserted"}},
		{"Udział w budowie gazociągu grozi nałożeniem amerykańskich sankcji na rosyjskie firmy.", []string{"THREATEN USA>RUS asserted"}},
		{"Zwolennicy partii grozili protestami.", nil},
		// a nationality word on a body's common name says whose it is,
		// whatever its other mentions were linked to
		{"Szef polskiego MSZ spotkał się z ambasadorem Niemiec. Rzecznik rosyjskiego MSZ skrytykował Polskę.",
			[]string{"CONSULT POL>DEU asserted", "ACCUSE RUS>POL asserted"}},
		// police and courts named only by their sector are the country's
		// of the person they arrest, not the article's
		{"Niemcy chcą przyjąć Asię Bibi. Rząd Niemiec i niemiecki MSZ to potwierdziły. W 2009 roku policja zatrzymała Asię Bibi.",
			[]string{"AGREE DEU>PAK future", "COERCE PAK>PAK historical"}},
		// one sentence telling of one kind of act between the same two
		// countries twice tells of one act; the name of a title a
		// preposition governs is no subject
		{"Prezydent Francji odwiedził Kijów i spotkał się z prezydentem Ukrainy.", []string{"CONSULT FRA>UKR asserted"}},
		{"Podczas konferencji z minister spraw zagranicznych Estonii Evą-Marią Liimets szef MSZ Niemiec skrytykował Rosję.", []string{"ACCUSE DEU>RUS asserted"}},
		// co-agents: "wraz z X i Y" act with the subject; a subject after
		// the verb that may as well be its object yields to one before it
		{"Prezydent Francji, który wraz z kanclerzem Niemiec i premierem Włoch odwiedził Kijów, zapewnił o poparciu.",
			[]string{"CONSULT FRA>UKR asserted", "CONSULT DEU>UKR asserted", "CONSULT ITA>UKR asserted"}},
		{"Agencja AP podała, że Ukrainę odwiedziły władze Francji.", []string{"CONSULT FRA>UKR asserted"}},
		// a light verb's noun before it is its companion, not a trigger
		{"Agencja AP podała, że Ukrainie pomoc zaoferowały władze Francji.", []string{"AGREE FRA>UKR asserted"}},
		// a negated verb of possibility is no act of its own
		{"Federacja Rosyjska nie wyklucza współpracy wojskowej z Koreą Północną.", []string{"AGREE RUS>PRK asserted"}},
		// the first person in a quotation is its speaker
		{"„Nakładamy sankcje na Rosję” – powiedział prezydent Francji Emmanuel Macron.", []string{"SANCTION FRA>RUS asserted"}},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "pl", " date 2024-03-01\n"+tc.text+"\n")
		if got := describe(d); strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
	d := code(t, p, "pl", " date 2024-03-01\n"+cases[3].text+"\n")
	if len(d.Events) == 1 && (len(d.Events[0].Mentions) != 2 || d.Events[0].Source.Entity == "") {
		t.Errorf("merged event: %d mentions, source %+v; want 2 mentions under the named source", len(d.Events[0].Mentions), d.Events[0].Source)
	}
}

// TestObjectPronoun: a pronoun object stands for the nearest phrase before
// it that agrees with it, when that phrase names an actor; when the
// nearest one names none, the pronoun names no participant.
func TestObjectPronoun(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"Policja zatrzymała w Londynie trzech Rosjan. Brytyjska prokuratura postawiła im zarzuty szpiegostwa.", "ACCUSE GBR>RUS asserted"},
		{"Rosja wydaliła brytyjskich dyplomatów. Wielka Brytania ostrzegła ją przed dalszymi krokami.", "THREATEN GBR>RUS asserted"},
		{"Angela Merkel przyjechała do Pekinu. Xi Jinping przyjął ją w poniedziałek.", "CONSULT CHN>DEU asserted"},
		// "ją" is the war, no actor: Russia is no target of "zatrzymać"
		{"Wojna musi stać się dla Rosji kosztowna. Tylko sankcje Unii Europejskiej mogą ją zatrzymać.", ""},
		// a place is no antecedent: "mu" is not Wrocław
		{"Do zamachu doszło we Wrocławiu. Polski prokurator postawił mu zarzuty.", ""},
	} {
		d := code(t, p, "pl", " date 2024-03-01\n"+tc.text+"\n")
		var got []string
		for _, e := range d.Events {
			if e.Sentence.Start > strings.Index(d.Text, ".") {
				got = append(got, e.Type+" "+country(e.Source)+">"+country(e.Target)+" "+e.Modality)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: second sentence's events %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestEnglishObjectPronoun: an English pronoun, which shows no gender or
// number, stands only for a person, also one named after a title.
func TestEnglishObjectPronoun(t *testing.T) {
	checkEnglish(t, []textCase{
		{"Police in Moscow arrested the opposition leader Alexei Navalny. Russian prosecutors charged him with fraud.",
			"COERCE RUS>RUS asserted; ACCUSE RUS>RUS asserted"},
		// "it" is no person: not Russia
		{"Russia seized the port. Ukraine condemned it.", ""},
	}, false)
}
