package ingest

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// shared is the project's shared data directory, present on development
// machines only; tests that need it skip without it.
const shared = "../../shared"

func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

// checkDoc verifies what every document from this package promises: valid
// UTF-8 text, an ID that is the hash of the text, blocks sorted, inside the
// text and on character boundaries, and a Title equal to its block.
func checkDoc(t testing.TB, d *doc.Document) {
	t.Helper()
	if d == nil {
		t.Fatal("nil document")
	}
	if !utf8.ValidString(d.Text) {
		t.Errorf("%s: text is not valid UTF-8", d.Source)
	}
	// A JSON Lines record's own id is kept; every other id is the hash.
	if d.ID == "" || d.Format != FormatJSONL && d.ID != doc.Hash(d.Text) {
		t.Errorf("%s: ID %q is not the hash of the text", d.Source, d.ID)
	}
	if d.Source == "" || d.Format == "" {
		t.Errorf("document without source or format: %q %q", d.Source, d.Format)
	}
	if d.Date != "" {
		if _, ok := validDate(d.Date); !ok {
			t.Errorf("%s: bad date %q", d.Source, d.Date)
		}
	}
	prev := 0
	titles := 0
	for _, b := range d.Blocks {
		if b.Start < prev || b.End < b.Start || b.End > len(d.Text) {
			t.Fatalf("%s: block %v out of order or range (text %d bytes)", d.Source, b, len(d.Text))
		}
		if !utf8.RuneStart(byteAt(d.Text, b.Start)) || !utf8.RuneStart(byteAt(d.Text, b.End)) {
			t.Errorf("%s: block %v not on character boundaries", d.Source, b)
		}
		prev = b.End
		if b.Kind == doc.Title {
			titles++
			if d.Text[b.Start:b.End] != d.Title {
				t.Errorf("%s: title block %q, Title %q", d.Source, d.Text[b.Start:b.End], d.Title)
			}
		}
	}
	if titles > 1 || (titles == 0) != (d.Title == "") {
		t.Errorf("%s: %d title blocks for Title %q", d.Source, titles, d.Title)
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// blockTexts lists the blocks of d as "kind:text".
func blockTexts(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, b.Kind.String()+":"+d.Text[b.Start:b.End])
	}
	return out
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, source, data string
		format, date       string
		blocks             []string
		err                error
	}{
		{name: "empty", source: "a.txt", data: "", err: ErrEmpty},
		{name: "white space", source: "a.txt", data: " \n\t\r\n ", err: ErrEmpty},
		{name: "BOM only", source: "a.txt", data: "\xEF\xBB\xBF\n", err: ErrEmpty},
		{name: "UTF-16 spaces", source: "a.txt", data: "\xFF\xFE \x00\n\x00", err: ErrEmpty},
		{name: "NUL bytes", source: "a.bin", data: "PK\x03\x04\x00\x00\x08\x00abc", err: ErrBinary},
		{name: "PDF", source: "a.txt", data: "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", err: ErrBinary},
		{name: "gzip", source: "a.jsonl", data: "\x1F\x8B\x08\x08abc", err: ErrBinary},
		{name: "UTF-16 with NUL characters", source: "a.txt", data: "\xFF\xFEa\x00\x00\x00b\x00", err: ErrBinary},
		{name: "UTF-16 control characters", source: "a.txt", data: "\xFF\xFE\x01\x00\x02\x00\x03\x00a\x00", err: ErrBinary},
		{name: "control bytes", source: "x", data: "\x01\x02\x03\x04\x05\x06\x07\x08 some text", err: ErrBinary},
		{name: "plain", source: "a.txt", data: "Jedno zdanie.", format: FormatText},
		{name: "marker only", source: "a.txt", data: " date 2024-07", format: FormatText, date: "2024-07",
			blocks: []string{"header: date 2024-07"}},
		{name: "html by extension", source: "p.htm", data: "Not really <b>HTML</b> but long enough text to extract something useful from it.", format: FormatHTML},
		{name: "html by doctype", source: "-", data: "<!DOCTYPE html><html><body><p>Krótki tekst strony, który jednak powinien zostać wyciągnięty jako treść.</p></body></html>", format: FormatHTML},
		{name: "html by body tag", source: "page", data: "\n\n<body><p>Tekst w akapicie strony bez nagłówka, wystarczająco długi.</p></body>", format: FormatHTML},
		{name: "jsonl by content", source: "-", data: `{"text": "Zdanie w JSON."}` + "\n", format: FormatJSONL},
		{name: "json object without text is text", source: "-", data: `{"body": "x"}`, format: FormatText},
		{name: "jsonl by extension", source: "a.ndjson", data: `{"text": "x"}`, format: FormatJSONL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Read(tt.source, []byte(tt.data))
			if tt.err != nil {
				if len(errs) != 1 || !errors.Is(errs[0], tt.err) || len(docs) != 0 {
					t.Fatalf("got %d docs, errors %v; want error %v", len(docs), errs, tt.err)
				}
				if !strings.HasPrefix(errs[0].Error(), tt.source+": ") {
					t.Errorf("error %q does not name the source", errs[0])
				}
				return
			}
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d docs, errors %v", len(docs), errs)
			}
			d := docs[0]
			checkDoc(t, d)
			if d.Format != tt.format || d.Date != tt.date {
				t.Errorf("format %q date %q, want %q %q", d.Format, d.Date, tt.format, tt.date)
			}
			if tt.blocks != nil && !slices.Equal(blockTexts(d), tt.blocks) {
				t.Errorf("blocks %q, want %q", blockTexts(d), tt.blocks)
			}
		})
	}
}

func TestFormatByName(t *testing.T) {
	tests := map[string]string{
		"a.txt": "", "a.HTML": FormatHTML, "dir/a.xhtml": FormatHTML, "a.jsonl": FormatJSONL,
		"a.NDJSON": FormatJSONL, "-": "", "https://example.org/a.html?x=1.txt": FormatHTML,
		"https://example.org/feed?f=a.jsonl": "",
	}
	for name, want := range tests {
		if got := formatByName(name); got != want {
			t.Errorf("formatByName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestDocumentSizeLimit(t *testing.T) {
	line := strings.Repeat("Ala ma kota. ", 1000) + "\n"
	big := strings.Repeat(line, MaxDocumentSize/len(line)+1)
	_, errs := Read("big.txt", []byte(big))
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "big.txt") {
		t.Fatalf("text over the limit: %v", errs)
	}
	docs, errs := Read("ok.txt", []byte(big[:MaxDocumentSize]))
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("text at the limit: %d docs, %v", len(docs), errs)
	}
	rec, _ := json.Marshal(map[string]string{"text": big})
	jsonl := `{"text": "Krótki tekst."}` + "\n" + string(rec) + "\n"
	docs, errs = Read("in.jsonl", []byte(jsonl))
	if len(docs) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "in.jsonl:2") {
		t.Fatalf("JSONL line over the limit: %d docs, %v", len(docs), errs)
	}
}
