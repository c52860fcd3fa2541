package entities_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/entities"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/pipeline"
)

// fakeNER marks every run of capitalised words as a name of the type a
// table gives for its first word, so that merging is tested apart from
// the trained model.
type fakeNER map[string]string

func (f fakeNER) Recognize(d *doc.Document, toks []doc.Token) []lang.NameSpan {
	var out []lang.NameSpan
	for i := 0; i < len(toks); {
		typ, ok := f[d.Form(toks[i].Span)]
		if !ok {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && isCap(d.Form(toks[j].Span)) {
			j++
		}
		out = append(out, lang.NameSpan{Start: i, End: j, Type: typ})
		i = j
	}
	return out
}

func isCap(s string) bool { return s != "" && strings.ToUpper(s[:1]) == s[:1] && s[0] >= 'A' }

// document builds a one-paragraph document of words split at spaces, one
// sentence per line.
func document(text string) *doc.Document {
	d := &doc.Document{Text: text}
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.Paragraph}}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := doc.Sentence{Span: doc.Span{Start: off, End: off + len(line)}, FirstToken: len(d.Tokens)}
		for k := 0; k < len(line); {
			if line[k] == ' ' || line[k] == '\n' {
				k++
				continue
			}
			e := k
			for e < len(line) && line[e] != ' ' && line[e] != '\n' {
				e++
			}
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: off + k, End: off + e}, SpaceAfter: true})
			k = e
		}
		s.EndToken = len(d.Tokens)
		d.Sentences = append(d.Sentences, s)
		off += len(line)
	}
	return d
}

type want struct {
	typ, name string
	mentions  []string
}

