package actors

import (
	"os"
	"strings"
	"testing"
)

// polishRoleInEnglish gives, for every Polish line of roles.tsv, the
// English phrase of the same role ("" when English news has no word for
// it: Polish local offices, a Polish acronym).
var polishRoleInEnglish = map[string]string{
	"prezydent": "president", "premier": "prime minister", "rząd": "government",
	"minister": "minister", "ministerstwo": "ministry", "wiceminister": "deputy minister",
	"minister obrona": "defence minister", "minister obrony": "defense minister",
	"ministerstwo obrona": "defence ministry", "ministerstwo obrony": "defense ministry",
	"resort obrona": "defense department", "minister spraw zagraniczny": "foreign minister",
	"szef dyplomacja": "top diplomat", "dyplomata": "diplomat", "dyplomacja": "diplomacy",
	"ambasador": "ambassador", "ambasada": "embassy", "konsul": "consul", "MSZ": "foreign ministry",
	"MON": "defense ministry", "rzecznik": "spokesman", "rzeczniczka": "spokeswoman",
	"urzędnik": "official", "urzędniczka": "official", "delegacja": "delegation",
	"władza": "authority", "władze": "authority", "przywódca": "leader", "kanclerz": "chancellor",
	"król": "king", "doradca": "adviser", "gubernator": "governor", "mer": "mayor",
	"burmistrz": "mayor", "armia": "army", "wojsko": "military", "żołnierz": "soldier",
	"generał": "general", "dowódca": "commander", "siły zbrojne": "armed force",
	"lotnictwo": "air force", "marynarka wojenna": "navy", "oficer": "officer",
	"agencja": "agency", "agencja prasowa": "news agency", "dziennik": "newspaper",
	"gazeta": "newspaper", "telewizja": "television", "dziennikarz": "journalist",
	"media": "media", "sąd": "court", "sędzia": "judge", "prokurator": "prosecutor",
	"prokuratura": "prosecution", "parlament": "parliament", "poseł": "MP",
	"deputowany": "lawmaker", "senator": "senator", "parlamentarzysta": "parliamentarian",
	"partia": "party", "policja": "police", "policjant": "policeman", "wywiad": "intelligence",
	"kontrwywiad": "counterintelligence", "służba specjalna": "security service", "szpieg": "spy",
	"rebeliant": "rebel", "separatysta": "separatist", "bojownik": "militant",
	"opozycja": "opposition", "opozycjonista": "dissident", "firma": "firm", "koncern": "corporation",
	"spółka": "company", "biznesmen": "businessman", "organizacja pozarządowa": "non-governmental organization",
	"cywil": "civilian", "mieszkaniec": "resident", "uchodźca": "refugee", "duchowny": "cleric",
	"patriarcha":       "patriarch",
	"minister zdrowie": "health minister", "ministerstwo zdrowie": "health minister",
	"minister edukacja": "education minister", "minister oświata": "education minister",
	"minister rolnictwo": "agriculture minister", "minister środowisko": "environment minister",
	"minister klimat": "climate minister", "minister sprawiedliwość": "justice minister",
	"minister spraw wewnętrzny": "interior minister", "minister finanse": "finance minister",
	"gubernator stan": "state governor", "prezes spółka": "chief executive", "prezes zarząd": "chief executive",
	"prezes firma": "chief executive", "prezes koncern": "chief executive", "dyrektor generalny": "chief executive",
	"przewodniczący związek": "union leader", "związkowiec": "trade unionist",
	"wojewoda": "", "wicewojewoda": "", "marszałek województwo": "", "starosta": "", "wójt": "",
	"prezes bank centralny": "central bank governor", "prezeska bank centralny": "central bank governor",
}

