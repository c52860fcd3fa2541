package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// The tests read the abbreviation files directly rather than importing the
// language packages, so that they exercise the segmenter alone.
func loadLang(t testing.TB, code string) *lang.Language {
	t.Helper()
	path := "../lang/" + code + "/abbreviations.tsv"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	abbr, err := lang.ParseAbbrev(path, string(data))
	if err != nil {
		t.Fatal(err)
	}
	return &lang.Language{Code: code, Abbrev: abbr}
}

// render writes the sentences of d one a line, tokens separated by "|".
func render(d *doc.Document) []string {
	var out []string
	for _, s := range d.Sentences {
		var b strings.Builder
		for i, t := range d.Tokens[s.FirstToken:s.EndToken] {
			if i > 0 {
				b.WriteByte('|')
			}
			b.WriteString(d.Form(t.Span))
		}
		out = append(out, b.String())
	}
	return out
}

type segCase struct {
	name string
	in   string
	want []string // sentences, tokens joined by "|"
}

func runCases(t *testing.T, l *lang.Language, cases []segCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Text(c.in, l)
			got := render(d)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%q\n got: %s\nwant: %s", c.in, strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
			checkInvariants(t, d)
		})
	}
}

func TestPolish(t *testing.T) {
	runCases(t, loadLang(t, "pl"), []segCase{
		// The seed article's hard spots.
		{"seed KCNA", "Komunikat podały agencja Tass oraz północnokoreańska agencja KCNA.",
			[]string{"Komunikat|podały|agencja|Tass|oraz|północnokoreańska|agencja|KCNA|."}},
		{"seed quotes", "Kim Dzong Un podkreślił solidarność z Rosją w związku ze „specjalną operacją wojskową” w Ukrainie.",
			[]string{"Kim|Dzong|Un|podkreślił|solidarność|z|Rosją|w|związku|ze|„|specjalną|operacją|wojskową|”|w|Ukrainie|."}},
		{"seed dialogue", "– Podpisane dziś porozumienie zapewnia pomoc w przypadku agresji. Federacja Rosyjska nie wyklucza militarno-technicznej współpracy – mówił wówczas Putin.",
			[]string{"–|Podpisane|dziś|porozumienie|zapewnia|pomoc|w|przypadku|agresji|.|Federacja|Rosyjska|nie|wyklucza|militarno-technicznej|współpracy|–|mówił|wówczas|Putin|."}},
		{"seed years", "Dokument zastąpi umowy z roku 1961 oraz lat 2000 i 2001. Tak było.",
			[]string{"Dokument|zastąpi|umowy|z|roku|1961|oraz|lat|2000|i|2001|.", "Tak|było|."}},
		{"seed Una", "Wtedy dyktator umocnił więzi z reżimem Kim Dzong Una. Rosyjskie media poinformowały o tym.",
			[]string{"Wtedy|dyktator|umocnił|więzi|z|reżimem|Kim|Dzong|Una|.", "Rosyjskie|media|poinformowały|o|tym|."}},
		{"attribution in one sentence", "Usłyszał to. – Nasz przywódca musi być pierwszy – podkreślił urzędnik.",
			[]string{"Usłyszał|to|.", "–|Nasz|przywódca|musi|być|pierwszy|–|podkreślił|urzędnik|."}},
		{"dialogue turns", "– Dlaczego? – zapytał. – Bo tak.",
			[]string{"–|Dlaczego|?|–|zapytał|.", "–|Bo|tak|."}},
		{"dialogue without attribution", "– To prawda. Nie wiem więcej.",
			[]string{"–|To|prawda|.", "Nie|wiem|więcej|."}},

		// Abbreviations.
		{"m.in np ul", "Spotkania odbyły się m.in. w Warszawie, np. przy ul. Marszałkowskiej 5. Potem w Krakowie.",
			[]string{"Spotkania|odbyły|się|m.in|.|w|Warszawie|,|np|.|przy|ul|.|Marszałkowskiej|5|.", "Potem|w|Krakowie|."}},
		{"titles", "Prof. Jan Nowak i dr hab. Anna Kowalska przyjechali ok. godz. 12:30 z gen. Kowalskim i płk. Nowakiem.",
			[]string{"Prof|.|Jan|Nowak|i|dr|hab|.|Anna|Kowalska|przyjechali|ok|.|godz|.|12:30|z|gen|.|Kowalskim|i|płk|.|Nowakiem|."}},
		{"r. lowercase", "Umowę podpisano w 2001 r. w Moskwie. Następnie ją ratyfikowano.",
			[]string{"Umowę|podpisano|w|2001|r|.|w|Moskwie|.", "Następnie|ją|ratyfikowano|."}},
		{"r. final", "Umowę podpisano w 2001 r. Następnie ją ratyfikowano.",
			[]string{"Umowę|podpisano|w|2001|r|.", "Następnie|ją|ratyfikowano|."}},
		{"opening date", "W 1492 r. Kolumb dopłynął do Ameryki. W styczniu 2011 r. Blunt zaczęła zdjęcia. Już w 1926 r. Meyer pisał. Było nam dobrze w 1926 r. Potem nie.",
			[]string{"W|1492|r|.|Kolumb|dopłynął|do|Ameryki|.", "W|styczniu|2011|r|.|Blunt|zaczęła|zdjęcia|.", "Już|w|1926|r|.|Meyer|pisał|.", "Było|nam|dobrze|w|1926|r|.", "Potem|nie|."}},
		{"century", "Zginęło ok. 5 tys. osób, tj. więcej niż w XX w. Dane podało woj. mazowieckie.",
			[]string{"Zginęło|ok|.|5|tys|.|osób|,|tj|.|więcej|niż|w|XX|w|.", "Dane|podało|woj|.|mazowieckie|."}},
		{"money", "Kosztowało to 10 mln zł. Rząd zapłacił. Bilet kosztuje 4 zł. Biologom się udało.",
			[]string{"Kosztowało|to|10|mln|zł|.", "Rząd|zapłacił|.", "Bilet|kosztuje|4|zł|.", "Biologom|się|udało|."}},
		{"dash after a date", "W 1907 r. powstała Athina Film, a w 1916 r. – Asty Film. Studiowała w Glasgow School of Art. – Uwielbiałem to – mówi.",
			[]string{"W|1907|r|.|powstała|Athina|Film|,|a|w|1916|r|.|–|Asty|Film|.", "Studiowała|w|Glasgow|School|of|Art|.", "–|Uwielbiałem|to|–|mówi|."}},
		{"itd", "Kupili chleb, mleko itd. Potem wrócili.",
			[]string{"Kupili|chleb|,|mleko|itd|.", "Potem|wrócili|."}},
		{"spaced m. in.", "Byli tam m. in. Polacy i Czesi.",
			[]string{"Byli|tam|m|.|in|.|Polacy|i|Czesi|."}},
		{"św im", "Szkoła im. Jana Pawła II stoi przy kościele św. Anny.",
			[]string{"Szkoła|im|.|Jana|Pawła|II|stoi|przy|kościele|św|.|Anny|."}},
		{"unknown vowelless", "Przemawiał ppłk. Nowak.",
			[]string{"Przemawiał|ppłk|.|Nowak|."}},
		{"Cyrillic word with vowels ends a sentence", "Пока не ясно. Судя по всему, да.",
			[]string{"Пока|не|ясно|.", "Судя|по|всему|,|да|."}},
		{"art ust", "Zgodnie z art. 5 ust. 2 ustawy. Koniec.",
			[]string{"Zgodnie|z|art|.|5|ust|.|2|ustawy|.", "Koniec|."}},
		{"s.a. closing a name", "Pracował w Banku PKO S.A. Jan nie wiedział.",
			[]string{"Pracował|w|Banku|PKO|S.A|.", "Jan|nie|wiedział|."}},
		{"p.n.e", "W V w. p.n.e. Grecja rosła w siłę.",
			[]string{"W|V|w|.|p.n.e|.|Grecja|rosła|w|siłę|."}},

		// Numbers.
		{"decimals percent", "Inflacja wyniosła 12,5 proc., a PKB wzrósł o 3.5%.",
			[]string{"Inflacja|wyniosła|12,5|proc|.|,|a|PKB|wzrósł|o|3.5|%|."}},
		{"ranges thousands", "W latach 2000–2001 sprzedano 1 000 sztuk.",
			[]string{"W|latach|2000|–|2001|sprzedano|1|000|sztuk|."}},
		{"date time", "Umowę podpisano 19.06.2024 o 12:30, wynik 2:0.",
			[]string{"Umowę|podpisano|19.06.2024|o|12:30|,|wynik|2|:|0|."}},
		{"ordinal", "Dnia 19. czerwca spotkali się ponownie.",
			[]string{"Dnia|19|.|czerwca|spotkali|się|ponownie|."}},
		{"list item", "Należy: 1. Ustawić kursor. 2. Nacisnąć klawisz.",
			[]string{"Należy|:|1|.", "Ustawić|kursor|.", "2|.|Nacisnąć|klawisz|."}},
		{"unit glued", "Mars (0.7m) i 14-latka z F-16.",
			[]string{"Mars|(|0.7|m|)|i|14-latka|z|F-16|."}},

		// Initials.
		{"initials spaced", "J. R. R. Tolkien spotkał A. Dudę.",
			[]string{"J|.|R|.|R|.|Tolkien|spotkał|A|.|Dudę|."}},
		{"initials joined", "J.R.R. Tolkien pisał. Cytat z książek A. A. Milne'a był w U.S Army.",
			[]string{"J.R.R|.|Tolkien|pisał|.", "Cytat|z|książek|A|.|A|.|Milne'a|był|w|U.S|Army|."}},
		// "Grozi" occurs in lower case too: an ordinary word, so "K." is a
		// shortened surname at the end of a sentence.
		{"shortened surname", "Policja zatrzymała Tomasza K. Grozi mu kara, która grozi za kradzież. Adnan Z. Amin i Jan K. Nowak milczą.",
			[]string{"Policja|zatrzymała|Tomasza|K|.", "Grozi|mu|kara|,|która|grozi|za|kradzież|.", "Adnan|Z|.|Amin|i|Jan|K|.|Nowak|milczą|."}},

		// Quotes.
		{"quote final period", "Powiedział: „To koniec.” Potem wyszedł.",
			[]string{"Powiedział|:|„|To|koniec|.|”", "Potem|wyszedł|."}},
		{"quote continues", "„Czy to prawda?” – zapytał dziennikarz. Powiedział „tak.” i wyszedł.",
			[]string{"„|Czy|to|prawda|?|”|–|zapytał|dziennikarz|.", "Powiedział|„|tak|.|”|i|wyszedł|."}},
		{"guillemets", "Gazeta «Le Monde» napisała o tym. ‚Tak’ – odparł. Napisał »To koniec.« Potem wyszedł.",
			[]string{"Gazeta|«|Le|Monde|»|napisała|o|tym|.", "‚|Tak|’|–|odparł|.", "Napisał|»|To|koniec|.|«", "Potem|wyszedł|."}},
		{"double comma quote", "Premiera ,,Zemsty'' była udana.",
			[]string{"Premiera|,,|Zemsty|''|była|udana|."}},

		// Words.
		{"hyphens", "Kim Jong-un odwiedził Bielsko-Białą i region północno-wschodni.",
			[]string{"Kim|Jong-un|odwiedził|Bielsko-Białą|i|region|północno-wschodni|."}},
		{"clitics", "Miałem rację, żeś przyszedł.",
			[]string{"Miałem|rację|,|żeś|przyszedł|."}},
		{"apostrophes", "Zjedli w McDonald's z Duffy’ego kolegą.",
			[]string{"Zjedli|w|McDonald's|z|Duffy’ego|kolegą|."}},
		{"url email", "Więcej na https://www.example.com/a?b=1. Pisz na jan.kowalski@example.pl! Zobacz www.onet.pl.",
			[]string{"Więcej|na|https://www.example.com/a?b=1|.", "Pisz|na|jan.kowalski@example.pl|!", "Zobacz|www.onet.pl|."}},
		{"url in parentheses", "Źródło (https://pl.wikipedia.org/wiki/A_(b)) podaje.",
			[]string{"Źródło|(|https://pl.wikipedia.org/wiki/A_(b)|)|podaje|."}},
		{"hashtag mention", "Pisze @PAPinformacje o #Brexit.",
			[]string{"Pisze|@PAPinformacje|o|#Brexit|."}},
		{"domain", "Podał portal Onet.pl. Potem TVN24.",
			[]string{"Podał|portal|Onet.pl|.", "Potem|TVN24|."}},

		// Final punctuation.
		{"ellipsis", "Czekał... i czekał. A potem… Nie wiem.",
			[]string{"Czekał|.|.|.|i|czekał|.", "A|potem|…", "Nie|wiem|."}},
		{"elision", "Podpisane dziś […] porozumienie obowiązuje.",
			[]string{"Podpisane|dziś|[|…|]|porozumienie|obowiązuje|."}},
		{"elision between sentences", "Tak było w Europie. (...) W waszych krajach nie. [...] Nasi obywatele wiedzą.",
			[]string{"Tak|było|w|Europie|.", "(|.|.|.|)|W|waszych|krajach|nie|.", "[|.|.|.|]|Nasi|obywatele|wiedzą|."}},
		{"unit before acronym", "Ukraina straci 3 proc. PKB i 2 mld USD. Tak szacują.",
			[]string{"Ukraina|straci|3|proc|.|PKB|i|2|mld|USD|.", "Tak|szacują|."}},
		{"capitals after a period", "Kampania Leave.EU i portal CIRE.PL podały plik CONFIG.SYS.",
			[]string{"Kampania|Leave.EU|i|portal|CIRE.PL|podały|plik|CONFIG.SYS|."}},
		{"?! run", "Naprawdę?! Nie wierzę!!! Dlaczego?..",
			[]string{"Naprawdę|?|!", "Nie|wierzę|!|!|!", "Dlaczego|?|.|."}},
		{"emoji", "Super 👍🏽 dzień! 🇵🇱 Ok.",
			[]string{"Super|👍🏽|dzień|!", "🇵🇱|Ok|."}},
		{"parenthesis", "Wrócił (i to szybko). Potem spał.",
			[]string{"Wrócił|(|i|to|szybko|)|.", "Potem|spał|."}},
		{"sentence in parentheses", "Wrócił. (Nikt nie wiedział.) Potem spał.",
			[]string{"Wrócił|.", "(|Nikt|nie|wiedział|.|)", "Potem|spał|."}},
		{"blank line", "Pierwszy akapit bez kropki\n\nDrugi akapit",
			[]string{"Pierwszy|akapit|bez|kropki", "Drugi|akapit"}},
	})
}

