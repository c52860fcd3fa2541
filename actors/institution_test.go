package actors

import (
	"testing"
	"testing/fstest"

	"github.com/kronika/kronika/doc"
)

func institutionKB(t *testing.T) *KB {
	t.Helper()
	fsys := fstest.MapFS{
		"data/countries.tsv": {Data: []byte(
			"PAK\tPakistan\tPakistani\tPakistan|Пакистан\tpakistański\n" +
				"POL\tPoland\tPolish\tPolska\tpolski\n" +
				"RUS\tRussia\tRussian\tRosja|Россия\n")},
		"data/orgs.tsv": {Data: []byte(
			"Supreme Court of Pakistan\tPAK\tJUD\t\t\tcourt\tSąd Najwyższy Pakistanu|pakistański Sąd Najwyższy|Верховный суд Пакистана\n" +
				"Supreme Court of Poland\tPOL\tJUD\t\t\tcourt\tSąd Najwyższy Polski\n" +
				"Ministry of Foreign Affairs of Russia\tRUS\tGOV\t\t\tministry\tМИД России\n" +
				"Gazprom\tRUS\tBUS\t\t\tcompany\n")},
	}
	kb, err := Load(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

func TestInstitution(t *testing.T) {
	kb := institutionKB(t)
	for _, tt := range []struct{ name, country, want string }{
		{"Sąd Najwyższy", "PAK", "Supreme Court of Pakistan"},
		{"Sąd Najwyższy", "POL", "Supreme Court of Poland"},
		{"Верховный суд", "PAK", "Supreme Court of Pakistan"},
		{"МИД", "RUS", "Ministry of Foreign Affairs of Russia"},
		{"Sąd Najwyższy", "RUS", ""}, // no such court in the base
		{"Sąd", "PAK", ""},           // not the generic part of a name
		{"МИД", "", ""},
	} {
		got := ""
		if a := kb.Institution(tt.name, tt.country); a != nil {
			got = a.Canonical
		}
		if got != tt.want {
			t.Errorf("Institution(%q, %q) = %q, want %q", tt.name, tt.country, got, tt.want)
		}
	}
	// The state written in the name in a form no alias gives.
	def := Default()
	for _, tt := range []struct{ name, want string }{
		{"МИД ФРГ", "Federal Foreign Office"},
		{"MSZ RFN", "Federal Foreign Office"},
		{"Министерство обороны ФРГ", "Federal Ministry of Defence of Germany"},
		{"МИД", ""},
		{"ФРГ", ""},
		{"МИД Атлантиды", ""},
	} {
		got := ""
		if a := def.InstitutionNamed(tt.name); a != nil {
			got = a.Canonical
		}
		if got != tt.want {
			t.Errorf("InstitutionNamed(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	mention := doc.Mention{}
	for _, tt := range []struct {
		places []string // GPE entities, one mention each
		want   string
	}{
		{[]string{"Pakistan", "Pakistan", "Rosja"}, "Supreme Court of Pakistan"},
		{[]string{"Polska"}, "Supreme Court of Poland"},
		{[]string{"Pakistan", "Polska"}, ""}, // no main country
		{nil, ""},
	} {
		d := &doc.Document{Lang: "pl"}
		for _, p := range tt.places {
			d.Entities = append(d.Entities, doc.Entity{Type: "GPE", Name: p, Mentions: []doc.Mention{mention}})
		}
		d.Entities = append(d.Entities, doc.Entity{Type: "ORG", Name: "Sąd Najwyższy", Mentions: []doc.Mention{mention}})
		kb.Resolve(d, nil)
		if e := d.Entities[len(d.Entities)-1]; linked(e) != tt.want {
			t.Errorf("Sąd Najwyższy beside %v: %q, want %q", tt.places, e.Canonical, tt.want)
		}
	}
}
