package quotes

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
	"github.com/kronika/kronika/structure"
)

// Each case is a paragraph (or a few, split by blank lines) and the
// quotations expected in it as "speaker|verb|text", joined by " // ".
var quoteCases = []struct {
	name, lang, text, want string
}{
	{"pl „…” then dash and verb", "pl",
		"„Nie ustąpimy ani o krok” – powiedział premier Donald Tusk.",
		"Donald Tusk|powiedział|Nie ustąpimy ani o krok"},
	{"pl ASCII quotes, verb after", "pl",
		`"Bitwa o Kijów była historycznym zwycięstwem dla Ukraińców" - ocenił Biden.`,
		"Biden|ocenił|Bitwa o Kijów była historycznym zwycięstwem dla Ukraińców"},
	{"pl reversed guillemets", "pl",
		"»Nie oddamy ani piędzi ziemi« – zapewnił prezydent Wołodymyr Zełenski.",
		"Wołodymyr Zełenski|zapewnił|Nie oddamy ani piędzi ziemi"},
	{"pl guillemets", "pl",
		"«Rosja nie zaatakuje państw NATO» – oświadczył rzecznik Kremla Dmitrij Pieskow.",
		"Dmitrij Pieskow|oświadczył|Rosja nie zaatakuje państw NATO"},
	{"pl single low quotes and a bare title no one holds: no speaker", "pl",
		"‚Jesteśmy gotowi do rozmów’ – dodał minister.",
		"|dodał|Jesteśmy gotowi do rozmów"},
	{"pl dialogue dash over two sentences", "pl",
		"– Podpisane dziś porozumienie zapewnia wzajemną pomoc w przypadku agresji. Federacja Rosyjska nie wyklucza współpracy wojskowej – mówił wówczas Putin.",
		"Putin|mówił|Podpisane dziś porozumienie zapewnia wzajemną pomoc w przypadku agresji. Federacja Rosyjska nie wyklucza współpracy wojskowej"},
	{"pl dialogue dash, a describing phrase that names no one: no speaker", "pl",
		"Powód takiego zachowania był kuriozalny. – Nasz przywódca musi być pierwszy – podkreślił urzędnik.",
		"|podkreślił|Nasz przywódca musi być pierwszy"},
	{"pl partial quote after o with a stance verb", "pl",
		"Kim Dzong Un wyraził wsparcie dla rosyjskich sił zbrojnych walczących o „sprawiedliwość w celu ochrony suwerennych praw i bezpieczeństwa kraju”.",
		"Kim Dzong Un|wyraził|sprawiedliwość w celu ochrony suwerennych praw i bezpieczeństwa kraju"},
	{"pl scare quotes", "pl",
		"Kim Dzong Un podkreślił solidarność z Rosją w związku ze „specjalną operacją wojskową” w Ukrainie.",
		""},
	{"pl partial quote after że", "pl",
		"Szef MSZ Dmytro Kułeba powiedział, iż „rozmowa służyła odstraszeniu i deeskalacji”.",
		"Dmytro Kułeba|powiedział|rozmowa służyła odstraszeniu i deeskalacji"},
	{"pl speech verb and colon", "pl",
		"Pytany o ustępstwa, Macron powiedział: Decyzja należy do Ukrainy. Musimy pomóc Ukrainie przetrwać wojnę.",
		"Macron|powiedział|Decyzja należy do Ukrainy. Musimy pomóc Ukrainie przetrwać wojnę."},
	{"pl dropped subject points back", "pl",
		"Prezydent Andrzej Duda podkreślił, że sankcje muszą być surowe. – Rosja nie może być akceptowana przez wspólnotę międzynarodową – powiedział.",
		"Andrzej Duda|powiedział|Rosja nie może być akceptowana przez wspólnotę międzynarodową"},
	{"pl bare title points back", "pl",
		"Z kolei Eva-Maria Liimets oświadczyła, że wojna musi stać się kosztowna. – Estonia uważa, że pakiet musi zawierać ograniczenia – zaznaczyła minister.",
		"Eva-Maria Liimets|zaznaczyła|Estonia uważa, że pakiet musi zawierać ograniczenia"},
	{"pl quote over several sentences", "pl",
		"„NATO jest narażone na ryzyko rozpadu. Widzimy to wszystko” – powiedział Joe Biden.",
		"Joe Biden|powiedział|NATO jest narażone na ryzyko rozpadu. Widzimy to wszystko"},
	{"pl speaker named after the quotation", "pl",
		"„NATO jest narażone na ryzyko rozpadu. Widzimy to wszystko”. To słowa Bidena podczas spotkania z wyborcami.",
		"Bidena||NATO jest narażone na ryzyko rozpadu. Widzimy to wszystko"},
	{"pl dash attribution without an opening dash", "pl",
		"Daliśmy w Kijowie bardzo jasny sygnał, że Ukraina ma nasze poparcie - powiedział Emmanuel Macron.",
		"Emmanuel Macron|powiedział|Daliśmy w Kijowie bardzo jasny sygnał, że Ukraina ma nasze poparcie"},
	{"pl a report attributed by a dash is no quotation", "pl",
		"W czwartek Biden będzie rozmawiał z prezydentem Ukrainy – przekazał portal politico.com.",
		""},
	{"pl headline in quotes, no verb", "pl",
		"Kim Dzong Un patrzył, jak Władimir Putin odlatuje. „Nie mogli przestać”",
		""},
	{"pl continuation of the quotation before", "pl",
		"„Dziś ogłaszam kolejny pakiet pomocy” – powiedział Joe Biden. „Ten pakiet zawiera ciężką artylerię i drony.”",
		"Joe Biden|powiedział|Dziś ogłaszam kolejny pakiet pomocy // Joe Biden||Ten pakiet zawiera ciężką artylerię i drony."},
	{"pl surname takes the full name", "pl",
		"Prezydent USA Joe Biden przyjechał do Warszawy. „To kolejny kluczowy krok” – oznajmił Biden.",
		"Joe Biden|oznajmił|To kolejny kluczowy krok"},
	{"pl a pronoun in the dative between the verb and the speaker", "pl",
		"– To dezerterzy – tłumaczył mi dowódca wartowników Jan Zięba.",
		"Jan Zięba|tłumaczył|To dezerterzy"},
	{"en said after, name with title", "en",
		`"We will retaliate if sanctions are imposed," Turkish Foreign Minister Mevlut Cavusoglu said Wednesday.`,
		"Mevlut Cavusoglu|said|We will retaliate if sanctions are imposed,"},
	{"en said before the speaker", "en",
		`"Markets may have discounted a mild sanctions bill," said analyst Atilla Yesilada of Global Source Partners.`,
		"Atilla Yesilada|said|Markets may have discounted a mild sanctions bill,"},
	{"en pronoun and continuation", "en",
		`Nenad Stevandic denounced the moves as an attack. "We are absolutely right," he said. "However, to be right in Bosnia means to be persecuted."`,
		"Nenad Stevandic|said|We are absolutely right, // Nenad Stevandic||However, to be right in Bosnia means to be persecuted."},
	{"en partial quote without that", "en",
		`Afghan President Ashraf Ghani spoke on Sunday. He said the Taliban "will be crushed" by security forces.`,
		"Ashraf Ghani|said|will be crushed"},
	{"en partial quote after that", "en",
		"The United States warned Wednesday that it will continue to exert “maximum pressure” on Iran.",
		"United States|warned|maximum pressure"},
	{"en scare quotes", "en",
		`The so-called "peace plan" has no support in parliament.`,
		""},
	{"en colon and quote", "en",
		`Trump wrote: "Today the fugitive leader of ISIS in Iraq was killed."`,
		"Trump|wrote|Today the fugitive leader of ISIS in Iraq was killed."},
	{"en organisation speaks", "en",
		`"The Council must be clear and united," the U.S. statement said.`,
		"U.S. statement|said|The Council must be clear and united,"},
	{"en told", "en",
		`"If the Taliban are sincere, they must stop killing civilians," Mohammad Ameri told VOA.`,
		"Mohammad Ameri|told|If the Taliban are sincere, they must stop killing civilians,"},
	{"en apposition between name and verb", "en",
		`"It is a reflection of disrespect for state institutions," Milos Davidovic, professor of law at the University of Sarajevo, told VOA.`,
		"Milos Davidovic|told|It is a reflection of disrespect for state institutions,"},
	{"en warned, organisation with of", "en",
		`"As reported by the agency, Tehran continues to accelerate its production," the U.S. Mission to the United Nations said in a statement.`,
		"U.S. Mission to the United Nations|said|As reported by the agency, Tehran continues to accelerate its production,"},
	{"en added with a bare title", "en",
		`"This is unacceptable," the minister added.`,
		"minister|added|This is unacceptable,"},
	{"en a quotation ending its sentence takes no speaker from the next", "en",
		`Sudani called the death a "significant security achievement." Iraqi special forces, in a subsequent post, said the leader was killed Thursday.`,
		"Sudani|called|significant security achievement."},
	// Titles and names in quotation marks are no quotations.
	{"pl a newspaper's name in quotation marks before the verb", "pl",
		"Premier w wywiadzie dla „Gazety Porannej” powiedział, że rząd nie zmieni planów.",
		""},
	{"en an anthem's name in apposition", "en",
		`He said the national anthem, “O Canada,” would still be sung.`,
		""},
	{"pl a one-word answer after a colon stays a quotation", "pl",
		"Premier Jan Nowak odpowiedział krótko: „Nie”.",
		"Jan Nowak|odpowiedział|Nie"},
	// A closing mark whose opening mark was lost, then the attribution.
	{"pl a stray closing mark", "pl",
		"Minister Jan Lis wyjaśnił sprawę. Zatrzymanie ma na celu zapewnienie porządku i nie ma nic wspólnego z protestem” oświadczył Jan Lis. Potem wyszedł.",
		"Jan Lis|oświadczył|Zatrzymanie ma na celu zapewnienie porządku i nie ma nic wspólnego z protestem"},
	{"pl a stray closing mark with no attribution is nothing", "pl",
		"Zatrzymanie ma na celu zapewnienie porządku” i nic więcej. Potem wyszedł.",
		""},
	// Verbs of saying beyond the commonest.
	{"pl zastrzec", "pl",
		"– Nie zgodzimy się na takie warunki – zastrzegł minister Jan Kowalski.",
		"Jan Kowalski|zastrzegł|Nie zgodzimy się na takie warunki"},
	{"pl skwitować", "pl",
		"„To kompromitacja rządu” – skwitowała posłanka Anna Nowak.",
		"Anna Nowak|skwitowała|To kompromitacja rządu"},
	{"en cautioned", "en",
		`"It is too early to celebrate," Health Minister Jane Doe cautioned.`,
		"Jane Doe|cautioned|It is too early to celebrate,"},
	{"en countered", "en",
		`"That is simply not true," countered opposition leader John Smith.`,
		"John Smith|countered|That is simply not true,"},
}