func TestEnglish(t *testing.T) {
	runCases(t, loadLang(t, "en"), []segCase{
		{"titles", "Mr. Smith went to Washington. He met Sen. Jones and Gov. Brown.",
			[]string{"Mr|.|Smith|went|to|Washington|.", "He|met|Sen|.|Jones|and|Gov|.|Brown|."}},
		{"u.s. inside", "The U.S. economy grew by 3.5% in 2024.",
			[]string{"The|U.S|.|economy|grew|by|3.5|%|in|2024|."}},
		// "Then" occurs in lower case elsewhere: an ordinary word, so the
		// sentence ends; "State" and "Security" are capitalised after
		// lower-case words: parts of names.
		{"u.s. final", "He moved to the U.S. Then he left, and then the U.S. State Department and the U.N. Security Council spoke to the state media of the Secretary of State.",
			[]string{"He|moved|to|the|U.S|.", "Then|he|left|,|and|then|the|U.S|.|State|Department|and|the|U.N|.|Security|Council|spoke|to|the|state|media|of|the|Secretary|of|State|."}},
		{"u.s. no evidence", "He flew to the U.S. Sheinbaum stayed.",
			[]string{"He|flew|to|the|U.S|.|Sheinbaum|stayed|."}},
		{"u.s. after the first word", "The U.S. State Department said so. Democratic U.S. Congressman Andy Levin agreed. \"The U.S. Army is ready.\"",
			[]string{"The|U.S|.|State|Department|said|so|.", "Democratic|U.S|.|Congressman|Andy|Levin|agreed|.", "\"|The|U.S|.|Army|is|ready|.|\""}},
		{"dates and numbers", "It was Jan. 5, 2024 and No. 10 was quiet. No. It was not.",
			[]string{"It|was|Jan|.|5|,|2024|and|No|.|10|was|quiet|.", "No|.", "It|was|not|."}},
		{"etc e.g.", "Prices rose, e.g. for food, fuel etc. Analysts said so.",
			[]string{"Prices|rose|,|e.g|.|for|food|,|fuel|etc|.", "Analysts|said|so|."}},
		{"quotes", "“We signed it,” Putin said. “It is done.” Kim agreed.",
			[]string{"“|We|signed|it|,|”|Putin|said|.", "“|It|is|done|.|”", "Kim|agreed|."}},
		{"ascii quotes", "She said 'no.' Then she left.",
			[]string{"She|said|'|no|.|'", "Then|she|left|."}},
		{"dr who", "Dr. Who? Yes!",
			[]string{"Dr|.|Who|?", "Yes|!"}},
		{"ordinals", "The 3rd and 21st of the 1990s.",
			[]string{"The|3rd|and|21st|of|the|1990s|."}},
		{"names", "Kim Jong-un met Xi Jinping in Pyongyang, N. Korea. George W. Bush and Donald J. Trump did too.",
			[]string{"Kim|Jong-un|met|Xi|Jinping|in|Pyongyang|,|N|.|Korea|.", "George|W|.|Bush|and|Donald|J|.|Trump|did|too|."}},
		{"inc", "He works for Acme Inc. The firm is big.",
			[]string{"He|works|for|Acme|Inc|.", "The|firm|is|big|."}},
		{"p.m.", "We met at 5 p.m. and left at 6 p.m. It rained.",
			[]string{"We|met|at|5|p.m|.|and|left|at|6|p.m|.", "It|rained|."}},
	})
}

