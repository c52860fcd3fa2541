package actors

import (
	"strings"
	"testing"
	"testing/fstest"
)

// The English equivalents of the Polish role lines of the sectors added
// from CAMEO's agent codes and PETRARCH's agents dictionary (religion,
// education and science, local councils, health, farmers, migrants,
// lawyers and judicial bodies, sport, charities, trades, party
// politicians), merged into the tables TestPolishRolesHaveEnglish reads.
var sectorRoleInEnglish = map[string]string{
	"prymas": "primate", "biskup": "bishop", "arcybiskup": "archbishop", "kardynał": "cardinal",
	"metropolita": "archbishop", "proboszcz": "priest", "ksiądz": "priest", "zakonnik": "monk",
	"zakonnica": "nun", "imam": "imam", "rabin": "rabbi", "pastor": "pastor", "papież": "pope",
	"mufti": "mufti", "duchowieństwo": "clergy", "episkopat": "episcopate",
	"konferencja episkopat": "bishop conference", "kuria": "diocese", "diecezja": "diocese",
	"archidiecezja": "archdiocese", "parafia": "parish", "kościół": "church",
	"rektor": "rector", "prorektor": "rector", "dziekan": "dean", "profesor": "professor",
	"naukowiec": "scientist", "badacz": "researcher", "wykładowca": "lecturer",
	"nauczyciel": "teacher", "student": "student", "uczeń": "pupil", "uniwersytet": "university",
	"uczelnia": "university", "senat uczelnia": "university senate", "politechnika": "university",
	"akademia": "academy", "szkoła": "school", "konferencja rektor": "rector conference",
	"konferencja rektorów": "rector conference", "kurator oświata": "school superintendent",
	"rada miasto": "city council", "rada miejski": "city council", "rada gmina": "municipal council",
	"rada powiat": "county council", "sejmik": "", "radny": "councillor", "zarząd miasto": "city hall",
	"zarząd województwo": "", "zarząd powiat": "", "urząd miasto": "city hall", "urząd gmina": "city hall",
	"urząd marszałkowski": "", "starostwo": "", "magistrat": "city hall", "ratusz": "city hall",
	"lekarz": "doctor", "pielęgniarka": "nurse", "pielęgniarz": "nurse", "ratownik medyczny": "paramedic",
	"chirurg": "surgeon", "położna": "midwife", "farmaceuta": "pharmacist", "medyk": "medic",
	"personel medyczny": "medical staff", "służba zdrowie": "health service", "szpital": "hospital",
	"klinika": "clinic", "przychodnia": "clinic", "izba lekarski": "medical association",
	"rada lekarski": "medical association",
	"rolnik":        "farmer", "rolnica": "farmer", "hodowca": "herder", "sadownik": "grower", "chłop": "peasant",
	"rybak": "fisherman", "izba rolniczy": "", "producent rolny": "farmer",
	"migrant": "migrant", "imigrant": "immigrant", "azylant": "asylum seeker",
	"przesiedleniec": "displaced person",
	"adwokat":        "lawyer", "radca prawny": "lawyer", "mecenas": "lawyer", "prawnik": "lawyer",
	"trybunał": "tribunal", "rada sądownictwo": "judicial council", "rada adwokacki": "bar association",
	"izba adwokacki": "bar association",
	"piłkarz":        "footballer", "zawodnik": "athlete", "sportowiec": "athlete", "trener": "head coach",
	"klub sportowy": "sport club", "związek piłka nożny": "football association",
	"komitet olimpijski": "olympic committee",
	"fundacja":           "foundation", "stowarzyszenie": "", "organizacja charytatywny": "charity",
	"organizacja humanitarny": "humanitarian organization", "wolontariusz": "aid worker",
	"obrońca prawo człowiek": "human rights activist", "organizacja prawo człowiek": "human rights organization",
	"robotnik": "worker", "górnik": "miner", "kolejarz": "railway worker", "hutnik": "steelworker",
	"stoczniowiec": "shipyard worker", "związek zawodowy": "trade union",
	"polityk": "party politician", "członek partia": "party member", "działacz partyjny": "party activist",
	"politolog": "political scientist", "socjolog": "sociologist", "historyk": "historian",
	"pedagog": "educator", "uczony": "scholar", "pracownik naukowy": "academic", "doktorant": "doctoral student",
	"licealista": "pupil", "psychiatra": "psychiatrist", "pediatra": "pediatrician", "dentysta": "dentist",
	"stomatolog": "dentist", "epidemiolog": "epidemiologist", "wirusolog": "virologist",
	"kardiolog": "cardiologist", "onkolog": "oncologist", "anestezjolog": "anesthesiologist",
	"misjonarz": "missionary", "kaznodzieja": "preacher", "diakon": "deacon", "kleryk": "seminarian",
}

