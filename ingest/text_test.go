package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

const seedFile = "../examples/000_5f52d39f760c215a.txt"

func readOne(t *testing.T, path string) *doc.Document {
	t.Helper()
	docs, errs := ReadInput(path, nil)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("%s: %d docs, errors %v", path, len(docs), errs)
	}
	checkDoc(t, docs[0])
	return docs[0]
}

func TestReadTextFiles(t *testing.T) {
	tests := []struct {
		path, date, title string
		blocks            []string
	}{
		{seedFile, "2024-07", "", []string{"header: date 2024-07"}},
		{"testdata/title_first.txt", "", "Rada miasta przyjęła budżet na przyszły rok. Opozycja głosowała przeciw",
			[]string{"title:Rada miasta przyjęła budżet na przyszły rok. Opozycja głosowała przeciw"}},
		{"testdata/dated_title.txt", "2021-03-05", "Council Approves City Budget After Long Debate",
			[]string{"header: date 2021-03-05", "title:Council Approves City Budget After Long Debate"}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			d := readOne(t, tt.path)
			raw, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != string(raw) {
				t.Errorf("text is not the whole file")
			}
			if d.Format != FormatText || d.Source != tt.path || d.Date != tt.date || d.Title != tt.title {
				t.Errorf("got format %q source %q date %q title %q", d.Format, d.Source, d.Date, d.Title)
			}
			if got := blockTexts(d); !slices.Equal(got, tt.blocks) {
				t.Errorf("blocks %q, want %q", got, tt.blocks)
			}
		})
	}
}

func TestDateMarker(t *testing.T) {
	tests := []struct {
		text, date string
		end        int
	}{
		{" date 2024-07 Komunikat", "2024-07", 13},
		{"date 2024-07-31\n\nTytuł", "2024-07-31", 15},
		{" date 1999", "1999", 10},
		{" date 2024\r\nTekst", "2024", 10},
		{" date 2024-13 Tekst", "", 0},
		{" date 2024-02-30 Tekst", "", 0},
		{" date 2024-07x", "", 0},
		{" date 24-07", "", 0},
		{"  date 2024-07", "", 0},
		{" Date 2024-07", "", 0},
		{"update 2024-07", "", 0},
	}
	for _, tt := range tests {
		end, date, ok := dateMarker(tt.text)
		if date != tt.date || end != tt.end || ok != (tt.date != "") {
			t.Errorf("dateMarker(%q) = %d %q %v, want %d %q", tt.text, end, date, ok, tt.end, tt.date)
		}
	}
}

func TestTitleLine(t *testing.T) {
	tests := []struct {
		name, text, title string
	}{
		{"title", "Tytuł artykułu\n\nTreść.", "Tytuł artykułu"},
		{"question", "Co dalej z portem?\n\nTreść.", "Co dalej z portem?"},
		{"quote", "Minister: „Nie ustąpimy”\n\nTreść.", "Minister: „Nie ustąpimy”"},
		{"ellipsis", "Zgoda, ale...\n\nTreść.", "Zgoda, ale..."},
		{"colon", "Czytaj:\n\nTreść.", "Czytaj:"},
		{"crlf", "Tytuł\r\n\r\nTreść.\r\n", "Tytuł"},
		{"trailing space", "Tytuł  \n \t\nTreść.", "Tytuł"},
		{"leading blank lines", "\n\n  Tytuł\n\nTreść.", "Tytuł"},
		{"full stop", "Pierwsze zdanie.\n\nDrugie.", ""},
		{"two lines", "Tytuł\nciąg dalszy\n\nTreść.", ""},
		{"no blank line", "Tytuł\nTreść.", ""},
		{"nothing after", "Tytuł\n\n", ""},
		{"only line", "Tytuł", ""},
		{"too long", strings.Repeat("słowo ", 40) + "\n\nTreść.", ""},
		{"no letters", "* * *\n\nTreść.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := titleLine(tt.text, 0)
			got := ""
			if ok {
				got = tt.text[s.Start:s.End]
			}
			if got != tt.title {
				t.Errorf("titleLine(%q) = %q, want %q", tt.text, got, tt.title)
			}
		})
	}
}

// TestSlavicNERTitles checks the title rule on the real SlavicNER files: a
// title is found wherever the file starts with one line and a blank line,
// and its offsets are the file's own.
func TestSlavicNERTitles(t *testing.T) {
	dir := sharedPath(t, "data/slavicner/raw")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "pl", "*.txt"))
	if len(files) == 0 {
		t.Skip("no SlavicNER files")
	}
	titled := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, errs := Read(f, raw)
		if len(errs) != 0 || len(docs) != 1 {
			t.Fatalf("%s: errors %v", f, errs)
		}
		d := docs[0]
		checkDoc(t, d)
		if d.Text != string(raw) {
			t.Errorf("%s: text differs from the file", f)
		}
		if d.Title != "" {
			titled++
		}
	}
	t.Logf("%d of %d files have a title", titled, len(files))
	if titled*10 < len(files)*8 {
		t.Errorf("only %d of %d files have a title", titled, len(files))
	}
}

// TestEvalFiles reads the gold-standard inputs: VOA files have a date
// marker followed by a line break and a title.
func TestEvalFiles(t *testing.T) {
	dir := sharedPath(t, "eval")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range files {
		d := readOne(t, f)
		voa := strings.HasPrefix(filepath.Base(f), "voa_")
		if voa && (d.Date == "" || d.Title == "") {
			t.Errorf("%s: date %q title %q", f, d.Date, d.Title)
		}
		if !voa && !strings.HasPrefix(filepath.Base(f), "000_") && d.Title == "" {
			t.Errorf("%s: no title", f)
		}
	}
}