// TestBlocks checks that Segment respects blocks: content blocks only, a
// heading is a sentence of its own, offsets and block indexes are right.
func TestBlocks(t *testing.T) {
	text := " date 2024-07 Komunikat podała agencja KCNA.\n\nRosjanie w Korei Północnej\n\nPodczas spotkania omawiano współpracę.\n\nCzytaj też:\n"
	d := &doc.Document{Text: text}
	add := func(s string, k doc.BlockKind) {
		i := strings.Index(text, s)
		d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: i, End: i + len(s)}, Kind: k})
	}
	add(" date 2024-07", doc.Header)
	add("Komunikat podała agencja KCNA.", doc.Paragraph)
	add("Rosjanie w Korei Północnej", doc.Heading)
	add("Podczas spotkania omawiano współpracę.", doc.Paragraph)
	add("Czytaj też:", doc.Boilerplate)
	Segment(d, loadLang(t, "pl"))
	got := render(d)
	want := []string{
		"Komunikat|podała|agencja|KCNA|.",
		"Rosjanie|w|Korei|Północnej",
		"Podczas|spotkania|omawiano|współpracę|.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	for i, s := range d.Sentences {
		if s.Block != i+1 {
			t.Errorf("sentence %d: block %d, want %d", i, s.Block, i+1)
		}
		if d.Text[s.Start:s.End] != d.Text[d.Blocks[i+1].Start:d.Blocks[i+1].End] {
			t.Errorf("sentence %d: span %q is not its block", i, d.Text[s.Start:s.End])
		}
	}
	checkInvariants(t, d)
	// Token kinds and SpaceAfter.
	tk := d.Tokens[d.Sentences[0].EndToken-2 : d.Sentences[0].EndToken]
	if tk[0].Kind != doc.Word || tk[0].SpaceAfter || tk[1].Kind != doc.Punct || !tk[1].SpaceAfter {
		t.Errorf("KCNA. tokens: %+v", tk)
	}
}

