package pl

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ner"
)

func TestEmbeddedNERModel(t *testing.T) {
	start := time.Now()
	m, err := ner.Load(bytes.NewReader(nerModelData))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model: %d bytes, loaded in %v", len(nerModelData), time.Since(start))
	if got := strings.Join(m.Types(), " "); got != strings.Join(NERTypes, " ") {
		t.Errorf("model types %q, want %q", got, NERTypes)
	}
}

func TestDemonyms(t *testing.T) {
	for lemma, want := range map[string]string{"rosyjski": "RUS", "Rosjanin": "RUS", "północnokoreański": "PRK", "stół": ""} {
		if got := Demonym(lemma); got != want {
			t.Errorf("Demonym(%q) = %q, want %q", lemma, got, want)
		}
	}
	// women's inhabitant nouns by the regular suffixes, capitalised only:
	// "polka" in lower case is a dance
	for lemma, want := range map[string]string{"Polka": "POL", "Rosjanka": "RUS", "Niemka": "DEU", "Ukrainka": "UKR", "Brytyjka": "GBR", "Białorusinka": "BLR", "Amerykanka": "USA", "Chinka": "CHN", "Japonka": "JPN", "Słowaczka": "SVK", "Austriaczka": "AUT", "polka": "", "Polaka": "", "Chińka": "", "Słowka": ""} {
		if got := Demonym(lemma); got != want {
			t.Errorf("Demonym(%q) = %q, want %q", lemma, got, want)
		}
	}
	if _, err := parseDemonyms("polski POL\n"); err == nil {
		t.Error("a line without a tab was accepted")
	}
}

// sentence segments and analyses one sentence of text by hand: words at
// spaces, a final period apart.
func sentence(text string) (*doc.Document, []doc.Token) {
	d := &doc.Document{Text: text}
	for k := 0; k < len(text); {
		if text[k] == ' ' {
			k++
			continue
		}
		e := k
		for e < len(text) && text[e] != ' ' && text[e] != '.' && text[e] != ',' {
			e++
		}
		if e == k {
			e++
		}
		kind := doc.Word
		if strings.ContainsAny(text[k:e], ".,") {
			kind = doc.Punct
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: k, End: e}, Kind: kind, SpaceAfter: e < len(text) && text[e] == ' '})
		k = e
	}
	Analyzer{}.Analyze(d, d.Tokens)
	return d, d.Tokens
}

