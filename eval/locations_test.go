package eval

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestParseGoldLocation(t *testing.T) {
	head := `{"document": "a.txt", "lang": "pl", "date": null, "quotes": [], "entities": [], "events": [{"type": "ASSAULT", "source_country": "RUS", "target_country": "UKR"`
	cases := []struct {
		loc     string
		has     bool
		want    *GoldLocation
		wantErr string
	}{
		{``, false, nil, ""},
		{`, "location": null`, true, nil, ""},
		{`, "location": {"name": "Kharkiv", "country": "UKR", "precision": "city"}`, true, &GoldLocation{"Kharkiv", "UKR", "city"}, ""},
		{`, "location": {"name": "Kharkiv", "country": "UKR", "precision": "town"}`, true, nil, `events[0].location.precision: unknown precision "town"`},
		{`, "location": {"name": "Kharkiv", "precision": "city"}`, true, nil, `events[0].location.country: missing`},
		{`, "location": {"name": "Kharkiv", "country": "UKR", "precision": "city", "lat": 50}`, true, nil, `events[0].location.lat: unknown field`},
		{`, "location": "Kharkiv"`, true, nil, `events[0].location: want an object or null`},
	}
	for _, c := range cases {
		g, errs := ParseGold("x.gold.json", []byte(head+c.loc+`}]}`))
		if c.wantErr != "" {
			var all []string
			for _, e := range errs {
				all = append(all, e.Error())
			}
			if !strings.Contains(strings.Join(all, "\n"), c.wantErr) {
				t.Errorf("%s: errors %q, want %q", c.loc, all, c.wantErr)
			}
			continue
		}
		if len(errs) > 0 {
			t.Errorf("%s: %v", c.loc, errs)
			continue
		}
		e := g.Events[0]
		if e.HasLocation != c.has || (e.Location == nil) != (c.want == nil) || e.Location != nil && *e.Location != *c.want {
			t.Errorf("%s: has %v location %+v, want %v %+v", c.loc, e.HasLocation, e.Location, c.has, c.want)
		}
	}
}

func TestScoreLocations(t *testing.T) {
	kharkiv := &doc.Location{Name: "Kharkiv", Country: "UKR", Precision: "city"}
	ukraine := &doc.Location{Name: "Ukraine", Country: "UKR", Precision: "country"}
	cases := []struct {
		gold  *GoldLocation
		has   bool
		got   *doc.Location
		total int
		right int
	}{
		{&GoldLocation{"Kharkiv", "UKR", "city"}, true, kharkiv, 1, 1},
		{&GoldLocation{"kharkiv", "UKR", "city"}, true, kharkiv, 1, 1},
		{&GoldLocation{"Kharkiv", "UKR", "city"}, true, ukraine, 1, 0},
		{&GoldLocation{"Ukraine", "UKR", "country"}, true, ukraine, 1, 1},
		{&GoldLocation{"Ukraine", "UKR", "country"}, true, kharkiv, 1, 0},
		{&GoldLocation{"Kharkiv", "UKR", "city"}, true, nil, 1, 0},
		{nil, true, nil, 1, 1},
		{nil, true, kharkiv, 1, 0},
		{nil, false, kharkiv, 0, 0}, // not annotated: not scored
	}
	for i, c := range cases {
		g := &GoldFile{Events: []GoldEvent{{HasLocation: c.has, Location: c.gold}}}
		d := &doc.Document{Events: []doc.Event{{Location: c.got}}}
		a := ScoreLocations(g, d, []int{0})
		if a.Total != c.total || a.Correct != c.right {
			t.Errorf("case %d: %d/%d, want %d/%d", i, a.Correct, a.Total, c.right, c.total)
		}
	}
	// An unmatched prediction is not scored.
	g := &GoldFile{Events: []GoldEvent{{HasLocation: true}}}
	d := &doc.Document{Events: []doc.Event{{Location: kharkiv}}}
	if a := ScoreLocations(g, d, []int{-1}); a.Total != 0 {
		t.Errorf("unmatched prediction scored: %+v", a)
	}
}
