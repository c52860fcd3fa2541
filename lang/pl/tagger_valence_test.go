package pl

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// TestGenerateVerbCases rebuilds data/verb-cases.tsv from the word forms
// of NKJP-1M (sentences end at blank lines and document starts):
//
//	KRONIKA_GEN_VALENCE=1 go test ./lang/pl -run TestGenerateVerbCases
func TestGenerateVerbCases(t *testing.T) {
	if os.Getenv("KRONIKA_GEN_VALENCE") == "" {
		t.Skip("set KRONIKA_GEN_VALENCE=1 to rebuild data/verb-cases.tsv")
	}
	f, err := os.Open(nkjpPath)
	if err != nil {
		t.Skipf("NKJP not available: %v", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		form    string
		initial bool
	}
	cache := map[key][]Analysis{}
	analyze := func(form string, initial bool) []Analysis {
		k := key{form, initial}
		as, ok := cache[k]
		if !ok {
			as = Analyze(form, initial)
			cache[k] = as
		}
		return as
	}
	counts := map[string]*verbCaseCounts{}
	var sent []string
	flush := func() {
		countVerbCases(sent, counts, analyze)
		sent = sent[:0]
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 3 || strings.HasPrefix(c[0], "-DOCSTART") {
			flush()
			continue
		}
		sent = append(sent, c[0])
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out, err := os.Create("data/verb-cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := writeVerbCases(out, counts, 3); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d verbs counted", len(counts))
}

// TestVerbCasesTable checks the table reader on bad lines and the counts
// of sentences written for the test.
func TestVerbCasesTable(t *testing.T) {
	for _, bad := range []string{"mówić\t1\t2\n", "mówić\t1\t2\t3\t4\tx\n", "\t1\t1\t1\t1\t1\n",
		"mówić\t1\t1\t1\t1\t1\nmówić\t1\t1\t1\t1\t1\n", "mówić\t-1\t1\t1\t1\t1\n"} {
		if _, err := parseVerbCases(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if verbCasesOf("podjąć", false)[vcAcc] == 0 {
		t.Error("the embedded table has no accusative after podjąć")
	}
	counts := map[string]*verbCaseCounts{}
	for _, s := range []string{
		"Anna nacisnęła klamkę .",             // acc
		"Nie nacisnęła klamki .",              // negated: not counted
		"Wczoraj pojawiła się kobieta .",      // nom, reflexive
		"Poszedł do domu .",                   // a preposition: nothing
		"Pomógł bardzo staremu człowiekowi .", // dat after an adverb and adjective
	} {
		countVerbCases(strings.Fields(s), counts, Analyze)
	}
	want := map[string]verbCaseCounts{
		"nacisnąć":    {vcAcc: 1},
		"pojawić się": {vcNom: 1},
		"pomóc":       {vcDat: 1},
	}
	if len(counts) != len(want) {
		t.Errorf("counted %d verbs, want %d", len(counts), len(want))
	}
	for l, w := range want {
		if c := counts[l]; c == nil || *c != w {
			t.Errorf("%s: %v, want %v", l, c, w)
		}
	}
}