func TestRecognize(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "TYPE text"
	}{
		{"Władimir Putin odwiedził Koreę Północną.", []string{"PERSON Władimir Putin", "GPE Koreę Północną"}},
		{"Rosyjska delegacja rozmawiała z Rosjanami w Warszawie.", []string{"NORP Rosyjska", "NORP Rosjanami", "GPE Warszawie"}},
		{"Stół stoi w kuchni.", nil},
		// Issue 17: a title and a state's genitive that start a sentence
		// are no part of the person's name; "Niemcy"/"Niemiec" naming the
		// state is a place, not its people.
		{"Kanclerz Niemiec Olaf Scholz zapowiedział pomoc.", []string{"GPE Niemiec", "PERSON Olaf Scholz"}},
		{"Prezydent Francji Emmanuel Macron odwiedził Kijów.", []string{"GPE Francji", "PERSON Emmanuel Macron", "GPE Kijów"}},
		{"Premier Wielkiej Brytanii Keir Starmer przyjechał.", []string{"GPE Wielkiej Brytanii", "PERSON Keir Starmer"}},
		{"Niemcy zapowiedziały dostawy broni.", []string{"GPE Niemcy"}},
		{"Eksport do Niemiec wzrósł.", []string{"GPE Niemiec"}},
		// a compound adjective with a spaced hyphen is one NORP name, as
		// "polsko-bułgarski" is, not Poland and a Bulgarian
		{"Polsko - bułgarski gang rozbiła policja.", []string{"NORP Polsko - bułgarski"}},
		{"Policja rozbiła polsko - niemiecki gang.", []string{"NORP polsko - niemiecki"}},
		// women's inhabitant nouns are NORP as the men's are; the dance
		// in lower case is no name
		{"Ofiarami gangu były Polki.", []string{"NORP Polki"}},
		{"Orkiestra zagrała polkę.", nil},
		// a foreign name's particles join the person's words on both
		// sides
		// foreign organisations of the list whole, not a person "Boko"
		{"Bojownicy Boko Haram zaatakowali wioskę.", []string{"ORG Boko Haram"}},
		{"Rzecznik Al-Kaidy potwierdził atak.", []string{"ORG Al-Kaidy"}},
		{"Minister spotkał się z Ursulą von der Leyen w Brukseli.", []string{"PERSON Ursulą von der Leyen", "GPE Brukseli"}},
		{"Rozmawiał z Ludwigiem van Beethovenem.", []string{"PERSON Ludwigiem van Beethovenem"}},
	} {
		d, toks := sentence(tc.text)
		var got []string
		for _, s := range Recognizer().Recognize(d, toks) {
			got = append(got, s.Type+" "+d.Text[toks[s.Start].Start:toks[s.End-1].End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNERNameLemma(t *testing.T) {
	for _, tc := range []struct{ text, typ, want string }{
		{"Niemiec", "GPE", "Niemcy"},
		{"Al-Kaidy", "ORG", "Al-Kaida"},
		{"Państwa Islamskiego", "ORG", "Państwo Islamskie"},
		{"Stanów Zjednoczonych", "GPE", "Stany Zjednoczone"},
		{"Korei Północnej", "GPE", LemmatizeName([]string{"Korei", "Północnej"})},
	} {
		d, toks := sentence(tc.text)
		if got := nerNameLemma(d, toks, tc.typ); got != tc.want {
			t.Errorf("nerNameLemma(%q, %s) = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

func BenchmarkRecognize(b *testing.B) {
	text := "Władimir Putin spotkał się w Pjongjangu z przywódcą Korei Północnej Kim Dzong Unem, a rosyjska delegacja rozmawiała z ministrem spraw zagranicznych o współpracy wojskowej."
	d, toks := sentence(text)
	r := Recognizer()
	r.Recognize(d, toks)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Recognize(d, toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkAnalyzeRecognize(b *testing.B) {
	text := "Władimir Putin spotkał się w Pjongjangu z przywódcą Korei Północnej Kim Dzong Unem, a rosyjska delegacja rozmawiała z ministrem spraw zagranicznych o współpracy wojskowej."
	d, toks := sentence(text)
	r := Recognizer()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyzer{}.Analyze(d, toks)
		r.Recognize(d, toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoadNERModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ner.Load(bytes.NewReader(nerModelData)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNERClasses(t *testing.T) {
	d, toks := sentence("Mieszka w Oławie u pana Ryanair , a NATO i Kowalski stoją .")
	got := NERClasses(d, toks)
	want := map[string]struct{ set, unset uint32 }{
		"Mieszka":  {lexBase | lexCapital | lexLowerWord | lexProper, lexAllCaps},
		"w":        {lexBase | lexLower, lexCapital},
		"Oławie":   {lexBase | lexCapital | lexProper, lexCommon | lexLowerWord | lexHuman},
		"Ryanair":  {lexBase | lexCapital, lexProper | lexCommon | lexLowerWord},
		"NATO":     {lexBase | lexCapital | lexAllCaps, 0},
		"Kowalski": {lexBase | lexCapital | lexProper | lexHuman, 0},
		",":        {0, lexBase},
	}
	for i, tk := range toks {
		form := d.Text[tk.Start:tk.End]
		w, ok := want[form]
		if !ok {
			continue
		}
		if got[i]&w.set != w.set || got[i]&w.unset != 0 {
			t.Errorf("%s: class %#x, want %#x set and %#x unset", form, got[i], w.set, w.unset)
		}
	}
}

func TestNameRules(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "TYPE text = lemma"
	}{
		{"Po Brexicie i wskutek brexitu ceny rosną.", []string{"EVENT Brexicie = Brexit", "EVENT brexitu = Brexit"}},
		{"Gazociąg Nord Stream 2 omija Polskę.", []string{"PRODUCT Nord Stream 2 = Nord Stream 2", "GPE Polskę"}},
		{"Zbudowano Nord Stream.", []string{"PRODUCT Nord Stream = Nord Stream"}},
		{"W czasie II wojny światowej i Bożego Narodzenia.", []string{"EVENT II wojny światowej = II wojna światowa", "EVENT Bożego Narodzenia = Boże Narodzenie"}},
		{"Podpisano Traktat lizboński i Konstytucję RP.", []string{"PRODUCT Traktat lizboński = Traktat lizboński", "PRODUCT Konstytucję RP = Konstytucja RP"}},
		{"Wybuchło wtedy Powstanie Styczniowe.", []string{"EVENT Powstanie Styczniowe = Powstanie Styczniowe"}},
		// A head noun at the start of a sentence or without a name after
		// it is no name.
		{"Umowa Polski z Niemcami wygasła, a Traktat wszedł w życie.", []string{"GPE Polski", "GPE Niemcami"}},
		// Lower-case "i wojna" is not the First World War; "exit" alone is no event.
		{"Mąż i wojna światowa to exit.", nil},
		// Issue 17: epidemics, operations, plans, platforms and newspapers.
		{"Epidemia COVID-19 trwała długo.", []string{"EVENT COVID-19 = COVID-19"}},
		{"Rząd przyjął Plan Marshalla.", []string{"PRODUCT Plan Marshalla = Plan Marshalla"}},
		{"Napisał na Twitterze, a wywiad ukazał się w Gazecie Wyborczej.", []string{"PRODUCT Twitterze = Twitter", "PRODUCT Gazecie Wyborczej = Gazeta Wyborcza"}},

		// At a sentence's start, the head and a person's name after it or
		// capitalised words no other name covers; a storm or an operation
		// named like a person is an event.
		{"Plan Marshalla pomógł Europie.", []string{"PRODUCT Plan Marshalla = Plan Marshalla", "LOC Europie"}},
		{"Operacja Barbarossa zaskoczyła Stalina.", []string{"EVENT Operacja Barbarossa = Operacja Barbarossa", "PERSON Stalina"}},
		{"Powódź Tysiąclecia zalała miasto.", []string{"EVENT Powódź Tysiąclecia = Powódź Tysiąclecia"}},
		{"Nad Luizjaną przeszedł huragan Katrina.", []string{"GPE Luizjaną", "EVENT Katrina = Katrina"}},
		{"Wojna Rosji z Ukrainą trwa.", []string{"GPE Rosji", "GPE Ukrainą"}},
		{"Szczyt NATO zakończył się.", []string{"ORG NATO"}},
	} {
		d, toks := sentence(tc.text)
		var got []string
		for _, s := range Recognizer().Recognize(d, toks) {
			g := s.Type + " " + d.Text[toks[s.Start].Start:toks[s.End-1].End]
			if s.Type == "EVENT" || s.Type == "PRODUCT" {
				g += " = " + nerNameLemma(d, toks[s.Start:s.End], s.Type)
			}
			got = append(got, g)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNERNamesList(t *testing.T) {
	names, err := parseNERNames(nerNamesData)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 10 {
		t.Errorf("%d names in ner-names.tsv", len(names))
	}
	for i := 1; i < len(names); i++ {
		if len(names[i].words) > len(names[i-1].words) {
			t.Fatal("names not longest first")
		}
	}
	for _, bad := range []string{"EVENT Brexit\n", "PERSON\tJan\n", "EVENT\t \n"} {
		if _, err := parseNERNames(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	for form, want := range map[string]bool{"Brexit": true, "Polexitem": true, "brexicie": true, "exit": false, "Exit": false, "Brexitowy": false, "B2exit": false} {
		if got := isExitWord(form); got != want {
			t.Errorf("isExitWord(%q) = %v", form, got)
		}
	}
	for _, tc := range []struct {
		form, word string
		want       bool
	}{
		{"Narodzenia", "Narodzenie", true}, {"wojny", "wojna", true}, {"II", "II", true}, {"i", "I", false},
		{"Wojciech", "wojna", false}, {"Stream-2", "Stream", true}, {"Streamingowy", "Stream", false},
	} {
		if got := wordMatches(tc.form, tc.word); got != tc.want {
			t.Errorf("wordMatches(%q, %q) = %v", tc.form, tc.word, got)
		}
	}
}
