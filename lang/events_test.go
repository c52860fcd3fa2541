package lang

import (
	"slices"
	"strings"
	"testing"
)

// TestCueKinds: every cue kind of the cue file format is read into its
// bit, a word may be of several kinds, and an unknown kind is an error
// naming the file and line.
func TestCueKinds(t *testing.T) {
	lex := "zgodzić się\tverb\tAGREE\t-\t030\t-\tnom\tz+inst\t-\n"
	head := "option\tsubject\tnom\noption\tobject\tacc\noption\tagent\tprzez+acc\n"
	for kind, want := range cueKinds {
		x, err := ParseEvents("e.tsv", lex, "c.tsv", head+kind+"\tsłowo Inne\n")
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if x.Cues["słowo"] != want || x.Cues["inne"] != want {
			t.Errorf("%s: cues %v %v, want %v", kind, x.Cues["słowo"], x.Cues["inne"], want)
		}
	}
	x, err := ParseEvents("e.tsv", lex, "c.tsv", head+"negation\tnie\nconsent\tzgodzić\nrefusal\todmówić nie\n")
	if err != nil {
		t.Fatal(err)
	}
	if x.Cues["nie"] != CueNegation|CueRefusal || x.Cues["zgodzić"] != CueConsent {
		t.Errorf("cues %v, %v", x.Cues["nie"], x.Cues["zgodzić"])
	}
	_, err = ParseEvents("e.tsv", lex, "c.tsv", head+"assent\tzgodzić\n")
	if err == nil || !strings.Contains(err.Error(), "c.tsv:4") {
		t.Fatalf("unknown kind: error %v, want one naming c.tsv:4", err)
	}
	for kind := range cueKinds {
		if !strings.Contains(err.Error(), kind) {
			t.Errorf("unknown kind: error %v does not name the kind %q", err, kind)
		}
	}
}

// TestEntryErrors: a lexicon line that cannot be read is an error naming
// the file, the line and what is wrong; the line's neighbours do not
// matter. Each case is one bad line between two good ones.
func TestEntryErrors(t *testing.T) {
	good := "zgodzić się\tverb\tAGREE\t-\t030\t-\tnom\tz+inst\t-\n"
	cases := []struct{ line, want string }{
		{"wizyta\tnoun\tCONSULT\tvisit\t042\t-\tgen", "7 fields, want 9"},
		{"\tverb\tAGREE\t-\t030\t-\tnom\tz+inst\t-", "empty trigger"},
		{"wizyta\tadj\tCONSULT\tvisit\t042\t-\tgen\tw+loc\t-", `pos "adj"`},
		{"wizyta\tnoun\tVISIT\tvisit\t042\t-\tgen\tw+loc\t-", `unknown PLOVER type "VISIT"`},
		{"wizyta\tnoun\tCONSULT\tvisits\t042\t-\tgen\tw+loc\t-", `mode "visits" is not one of CONSULT's`},
		{"zgodzić się\tverb\tAGREE\tdiplomatic\t030\t-\tnom\tz+inst\t-", `mode "diplomatic": PLOVER's AGREE has no modes`},
		{"wizyta\tnoun\tCONSULT\tvisit\t42a\t-\tgen\tw+loc\t-", `bad CAMEO code "42a"`},
		{"wizyta\tnoun\tCONSULT\tvisit\t04211\t-\tgen\tw+loc\t-", `bad CAMEO code "04211"`},
		{"wizyta\tnoun\tCONSULT\tvisit\t042\t-\t-\tw+loc\t-", "source: an event needs a source slot"},
		{"wizyta\tnoun\tCONSULT\tvisit\t042\t-\tgen\tw+abl\t-", `target: bad slot "w+abl"`},
		{"wizyta\tnoun\tCONSULT\tvisit\t042\t-\tgen\tw+loc\tstrong", `unknown flag "strong"`},
		{good[:len(good)-1], "the same trigger and code as line 1"},
	}
	for _, tc := range cases {
		_, err := ParseEvents("e.tsv", good+tc.line+"\n"+"wizyta\tnoun\tCONSULT\tvisit\t042\t-\tgen\tw+loc\t-\n", "", "")
		if err == nil || !strings.Contains(err.Error(), "e.tsv:2: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one naming e.tsv:2 and %q", tc.line, err, tc.want)
		}
	}
	// every mode of every type reads
	for typ, modes := range PloverModes {
		for _, m := range append([]string{"-"}, modes...) {
			line := "wizyta\tnoun\t" + typ + "\t" + m + "\t042\t-\tgen\tw+loc\t-\n"
			if _, err := ParseEvents("e.tsv", line, "", ""); err != nil {
				t.Errorf("%s/%s: %v", typ, m, err)
			}
		}
	}
}

