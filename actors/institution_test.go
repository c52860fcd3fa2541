package actors

import (
	"strings"
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

// TestForeignMinistries: a bare "MSZ" or "МИД" finds the foreign ministry
// of every state the foreign-ministry scope names (orgs-institutions.tsv,
// "Foreign ministries") and of the countries covered in depth but the US
// and the UK, whose State Department and Foreign Office go by their own
// names, and South Korea, whose name of two words is not read inflected.
func TestForeignMinistries(t *testing.T) {
	kb := Default()
	states := "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE " +
		"ISL LIE NOR CHE ARG AUS BRA CAN IND IDN JPN MEX SAU ZAF TUR BLR ISR IRN RUS UKR CHN PRK"
	checkBareInstitution(t, kb, states, "GOV", "MSZ", "МИД")
}

// checkBareInstitution reports every state of the space-separated codes
// whose institution a bare name does not find with the sector given.
func checkBareInstitution(t *testing.T, kb *KB, states, sector string, bares ...string) {
	t.Helper()
	for _, c := range strings.Fields(states) {
		for _, bare := range bares {
			a := kb.Institution(bare, c)
			if a == nil {
				t.Errorf("Institution(%q, %s): nothing", bare, c)
				continue
			}
			if got := a.At("2024-01").Code(); got != c+sector {
				t.Errorf("Institution(%q, %s) = %s (%s)", bare, c, a.Canonical, got)
			}
		}
	}
}

// TestNationalParliaments checks the scope of the national parliaments
// (actors/data/orgs-institutions.tsv): a bare "Parlament" or "Парламент"
// finds the legislature of every state of the scope, through the aliases
// with the state's genitive or its nationality adjective.
func TestNationalParliaments(t *testing.T) {
	kb := Default()
	states := "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE " +
		"ISL LIE NOR CHE ARG AUS BRA CAN IND IDN JPN MEX ZAF TUR BLR ISR IRN RUS UKR"
	checkBareInstitution(t, kb, states, "LEG", "Parlament", "Парламент")
	// Names of their own and inflected Polish and Russian names.
	for name, want := range map[string]string{
		"Riksdag":              "Riksdag",
		"Folketinget":          "Folketing",
		"Dáil":                 "Dáil Éireann",
		"Sejm Litwy":           "Seimas",
		"włoski parlament":     "Italian Parliament",
		"Парламент Италии":     "Italian Parliament",
		"Kongres Deputowanych": "Congress of Deputies",
		"Lok Sabha":            "Lok Sabha",
	} {
		if a := actorNamed(kb, name); a == nil || a.Canonical != want {
			t.Errorf("%q: %v, want %s", name, a, want)
		}
	}
	// The senates added with their states leave Poland's the one a bare
	// "Senat" finds in an article about Poland.
	if a := kb.Institution("Senat", "POL"); a == nil || a.Canonical != "Senate of Poland" {
		t.Errorf("Institution(Senat, POL) = %v", a)
	}
}

// actorNamed returns the first actor kb finds for name, nil for none.
func actorNamed(kb *KB, name string) *Actor {
	if ms := kb.Lookup(name); len(ms) > 0 {
		return ms[0].Actor
	}
	return nil
}

// TestChurches checks the churches and religious bodies of
// actors/data/orgs-institutions.tsv by their Polish, Russian and English
// names: each is a religious actor (REL) of its state.
func TestChurches(t *testing.T) {
	kb := Default()
	for name, want := range map[string]string{
		"Kościół katolicki":               "VATREL",
		"Roman Catholic Church":           "VATREL",
		"Rosyjska Cerkiew Prawosławna":    "RUSREL",
		"Русская православная церковь":    "RUSREL",
		"Prawosławna Cerkiew Ukrainy":     "UKRREL",
		"УГКЦ":                            "UKRREL",
		"Patriarchat Ekumeniczny":         "TURREL",
		"Church of England":               "GBRREL",
		"Konferencja Episkopatu Polski":   "POLREL",
		"Serbska Cerkiew Prawosławna":     "SRBREL",
		"Грузинская православная церковь": "GEOREL",
	} {
		a := actorNamed(kb, name)
		if a == nil {
			t.Errorf("%q: nothing", name)
			continue
		}
		if got := a.At("2024-01").Code(); got != want {
			t.Errorf("%q: %s (%s), want %s", name, a.Canonical, got, want)
		}
	}
	// A bare common word names no church.
	for _, w := range []string{"Kościół", "Cerkiew", "Церковь"} {
		if a := actorNamed(kb, w); a != nil {
			t.Errorf("%q: %s", w, a.Canonical)
		}
	}
}

// TestUNSystem checks the United Nations system of the base: every
// specialised agency and the funds, programmes, offices and related
// organisations of actors/data/orgs-institutions.tsv, by an abbreviation
// or a Polish or Russian name, is a body of the UN (country UNO).
func TestUNSystem(t *testing.T) {
	kb := Default()
	for _, name := range []string{
		// the specialised agencies
		"FAO", "IFAD", "ILO", "ICAO", "IMF", "IMO", "ITU", "UNESCO", "UNIDO", "UNWTO", "UPU", "WHO", "WIPO", "WMO",
		"Bank Światowy",
		// funds, programmes, offices, related organisations
		"UNDP", "UNEP", "UNFPA", "UN-Habitat", "UNICEF", "WFP", "UNHCR", "UNRWA", "OCHA", "OHCHR", "UNCTAD",
		"UN Women", "UNAIDS", "UNODC", "IOM", "CTBTO", "OPCW", "IAEA",
		"Międzynarodowa Organizacja Pracy", "Всемирная метеорологическая организация", "ОЗХО",
	} {
		a := actorNamed(kb, name)
		if a == nil {
			t.Errorf("%q: nothing", name)
			continue
		}
		if c := a.At("2024-01").Country; c != "UNO" && c != "IMF" && c != "WB" {
			t.Errorf("%q: %s of %s, want a UN body", name, a.Canonical, c)
		}
	}
}
