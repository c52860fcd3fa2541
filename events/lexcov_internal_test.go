package events

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/lang"
	_ "github.com/kronika/kronika/lang/en"
	_ "github.com/kronika/kronika/lang/pl"
)

// The coverage of the trigger lexicons (issues 13 and 14): which CAMEO
// codes and PLOVER modes each language can code at all, whatever the
// files the entries were chosen on. testdata/lexcov-uncovered.tsv lists
// what is deliberately left without a trigger, and why.

// lexcovLangs are the languages whose lexicons must cover every code.
var lexcovLangs = []string{"en", "pl"}

// ploverModes are the types and modes of the PLOVER codebook
// (PLOVER_structured_codebook_updated.csv), "" for a type's entries
// without a mode: each must have an entry. (lang.PloverModes adds the
// modes of the conversion table, which an entry may carry but need not.)
var ploverModes = map[string][]string{
	"AGREE":     {""},
	"CONSULT":   {"visit", "third-party", "multilateral", "phone"},
	"SUPPORT":   {""},
	"CONCEDE":   {""},
	"COOPERATE": {""},
	"AID":       {""},
	"RETREAT":   {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
	"REQUEST":   {"assist", "change", "yield", "meet"},
	"ACCUSE":    {"disapprove", "investigate", "allege"},
	"REJECT":    {"assist", "change", "yield", "meet"},
	"THREATEN":  {"", "restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"},
	"PROTEST":   {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
	"SANCTION":  {"convict", "expel", "withdraw", "discontinue"},
	"MOBILIZE":  {"troops", "weapons", "police", "militia"},
	"COERCE":    {"seize", "restrict", "ban", "censor", "curfew", "arrest", "deport", "withhold", "misinformation", "cyber"},
	"ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
		"firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
		"cleansing", "massacre", "unconventional"},
}

//go:embed testdata/lexcov-uncovered.tsv
var lexcovUncovered string

// lexcovExceptions reads testdata/lexcov-uncovered.tsv: per line a kind
// (code, mode or type), a key (a CAMEO code; TYPE/mode with "-" for no
// mode; CODE/TYPE for an entry's type that differs from the conversion
// table's), the languages it holds for (en, pl, or "en,pl") and the
// reason. A line without a reason is an error: an exception says why.
func lexcovExceptions(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for i, line := range strings.Split(lexcovUncovered, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.TrimSpace(f[3]) == "" {
			t.Fatalf("testdata/lexcov-uncovered.tsv:%d: want kind, key, languages, reason", i+1)
		}
		switch f[0] {
		case "code", "mode", "type":
		default:
			t.Fatalf("testdata/lexcov-uncovered.tsv:%d: kind %q, want code, mode or type", i+1, f[0])
		}
		for _, l := range strings.Split(f[2], ",") {
			if l != "en" && l != "pl" {
				t.Fatalf("testdata/lexcov-uncovered.tsv:%d: language %q, want en or pl", i+1, l)
			}
			k := f[0] + " " + f[1] + " " + l
			if out[k] {
				t.Fatalf("testdata/lexcov-uncovered.tsv:%d: %s listed twice", i+1, k)
			}
			out[k] = true
		}
	}
	return out
}

func lexicon(t *testing.T, code string) *lang.EventLexicon {
	t.Helper()
	l := lang.Get(code)
	if l == nil || l.Events == nil {
		t.Fatalf("language %q has no event lexicon", code)
	}
	return l.Events
}

// entryTypeAgrees: an entry's type is the one PLOVER's conversion table
// gives its code, or the exception list names the pair.
func entryTypeAgrees(e *lang.EventEntry, exc map[string]bool, l string) bool {
	pc, ok := ploverCodes()[e.CAMEO]
	return !ok || pc.Type == e.Type || exc["type "+e.CAMEO+"/"+e.Type+" "+l]
}

// coveredCodes returns the CAMEO codes a lexicon can give: the codes of
// its entries (with the type the conversion table gives them, or one the
// exception list allows) and the codes the coder's rules derive from them
// (pledged, intent: 03x; refusal: 12x; announced: 13x and 035x).
func coveredCodes(x *lang.EventLexicon, exc map[string]bool, l string) map[string]bool {
	out := map[string]bool{}
	for i := range x.Entries {
		e := &x.Entries[i]
		if !entryTypeAgrees(e, exc, l) {
			continue
		}
		out[e.CAMEO] = true
		if yielding[e.Type] {
			out[intentCode(e.CAMEO)] = true
			out[rejectCode(e.CAMEO)] = true
		}
		switch e.Type {
		case "CONCEDE", "RETREAT":
			out[yieldCode(e.CAMEO)] = true
		case "SANCTION", "COERCE", "ASSAULT", "PROTEST":
			out[threatCode(e.CAMEO)] = true
		}
	}
	return out
}

// mappedCodes are the CAMEO codes of the code book (cameo.tsv) that have
// a line of their own in PLOVER's conversion table, sorted.
func mappedCodes() []string {
	var out []string
	pc := ploverCodes()
	for c := range goldstein() {
		if _, ok := pc[c]; ok && len(c) > 2 {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// TestLexiconCoversCAMEO: every CAMEO code that PLOVER maps to a type has
// a trigger in English and in Polish (its own entry, or an act the coder's
// rules turn into it), or is listed as deliberately uncovered with a
// reason; a listed code that has since been covered must leave the list.
func TestLexiconCoversCAMEO(t *testing.T) {
	exc := lexcovExceptions(t)
	codes := mappedCodes()
	if len(codes) < 200 {
		t.Fatalf("%d mapped CAMEO codes, want the code book's (over 200)", len(codes))
	}
	for _, l := range lexcovLangs {
		cov := coveredCodes(lexicon(t, l), exc, l)
		var missing []string
		for _, c := range codes {
			listed := exc["code "+c+" "+l]
			switch {
			case !cov[c] && !listed:
				missing = append(missing, c+" ("+ploverCodes()[c].Type+")")
			case cov[c] && listed:
				t.Errorf("%s: CAMEO %s is covered now: remove it from testdata/lexcov-uncovered.tsv", l, c)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: %d CAMEO codes without a trigger and not listed as uncovered: %s", l, len(missing), strings.Join(missing, ", "))
		}
	}
	mapped := map[string]bool{}
	for _, c := range codes {
		mapped[c] = true
	}
	for k := range exc {
		if f := strings.Fields(k); f[0] == "code" && !mapped[f[1]] {
			t.Errorf("testdata/lexcov-uncovered.tsv: %s: not a CAMEO code PLOVER maps", k)
		}
	}
}

// TestLexiconCoversPloverModes: every type and mode of the PLOVER
// codebook has an entry in English and in Polish, or is listed.
func TestLexiconCoversPloverModes(t *testing.T) {
	exc := lexcovExceptions(t)
	for _, l := range lexcovLangs {
		x := lexicon(t, l)
		have := map[string]bool{}
		for _, e := range x.Entries {
			have[e.Type+"/"+e.Mode] = true // (lang.ParseEvents checks the mode is PLOVER's)
		}
		for typ, modes := range ploverModes {
			for _, m := range modes {
				key := typ + "/" + m
				name := key
				if m == "" {
					name = typ + "/-"
				}
				listed := exc["mode "+name+" "+l]
				switch {
				case !have[key] && !listed:
					t.Errorf("%s: PLOVER %s has no entry and is not listed as uncovered", l, name)
				case have[key] && listed:
					t.Errorf("%s: PLOVER %s is covered now: remove it from testdata/lexcov-uncovered.tsv", l, name)
				}
			}
		}
	}
}

// TestLexiconTypesAgreeWithCAMEO: an entry's PLOVER type is the one the
// conversion table gives its CAMEO code, unless the list says why the
// codebook's modes place the act elsewhere ("convict" is a mode of
// SANCTION though CAMEO 116 maps to ACCUSE).
func TestLexiconTypesAgreeWithCAMEO(t *testing.T) {
	exc := lexcovExceptions(t)
	for _, l := range lexcovLangs {
		bad := map[string][]int{}
		for _, e := range lexicon(t, l).Entries {
			if !entryTypeAgrees(&e, exc, l) {
				k := e.CAMEO + " " + e.Type + " (table: " + ploverCodes()[e.CAMEO].Type + ")"
				if !slices.Contains(bad[k], e.Line) {
					bad[k] = append(bad[k], e.Line)
				}
			}
		}
		for k, lines := range bad {
			t.Errorf("%s: CAMEO %s on lines %v", l, k, lines)
		}
	}
}
