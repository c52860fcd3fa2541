package doc

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestMarshalPlaces checks the place fields: lat, lon, geonameid, admin1 and
// feature on a located entity only, and events[].location with code-point
// offsets behind its text.
func TestMarshalPlaces(t *testing.T) {
	text := "Delegacja przyjechała w Pjongjangu. Rosja milczy."
	at := func(s string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s)}
	}
	d := &Document{
		ID: Hash(text), Source: "x.txt", Lang: "pl", Text: text,
		Entities: []Entity{
			{ID: "E1", Type: "GPE", Name: "Pjongjang", Country: "PRK", Mentions: []Mention{{Span: at("Pjongjangu"), Lemma: "Pjongjang"}},
				Located: true, Lat: 39.03, Lon: 125.75, GeonameID: 1871859, Admin1: "Pyongyang", Feature: "PPLC"},
			{ID: "E2", Type: "GPE", Name: "Rosja", Country: "RUS", Mentions: []Mention{{Span: at("Rosja"), Lemma: "Rosja"}}},
		},
		Events: []Event{
			{ID: "V1", Type: "CONSULT", Trigger: at("przyjechała"), Sentence: at("Delegacja przyjechała w Pjongjangu."), Modality: "asserted",
				Location: &Location{Span: at("w Pjongjangu"), Name: "Pyongyang", Country: "PRK", Admin1: "Pyongyang",
					Lat: 39.03, Lon: 125.75, GeonameID: 1871859, Precision: "city"}},
			{ID: "V2", Type: "CONSULT", Trigger: at("milczy"), Sentence: at("Rosja milczy."), Modality: "asserted",
				Location: &Location{Span: at("Rosja"), Name: "Russia", Country: "RUS", Lat: 55.75, Lon: 37.61, Precision: "country"}},
		},
	}
	var buf bytes.Buffer
	if err := d.Marshal(&buf, false); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Entities []map[string]any `json:"entities"`
		Events   []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	e1, e2 := out.Entities[0], out.Entities[1]
	if e1["lat"] != 39.03 || e1["lon"] != 125.75 || e1["geonameid"] != float64(1871859) || e1["admin1"] != "Pyongyang" || e1["feature"] != "PPLC" {
		t.Errorf("located entity: %v", e1)
	}
	for _, k := range []string{"lat", "lon", "geonameid", "admin1", "feature"} {
		if _, ok := e2[k]; ok {
			t.Errorf("unlocated entity has %q: %v", k, e2)
		}
	}
	loc, _ := out.Events[0]["location"].(map[string]any)
	want := map[string]any{"text": "w Pjongjangu", "name": "Pyongyang", "country": "PRK", "admin1": "Pyongyang",
		"lat": 39.03, "lon": 125.75, "geonameid": float64(1871859), "precision": "city"}
	for k, v := range want {
		if loc[k] != v {
			t.Errorf("location[%q] = %v, want %v", k, loc[k], v)
		}
	}
	loc2, _ := out.Events[1]["location"].(map[string]any)
	if loc2["geonameid"] != nil || loc2["admin1"] != nil || loc2["precision"] != "country" {
		t.Errorf("country location: %v", loc2)
	}
	d.Events[0].Location = nil
	buf.Reset()
	if err := d.Marshal(&buf, false); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `"location"`) && strings.Count(buf.String(), `"location"`) != 1 {
		t.Errorf("an event without a place has a location: %s", buf.String())
	}
}
