package actors

import (
	"os"
	"strings"
	"testing"
)

const petrarchFixture = `# a comment
RUSSIA_  [RUS]
+RUSSIAN_FEDERATION_
+MOSCOW_ # the capital

VLADIMIR_PUTIN_  # CountryInfo.txt
+PRESIDENT_PUTIN_
	[RUSELI 700101-990809]
	[RUSGOV 991231-080507]
	[RUSGOV >120507]
UN_ [IGOUNO]
OLD_LEADER_
FORMER_LEADER_
	[ABCGOV <050101]
`

func TestImportPETRARCH(t *testing.T) {
	dict, err := ImportPETRARCH(strings.NewReader(petrarchFixture), "fixture.actors")
	if err != nil {
		t.Fatal(err)
	}
	if len(dict.Actors) != 4 {
		t.Fatalf("%d actors, want 4: %+v", len(dict.Actors), dict.Actors)
	}
	russia := dict.Actors[0]
	if russia.Name != "Russia" || strings.Join(russia.Aliases, "|") != "Russian Federation|Moscow" || russia.Tenures[0].Country != "RUS" {
		t.Errorf("Russia: %+v", russia)
	}
	putin := dict.Actors[1]
	want := []Tenure{
		{Country: "RUS", Role: "ELI", From: "1970-01-01", To: "1999-08-09", Title: "RUSELI"},
		{Country: "RUS", Role: "GOV", From: "1999-12-31", To: "2008-05-07", Title: "RUSGOV"},
		{Country: "RUS", Role: "GOV", From: "2012-05-07", Title: "RUSGOV"},
	}
	if len(dict.Problems) > 0 {
		t.Errorf("problems: %q", dict.Problems)
	}
	if putin.Name != "Vladimir Putin" || len(putin.Tenures) != 3 {
		t.Fatalf("Putin: %+v", putin)
	}
	for i, w := range want {
		if putin.Tenures[i] != w {
			t.Errorf("Putin tenure %d: %+v, want %+v", i, putin.Tenures[i], w)
		}
	}
	if un := dict.Actors[2]; un.Tenures[0].Country != "UNO" || un.Tenures[0].Role != "" {
		t.Errorf("UN: %+v", un)
	}
	if old := dict.Actors[3]; old.Tenures[0].To != "2005-01-01" || old.Tenures[0].From != "" || strings.Join(old.Aliases, "|") != "Former Leader" {
		t.Errorf("old leader: %+v", old)
	}

	var b strings.Builder
	if err := dict.WriteTSV(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Vladimir Putin\tRUS\tGOV\t1999-12-31\t2008-05-07\tPETRARCH RUSGOV\t\n") {
		t.Errorf("TSV:\n%s", b.String())
	}
	// What WriteTSV writes loads as a people file.
	kb := newKB()
	if err := kb.AddFile("people.tsv", []byte(b.String())); err != nil {
		t.Errorf("reading back: %v", err)
	}
	if ms := kb.Lookup("President Putin"); len(ms) != 1 || ms[0].Actor.At("2005").Code() != "RUSGOV" {
		t.Errorf("reading back: President Putin → %v", ms)
	}

	kb = newKB()
	kb.AddImported(dict, "fixture.actors")
	if ms := kb.Lookup("Russian Federation"); len(ms) != 1 || ms[0].Actor.Canonical != "Russia" {
		t.Errorf("AddImported: Russian Federation → %v", ms)
	}
}

func TestImportPETRARCHAgents(t *testing.T) {
	const agents = "!PERSON! = MAN, WOMAN\nCATTLE!PERSON! [~AGR]\nANTI_RIOT_POLICE {} [~COP]\nCHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"
	dict, err := ImportPETRARCH(strings.NewReader(agents), "fixture.agents")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range dict.Agents {
		got = append(got, a.Phrase+"="+a.Role)
	}
	if want := "cattleman=AGR|cattlewoman=AGR|anti riot police=COP|chamber of commerce=BUS"; strings.Join(got, "|") != want {
		t.Errorf("agents %s, want %s", strings.Join(got, "|"), want)
	}
}

func TestImportPETRARCHProblems(t *testing.T) {
	for in, want := range map[string]string{
		"+ALIAS\n":                  "f:1: a further name before any actor",
		"\n\t[RUS]\n":               "f:2: a code before any actor",
		"A_ [RUSGOV 991231]\n":      "f:1: date range \"991231\"",
		"A_ [RUSGOV 991331-000101]": "f:1: date \"991331\": no such month or day",
		"A_ [RUSGOV\n":              "f:1: unclosed [",
		"A_ [] \n":                  "f:1: code",
		"A_ [RUSGOV 1234567]\n":     "f:1: date range",
		"A_ [RUSGOV >1234567]\n":    "f:1: date \"1234567\"",
	} {
		dict, err := ImportPETRARCH(strings.NewReader(in), "f")
		if err != nil {
			t.Fatal(err)
		}
		if len(dict.Problems) != 1 || !strings.Contains(dict.Problems[0], want) {
			t.Errorf("%q: problems %q, want one with %q", in, dict.Problems, want)
		}
	}
}

// TestImportPETRARCHFiles reads the Phoenix dictionaries when they are
// beside the repository.
func TestImportPETRARCHFiles(t *testing.T) {
	dir := "../../shared/data/events/petrarch/"
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"} {
		r, err := os.Open(dir + f)
		if err != nil {
			t.Skipf("no PETRARCH dictionaries: %v", err)
		}
		dict, err := ImportPETRARCH(r, f)
		r.Close()
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		t.Logf("%s: %d actors, %d agents, %d problems", f, len(dict.Actors), len(dict.Agents), len(dict.Problems))
		if len(dict.Problems) > 20 {
			t.Errorf("%s: %d problems, first %s", f, len(dict.Problems), dict.Problems[0])
		}
		if len(dict.Actors)+len(dict.Agents) < 100 {
			t.Errorf("%s: only %d entries", f, len(dict.Actors)+len(dict.Agents))
		}
		// What the converter writes loads as Kronika data.
		var b strings.Builder
		if err := dict.WriteTSV(&b); err != nil {
			t.Fatal(err)
		}
		kind := "people.tsv"
		if len(dict.Agents) > 0 {
			kind = "roles.tsv"
		}
		if err := newKB().AddFile(kind, []byte(b.String())); err != nil {
			t.Errorf("%s converted: %v", f, err)
		}
	}
}

func FuzzImportPETRARCH(f *testing.F) {
	f.Add(petrarchFixture)
	f.Add("!A! = B, C\nX!A!!A! [~GOV]\n")
	f.Add("A_ [IGO~] [USA <900101]\n")
	f.Fuzz(func(t *testing.T, in string) {
		dict, err := ImportPETRARCH(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var b strings.Builder
		if err := dict.WriteTSV(&b); err != nil {
			t.Fatal(err)
		}
		newKB().AddImported(dict, "fuzz")
	})
}