func TestMerge(t *testing.T) {
	ner := fakeNER{"Kim": "PERSON", "Kima": "PERSON", "Dzong": "PERSON", "Putin": "PERSON", "Putina": "PERSON",
		"Władimir": "PERSON", "Putinem": "PERSON", "Rosja": "GPE", "Rosji": "GPE", "Rosjanie": "NORP", "Korea": "GPE",
		"Angela": "PERSON", "Merkel": "ORG", "Jan": "PERSON", "Anna": "PERSON", "Kowalski": "ORG",
		"Komisja": "ORG", "Komisji": "ORG", "Rada": "ORG"}
	for _, tc := range []struct {
		text string
		want []want
	}{
		{"Kim Dzong Un przyjął gości\nMiesiąc temu Kima odwiedził Putin\nKim powiedział\nPotem Dzong Un wyjechał",
			[]want{{"PERSON", "Kim Dzong Un", []string{"Kim Dzong Un", "Kima", "Kim", "Dzong Un"}}, {"PERSON", "Putin", []string{"Putin"}}}},
		// A longer name joins two entities made of its parts.
		{"Potem Dzong Un wyjechał\nMiesiąc temu Kima odwiedził Putin\nspotkanie Kim Dzong Una z Putinem",
			[]want{{"PERSON", "Kim Dzong Un", []string{"Dzong Un", "Kima", "Kim Dzong Una"}}, {"PERSON", "Putin", []string{"Putin", "Putinem"}}}},
		{"Putin przyleciał\nWładimir Putin powiedział\nrozmowa z Putina doradcą",
			[]want{{"PERSON", "Władimir Putin", []string{"Putin", "Władimir Putin", "Putina"}}}},
		// Inhabitants are not their country: types keep them apart.
		{"Rosja grozi\nRosjanie protestują\nw Rosji",
			[]want{{"GPE", "Rosja", []string{"Rosja", "Rosji"}}, {"NORP", "Rosjanie", []string{"Rosjanie"}}}},
		// A person's last name typed as an organisation or a place after
		// the full name is that person.
		{"Angela Merkel przyjechała\nMerkel powiedziała\nMerkel wyjechała",
			[]want{{"PERSON", "Angela Merkel", []string{"Angela Merkel", "Merkel", "Merkel"}}}},
		// Before it too (a headline's last name), but not when two
		// people share the last name.
		{"Merkel powiedziała\nAngela Merkel przyjechała",
			[]want{{"PERSON", "Angela Merkel", []string{"Merkel", "Angela Merkel"}}}},
		{"Jan Kowalski i Anna Kowalski przyjechali\nKowalski powiedział",
			[]want{{"PERSON", "Jan Kowalski", []string{"Jan Kowalski"}}, {"PERSON", "Anna Kowalski", []string{"Anna Kowalski"}}, {"ORG", "Kowalski", []string{"Kowalski"}}}},
		// The first word of an organisation's name, after the full name,
		// is that organisation; not when it begins two of them.
		{"Komisja Europejska zdecydowała\nKomisji to nie dotyczy",
			[]want{{"ORG", "Komisja Europejska", []string{"Komisja Europejska", "Komisji"}}}},
		{"Rada Europejska i Rada Bezpieczeństwa obradują\nRada milczy",
			[]want{{"ORG", "Rada Europejska", []string{"Rada Europejska"}}, {"ORG", "Rada Bezpieczeństwa", []string{"Rada Bezpieczeństwa"}}, {"ORG", "Rada", []string{"Rada"}}}},
		// A name of its own is not the head of a longer one.
		{"Komisja Europejska zdecydowała\nKomisja Europejska odpowiedziała\nRada Europejska też\nKomisja milczy",
			[]want{{"ORG", "Komisja Europejska", []string{"Komisja Europejska", "Komisja Europejska"}}, {"ORG", "Rada Europejska", []string{"Rada Europejska"}}, {"ORG", "Komisja", []string{"Komisja"}}}},
		// Places are not people: "Korea" does not join "Kim".
		{"Kim Dzong Un\nKorea Północna\nKim",
			[]want{{"PERSON", "Kim Dzong Un", []string{"Kim Dzong Un", "Kim"}}, {"GPE", "Korea Północna", []string{"Korea Północna"}}}},
	} {
		d := document(tc.text)
		for i := range d.Tokens {
			switch f := d.Form(d.Tokens[i].Span); f {
			case "Komisji", "Rada":
				d.Tokens[i].Lemma = strings.ToLower(f) // common nouns in the dictionary
			}
		}
		entities.Annotate(d, &lang.Language{Code: "xx", NER: ner})
		if len(d.Entities) != len(tc.want) {
			t.Errorf("%q: %d entities, want %d: %+v", tc.text, len(d.Entities), len(tc.want), d.Entities)
			continue
		}
		for i, e := range d.Entities {
			w := tc.want[i]
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, d.Form(m.Span))
			}
			if e.ID != "E"+string(rune('1'+i)) || e.Type != w.typ || e.Name != w.name || strings.Join(ms, "|") != strings.Join(w.mentions, "|") {
				t.Errorf("%q: entity %d = %s %s %q %q, want %s %q %q", tc.text, i, e.ID, e.Type, e.Name, ms, w.typ, w.name, w.mentions)
			}
		}
	}
}

func TestNoRecognizer(t *testing.T) {
	d := document("Kim Dzong Un")
	entities.Annotate(d, &lang.Language{Code: "xx"})
	entities.Annotate(d, nil)
	if d.Entities != nil {
		t.Errorf("entities without a recognizer: %+v", d.Entities)
	}
}

