package events_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/lang"
	_ "github.com/kronika/kronika/lang/en"
)

func TestPLOVER(t *testing.T) {
	for _, tc := range []struct {
		code, typ, mode string
		ctx             []string
		ok              bool
	}{
		{"0874", "RETREAT", "disarm", []string{"military"}, true},
		{"091", "ACCUSE", "investigate", []string{"crime", "corruption"}, true},
		{"1712", "ASSAULT", "seize", []string{"human_security"}, true},
		{"0499", "CONSULT", "", nil, true}, // not in the table: its root's line ("04: CONSULT")
		{"163", "COERCE", "restrict", []string{"diplomatic"}, true},
		{"0231", "", "", nil, false}, // CAMEO 02: PLOVER dropped appeals
		{"010", "", "", nil, false},
		{"19X", "", "", nil, false},
		{"1", "", "", nil, false},
	} {
		pc, ok := events.PLOVER(tc.code)
		if ok != tc.ok || pc.Type != tc.typ || pc.Mode != tc.mode || !reflect.DeepEqual(pc.Context, tc.ctx) {
			t.Errorf("PLOVER(%s) = %+v, %v", tc.code, pc, ok)
		}
	}
}

func importFixture(t *testing.T, lemma events.Lemmatizer) (*events.VerbDictionary, string) {
	t.Helper()
	f, err := os.Open("testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dict, err := events.ImportPETRARCH(f, "verbs.txt", lemma)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := dict.WriteTSV(&b, "verbs.txt"); err != nil {
		t.Fatal(err)
	}
	return dict, b.String()
}

