package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLookupAgreesWithExtract: "actors lookup --date D NAME" names the
// actor extract links NAME to in an article of date D.
func TestLookupAgreesWithExtract(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ date, text string }{
		{"2005", "Blair powiedział, że rozmowy były dobre."},
		{"2024", "Blair powiedział, że rozmowy były dobre."},
	} {
		in := filepath.Join(dir, c.date+".txt")
		os.WriteFile(in, []byte(" date "+c.date+"\n"+c.text+"\n"), 0o644)
		stdout, stderr, code := kronika(t, "extract", in)
		if code != 0 {
			t.Fatalf("extract: %s", stderr)
		}
		var out struct {
			Entities []struct{ Name, Canonical, Actor string }
		}
		if err := json.Unmarshal([]byte(stdout), &out); err != nil {
			t.Fatal(err)
		}
		linked := ""
		for _, e := range out.Entities {
			if e.Name == "Blair" {
				linked = e.Canonical + "\t" + e.Actor
			}
		}
		stdout, stderr, code = kronika(t, "actors", "lookup", "--date", c.date, "Blair")
		if code != 0 {
			t.Fatalf("lookup: %s", stderr)
		}
		first := strings.SplitN(strings.SplitN(stdout, "\n", 2)[0], "\t", 4)
		looked := ""
		if len(first) >= 3 {
			looked = first[1] + "\t" + first[2]
		}
		if linked == "" || looked != linked {
			t.Errorf("%s: extract links Blair to %q, lookup gives %q", c.date, linked, looked)
		}
	}
}