// process runs the whole pipeline over a text in language code.
func process(t testing.TB, text, code string) *doc.Document {
	d := &doc.Document{Source: "test", Lang: code, Text: text, Format: "text"}
	if err := pipeline.New().Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

type span struct{ text, typ string }

func TestPolish(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []span // expected mentions with their entity's type (others may be found too)
	}{
		{"Prezydent Rosji Władimir Putin spotkał się w Pjongjangu z Kim Dzong Unem.",
			[]span{{"Rosji", "GPE"}, {"Władimir Putin", "PERSON"}}},
		{"Delegacja rosyjska przyjechała do Warszawy na zaproszenie Ministerstwa Spraw Zagranicznych.",
			[]span{{"rosyjska", "NORP"}, {"Warszawy", "GPE"}, {"Ministerstwa Spraw Zagranicznych", "ORG"}}},
		{"Donald Tusk rozmawiał z przewodniczącą Komisji Europejskiej Ursulą von der Leyen w Brukseli.",
			[]span{{"Donald Tusk", "PERSON"}, {"Brukseli", "GPE"}}},
		// A sentence that opens with "Kim" (also the pronoun "whom").
		{"Kim Dzong Un podkreślił, że kraj jest gotowy.", []span{{"Kim Dzong Un", "PERSON"}}},
		// A plural noun for people opening the sentence is no part of the
		// armed group's name after it (issue 17).
		{"Bojownicy Państwa Islamskiego zaatakowali wioskę.", []span{{"Państwa Islamskiego", "ORG"}}},
		// A name in quotation marks after an event noun (issue 17).
		{"Wojsko przeprowadziło operację „Burza Pustyni” w Kuwejcie.", []span{{"Burza Pustyni", "EVENT"}}},
		// Names of states the model leaves out or reads as a nationality
		// word, which the gazetteer knows in their base form.
		{"Rząd Zjednoczonego Królestwa ogłosił decyzję w sprawie ceł.", []span{{"Zjednoczonego Królestwa", "GPE"}}},
		{"W Zjednoczonym Królestwie trwa debata o imigracji.", []span{{"Zjednoczonym Królestwie", "GPE"}}},
		{"Republika Czeska nie zgodziła się na ten plan.", []span{{"Republika Czeska", "GPE"}}},
	} {
		d := process(t, tc.text, "pl")
		got := map[span]bool{}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				got[span{d.Form(m.Span), e.Type}] = true
			}
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: no %s %q; found %v", tc.text, w.typ, w.text, got)
			}
		}
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../examples/000_5f52d39f760c215a.txt")
	if err != nil {
		t.Skip("example article absent:", err)
	}
	d := process(t, string(b), "")
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.Name] = e.Type
		for _, m := range e.Mentions {
			if d.InBoilerplate(m.Span) {
				t.Errorf("mention %q in boilerplate", d.Form(m.Span))
			}
		}
	}
	// Names and the types the model may give them (the lemma of "Korei
	// Północnej" depends on how the analyzer reads the adjective).
	for name, types := range map[string]string{"Władimir Putin": "PERSON", "Korea Północn": "GPE",
		"Federacja Rosyjsk": "GPE ORG", "Ukraina": "GPE", "rosyjski": "NORP", "KCNA": "ORG"} {
		found := ""
		for n, typ := range names {
			if strings.HasPrefix(n, name) && strings.Contains(types, typ) {
				found = n
			}
		}
		if found == "" {
			t.Errorf("no entity %q of type %s (all: %v)", name, types, names)
		}
	}
}

func TestBoilerplate(t *testing.T) {
	text := "Władimir Putin odwiedził Pjongjang.\n\nCzytaj też:\n\nDonald Tusk spotkał się z Emmanuelem Macronem w Paryżu\n"
	d := process(t, text, "pl")
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if strings.Contains("Donald Tusk Emmanuelem Macronem Paryżu", d.Form(m.Span)) {
				t.Errorf("boilerplate yields %s %q", e.Type, d.Form(m.Span))
			}
		}
	}
	if len(d.Entities) == 0 {
		t.Error("no entity in the article text")
	}
}

