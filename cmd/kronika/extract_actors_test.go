package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// userData is where the actor package keeps its fixtures of user
// dictionaries.
const userData = "../../actors/testdata/user/"

// extractedActors runs extract on text with args before it and returns
// each entity's name with its canonical name and actor code.
func extractedActors(t *testing.T, text string, args ...string) map[string]string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := kronika(t, append(append([]string{"extract"}, args...), path)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rec struct {
		Entities []struct {
			Name      string  `json:"name"`
			Canonical *string `json:"canonical"`
			Actor     *string `json:"actor"`
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range rec.Entities {
		v := "-"
		if e.Canonical != nil && e.Actor != nil {
			v = *e.Canonical + " " + *e.Actor
		}
		got[e.Name] = v
	}
	return got
}

const userArticle = " date 2025-03-10\nThe mayor, Halina Wrzosek-Bajer, met Acme Widgets executives in Gdańsk, and Donald Tusk welcomed the talks.\n"

func TestExtractUserActors(t *testing.T) {
	before := extractedActors(t, userArticle)
	after := extractedActors(t, userArticle, "--actors", userData+"people-local.tsv", "--actors", userData+"local.actors")
	for name, want := range map[string][2]string{
		"Halina Wrzosek-Bajer": {"-", "Halina Wrzosek-Bajer POLGOV"},
		"Acme Widgets":         {"-", "Acme Widgets POLBUS"},
		"Donald Tusk":          {"Donald Tusk POLGOV", "Donald Tusk POLGOV"},
		"Gdańsk":               {"Gdańsk POL", "Gdańsk POL"},
	} {
		if before[name] != want[0] {
			t.Errorf("without --actors: %s → %q, want %q", name, before[name], want[0])
		}
		if after[name] != want[1] {
			t.Errorf("with --actors: %s → %q, want %q", name, after[name], want[1])
		}
	}
}

func TestExtractUserActorsErrors(t *testing.T) {
	for _, tt := range []struct {
		file, want string
	}{
		{"people-bad.tsv", "people-bad.tsv:3: role \"XYZ\": unknown code XYZ"},
		{"not-a-dictionary.txt", "not-a-dictionary.txt: not a PETRARCH/TABARI actors or agents file"},
		{"no-such-file.tsv", "no-such-file.tsv: no such file"},
	} {
		out, errs, code := kronika(t, "extract", "--actors", userData+tt.file, seed)
		if code != 1 || out != "" || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s: exit %d, stdout %d bytes, stderr %q; want 1, nothing, one line with %q", tt.file, code, len(out), errs, tt.want)
		}
	}
	// The lines of a PETRARCH file that cannot be read are reported, and
	// the rest is used.
	_, errs, code := kronika(t, "extract", "--actors", userData+"local.actors", seed)
	if code != 0 || !strings.Contains(errs, "local.actors:7: date range") {
		t.Errorf("exit %d, stderr %q: want 0 and the line left out", code, errs)
	}
	if _, errs, code := kronika(t, "extract", "--actors", "", seed); code != 2 {
		t.Errorf("--actors '': exit %d, %q; want 2", code, errs)
	}
}

func TestExtractUsageNamesActors(t *testing.T) {
	_, errs, code := kronika(t, "extract")
	if code != 2 || !strings.Contains(errs, "--actors FILE") {
		t.Errorf("exit %d, usage %q: want --actors in it", code, errs)
	}
}

func TestActorsLookupUserFile(t *testing.T) {
	out, errs, code := kronika(t, "actors", "lookup", "--date", "2025", "--actors", userData+"people-local.tsv", "Wrzosek-Bajer", "Putin")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Wrzosek-Bajer\tHalina Wrzosek-Bajer\tPOLGOV\tmayor of a town\tperson", "Putin\tVladimir Putin\tRUSGOV"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q: want %q", out, want)
		}
	}
	if _, errs, code := kronika(t, "actors", "lookup", "--actors", userData+"people-bad.tsv", "Putin"); code != 1 || !strings.Contains(errs, "people-bad.tsv:3:") {
		t.Errorf("bad file: exit %d, %q", code, errs)
	}
}
