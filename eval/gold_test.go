package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseGoldValid(t *testing.T) {
	data, err := os.ReadFile("testdata/gold/umowa.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	g, errs := ParseGold("umowa.gold.json", data)
	if errs != nil {
		t.Fatal(errs)
	}
	if g.Document != "umowa.txt" || g.Lang != "pl" || g.Date != "2025-03-14" ||
		len(g.Events) != 2 || len(g.Quotes) != 1 || len(g.Entities) != 5 {
		t.Fatalf("parsed %+v", g)
	}
	e := g.Events[1]
	if e.Type != "AGREE" || e.Mode != "" || !e.Symmetric || e.Required || e.SourceCountry != "CAN" {
		t.Errorf("events[1] = %+v", e)
	}
}

func TestParseGoldErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/bad/broken.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	g, errs := ParseGold("broken.gold.json", data)
	if g != nil {
		t.Error("a file with errors gave a GoldFile")
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		`broken.gold.json: date: not YYYY, YYYY-MM or YYYY-MM-DD: "2025-13"`,
		`broken.gold.json: events[2].type: missing`,
		`broken.gold.json: events[3].type: unknown PLOVER type "FOO"`,
		`broken.gold.json: events[4].requried: unknown field`,
		`broken.gold.json: events[4].source_country: missing`,
		`broken.gold.json: quotes[0].text_prefix: missing`,
		`broken.gold.json: entities[0].type: unknown entity type "COUNTRY"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseGoldCases(t *testing.T) {
	base := `"document": "x.txt", "lang": "en", "date": null, "quotes": [], "entities": []`
	for _, tc := range []struct {
		name, json, want string
	}{
		{"null source country is allowed", `{` + base + `, "events": [{"type": "ASSAULT", "source_country": null, "target_country": "AFG"}]}`, ""},
		{"bad JSON", "{\n" + base + ",\n \"events\": [,]}", `x.gold.json: bad JSON: line 3 column`},
		{"not an object", `[1, 2]`, `x.gold.json: bad JSON:`},
		{"null file", `null`, `x.gold.json: bad JSON: the file must hold one object`},
		{"trailing data", `{` + base + `, "events": []} {}`, `x.gold.json: bad JSON: data after the JSON object`},
		{"missing events", `{` + base + `}`, `x.gold.json: events: missing (use [] when there are none)`},
		{"events not an array", `{` + base + `, "events": {}}`, `x.gold.json: events: want an array, have {}`},
		{"event not an object", `{` + base + `, "events": [3]}`, `x.gold.json: events[0]: want an object, have 3`},
		{"type not a string", `{` + base + `, "events": [{"type": 7, "source_country": "USA"}]}`, `x.gold.json: events[0].type: want a string, have 7`},
		{"bad country", `{` + base + `, "events": [{"type": "AID", "source_country": "usa"}]}`, `x.gold.json: events[0].source_country: not a country code (ISO 3166-1 alpha-3 or group code): "usa"`},
		{"required not bool", `{` + base + `, "events": [{"type": "AID", "source_country": "USA", "required": "yes"}]}`, `x.gold.json: events[0].required: want true or false, have "yes"`},
		{"bad modality", `{` + base + `, "events": [{"type": "AID", "source_country": "USA", "modality": "maybe"}]}`, `x.gold.json: events[0].modality: unknown modality "maybe"`},
		{"bad cameo", `{` + base + `, "events": [{"type": "AID", "source_country": "USA", "cameo": "7a"}]}`, `x.gold.json: events[0].cameo: not a CAMEO code`},
		{"empty type", `{` + base + `, "events": [{"type": " ", "source_country": "USA"}]}`, `x.gold.json: events[0].type: must not be empty`},
		{"null document", `{"document": null, "lang": "en", "events": [], "quotes": [], "entities": []}`, `x.gold.json: document: must not be null`},
		{"bad lang", `{"document": "x.txt", "lang": "Polish", "events": [], "quotes": [], "entities": []}`, `x.gold.json: lang: not an ISO 639-1 code: "Polish"`},
		{"unknown top field", `{` + base + `, "events": [], "time": []}`, `x.gold.json: time: unknown field`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := ParseGold("x.gold.json", []byte(tc.json))
			if tc.want == "" {
				if errs != nil {
					t.Fatalf("unexpected errors %v", errs)
				}
				return
			}
			if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tc.want) {
				t.Fatalf("got %v, want one error starting %q", errs, tc.want)
			}
		})
	}
}

// TestParseSharedGold checks that every gold file of the project's shared
// evaluation set parses; the set is absent on a user's machine.
func TestParseSharedGold(t *testing.T) {
	files, _ := filepath.Glob("../../shared/eval/*" + GoldSuffix)
	if len(files) == 0 {
		t.Skip("../../shared/eval not present")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, errs := ParseGold(f, data); errs != nil {
			t.Errorf("%v", errs)
		}
	}
}

func TestIsDate(t *testing.T) {
	for s, want := range map[string]bool{"2024": true, "2024-07": true, "2024-07-31": true,
		"2024-7": false, "2024-00": false, "2024-07-32": false, "24": false, "": false, "2024-07-01-01": false} {
		if isDate(s) != want {
			t.Errorf("isDate(%q) = %v", s, !want)
		}
	}
}