func FuzzAnnotate(f *testing.F) {
	f.Add("Kim Dzong Un przyjął Władimira Putina w Pjongjangu.", "pl")
	f.Add("Czytaj też:\n\nRosja", "pl")
	f.Add("President Biden met Xi Jinping in San Francisco.", "en")
	f.Fuzz(func(t *testing.T, text, code string) {
		if !utf8.ValidString(text) || code != "pl" && code != "en" {
			return
		}
		d := process(t, text, code)
		for i, e := range d.Entities {
			if e.ID != "E"+itoa(i+1) || e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("bad entity %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.InBoilerplate(m.Span) {
					t.Fatalf("bad mention %+v of %q", m, text)
				}
			}
		}
	})
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// slavicDocs reads and processes the Polish SlavicNER texts when the shared
// data is present.
func slavicDocs(b *testing.B) []*doc.Document {
	b.Helper()
	files, _ := filepath.Glob("../../shared/data/slavicner/raw/*/pl/*.txt")
	if len(files) == 0 {
		b.Skip("SlavicNER texts absent")
	}
	p := pipeline.New()
	var docs []*doc.Document
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := &doc.Document{Source: f, Lang: "pl", Text: string(text), Format: "text"}
		if err := p.Process(d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkSlavicRecognize measures the recognizer alone on analysed
// SlavicNER texts; BenchmarkSlavicTagRecognize the morphology and the
// recognizer; BenchmarkSlavicAnnotate recognition, lemmas and merging.
// go test ./entities -run XXX -bench Slavic
func BenchmarkSlavicRecognize(b *testing.B) { benchSlavic(b, false, false) }

func BenchmarkSlavicTagRecognize(b *testing.B) { benchSlavic(b, true, false) }

func BenchmarkSlavicAnnotate(b *testing.B) { benchSlavic(b, false, true) }

func benchSlavic(b *testing.B, tag, annotate bool) {
	docs := slavicDocs(b)
	l := lang.Get("pl")
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if annotate {
				entities.Annotate(d, l)
				continue
			}
			for _, s := range d.Sentences {
				toks := d.Tokens[s.FirstToken:s.EndToken]
				if tag {
					l.Morph.Analyze(d, toks)
				}
				l.NER.Recognize(d, toks)
			}
		}
	}
	b.ReportMetric(float64(b.N*tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// TestEventNamedLikePerson: a storm's name alone, after the storm was
// named in full, is the storm, not a person (one type per entity across
// a document; issue 17).
func TestEventNamedLikePerson(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"en", "Hurricane Katrina hit New Orleans in 2005. Officials said Katrina was the costliest storm."},
		{"pl", "Nad Luizjaną przeszedł huragan Katrina. Katrina zniszczyła Nowy Orlean."},
	} {
		d := process(t, tc.text, tc.lang)
		for _, e := range d.Entities {
			if e.Type == "PERSON" {
				t.Errorf("%s %q: a person %q; entities %+v", tc.lang, tc.text, e.Name, d.Entities)
			}
			if e.Type == "EVENT" && len(e.Mentions) != 2 {
				t.Errorf("%s %q: event %q has %d mentions, want 2", tc.lang, tc.text, e.Name, len(e.Mentions))
			}
		}
	}
}

// TestDivisionsAndGovernors: first-level divisions are places in Polish,
// English and Russian, and a governor's state is no part of the
// governor's name (issue 17).
func TestDivisionsAndGovernors(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       []string // "TYPE canonical"
	}{
		{"pl", "Gubernator Teksasu Greg Abbott ogłosił stan wyjątkowy w Bawarii.", []string{"GPE Texas", "PERSON Greg Abbott", "GPE Bavaria"}},
		{"en", "Texas Governor Greg Abbott declared an emergency in Bavaria.", []string{"GPE Texas", "PERSON Greg Abbott", "GPE Bavaria"}},
		{"ru", "Наводнение затронуло Баварию. Губернатор Техаса Грег Эбботт объявил чрезвычайное положение.", []string{"GPE Bavaria", "GPE Texas", "PERSON"}},
		// A division's name that the recognizer cut short or in two is
		// one mention of the division.
		{"en", "Drones hit the Kursk region overnight.", []string{"GPE Kursk Oblast"}},
		{"pl", "Kanclerz przyjechał do Nadrenii Północnej-Westfalii.", []string{"GPE North Rhine-Westphalia"}},
		// A division's name written in lower case.
		{"pl", "Alarm ogłoszono wczoraj w obwodzie kurskim.", []string{"GPE Kursk Oblast"}},
		{"pl", "Obwód wyborczy otwarto rano.", []string{}},
		// A word of another phrase after a place's name is not joined.
		{"pl", "Gaz płynie do Europy północną trasą.", []string{"LOC Europe"}},
		// A woman's name written with an initial stays one person.
		{"pl", "Pani Ewa S. przyszła do sklepu.", []string{"PERSON"}},
		// A short city name the gazetteer knows is no reason to make a
		// person a place.
		{"ru", "Тереза Мэй заявила, что Мэй не уйдет.", []string{"PERSON Theresa May"}},
	} {
		d := process(t, tc.text, tc.lang)
		var got []string
		for _, e := range d.Entities {
			got = append(got, strings.TrimSpace(e.Type+" "+e.Canonical))
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tc.want[i]) {
				t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
				break
			}
		}
	}
}

