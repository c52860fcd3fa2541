package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

// userKB returns a clone of the embedded base with the fixture files of
// testdata/user added.
func userKB(t *testing.T, files ...string) (*KB, []string) {
	t.Helper()
	kb := Default().Clone()
	var warnings []string
	for _, f := range files {
		path := filepath.Join("testdata", "user", f)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		w, err := kb.AddUserFile(path, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		warnings = append(warnings, w...)
	}
	return kb, warnings
}

func TestAddUserFile(t *testing.T) {
	kb, warnings := userKB(t, "people-local.tsv", "orgs-local.tsv", "local.actors", "local.agents")
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], filepath.Join("testdata", "user", "local.actors")+":7: date range \"2401\"") {
		t.Errorf("warnings %q: want one, for local.actors:7", warnings)
	}
	tests := []struct{ name, date, canonical, code string }{
		// A new person, by full name, alias, last name and in Cyrillic.
		{"Halina Wrzosek-Bajer", "2025", "Halina Wrzosek-Bajer", "POLGOV"},
		{"Wrzosek-Bajer", "2025", "Halina Wrzosek-Bajer", "POLGOV"},
		{"Галина Вжосек-Баер", "2025", "Halina Wrzosek-Bajer", "POLGOV"},
		// A new organisation and its aliases.
		{"ZKW", "", "Zakłady Kołowe Wrzos", "POLBUS"},
		{"Wrzos Wheels", "", "Zakłady Kołowe Wrzos", "POLBUS"},
		// PETRARCH actors: an organisation and a person with dated codes.
		{"Acme Widgets Corporation", "", "Acme Widgets", "POLBUS"},
		{"Marianna Kostrzewa", "2025-06-01", "Marianna Kostrzewa", "POLGOV"},
		{"Marianna Kostrzewa", "2020", "Marianna Kostrzewa", "POLLEG"},
		// A base actor extended by the user: the user's tenure where it
		// holds, the base's elsewhere.
		{"Donald Tusk", "2030-06", "Donald Tusk", "POLPTY"},
		{"Tuska", "2030-06", "Donald Tusk", "POLPTY"},
		{"Donald Tusk", "2024-06", "Donald Tusk", "POLGOV"},
		// The base is still there.
		{"Putina", "2024", "Vladimir Putin", "RUSGOV"},
	}
	for _, tt := range tests {
		ms := kb.Lookup(tt.name)
		if len(ms) == 0 {
			t.Errorf("%q: not found", tt.name)
			continue
		}
		a := ms[0].Actor
		if a.Canonical != tt.canonical || a.At(tt.date).Code() != tt.code {
			t.Errorf("%q at %q: %s %s, want %s %s", tt.name, tt.date, a.Canonical, a.At(tt.date).Code(), tt.canonical, tt.code)
		}
	}
	// Agents read descriptions, macros expanded.
	for _, w := range [][]string{{"cartwright"}, {"beekeeper"}} {
		if d := kb.Describe("en", append([]string{"Polish"}, w...)); d.Code() != "POL"+map[string]string{"cartwright": "BUS", "beekeeper": "AGR"}[w[0]] {
			t.Errorf("Describe(Polish %s) = %+v", w[0], d)
		}
	}
	// The embedded base is left as it was.
	def := Default()
	for _, n := range []string{"Halina Wrzosek-Bajer", "ZKW", "Acme Widgets", "Marianna Kostrzewa"} {
		if ms := def.Lookup(n); len(ms) > 0 {
			t.Errorf("Default().Lookup(%q) = %v: the user's file leaked into the base", n, ms[0].Actor.Canonical)
		}
	}
	if ms := def.Lookup("Donald Tusk"); len(ms) == 0 || ms[0].Actor.At("2030-06").Role == "PTY" {
		t.Errorf("Default's Donald Tusk got the user's tenure")
	}
	if d := def.Describe("en", []string{"Polish", "beekeeper"}); d.Role != "" {
		t.Errorf("Default reads the user's agent: %+v", d)
	}
}

