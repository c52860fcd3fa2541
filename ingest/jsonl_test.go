package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	docs, errs := ReadInput("testdata/stories.jsonl", nil)
	type want struct{ source, date, lang, title, text string }
	wantDocs := []want{
		{"https://example.org/a/1.html", "2025-03-14", "en", "Ministers meet in Warsaw",
			"Ministers meet in Warsaw\n\nForeign ministers met in Warsaw on Friday to discuss border security."},
		{"testdata/stories.jsonl:2", "2024-07", "pl", "", "Premier spotkał się w piątek z przedstawicielami rolników."},
		{"testdata/stories.jsonl:8", "2025-03-14", "", "", "Last good record."},
	}
	if len(docs) != len(wantDocs) {
		t.Fatalf("%d documents, want %d (errors %v)", len(docs), len(wantDocs), errs)
	}
	for i, d := range docs {
		checkDoc(t, d)
		w := wantDocs[i]
		got := want{d.Source, d.Date, d.Lang, d.Title, d.Text}
		if got != w || d.Format != FormatJSONL {
			t.Errorf("document %d = %+v (%s), want %+v", i, got, d.Format, w)
		}
	}
	var lines []string
	for _, err := range errs {
		msg := err.Error()
		lines = append(lines, msg[:strings.Index(msg, ": ")])
	}
	if wantLines := []string{"testdata/stories.jsonl:4", "testdata/stories.jsonl:5", "testdata/stories.jsonl:6", "testdata/stories.jsonl:7"}; !slices.Equal(lines, wantLines) {
		t.Errorf("errors %v, want lines %v", errs, wantLines)
	}
}

func TestReadJSONLEdges(t *testing.T) {
	tests := []struct {
		name, data string
		docs, errs int
	}{
		{"crlf lines", "{\"text\": \"a\"}\r\n{\"text\": \"b\"}\r\n", 2, 0},
		{"no final newline", `{"text": "a"}`, 1, 0},
		{"blank lines only", "\n\n", 0, 1},
		{"text not a string", `{"text": 5}`, 0, 1},
		{"title an object", `{"text": "a", "title": {"x": 1}}`, 0, 1},
		{"number title", `{"text": "a", "title": 12}`, 1, 0},
		{"trailing garbage", `{"text": "a"} x`, 0, 1},
		{"array", `["text"]`, 0, 1},
		{"invalid utf-8 inside", "{\"text\": \"a\xffb\"}", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Read("t.jsonl", []byte(tt.data))
			if len(docs) != tt.docs || len(errs) != tt.errs {
				t.Fatalf("%d docs, errors %v; want %d docs, %d errors", len(docs), errs, tt.docs, tt.errs)
			}
			for _, d := range docs {
				checkDoc(t, d)
			}
			for _, err := range errs {
				if !strings.HasPrefix(err.Error(), "t.jsonl") || strings.Contains(err.Error(), "\n") {
					t.Errorf("error %q: want one line naming the file", err)
				}
			}
		})
	}
	if _, errs := Read("t.jsonl", []byte("\n \n")); len(errs) != 1 || !errors.Is(errs[0], ErrEmpty) {
		t.Errorf("blank JSONL: errors %v, want empty input", errs)
	}
}

// TestReadVOASample reads the real Voice of America sample: every line has a
// url, a title and a publication time.
func TestReadVOASample(t *testing.T) {
	path := sharedPath(t, "data/voa/voa_stories.jsonl")
	docs, errs := ReadInput(path, nil)
	if len(errs) != 0 || len(docs) == 0 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	for _, d := range docs {
		checkDoc(t, d)
		if !strings.HasPrefix(d.Source, "https://") || d.Title == "" || len(d.Date) != 10 {
			t.Errorf("source %q title %q date %q", d.Source, d.Title, d.Date)
		}
	}
}

func TestNormDate(t *testing.T) {
	tests := map[string]string{
		"2025-03-14 20:30:26Z":            "2025-03-14",
		"2025-03-14T20:30:26+01:00":       "2025-03-14",
		"2025-03-14":                      "2025-03-14",
		" 2024-07 ":                       "2024-07",
		"2024":                            "2024",
		"Fri, 14 Mar 2025 20:30:26 GMT":   "2025-03-14",
		"Fri, 14 Mar 2025 20:30:26 +0100": "2025-03-14",
		"14.03.2025":                      "2025-03-14",
		"March 14, 2025":                  "2025-03-14",
		"2022-5-3T23:57:00":               "2022-05-03",
		"2022-5-5 22:17:36":               "2022-05-05",
		"10/05/2022 05:22 pm":             "2022-05-10",
		"12.07.2024, 10:00":               "2024-07-12",
		"Mon Oct 11 14:57:21 CEST 2021":   "2021-10-11",
		"31/02/2022 10:00":                "",
		"2022-5-35":                       "",
		"2025-02-30":                      "",
		"2025-13":                         "",
		"20250314":                        "",
		"2025-03-145":                     "",
		"yesterday":                       "",
		"":                                "",
	}
	for in, want := range tests {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLangCode(t *testing.T) {
	tests := map[string]string{"pl": "pl", "PL": "pl", "pl-PL": "pl", "en_US": "en", "fil": "fil", "": "", "polish": "", "p1": ""}
	for in, want := range tests {
		if got := langCode(in); got != want {
			t.Errorf("langCode(%q) = %q, want %q", in, got, want)
		}
	}
}