// sectorFeminine maps the feminine nouns of those sectors to their
// masculine lines.
var sectorFeminine = map[string]string{
	"rektorka": "rektor", "dziekanka": "dziekan", "profesorka": "profesor", "badaczka": "badacz",
	"wykładowczyni": "wykładowca", "nauczycielka": "nauczyciel", "studentka": "student",
	"uczennica": "uczeń", "lekarka": "lekarz", "ratowniczka medyczny": "ratownik medyczny",
	"farmaceutka": "farmaceuta", "rolniczka": "rolnik", "hodowczyni": "hodowca",
	"migrantka": "migrant", "imigrantka": "imigrant", "sędzina": "sędzia", "adwokatka": "adwokat",
	"radczyni prawny": "radca prawny", "prawniczka": "prawnik", "piłkarka": "piłkarz",
	"zawodniczka": "zawodnik", "sportsmenka": "sportowiec", "trenerka": "trener",
	"wolontariuszka": "wolontariusz", "robotnica": "robotnik", "górnica": "górnik",
	"politolożka": "politolog", "socjolożka": "socjolog", "historyczka": "historyk",
	"doktorantka": "doktorant", "licealistka": "licealista", "pastorka": "pastor",
}

func init() {
	for k, v := range sectorRoleInEnglish {
		polishRoleInEnglish[k] = v
	}
	for k, v := range sectorFeminine {
		polishFeminine[k] = v
	}
}

// TestSectorRoles reads descriptions of the added sectors in the three
// languages, and words that must keep the role they had.
func TestSectorRoles(t *testing.T) {
	kb := Default()
	checkDescribe(t, kb, []describeCase{
		// religion
		{"pl", "arcybiskup metropolita krakowski", "REL"},
		{"pl", "konferencja episkopat Polska", "POLREL"},
		{"pl", "kardynał", "REL"},
		{"en", "Cardinal", "REL"},
		{"en", "Catholic Church", "VATREL"}, // a body the base knows (orgs-institutions.tsv) keeps its state
		{"ru", "церковь", "REL"},
		// education and science
		{"pl", "rektor uniwersytet warszawski", "EDU"},
		{"pl", "profesorka", "EDU"},
		{"pl", "konferencja Rektorów akademicki szkoła polski", "POLEDU"},
		{"en", "American professor", "USAEDU"},
		{"ru", "российский ученый", "RUSEDU"},
		// local councils
		{"pl", "rada miasto Warszawa", "POLGOV"},
		{"pl", "radny", "GOV"},
		{"en", "Kyiv city council", "UKRGOV"},
		// health
		{"pl", "naczelny rada lekarski", "HLH"},
		{"pl", "lekarka", "HLH"},
		{"en", "Ukrainian doctor", "UKRHLH"},
		{"ru", "украинские врачи", "UKRHLH"},
		// farmers, migrants, lawyers, sport, charities, trades, parties
		{"pl", "rolnik", "AGR"},
		{"pl", "ukraiński imigrant", "UKRREF"},
		{"pl", "krajowy rada sądownictwo", "JUD"},
		{"en", "defense lawyer", "JUD"},
		{"pl", "polski związek piłka nożny", "POLSPT"},
		{"pl", "fundacja", "NGO"},
		{"en", "aid agency", "NGO"},
		{"en", "Russian human rights group", "RUSHRI"},
		{"pl", "górnik", "LAB"},
		{"pl", "pracownik naukowy uniwersytet", "EDU"},
		{"pl", "ukraiński epidemiolog", "UKRHLH"},
		{"en", "American epidemiologist", "USAHLH"},
		{"en", "Prof", "EDU"},
		{"en", "Rev", "REL"},
		{"en", "health worker", "HLH"},
		{"en", "aid worker", "NGO"},
		{"pl", "polityk PiS", "POLPTY"},
		// unchanged: the first role phrase still wins, and words left out
		// stay no role
		{"pl", "pracownik ambasada Rosja", "RUSGOV"},
		{"pl", "rada bezpieczeństwo", ""},
		{"en", "Metropolitan Police", "GBRCOP"},
		{"en", "embassy worker", "GOV"},
	})
}

// TestRoleHome: an office only one state has gives that state when the
// words name none, and the words' own state wins; a home that is no
// state's code is refused.
func TestRoleHome(t *testing.T) {
	kb := Default()
	checkDescribe(t, kb, []describeCase{
		{"pl", "wójt", "POLGOV"},
		{"pl", "starostwo powiatowy", "POLGOV"},
		{"pl", "urząd marszałkowski województwo śląski", "POLGOV"},
		{"pl", "sejmik województwo", "POLGOV"},
		{"pl", "starosta ukraiński", "UKRGOV"},
		// offices of every state keep the passage's country
		{"pl", "radny", "GOV"},
		{"pl", "rada miasto", "GOV"},
		{"pl", "ksiądz", "REL"},
		// the pope is the Holy See's wherever the passage is (Polish
		// "papież" is left to the event cues, which name the Holy See)
		{"en", "Pope", "VATREL"},
		{"ru", "папа римский", "VATREL"},
	})
	for _, ps := range kb.roles {
		for _, p := range ps {
			if p.home != "" && kb.code[p.home] == nil {
				t.Errorf("role %q: home %s is no country of the base", p.key, p.home)
			}
		}
	}
	for _, data := range []string{"pl\twójt\tGOV\tPolska\n", "pl\twójt\tGOV\tNGO\n", "pl\twójt\tGOV\tPL\n"} {
		fsys := fstest.MapFS{"data/roles.tsv": {Data: []byte(data)}}
		if _, err := Load(fsys, "data"); err == nil || !strings.Contains(err.Error(), "want the code of a state") {
			t.Errorf("%q: error %v, want a refused home", data, err)
		}
	}
}