// TestUserNameFirst checks that a user's actor comes before the base's
// for a name both have.
func TestUserNameFirst(t *testing.T) {
	kb := Default().Clone()
	if _, err := kb.AddUserFile("orgs-mine.tsv", []byte("Kremlin Cafe\tPOL\tBUS\t\t\tcafe\tKreml\n")); err != nil {
		t.Fatal(err)
	}
	if ms := kb.Lookup("Kreml"); len(ms) < 2 || ms[0].Actor.Canonical != "Kremlin Cafe" || ms[1].Actor.Canonical != "Kremlin" {
		t.Errorf("Lookup(Kreml) = %v, want the user's first, then the base's", ms)
	}
	if ms := Default().Lookup("Kreml"); len(ms) != 1 || ms[0].Actor.Canonical != "Kremlin" {
		t.Errorf("Default().Lookup(Kreml) = %v", ms)
	}
}

func TestAddUserFileErrors(t *testing.T) {
	read := func(f string) (string, []byte) {
		path := filepath.Join("testdata", "user", f)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return path, data
	}
	tests := []struct {
		file string
		data string // instead of the file's
		want string
	}{
		{file: "people-bad.tsv", want: "people-bad.tsv:3: role \"XYZ\": unknown code XYZ"},
		{file: "not-a-dictionary.txt", want: "not-a-dictionary.txt: not a PETRARCH/TABARI actors or agents file"},
		{file: "mine.tsv", data: "A\tPOL\n", want: "mine.tsv: unknown kind of file"},
		{file: "people-empty.tsv", data: "# nothing\n\n", want: "people-empty.tsv: no entries"},
		{file: "people-x.tsv", data: "Jan (fixture\tPOL\n", want: "people-x.tsv:1: name \"Jan (fixture\""},
		{file: "people-y.tsv", data: "Jan\tPOL\tGOV\t2024-13\n", want: "people-y.tsv:1: date \"2024-13\""},
		{file: "people-z.tsv", data: "Jan\tPOL\tGOV\t2024\t2023\n", want: "people-z.tsv:1: tenure ends (2023) before it begins (2024)"},
		{file: "people-c.tsv", data: "# a country no one knows\nJan Kowalski\tZZZ\tGOV\n", want: "people-c.tsv:2: country code \"ZZZ\": neither a country"},
		{file: "orgs-c.tsv", data: "Zarząd\tPOL\tGOV\nRada\tZZZ\n", want: "orgs-c.tsv:2: country code \"ZZZ\""},
	}
	for _, tt := range tests {
		name, data := tt.file, []byte(tt.data)
		if tt.data == "" {
			name, data = read(tt.file)
		}
		_, err := Default().Clone().AddUserFile(name, data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.file, err, tt.want)
		}
	}
}

// TestQualifiedNamesakes checks the data convention for two people of one
// full name: distinct IDs by a qualifier, one canonical name, and the
// tenure at the document's date choosing between them.
func TestQualifiedNamesakes(t *testing.T) {
	kb, _ := userKB(t, "people-local.tsv")
	var ids []string
	for _, m := range kb.Lookup("Piotr Sadło") {
		ids = append(ids, m.Actor.ID())
		if m.Actor.Canonical != "Piotr Sadło" {
			t.Errorf("canonical %q, want the name without its qualifier", m.Actor.Canonical)
		}
	}
	if strings.Join(ids, "|") != "Piotr Sadło (fixture B)|Piotr Sadło (fixture A)" {
		t.Errorf("Lookup(Piotr Sadło): %q", ids)
	}
	for _, tt := range []struct{ name, date, want string }{
		{"Piotr Sadło", "2020-06", "POLBUS"},
		{"Piotr Sadło", "2024-06", "POLMED"},
		{"Sadło", "2020-06", "POLBUS"},
		{"Sadło", "2025", "POLMED"},
	} {
		d := &doc.Document{Date: tt.date, Lang: "pl", Entities: []doc.Entity{{Type: "PERSON", Name: tt.name}}}
		kb.Resolve(d, nil)
		if e := d.Entities[0]; e.Actor != tt.want || e.Canonical != "Piotr Sadło" {
			t.Errorf("%s at %s: %q %q, want Piotr Sadło %s", tt.name, tt.date, e.Canonical, e.Actor, tt.want)
		}
	}
}
