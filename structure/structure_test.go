package structure

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/lang/en"
	"github.com/kronika/kronika/lang/pl"
)

// render lists blocks as "kind: text" (boilerplate as "boilerplate/why").
func render(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		k := b.Kind.String()
		if b.Why != "" {
			k += "/" + b.Why
		}
		out = append(out, k+": "+d.Text[b.Start:b.End])
	}
	return out
}

func build(text string, l *lang.Language, given ...doc.Block) *doc.Document {
	d := &doc.Document{Text: text, Blocks: given}
	Build(d, l)
	return d
}

func TestBuild(t *testing.T) {
	polish, english := pl.New(), en.New()
	cases := []struct {
		name string
		l    *lang.Language
		text string
		want []string
	}{
		{
			name: "blank lines separate paragraphs, single breaks too",
			l:    polish,
			text: "Pierwszy akapit.\n\nDrugi akapit.\nTrzeci akapit.\n",
			want: []string{"paragraph: Pierwszy akapit.", "paragraph: Drugi akapit.", "paragraph: Trzeci akapit."},
		},
		{
			name: "hard-wrapped lines stay one paragraph",
			l:    english,
			text: "The minister said on Tuesday that the talks would go on\nthrough the weekend and that both delegations had agreed\nto meet again in Geneva before the end of the month.\n\nNext.",
			want: []string{
				"paragraph: The minister said on Tuesday that the talks would go on\nthrough the weekend and that both delegations had agreed\nto meet again in Geneva before the end of the month.",
				"paragraph: Next.",
			},
		},
		{
			name: "sub-heading between paragraphs",
			l:    polish,
			text: "Akapit pierwszy.\n\nNietypowa sytuacja. Rosjanie wyproszeni z sali\n\nAkapit drugi.",
			want: []string{"paragraph: Akapit pierwszy.", "heading: Nietypowa sytuacja. Rosjanie wyproszeni z sali", "paragraph: Akapit drugi."},
		},
		{
			name: "a last short line is not a heading",
			l:    polish,
			text: "Akapit pierwszy.\n\nKoniec bez kropki",
			want: []string{"paragraph: Akapit pierwszy.", "paragraph: Koniec bez kropki"},
		},
		{
			name: "sentence-like lines are not headings",
			l:    polish,
			text: "A.\n\nTo jest zdanie z kropką.\n\nPowiedział: \n\nB.",
			want: []string{"paragraph: A.", "paragraph: To jest zdanie z kropką.", "paragraph: Powiedział:", "paragraph: B."},
		},
		{
			name: "related block with glued marker",
			l:    polish,
			text: "Treść.\n\nCzytaj też:\n\nUrzędnik utonął w stawie. Miał być szefem delegacjiCzytaj też:\n\nKim patrzył, jak Putin odlatuje. „Nie mogli przestać”",
			want: []string{"paragraph: Treść.", "boilerplate/related: Czytaj też:\n\nUrzędnik utonął w stawie. Miał być szefem delegacjiCzytaj też:\n\nKim patrzył, jak Putin odlatuje. „Nie mogli przestać”"},
		},
		{
			name: "related block ends at running text",
			l:    polish,
			text: "Zobacz także:\n\nNagłówek innego artykułu\n\nTo już dalszy ciąg artykułu, zwykłe zdanie zakończone kropką.",
			want: []string{"boilerplate/related: Zobacz także:\n\nNagłówek innego artykułu", "paragraph: To już dalszy ciąg artykułu, zwykłe zdanie zakończone kropką."},
		},
		{
			name: "marker glued to the end of article text",
			l:    polish,
			text: "Ostatnie zdanie artykułu.Czytaj też:\n\nInny tytuł",
			want: []string{"paragraph: Ostatnie zdanie artykułu.", "boilerplate/related: Czytaj też:\n\nInny tytuł"},
		},
		{
			name: "read-more prefix of a paragraph",
			l:    polish,
			text: "Czytaj więcej w raporcie: Wojna na Ukrainie Annalena Baerbock powiedziała.",
			want: []string{"boilerplate/related: Czytaj więcej w raporcie:", "paragraph: Wojna na Ukrainie Annalena Baerbock powiedziała."},
		},
		{
			name: "share and cookie lines",
			l:    polish,
			text: "Udostępnij\n\nTreść artykułu.\n\nTa strona używa plików cookies. Korzystając z niej, wyrażasz zgodę na ich użycie.",
			want: []string{"boilerplate/share: Udostępnij", "paragraph: Treść artykułu.", "boilerplate/cookie: Ta strona używa plików cookies. Korzystając z niej, wyrażasz zgodę na ich użycie."},
		},
		{
			name: "english related and share",
			l:    english,
			text: "Officials met on Monday.\n\nRead more:\n\nTurkey threatens retaliation\n\nShare | Tweet | Email",
			want: []string{"paragraph: Officials met on Monday.", "boilerplate/related: Read more:\n\nTurkey threatens retaliation", "boilerplate/share: Share | Tweet | Email"},
		},
		{
			name: "no language: no boilerplate rules",
			l:    nil,
			text: "Czytaj też:\n\nTekst.",
			want: []string{"paragraph: Czytaj też:", "paragraph: Tekst."},
		},
		{
			name: "empty and blank",
			l:    polish,
			text: " \n\n \t\n",
			want: nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := render(build(c.text, c.l))
			if strings.Join(got, "\n|") != strings.Join(c.want, "\n|") {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

func TestBuildKeepsGivenBlocks(t *testing.T) {
	text := " date 2024-07 Pierwsze zdanie.\n\nTytuł bez kropki\n\nDrugie zdanie."
	d := build(text, pl.New(),
		doc.Block{Span: doc.Span{Start: 0, End: 13}, Kind: doc.Header},
	)
	want := []string{"header:  date 2024-07", "paragraph: Pierwsze zdanie.", "heading: Tytuł bez kropki", "paragraph: Drugie zdanie."}
	if got := render(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSeed checks the structure of the bundled example article: its two
// sub-headings and the "Czytaj też:" block at its end.
func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../examples/000_5f52d39f760c215a.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	d := build(text, pl.New(), doc.Block{Span: doc.Span{Start: 0, End: len(" date 2024-07")}, Kind: doc.Header})
	heads := d.Headings()
	want := []string{"Rosjanie w Korei Północnej. Miesiąc temu Kima odwiedził Putin", "Nietypowa sytuacja. Rosjanie wyproszeni z sali"}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", heads, want)
	}
	var bp []doc.Block
	paras := 0
	for _, b := range d.Blocks {
		switch b.Kind {
		case doc.Boilerplate:
			bp = append(bp, b)
		case doc.Paragraph:
			paras++
		}
	}
	if len(bp) != 1 || bp[0].Why != "related" {
		t.Fatalf("boilerplate %v, want one related block", bp)
	}
	if got := text[bp[0].Start:]; !strings.HasPrefix(got, "Czytaj też:") || bp[0].End != len(strings.TrimRight(text, "\n ")) {
		t.Errorf("related block %q does not run from the first \"Czytaj też:\" to the end", got)
	}
	if paras != 8 {
		t.Errorf("%d paragraphs, want 8", paras)
	}
}

func FuzzBuild(f *testing.F) {
	f.Add("Akapit.\n\nNagłówek\n\nCzytaj też:\n\nTytuł")
	f.Add("a\r\n\r\nb\n \n\nc")
	f.Add("\xff\xfe Czytaj też: x")
	polish := pl.New()
	f.Fuzz(func(t *testing.T, text string) {
		d := build(text, polish)
		// Readers hand on valid UTF-8; on other input only bounds are checked.
		valid := utf8.ValidString(text)
		prev := 0
		for _, b := range d.Blocks {
			if b.Start < prev || b.End <= b.Start || b.End > len(text) {
				t.Fatalf("block %+v out of order or bounds (prev end %d, len %d)", b, prev, len(text))
			}
			if valid && (!utf8.RuneStart(text[b.Start]) || b.End < len(text) && !utf8.RuneStart(text[b.End])) {
				t.Fatalf("block %+v not on rune boundaries", b)
			}
			prev = b.End
		}
	})
}

func TestBuildRulesApplyToReaderHeadings(t *testing.T) {
	text := "Treść artykułu.\n\nCzytaj też\n\nInny artykuł o czymś\n\nDalszy ciąg artykułu, zwykłe zdanie."
	at := strings.Index(text, "Czytaj też")
	d := build(text, pl.New(), doc.Block{Span: doc.Span{Start: at, End: at + len("Czytaj też")}, Kind: doc.Heading})
	want := []string{"paragraph: Treść artykułu.", "boilerplate/related: Czytaj też\n\nInny artykuł o czymś", "paragraph: Dalszy ciąg artykułu, zwykłe zdanie."}
	if got := render(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