func TestKinds(t *testing.T) {
	d := Text("W 2001 r. 12,5% ludzi 👍 zapłaciło 5 zł § 3.", loadLang(t, "pl"))
	want := map[string]doc.TokenKind{"W": doc.Word, "2001": doc.Number, "r": doc.Word, ".": doc.Punct,
		"12,5": doc.Number, "%": doc.Symbol, "👍": doc.Symbol, "zł": doc.Word, "§": doc.Symbol, "3": doc.Number}
	for _, tk := range d.Tokens {
		f := d.Form(tk.Span)
		if k, ok := want[f]; ok && k != tk.Kind {
			t.Errorf("%q: kind %v, want %v", f, tk.Kind, k)
		}
	}
}

// checkInvariants verifies what every segmentation must satisfy: tokens
// ordered, non-empty, non-overlapping, inside their block, on UTF-8
// boundaries; sentences contiguous over the tokens, covering them, inside
// one block.
func checkInvariants(t testing.TB, d *doc.Document) {
	t.Helper()
	prevEnd := 0
	for i, tk := range d.Tokens {
		if tk.Start >= tk.End || tk.Start < prevEnd || tk.End > len(d.Text) {
			t.Fatalf("token %d %+v: empty, overlapping or out of the text (previous end %d)", i, tk.Span, prevEnd)
		}
		if f := d.Form(tk.Span); !validUTF8(f) {
			t.Fatalf("token %d %q: not valid UTF-8", i, f)
		}
		prevEnd = tk.End
	}
	next := 0
	for i, s := range d.Sentences {
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(d.Tokens) {
			t.Fatalf("sentence %d: tokens [%d,%d), want to start at %d", i, s.FirstToken, s.EndToken, next)
		}
		next = s.EndToken
		toks := d.Tokens[s.FirstToken:s.EndToken]
		if s.Start != toks[0].Start || s.End != toks[len(toks)-1].End {
			t.Fatalf("sentence %d: span %+v does not match its tokens", i, s.Span)
		}
		b := d.Blocks[s.Block]
		if !b.Content() || !b.Contains(s.Span) {
			t.Fatalf("sentence %d %+v: outside its content block %+v", i, s.Span, b)
		}
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

func validUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
