package actors_test

import (
	"os"
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// armedFTO are the groups the US Foreign Terrorist Organizations list has
// named, past and present (to late 2026), by the canonical name the base
// gives them; several designations of one group are one name here
// (al-Nusra Front and Hay'at Tahrir al-Sham, Jundallah and Jaish al-Adl,
// the GSPC and AQIM, Jama'at al-Tawhid wal-Jihad and al-Qaeda in Iraq).
var armedFTO = []string{
	"Abu Nidal Organization", "Abu Sayyaf", "Euskadi Ta Askatasuna",
	"al-Gama'a al-Islamiyya", "Hamas", "Harakat ul-Mujahidin", "Hezbollah",
	"Japanese Red Army", "Kahane Chai", "Kurdistan Workers' Party",
	"Liberation Tigers of Tamil Eelam", "National Liberation Army",
	"Palestine Liberation Front", "Palestinian Islamic Jihad",
	"Popular Front for the Liberation of Palestine",
	"Popular Front for the Liberation of Palestine-General Command",
	"Revolutionary Armed Forces of Colombia", "Revolutionary Organization 17 November",
	"Revolutionary People's Liberation Party/Front", "Revolutionary People's Struggle",
	"Shining Path", "Túpac Amaru Revolutionary Movement", "Manuel Rodríguez Patriotic Front",
	"Aum Shinrikyo", "Egyptian Islamic Jihad", "People's Mojahedin Organization of Iran",
	"al-Qaeda", "Islamic Movement of Uzbekistan", "Real IRA",
	"United Self-Defense Forces of Colombia", "Lashkar-e-Taiba", "Jaish-e-Mohammed",
	"Lashkar-e-Jhangvi", "Asbat al-Ansar", "al-Qaeda in the Islamic Maghreb",
	"Jemaah Islamiyah", "Al-Aqsa Martyrs' Brigades", "Ansar al-Islam", "Continuity IRA",
	"Libyan Islamic Fighting Group", "Islamic Jihad Union",
	"Harakat ul-Jihad-i-Islami/Bangladesh", "al-Shabaab", "Revolutionary Struggle",
	"Kata'ib Hezbollah", "al-Qaeda in the Arabian Peninsula",
	"Harakat ul-Jihad al-Islami", "Tehrik-i-Taliban Pakistan", "Jaish al-Adl",
	"Army of Islam", "Indian Mujahideen", "Jamaah Ansharut Tauhid",
	"Abdallah Azzam Brigades", "Haqqani network", "Ansar Dine", "Boko Haram", "Ansaru",
	"al-Mourabitoun", "Ansar al-Sharia", "Ansar Bait al-Maqdis", "Hay'at Tahrir al-Sham",
	"Mujahidin Shura Council in the Environs of Jerusalem",
	"Jaysh Rijal al-Tariq al-Naqshbandi", "Islamic State", "al-Qaeda in Iraq",
	"Islamic State Khorasan Province", "al-Qaeda in the Indian Subcontinent",
	"Hizbul Mujahideen", "Islamic State West Africa Province",
	"Islamic State in the Greater Sahara", "Jamaat-ul-Mujahideen Bangladesh", "Maute group",
	"al-Ashtar Brigades", "Jama'at Nusrat al-Islam wal-Muslimin",
	"Islamic Revolutionary Guard Corps", "Asa'ib Ahl al-Haq", "Allied Democratic Forces",
	"Ansar al-Sunna", "Harakat Sawa'd Misr", "Houthis", "Balochistan Liberation Army",
	"Harakat Hezbollah al-Nujaba", "Kata'ib Sayyid al-Shuhada", "FARC dissidents",
	"Riyadus-Salikhin Reconnaissance and Sabotage Battalion",
	"Islamic International Peacekeeping Brigade", "Special Purpose Islamic Regiment",
	"Sinaloa Cartel", "Jalisco New Generation Cartel", "Gulf Cartel", "Cartel del Noreste",
	"La Nueva Familia Michoacana", "Cárteles Unidos", "Tren de Aragua", "MS-13",
	"Cartel de los Soles", "Viv Ansanm", "Gran Grif", "Antifa Ost",
	"Informal Anarchist Federation", "Armed Proletarian Justice",
	"Revolutionary Class Self-Defense",
}

// armedEU are the groups of the EU's terrorist list (Common Position
// 2001/931/CFSP and its updates, past and present) that are armed groups,
// besides those of armedFTO.
var armedEU = []string{
	"Babbar Khalsa", "International Sikh Youth Federation", "Khalistan Zindabad Force",
	"New People's Army", "Kurdistan Freedom Falcons", "Great Eastern Islamic Raiders' Front",
	"Hofstad Network", "First of October Anti-Fascist Resistance Groups",
	"Ulster Defence Association", "Loyalist Volunteer Force", "Red Hand Defenders",
	"Orange Volunteers",
}

// armedConflicts are the rebel sides of armed conflicts of 1990–2026, one
// or more per conflict, with the state whose code they carry.
var armedConflicts = map[string]string{
	"National Union for the Total Independence of Angola": "AGO",
	"Revolutionary United Front":                          "SLE",
	"National Patriotic Front of Liberia":                 "LBR",
	"Rwandan Patriotic Front":                             "RWA",
	"Rally for Congolese Democracy":                       "COD",
	"M23":                                                 "COD",
	"Lord's Resistance Army":                              "UGA",
	"Sudan People's Liberation Army":                      "SDN",
	"Justice and Equality Movement":                       "SDN",
	"Rapid Support Forces":                                "SDN",
	"Forces Nouvelles":                                    "CIV",
	"National Movement for the Liberation of Azawad":      "MLI",
	"Séléka":                                    "CAF",
	"Tigray People's Liberation Front":          "ETH",
	"Armed Islamic Group":                       "DZA",
	"Polisario Front":                           "MAR",
	"Free Syrian Army":                          "SYR",
	"Syrian Democratic Forces":                  "SYR",
	"Mahdi Army":                                "IRQ",
	"Communist Party of India-Maoist":           "IND",
	"Communist Party of Nepal-Maoist":           "NPL",
	"Karen National Union":                      "MMR",
	"Arakan Army":                               "MMR",
	"Moro Islamic Liberation Front":             "PHL",
	"Free Aceh Movement":                        "IDN",
	"Khmer Rouge":                               "KHM",
	"Zapatista Army of National Liberation":     "MEX",
	"Provisional Irish Republican Army":         "GBR",
	"Chechen Republic of Ichkeria":              "RUS",
	"Kosovo Liberation Army":                    "SRB",
	"National Liberation Army (Macedonia)":      "MKD",
	"Army of Republika Srpska":                  "BIH",
	"Donetsk People's Republic":                 "UKR",
	"Luhansk People's Republic":                 "UKR",
	"Artsakh Defence Army":                      "AZE",
	"United Tajik Opposition":                   "TJK",
	"Farabundo Martí National Liberation Front": "SLV",
}

// armedRoles are the roles a line of orgs-armed.tsv may have: rebels,
// separatists, radicals, unaligned armed forces (militias, paramilitaries),
// criminal groups; a state's paramilitary force (MIL), and the party or
// government an armed movement became (PTY, GOV).
var armedRoles = map[string]bool{"REB": true, "SEP": true, "RAD": true, "UAF": true, "CRM": true, "MIL": true, "PTY": true, "GOV": true}

// TestArmedGroupsScope checks the scope data/README.md promises for
// orgs-armed.tsv: every line has a country and one of the armed roles, the
// FTO and EU lists and the conflicts are there (by ID, so that the state
// is checked too), and no name of the file names a state, a place or a
// person of the base, or a common word of Polish, English or Russian.
func TestArmedGroupsScope(t *testing.T) {
	data, err := os.ReadFile("data/orgs-armed.tsv")
	if err != nil {
		t.Fatal(err)
	}
	kb := actors.Default()
	byID := map[string]*actors.Actor{}
	for _, a := range kb.Actors {
		if a.Kind == actors.Org {
			byID[a.ID()] = a
		}
	}
	var names []string
	lines := 0
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		lines++
		f := strings.Split(line, "\t")
		if len(f) < 6 || f[1] == "" || f[2] == "" || !armedRoles[f[2]] {
			t.Errorf("line %d: want a country and one of the armed roles: %q", n+1, line)
			continue
		}
		names = append(names, f[0])
		if len(f) > 6 && f[6] != "" {
			names = append(names, strings.Split(f[6], "|")...)
		}
	}
	if lines < 200 {
		t.Errorf("only %d lines in orgs-armed.tsv", lines)
	}
	for _, list := range [][]string{armedFTO, armedEU} {
		for _, id := range list {
			if byID[id] == nil {
				t.Errorf("%s: not an organisation of the base", id)
			}
		}
	}
	for id, country := range armedConflicts {
		a := byID[id]
		if a == nil {
			t.Errorf("%s: not an organisation of the base", id)
			continue
		}
		ok := false
		for _, tn := range a.Tenures {
			ok = ok || tn.Country == country && (tn.Role == "REB" || tn.Role == "SEP" || tn.Role == "UAF")
		}
		if !ok {
			t.Errorf("%s: no rebel tenure of %s", id, country)
		}
	}
	for _, name := range names {
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		for _, m := range kb.Lookup(name) {
			if m.Actor.Kind != actors.Org || m.Adjective {
				t.Errorf("%q also names %s (%s)", name, m.Actor.Canonical, m.Actor.Source)
			}
		}
	}
	// Words of Polish, English and Russian (and given names) that short
	// acronyms of such groups spell, by their key: "ETA" is "эта", "TAK"
	// the Polish "yes", "JEM" the Polish "I eat", "PIJ" "drink!", "LeT"
	// the English "let" and the Russian "лет", "OLA" and "ELA" Polish
	// given names; and "Huti", the Polish name of the Houthis, is "Huty",
	// of "Huta" (steelworks, villages).
	for _, w := range []string{"эта", "этой", "tak", "jem", "pij", "pyra", "jad", "let", "лет", "uda", "ola", "ela", "ano", "gam", "kia", "huta", "huty", "hucie", "mend", "fact", "model", "biff", "rsf", "adf", "npa", "opm", "sla", "stc", "raf", "sdf", "fsa", "aa"} {
		for _, m := range kb.Lookup(w) {
			if strings.HasSuffix(m.Actor.Source[:strings.LastIndex(m.Actor.Source, ":")], "orgs-armed.tsv") {
				t.Errorf("the word %q names %s", w, m.Actor.Canonical)
			}
		}
	}
}