func TestQuotes(t *testing.T) {
	for _, c := range quoteCases {
		t.Run(c.name, func(t *testing.T) {
			d := annotate(t, c.lang, c.text)
			if got := show(d); got != c.want {
				t.Errorf("%s\n got  %q\n want %q", c.text, got, c.want)
			}
			checkQuotes(t, d)
		})
	}
}

// TestBoilerplate checks that quotations in boilerplate yield nothing,
// even when a segmenter has split the boilerplate into sentences.
func TestBoilerplate(t *testing.T) {
	for _, c := range []struct{ code, text string }{
		{"pl", "Czytaj też:\n\nKim Dzong Un patrzył, jak Władimir Putin odlatuje. „Nie mogli przestać” – powiedział świadek."},
		{"en", `Related: "We will never give up," the president said.`},
	} {
		l := testLang(t, c.code)
		d := &doc.Document{Text: c.text, Lang: c.code}
		d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(c.text)}, Kind: doc.Boilerplate, Why: "related"}}
		segment.Span(d, l, d.Blocks[0].Span, 0)
		Annotate(d, l)
		if len(d.Quotes) != 0 {
			t.Errorf("%q: quotes in boilerplate: %s", c.text, show(d))
		}
	}
}

// TestEntity checks that the speaker is linked to the entity with a
// mention over its words, or, for a surname alone, to the person whose
// name ends with it.
func TestEntity(t *testing.T) {
	text := "Prezydent Rosji Władimir Putin przyjechał do Pjongjangu. – Podpisane dziś porozumienie zapewnia wzajemną pomoc – mówił wówczas Putin."
	l := testLang(t, "pl")
	d := segment.Text(text, l)
	first := strings.Index(text, "Władimir Putin")
	last := strings.LastIndex(text, "Putin")
	d.Entities = []doc.Entity{
		{ID: "E1", Type: "GPE", Name: "Rosja", Mentions: []doc.Mention{{Span: doc.Span{Start: strings.Index(text, "Rosji"), End: strings.Index(text, "Rosji") + len("Rosji")}}}},
		{ID: "E2", Type: "PERSON", Name: "Władimir Putin", Canonical: "Vladimir Putin",
			Mentions: []doc.Mention{{Span: doc.Span{Start: first, End: first + len("Władimir Putin")}}, {Span: doc.Span{Start: last, End: last + len("Putin")}}}},
	}
	Annotate(d, l)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Entity != "E2" {
		t.Fatalf("got %+v, want one quote by E2", d.Quotes)
	}
	d.Quotes = nil
	d.Entities[1].Mentions = d.Entities[1].Mentions[:1]
	Annotate(d, l)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Entity != "E2" {
		t.Fatalf("surname alone: got %+v, want one quote by E2", d.Quotes)
	}
}

