package ingest

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// fuzzSeeds are inputs of every kind the readers handle, for the seed
// corpora of the fuzz targets.
func fuzzSeeds(f *testing.F) [][]byte {
	seeds := [][]byte{
		nil,
		[]byte(" date 2024-07 Zdanie.\n\nDrugie."),
		[]byte("date 2021\n\nTytuł\n\nTreść."),
		[]byte("Tytuł\r\n\r\nTreść\r\n"),
		[]byte("\xEF\xBB\xBFTytuł\n\nTreść."),
		[]byte("\xFF\xFEa\x00b\x00"),
		[]byte("\xFE\xFF\x00a\x00b\xD8\x00"),
		[]byte("ja\xC5 \xE2\x80 ko"),
		[]byte("\x00\x01\x02binary"),
		[]byte(`{"text": "a", "title": "b", "date": "2024-07-01"}` + "\n" + `{"text": 1}`),
		[]byte("<html><head><title>T</title></head><body><h2>H</h2><p>Akapit tekstu.</p></body></html>"),
		[]byte("<p>bez html<b>"),
		[]byte(strings.Repeat("<div>", 100)),
	}
	if b, err := charmap.Windows1250.NewEncoder().Bytes([]byte(polish)); err == nil {
		seeds = append(seeds, b)
	}
	if b, err := charmap.ISO8859_2.NewEncoder().Bytes([]byte(polish)); err == nil {
		seeds = append(seeds, b)
	}
	for _, p := range []string{"testdata/page.html", "testdata/broken.html", "testdata/stories.jsonl", "testdata/title_first.txt"} {
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, b)
		}
	}
	return seeds
}

func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add("in", s)
		f.Add("in.html", s)
		f.Add("in.jsonl", s)
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		docs, errs := Read(name, data)
		for _, d := range docs {
			checkDoc(t, d)
		}
		if len(docs) == 0 && len(errs) == 0 {
			t.Errorf("neither documents nor errors")
		}
		for _, err := range errs {
			if err == nil {
				t.Errorf("nil error")
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, "")
	}
	f.Add([]byte("\xb1\xb6\xbc"), "iso-8859-2")
	f.Add([]byte("\xb9\x9c\x9f"), "utf-16")
	f.Fuzz(func(t *testing.T, data []byte, declared string) {
		text, enc := decode(data, declared)
		if !utf8.ValidString(text) {
			t.Fatalf("decode(%q) = %q, not valid UTF-8", data, text)
		}
		if enc == "" {
			t.Fatal("no encoding named")
		}
		if utf8.Valid(data) && !strings.HasPrefix(string(data), "\xEF\xBB\xBF") && enc == encUTF8 && text != string(data) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", data, text)
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add(`{"text": "a"}`)
	f.Add(`{"text": "a", "title": "T", "published": "2025-03-14 20:30:26Z", "url": "u", "lang": "pl"}` + "\n\n" + `{"text": null}`)
	f.Add(`{"text": "a", "title": 3, "date": null}` + "\r\n" + "[1]\n{")
	if b, err := os.ReadFile("testdata/stories.jsonl"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // readJSONL gets decoded text
		}
		docs, _ := readJSONL("f.jsonl", text)
		for _, d := range docs {
			checkDoc(t, d)
			if d.Format != FormatJSONL {
				t.Errorf("format %q", d.Format)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		if utf8.Valid(s) {
			f.Add(string(s))
		}
	}
	f.Add("<table><tr><td><h1>x<p>y</h1></td></tr>")
	f.Add("<html><body><pre>a\n\n\nb</pre><br><br></body>")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // readHTML gets decoded text
		}
		d, err := readHTML("f.html", text)
		if err != nil {
			if d != nil {
				t.Error("document and error")
			}
			if !strings.HasPrefix(err.Error(), "f.html: ") {
				t.Errorf("error %q does not name the source", err)
			}
			return
		}
		checkDoc(t, d)
	})
}
