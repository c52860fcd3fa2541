package actors

import (
	"testing"
	"testing/fstest"

	"github.com/kronika/kronika/doc"
)

// namesakeKB is a small base with two people of one last name in
// different periods, and a person whose last name shares its key with a
// Russian case form of a country's name.
func namesakeKB(t *testing.T) *KB {
	t.Helper()
	fsys := fstest.MapFS{
		"data/countries.tsv": {Data: []byte("RUS\tRussia\tRussian\tRosja|Россия\n" +
			"GBR\tUnited Kingdom\tBritish\tWielka Brytania\n" +
			"CAN\tCanada\tCanadian\tKanada\n" +
			"ARG\tArgentina\tArgentine\tArgentyna\n")},
		"data/people.tsv": {Data: []byte(
			"Tony Blair\tGBR\tGOV\t1997-05-02\t2007-06-27\tprime minister\tBlair|Тони Блэр\n" +
				"Bill Blair\tCAN\tGOVMIL\t2023-07-26\t2025-05-13\tdefence minister\n" +
				"Agustín Rossi\tARG\tGOVMIL\t2013-06\t2015-12-10\tdefence minister\tАгустин Росси\n")},
	}
	kb, err := Load(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// TestNamesakes checks how a last name several people share is linked: to
// the person named in full in the document, else to the only one in office
// at the document's date, else to nobody.
func TestNamesakes(t *testing.T) {
	kb := namesakeKB(t)
	tests := []struct {
		name        string
		date        string
		typ         string // "" for PERSON
		full        string // a person named in full in the document, or ""
		place       string // a country named in the document, or ""
		want, actor string
	}{
		// (b) the only namesake in office at the date.
		{name: "Blair", date: "2005", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", date: "2005-03-14", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", date: "2024", want: "Bill Blair", actor: "CANGOVMIL"},
		{name: "Blair", date: "2025-05", want: "Bill Blair", actor: "CANGOVMIL"},
		// Dates compared at the precision given.
		{name: "Blair", date: "2007", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", date: "2007-06", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", date: "2007-07"},
		{name: "Blair", date: "2025-05-14"},
		// A case form the base forms find.
		{name: "Blaira", date: "2006", want: "Tony Blair", actor: "GBRGOV"},
		// (c) neither in office, or no date: nobody.
		{name: "Blair", date: "2015"},
		{name: "Blair"},
		// (a) named in full in the document comes first.
		{name: "Blair", date: "2015", full: "Tony Blair", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", date: "2024", full: "Tony Blair", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", full: "Bill Blair", want: "Bill Blair", actor: "CANGOVMIL"},
		// Only people.
		{name: "Blair", date: "2005", typ: "ORG"},
		// (b') the only namesake of a country the document names, in
		// office or not; in office first when several are.
		{name: "Blair", date: "2024", place: "Wielka Brytania", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", date: "2024", place: "Kanada", want: "Bill Blair", actor: "CANGOVMIL"},
		{name: "Blair", date: "2015", place: "Kanada", want: "Bill Blair", actor: "CANGOVMIL"},
		{name: "Blair", place: "Wielka Brytania", want: "Tony Blair", actor: "GBRGOV"},
		{name: "Blair", date: "2024", place: "Russia", want: "Bill Blair", actor: "CANGOVMIL"},
		{name: "Blair", date: "2015", place: "Russia"},
	}
	for _, tt := range tests {
		typ := tt.typ
		if typ == "" {
			typ = "PERSON"
		}
		d := &doc.Document{Date: tt.date, Lang: "en"}
		if tt.place != "" {
			d.Entities = append(d.Entities, doc.Entity{Type: "GPE", Name: tt.place})
		}
		if tt.full != "" {
			d.Entities = append(d.Entities, doc.Entity{Type: "PERSON", Name: tt.full})
		}
		d.Entities = append(d.Entities, doc.Entity{Type: typ, Name: tt.name})
		kb.Resolve(d, nil)
		e := d.Entities[len(d.Entities)-1]
		if linked(e) != tt.want || e.Actor != tt.actor {
			t.Errorf("%s %q at %q (named in full: %q, country: %q): %q %q, want %q %q", typ, tt.name, tt.date, tt.full, tt.place, e.Canonical, e.Actor, tt.want, tt.actor)
		}
	}
}

func TestHeldAt(t *testing.T) {
	a := &Actor{Tenures: []Tenure{{From: "2023", To: "2025-03"}, {From: "2027-05-02"}}}
	for date, want := range map[string]bool{
		"2022": false, "2023": true, "2023-01-01": true, "2025": true, "2025-03": true,
		"2025-03-31": true, "2025-04": false, "2026": false, "2027": true, "2027-05-01": false,
		"2027-05-02": true, "2040": true,
	} {
		if got := a.heldAt(date); got != want {
			t.Errorf("heldAt(%q) = %v, want %v", date, got, want)
		}
	}
}

// TestBareLastCyrillic checks that a Cyrillic case form of a name the base
// lists is not taken for a bare last name of the same key: "России" is
// Russia, "Росси" and "Rossi" are Agustín Rossi.
func TestBareLastCyrillic(t *testing.T) {
	kb := namesakeKB(t)
	for name, want := range map[string]string{"России": "Russia", "Rossi": "Agustín Rossi", "Росси": "Agustín Rossi"} {
		ms := kb.Lookup(name)
		if len(ms) == 0 || ms[0].Actor.Canonical != want {
			t.Errorf("Lookup(%q) = %v, want %s", name, ms, want)
		}
	}
}

// TestNamesakesData checks the namesakes of the embedded base.
func TestNamesakesData(t *testing.T) {
	kb := Default()
	tests := []struct{ name, date, want string }{
		{"Blair", "2005", "Tony Blair"},
		{"Blair", "2024", "Bill Blair"},
		{"Blair", "2015", ""},
		{"Niinistö", "2016", "Sauli Niinistö"}, // president, not defence minister
		{"Kaczyński", "2006-08", ""},           // president and prime minister
		{"Ivanov", "2001", ""},                 // foreign and defence ministers
		{"Niinistö", "2022", "Sauli Niinistö"},
		{"Kallas", "2002", "Siim Kallas"},
		{"Kallas", "2022", "Kaja Kallas"},
		{"Fischer", "2009-06", "Jan Fischer"},
		{"Fischer", "2003", "Joschka Fischer"},
		{"Carter", "2019", "Nick Carter"},
		{"Carter", "2016", "Ash Carter"},
		{"Frederiksen", "2017", "Claus Hjort Frederiksen"},
		{"Frederiksen", "2019", "Mette Frederiksen"}, // prime minister, not defence minister
		{"Zuma", "2012", "Jacob Zuma"},
		{"Chan", "2010", "Margaret Chan"},
		{"Rossi", "2014", "Agustín Rossi"},
	}
	for _, tt := range tests {
		d := &doc.Document{Date: tt.date, Entities: []doc.Entity{{Type: "PERSON", Name: tt.name}}}
		kb.Resolve(d, nil)
		if got := linked(d.Entities[0]); got != tt.want {
			t.Errorf("%q at %s: %q, want %q", tt.name, tt.date, got, tt.want)
		}
	}
	if ms := kb.Lookup("России"); len(ms) == 0 || ms[0].Actor.Canonical != "Russia" {
		t.Errorf("Lookup(России) = %v, want Russia", ms)
	}
}

// TestBerzins checks the base's two people named Andris Bērziņš (prime
// minister of Latvia 2000–2002, president 2011–2015) and its foreign
// minister Indulis Bērziņš (1999–2002): the full name finds the one in
// office at the document's date, and the last name alone the person named
// in full in the document, else the only Bērziņš in office.
func TestBerzins(t *testing.T) {
	kb := Default()
	for _, tt := range []struct {
		date, full, want string // want: the ID of the actor of the full name
	}{
		{"2001-05", "Andris Bērziņš", "Andris Bērziņš (born 1951)"},
		{"2013", "Andris Bērziņš", "Andris Bērziņš (born 1944)"},
		{"2013", "Андрис Берзиньш", "Andris Bērziņš (born 1944)"},
		{"2001", "Indulis Bērziņš", "Indulis Bērziņš"},
	} {
		d := &doc.Document{Date: tt.date, Lang: "pl", Entities: []doc.Entity{{Type: "PERSON", Name: tt.full}, {Type: "PERSON", Name: "Bērziņš"}}}
		m, ok := kb.entityMatch(d, &d.Entities[0], "pl")
		if !ok || m.Actor.ID() != tt.want {
			t.Errorf("%s at %s: %v, want %s", tt.full, tt.date, m.Actor, tt.want)
		}
		kb.Resolve(d, nil)
		if e := d.Entities[1]; e.Canonical != m.Actor.Canonical || e.Actor != "LVAGOV" {
			t.Errorf("Bērziņš after %s at %s: %q %q, want %s LVAGOV", tt.full, tt.date, e.Canonical, e.Actor, m.Actor.Canonical)
		}
	}
	// In 2001 the prime minister before the foreign minister.
	for date, want := range map[string]string{"2001": "Andris Bērziņš", "2013": "Andris Bērziņš", "2020": ""} {
		d := &doc.Document{Date: date, Lang: "pl", Entities: []doc.Entity{{Type: "PERSON", Name: "Bērziņš"}}}
		kb.Resolve(d, nil)
		if linked(d.Entities[0]) != want {
			t.Errorf("Bērziņš alone at %s: %q, want %q", date, linked(d.Entities[0]), want)
		}
	}
}

// linked is the canonical name of the actor e is linked to, "" when the
// base does not know it (an unknown entity's canonical name is its own
// name in Latin script, with neither country nor actor code).
func linked(e doc.Entity) string {
	if e.Actor == "" && e.Country == "" {
		return ""
	}
	return e.Canonical
}