func TestNoLexicon(t *testing.T) {
	d := segment.Text("„Tak” – powiedział Putin.", nil)
	Annotate(d, nil)
	Annotate(d, &lang.Language{Code: "xx"})
	if len(d.Quotes) != 0 {
		t.Errorf("quotes without a lexicon: %+v", d.Quotes)
	}
}

// checkQuotes asserts that every quotation lies inside content blocks, on
// character boundaries, and is not empty.
func checkQuotes(t testing.TB, d *doc.Document) {
	t.Helper()
	for _, q := range d.Quotes {
		if q.Start < 0 || q.End > len(d.Text) || q.Start >= q.End {
			t.Fatalf("bad span %+v in %q", q, d.Text)
		}
		if !boundary(d.Text, q.Start) || !boundary(d.Text, q.End) {
			t.Fatalf("quote %+v not on a character boundary in %q", q, d.Text)
		}
		if d.InBoilerplate(q.Span) {
			t.Fatalf("quote %+v in boilerplate", q)
		}
		// A turn may run over several one-sentence paragraphs
		// (dialogueLines): every block it touches must be content, and
		// it starts and ends inside one.
		starts, ends := false, false
		for _, b := range d.Blocks {
			if b.Start >= q.End || b.End <= q.Start {
				continue
			}
			if !b.Content() {
				t.Fatalf("quote %+v over block %+v, which is no content", q, b.Span)
			}
			starts = starts || b.Start <= q.Start
			ends = ends || q.End <= b.End
		}
		if !starts || !ends {
			t.Fatalf("quote %+v outside content blocks", q)
		}
	}
}