// TestPolishPersonNames: names in oblique cases get the base form the
// person's other mentions and the text itself support (issue 17).
func TestPolishPersonNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // entity name → lemma of each of its mentions, joined by "|"
	}{
		{"Prezydent spotkał się z Joe Bidenem w Waszyngtonie.",
			map[string]string{"Joe Biden": "Joe Biden"}},
		{"Minister rozmawiał z Antonym Blinkenem. Blinken odpowiedział.",
			map[string]string{"Antony Blinken": "Antony Blinken|Blinken"}},
		{"Sikorski spotkał się z ministrem Kułebą. Kułeba powiedział, że Ukraina wygra.",
			map[string]string{"Kułeba": "Kułeba|Kułeba"}},
		{"Sikorski rozmawiał z Theresą May.", map[string]string{"Theresa May": "Theresa May"}},
		// In the nominative, as the subject: "Kułeba" and "Theresa" are
		// not the genitives of "Kułeb" and "Theres" (issue 17).
		{"Dmytro Kułeba przyjechał do Warszawy.", map[string]string{"Dmytro Kułeba": "Dmytro Kułeba"}},
		{"Kułeba nie odpowiedział na pytanie.", map[string]string{"Kułeba": "Kułeba"}},
		{"Theresa May powiedziała, że zostanie.", map[string]string{"Theresa May": "Theresa May"}},
		{"Rzeczniczka Olena Zięba przyjechała do Kijowa.", map[string]string{"Olena Zięba": "Olena Zięba"}},
		// A man's genitive stays one where no verb makes it a subject.
		{"Wizyta Władimira Putina w Chinach.", map[string]string{"Władimir Putin": "Władimir Putin"}},
		{"Spotkanie z ambasadorem Kułebą przesunięto.", map[string]string{"Kułeba": "Kułeba"}},
	} {
		d := process(t, tc.text, "pl")
		got := map[string]string{}
		for _, e := range d.Entities {
			var ls []string
			for _, m := range e.Mentions {
				ls = append(ls, m.Lemma)
			}
			got[e.Name] = strings.Join(ls, "|")
		}
		for name, lemmas := range tc.want {
			if got[name] != lemmas {
				t.Errorf("%q: entity %q has mentions %q, want %q; all: %v", tc.text, name, got[name], lemmas, got)
			}
		}
	}
}

// TestDocumentsInTurn: the mentions' buffer, kept between documents, lets
// no document's entities change another's: each document annotated after
// others, and by several goroutines at once, gets the entities it gets
// alone.
func TestDocumentsInTurn(t *testing.T) {
	texts := []string{
		"Władimir Putin spotkał się z Kim Dzong Unem.\nPutin powiedział, że Rosja i Korea Północna podpisały umowę.\nKim podziękował Putinowi.\n",
		"Angela Merkel rozmawiała z Emmanuelem Macronem w Berlinie.\n",
		"Komisja Europejska nałożyła sankcje na Rosję.\nRosja odpowiedziała.\n",
		"",
	}
	show := func(d *doc.Document) string {
		var b strings.Builder
		for _, e := range d.Entities {
			b.WriteString(e.ID + " " + e.Type + " " + e.Name)
			for _, m := range e.Mentions {
				b.WriteString(" " + d.Form(m.Span) + "=" + m.Lemma)
			}
			b.WriteString("|")
		}
		return b.String()
	}
	alone := make([]string, len(texts))
	for i, text := range texts {
		alone[i] = show(process(t, text, "pl"))
	}
	if !strings.Contains(alone[0], "Putin") || !strings.Contains(alone[1], "Merkel") {
		t.Fatalf("no names found: %q", alone)
	}
	// one after another, the first document kept while the others run
	first := process(t, texts[0], "pl")
	for i := range 3 * len(texts) {
		if got := show(process(t, texts[i%len(texts)], "pl")); got != alone[i%len(texts)] {
			t.Errorf("document %d after others:\n%s\nwant\n%s", i%len(texts), got, alone[i%len(texts)])
		}
	}
	if got := show(first); got != alone[0] {
		t.Errorf("first document changed by the later ones:\n%s\nwant\n%s", got, alone[0])
	}
	// at once
	errs := make(chan string, 4*len(texts))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range texts {
				k := (i + g) % len(texts)
				d := &doc.Document{Source: "test", Lang: "pl", Text: texts[k], Format: "text"}
				if err := pipeline.New().Process(d); err != nil {
					errs <- err.Error()
				} else if got := show(d); got != alone[k] {
					errs <- got
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("annotated at once: %s", got)
	}
}