// TestArmedGroupsInText runs the pipeline on sentences that name such
// groups in Polish, English and Russian, in case forms, and checks the
// actor code of the mention.
func TestArmedGroupsInText(t *testing.T) {
	p := pipeline.New()
	for _, c := range []struct {
		lang, date, text, name, code string
	}{
		{"en", "2001-10-02", "Sri Lanka's army said the LTTE attacked a naval base near Trincomalee.", "LTTE", "LKASEP"},
		{"en", "1999-05-04", "President dos Santos rejected the latest demands of UNITA on Tuesday.", "UNITA", "AGOREB"},
		{"en", "2003-02-11", "The al-Qaeda network threatened new attacks on the United States.", "al-Qaeda", "IMGRAD"},
		{"en", "1998-07-20", "The Kosovo Liberation Army ambushed a Serbian police patrol.", "Kosovo Liberation Army", "SRBSEP"},
		{"pl", "2015-03-04", "Bojownicy Al-Kaidy zaatakowali w nocy bazę wojskową.", "Al-Kaidy", "IMGRAD"},
		{"pl", "2016-06-20", "Rząd Kolumbii podpisał porozumienie z FARC w Hawanie.", "FARC", "COLREB"},
		{"pl", "2024-01-12", "Hutysi ostrzelali statek na Morzu Czerwonym.", "Hutysi", "YEMREB"},
		{"pl", "2016-07-01", "Bojownicy Partii Pracujących Kurdystanu zaatakowali posterunek.", "Partii Pracujących", "TURSEP"},
		{"ru", "2016-07-01", "Турция нанесла удары по позициям РПК на севере Ирака.", "РПК", "TURSEP"},
		{"ru", "2015-03-04", "Боевики Аль-Каиды атаковали военную базу.", "Аль-Каиды", "IMGRAD"},
		{"ru", "2015-02-10", "Представители ДНР отвергли предложение Киева.", "ДНР", "UKRSEP"},
	} {
		d := &doc.Document{Text: c.text, Lang: c.lang, Date: c.date, Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		start := strings.Index(c.text, c.name)
		got := ""
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.Start <= start && start < m.End {
					got = e.Actor
				}
			}
		}
		if got != c.code {
			t.Errorf("%s: %q: got %q, want %q", c.lang, c.name, got, c.code)
		}
	}
}