// boundary reports whether byte i starts a character of s (an invalid
// byte counting as one, as the JSON writer counts it) or ends s.
func boundary(s string, i int) bool {
	for j := 0; j < len(s); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return i == len(s)
}

// TestTurnOverParagraphs: a dialogue turn laid out a sentence a
// paragraph, closed by its attribution in the last, is one quotation over
// those paragraphs (dialogueLines), and checkQuotes accepts it.
func TestTurnOverParagraphs(t *testing.T) {
	d := annotate(t, "pl", "Wstęp do artykułu jest tutaj i jest długi.\n\n- Widać, że dom płonie.\n\nBardzo mi się to nie spodobało.\n\nTacy ludzie nie powinni rządzić - stwierdziła Anna Lis.\n\nKoniec artykułu jest tutaj.")
	want := "Anna Lis|stwierdziła|Widać, że dom płonie.\n\nBardzo mi się to nie spodobało.\n\nTacy ludzie nie powinni rządzić"
	if got := show(d); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	checkQuotes(t, d)
}

// FuzzQuotes runs the annotator over any paragraph: it must not panic and
// every quotation must lie in content on character boundaries.
func FuzzQuotes(f *testing.F) {
	for _, c := range quoteCases {
		f.Add(c.text, c.lang == "pl")
	}
	f.Add("„„”” – – powiedział – „ – said \"\" ‚’ «» : powiedział:", true)
	f.Add("– – –\n\n– a – said he. \"x\" he said \"", false)
	f.Add("–0\n\n0,A sAid", false) // a turn over two paragraphs
	f.Fuzz(func(t *testing.T, text string, pl bool) {
		code := "en"
		if pl {
			code = "pl"
		}
		d := annotate(t, code, text)
		checkQuotes(t, d)
	})
}

// BenchmarkAnnotate measures the annotator alone over the bundled seed
// article, already segmented and with its times found.
func BenchmarkAnnotate(b *testing.B) {
	data, err := os.ReadFile("../examples/000_5f52d39f760c215a.txt")
	if err != nil {
		b.Skip("no seed:", err)
	}
	text := string(data)
	l := testLang(b, "pl")
	d := &doc.Document{Text: text, Date: "2024-07", Lang: "pl"}
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(" date 2024-07")}, Kind: doc.Header}}
	structure.Build(d, l)
	segment.Segment(d, l)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d.Quotes = d.Quotes[:0]
		Annotate(d, l)
	}
	if len(d.Quotes) != 3 {
		b.Fatalf("%d quotes in the seed, want 3", len(d.Quotes))
	}
}

// TestDescribedBy checks that a describing phrase takes the nationality
// that qualified the same noun earlier.
func TestDescribedBy(t *testing.T) {
	text := "Rosjanie zostali wyproszeni przez północnokoreańskiego urzędnika. – Nasz przywódca musi być pierwszy – podkreślił urzędnik."
	l := testLang(t, "pl")
	d := segment.Text(text, l)
	adj := strings.Index(text, "północnokoreańskiego")
	d.Entities = []doc.Entity{{ID: "E1", Type: "NORP", Name: "północnokoreański", Country: "PRK",
		Mentions: []doc.Mention{{Span: doc.Span{Start: adj, End: adj + len("północnokoreańskiego")}}}}}
	Annotate(d, l)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Text != "urzędnik" || d.Quotes[0].Speaker.Entity != "E1" {
		t.Fatalf("got %+v, want one quote by urzędnik, entity E1", d.Quotes)
	}
}