// FuzzParseEvents: a lexicon and a cue file from outside (kronika extract
// --events FILE) never crash the reader; what it accepts has a head word,
// a known type, a source slot and its entries indexed under their heads.
func FuzzParseEvents(f *testing.F) {
	f.Add("zgodzić się\tverb\tAGREE\t-\t030\t-\tnom\tz+inst\t-\n", "option\tsubject\tnom\noption\tobject\tacc\noption\tagent\tprzez+acc\nnegation\tnie\n")
	f.Add("strike on\tnoun\tASSAULT\t-\t195\tmilitary\tadj|poss|by|from\ton\t-\n", "option\tsubject\tsubj\noption\tobject\tobj\noption\tagent\tby\n")
	f.Add("x\tverb\tCOERCE\tmartial-law\t1724\t-\tsubj\tin\tweak,sym\n", "sector\tarmy\tMIL\n")
	f.Add("meet\tverb\tCONSULT\t-\t040\t-\tsubj\tobj\t-\n", "option\tsubject\tsubj\nrule\tshowofforce  proposalfor\nrule\t\n")
	f.Fuzz(func(t *testing.T, data, cues string) {
		x, err := ParseEvents("e.tsv", data, "c.tsv", cues)
		if err != nil {
			return
		}
		for r, on := range x.Rules {
			if !on || !slices.Contains(RuleNames, r) {
				t.Fatalf("rule %q (%v) accepted: not one of %v", r, on, RuleNames)
			}
		}
		for i, e := range x.Entries {
			if len(e.Words) == 0 || !slices.Contains(PloverTypes, e.Type) || len(e.Source) == 0 {
				t.Fatalf("entry %d accepted without a head, a type or a source: %+v", i, e)
			}
			if !slices.Contains(x.Triggers(e.Words[0]), i) {
				t.Fatalf("entry %d not indexed under its head %q", i, e.Words[0])
			}
		}
	})
}

// TestAdjectiveSectors: "sectoradj" lines map lower-cased adjective lemmas
// to a sector code; a code that is not three capital letters is an error.
func TestAdjectiveSectors(t *testing.T) {
	lex := "odrzucić\tverb\tREJECT\t-\t120\t-\tnom\tacc\t-\n"
	head := "option\tsubject\tnom\noption\tobject\tacc\noption\tagent\tprzez+acc\n"
	x, err := ParseEvents("e.tsv", lex, "c.tsv", head+"sectoradj\trządowy Prezydencki\tGOV\nsectoradj\tsejmowy\tLEG\n")
	if err != nil {
		t.Fatal(err)
	}
	if x.AdjSectors["rządowy"] != "GOV" || x.AdjSectors["prezydencki"] != "GOV" || x.AdjSectors["sejmowy"] != "LEG" || x.Sectors["rządowy"] != "" {
		t.Errorf("adjective sectors %v, sectors %v", x.AdjSectors, x.Sectors)
	}
	if _, err := ParseEvents("e.tsv", lex, "c.tsv", head+"sectoradj\trządowy\tgov\n"); err == nil || !strings.Contains(err.Error(), "c.tsv") {
		t.Errorf("a lower-case code: error %v, want one naming c.tsv", err)
	}
}