func TestImportPETRARCH(t *testing.T) {
	dict, tsv := importFixture(t, nil)
	var lines []string
	for _, l := range strings.Split(tsv, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	want := []string{
		// the patterns first; (WITH +): the target is the object of "with"
		"meet	verb	AGREE	-	036	diplomatic	subj	with	-",
		"confer	verb	AGREE	-	036	diplomatic	subj	with	-",
		"sit down	verb	AGREE	-	036	diplomatic	subj	with	-",
		// (TO) [042:043]: "to" holds the target; 043 is the act back
		"meet	verb	CONSULT	visit	042	-	subj	to	-",
		"meet	verb	CONSULT	visit	043	-	to	subj	-",
		"confer	verb	CONSULT	visit	042	-	subj	to	-",
		"confer	verb	CONSULT	visit	043	-	to	subj	-",
		"sit down	verb	CONSULT	visit	042	-	subj	to	-",
		"sit down	verb	CONSULT	visit	043	-	to	subj	-",
		// a noun phrase: companions
		"meet peace talks	verb	CONSULT	-	046	diplomatic	subj	after	-",
		"confer peace talks	verb	CONSULT	-	046	diplomatic	subj	after	-",
		"sit down peace talks	verb	CONSULT	-	046	diplomatic	subj	after	-",
		// [:141]: only the act back, from the target to the source; "$"
		// before the verb is the subject where it stands ("before")
		"meet in protest	verb	PROTEST	demo	141	-	obj	before	notarget",
		"confer in protest	verb	PROTEST	demo	141	-	obj	before	notarget",
		"sit down in protest	verb	PROTEST	demo	141	-	obj	before	notarget",
		// then the verbs (a pattern is tried before its verb alone): the
		// block's code, a verb's own, a phrasal verb; without a "+", the
		// target is PETRARCH's: the first actor after the verb ("after")
		"meet	verb	CONSULT	-	040	-	subj	after	-",
		"confer	verb	CONSULT	-	046	diplomatic	subj	after	-",
		"sit down	verb	CONSULT	-	040	-	subj	after	-",
		// a synonym set expands; a set of prepositions before + is the slot
		"fire rocket	verb	ASSAULT	heavy-weapons	194	military	subj	at|on	-",
		"fire heavy artillery	verb	ASSAULT	heavy-weapons	194	military	subj	at|on	-",
		// both participants after prepositions
		"fire	verb	ASSAULT	firearms	193	military	from	toward	-",
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if dict.Verbs != 4 || dict.Patterns != 9 {
		t.Errorf("%d verbs, %d patterns", dict.Verbs, dict.Patterns)
	}
	wantDropped := map[string]int{
		events.DropNull:      4, // FIRE's own code, and RELATIONS with each of the 3 verbs
		events.DropNoPLOVER:  3, // STATEMENT [010] with each verb
		events.DropTransform: 1,
	}
	if !reflect.DeepEqual(dict.Dropped, wantDropped) {
		t.Errorf("dropped %v, want %v", dict.Dropped, wantDropped)
	}
	if len(dict.Problems) != 1 || !strings.HasPrefix(dict.Problems[0], "verbs.txt:29: a [ without ]") {
		t.Errorf("problems %q", dict.Problems)
	}
	// The output is a trigger lexicon.
	x, err := lang.ParseEvents("out.tsv", tsv, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Entries) != len(want) || len(x.Triggers("fire")) != 3 {
		t.Errorf("%d entries, %d for fire", len(x.Entries), len(x.Triggers("fire")))
	}
	if !strings.Contains(tsv, "\n# FIRE (verbs.txt:27)\n") {
		t.Errorf("no block comment:\n%s", tsv)
	}
}

// TestImportAllCodes: with AllCodes, codes PLOVER has no type for are
// kept as written, with an empty type, and only those; the lexicon built
// from them indexes them under their heads.
func TestImportAllCodes(t *testing.T) {
	f, err := os.Open("testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dict, err := events.ImportPETRARCHWith(f, "verbs.txt", nil, events.ImportOptions{AllCodes: true})
	if err != nil {
		t.Fatal(err)
	}
	var untyped []string
	for _, e := range dict.Entries {
		if e.Type == "" {
			untyped = append(untyped, strings.Join(e.Words, " ")+" "+e.CAMEO)
		}
	}
	want := []string{"meet statement 010", "confer statement 010", "sit down statement 010"}
	if !reflect.DeepEqual(untyped, want) {
		t.Errorf("untyped entries %q, want %q", untyped, want)
	}
	if dict.Dropped[events.DropNoPLOVER] != 0 || dict.Dropped[events.DropNull] != 4 {
		t.Errorf("dropped %v", dict.Dropped)
	}
	verbs, err := os.ReadFile("testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	base := lang.Get("en").Events
	x, _, err := events.ExtendLexiconWith(base, []events.LexiconFile{{Name: "verbs.txt", Data: verbs}}, nil,
		events.ExtendOptions{Import: events.ImportOptions{AllCodes: true}, Alone: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Entries) != len(dict.Entries) {
		t.Errorf("alone: %d entries, want the %d imported", len(x.Entries), len(dict.Entries))
	}
	if idx := x.Triggers("meet"); len(idx) == 0 || len(x.Entries[idx[0]].Words) < 2 {
		t.Errorf("meet: entries %v, longest first wanted", idx)
	}
	if x.Subject != base.Subject || len(x.Sectors) != len(base.Sectors) {
		t.Errorf("alone: slots and sectors not the base's")
	}
}

func TestImportPETRARCHLemmas(t *testing.T) {
	en := lang.Get("en")
	lem := events.AnalyzerLemmatizer(en.Morph)
	for _, tc := range []struct {
		word string
		verb bool
		want string
	}{{"SANCTIONS", false, "sanction"}, {"TALKS", false, "talk"}, {"MET", true, "meet"}, {"RALLIES", false, "rally"}} {
		if got := lem(tc.word, tc.verb); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.word, got, tc.want)
		}
	}
	_, tsv := importFixture(t, lem)
	if !strings.Contains(tsv, "\nmeet peace talk\tverb\tCONSULT") {
		t.Errorf("companions not lemmatized:\n%s", tsv)
	}
}

func TestImportPETRARCHErrors(t *testing.T) {
	for _, in := range []string{"", "# nothing\n", "---  X [010] ---\nSAY\n", "- * (WITH +) [036]\n"} {
		if _, err := events.ImportPETRARCH(strings.NewReader(in), "v.txt", nil); err == nil || !strings.Contains(err.Error(), "v.txt: not a PETRARCH/TABARI verb dictionary") {
			t.Errorf("%q: %v", in, err)
		}
	}
}

func TestExtendLexicon(t *testing.T) {
	base := lang.Get("en").Events
	n := len(base.Entries)
	verbs, err := os.ReadFile("testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	user := "# mine\nfrobnicate\tverb\tASSAULT\t-\t190\t-\tsubj\tobj\t-\n" +
		base.Entries[0].Words[0] + "\t" + "verb\t" + base.Entries[0].Type + "\t-\t" + base.Entries[0].CAMEO + "\t-\tsubj\tobj\t-\n"
	x, warnings, err := events.ExtendLexicon(base, []events.LexiconFile{{Name: "mine.tsv", Data: []byte(user)}, {Name: "verbs.txt", Data: verbs}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 {
		t.Errorf("warnings %q", warnings)
	}
	if len(base.Entries) != n {
		t.Fatal("the base lexicon changed")
	}
	if fr := x.Triggers("frobnicate"); len(fr) != 1 || x.Entries[fr[0]].Line != 2 || x.Entries[fr[0]].CAMEO != "190" {
		t.Errorf("frobnicate: %v", fr)
	}
	// 1 + 21 entries added, less those the base has with the same
	// trigger and code (the user's copy of the base's first entry, and
	// any of verbs.txt's): those are the user's
	if got := len(x.Entries); got <= n || got > n+21 {
		t.Errorf("%d entries, base %d", got, n)
	}
	b0 := base.Entries[0]
	for _, i := range x.Triggers(b0.Words[0]) {
		if e := x.Entries[i]; len(e.Words) == 1 && e.Type == b0.Type && e.CAMEO == b0.CAMEO {
			if e.Line != 3 || e.Source[0].Pos != "subj" {
				t.Errorf("the base's entry, not the user's: %+v", e)
			}
			break
		}
	}
	if len(x.Triggers("meet")) <= len(base.Triggers("meet")) {
		t.Error("no entries added for meet")
	}
	if x.Subject != base.Subject || x.Agent != base.Agent || len(x.Cues) != len(base.Cues) || len(x.Sectors) != len(base.Sectors) {
		t.Error("options, cues or sectors not the base's")
	}
	if len(base.Rules) == 0 || !reflect.DeepEqual(x.Rules, base.Rules) {
		t.Errorf("rules %v, the base's %v", x.Rules, base.Rules)
	}
	if len(base.Actors) == 0 || !reflect.DeepEqual(x.Actors, base.Actors) || !reflect.DeepEqual(x.AdjSectors, base.AdjSectors) || x.Side != base.Side {
		t.Errorf("actor nouns %v, adjective sectors %v, side %v; the base's %v, %v, %v", x.Actors, x.AdjSectors, x.Side, base.Actors, base.AdjSectors, base.Side)
	}
	if _, _, err := events.ExtendLexicon(base, []events.LexiconFile{{Name: "bad.tsv", Data: []byte("x\tverb\n")}}, nil); err == nil || !strings.HasPrefix(err.Error(), "bad.tsv:1: ") {
		t.Errorf("bad tsv: %v", err)
	}
}

// TestImportCAMEO converts PETRARCH2's own dictionary when the shared data
// is present.
func TestImportCAMEO(t *testing.T) {
	f, err := os.Open("../../shared/data/events/petrarch/CAMEO.2.0.txt")
	if err != nil {
		t.Skip("CAMEO.2.0.txt not present")
	}
	defer f.Close()
	dict, err := events.ImportPETRARCH(f, "CAMEO.2.0.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	if dict.Verbs < 1500 || dict.Patterns < 4000 || len(dict.Entries) < 100000 || len(dict.Problems) > 10 {
		t.Errorf("%d verbs, %d patterns, %d entries, %d problems", dict.Verbs, dict.Patterns, len(dict.Entries), len(dict.Problems))
	}
}