// polishFeminine maps the Polish feminine role nouns to their masculine
// lines: English has one word for both.
var polishFeminine = map[string]string{
	"ministerka": "minister", "wiceministerka": "wiceminister", "premierka": "premier",
	"prezydentka": "prezydent", "ambasadorka": "ambasador", "konsulka": "konsul",
	"doradczyni": "doradca", "gubernatorka": "gubernator", "burmistrzyni": "burmistrz",
	"przywódczyni": "przywódca", "królowa": "", "dowódczyni": "dowódca", "żołnierka": "żołnierz",
	"dziennikarka": "dziennikarz", "prokuratorka": "prokurator", "posłanka": "poseł",
	"deputowana": "deputowany", "senatorka": "senator", "parlamentarzystka": "parlamentarzysta",
	"policjantka": "policjant", "separatystka": "separatysta", "bojowniczka": "bojownik",
	"opozycjonistka": "opozycjonista", "bizneswoman": "biznesmen", "dyrektorka generalna": "dyrektor generalny",
	"przewodnicząca związek": "przewodniczący związek", "związkowczyni": "związkowiec",
	"mieszkanka": "mieszkaniec", "uchodźczyni": "uchodźca",
}

// TestPolishRolesHaveEnglish: every Polish role phrase has an English
// phrase of the same role in roles.tsv, or is listed as having none.
func TestPolishRolesHaveEnglish(t *testing.T) {
	kb := Default()
	role := func(lang, phrase string) string {
		k := Key(phrase)
		for _, p := range kb.roles[lang] {
			if p.key == k {
				return p.role
			}
		}
		return ""
	}
	english := func(pl string) (string, bool) {
		if en, ok := polishRoleInEnglish[pl]; ok {
			return en, true
		}
		if m, ok := polishFeminine[pl]; ok {
			if m == "" {
				return "queen", true
			}
			return polishRoleInEnglish[m], true
		}
		// "ministerka zdrowie", "prezeska spółka": a feminine head noun
		// before the words of a masculine line
		f := strings.Fields(pl)
		head := map[string]string{"ministerka": "minister", "prezeska": "prezes", "gubernatorka": "gubernator"}[f[0]]
		if head == "" {
			return "", false
		}
		en, ok := polishRoleInEnglish[strings.Join(append([]string{head}, f[1:]...), " ")]
		return en, ok
	}
	data, err := os.ReadFile("data/roles.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || f[0] != "pl" {
			continue
		}
		n++
		pl, want := f[1], f[2]
		en, ok := english(pl)
		if !ok {
			t.Errorf("Polish role %q (%s): no English equivalent listed", Key(pl), want)
			continue
		}
		if en == "" {
			continue
		}
		if got := role("en", en); got != want {
			t.Errorf("Polish %q is %s, English %q is %q", Key(pl), want, en, got)
		}
	}
	if n < 150 {
		t.Errorf("%d Polish role lines, want the whole list", n)
	}
}

// TestEnglishRoleWords reads descriptions of English news with the role
// words the list holds, and common words that must stay no role.
func TestEnglishRoleWords(t *testing.T) {
	kb := Default()
	checkDescribe(t, kb, []describeCase{
		{"en", "Ontario Premier", "CANGOV"},
		{"en", "Texas Governor", "USAGOV"},
		{"en", "mayor of Kyiv", "UKRGOV"},
		{"en", "Ukrainian deputy prime minister", "UKRGOV"},
		{"en", "British Defence Secretary", "GBRGOVMIL"},
		{"en", "US Attorney General", "USAGOVJUD"},
		{"en", "Saudi crown prince", "SAUGOV"},
		{"en", "Iranian cleric", "IRNREL"},
		{"en", "Polish farmer", "POLAGR"},
		{"en", "Israeli police officer", "ISRCOP"},
		{"en", "chief executive officer", "BUS"},
		{"en", "Russian troop", "RUSMIL"},
		{"en", "French MPs", "FRALEG"},
		{"en", "Kenyan activist", "KENACT"},
		{"ru", "вице-премьер Украины", "UKRGOV"},
		{"ru", "генпрокурор России", "RUSGOVJUD"},
		{"ru", "полицейский", "COP"},
		// no role words
		{"en", "birthday celebration", ""},
		{"en", "executive", ""},
		{"en", "union", ""},
	})
}
