package pl

import (
	"bufio"
	"compress/gzip"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestGenerateVerbCases rebuilds data/verb-cases.tsv and
// data/verb-preps.tsv from the word forms of NKJP-1M (sentences end at
// blank lines and document starts):
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
	preps := map[string]*verbPrepCounts{}
	var sent []string
	flush := func() {
		countVerbCases(sent, counts, analyze)
		countVerbPreps(sent, preps, analyze)
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
	pout, err := os.Create("data/verb-preps.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer pout.Close()
	if err := writeVerbPreps(pout, preps, 3); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d verbs and prepositions counted", len(preps))
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
		"Nie nacisnęła klamki .",              // negated: a genitive not counted
		"Nie pomógł sąsiadce .",               // negated: a dative counted
		"Wczoraj pojawiła się kobieta .",      // nom, reflexive
		"Poszedł do domu .",                   // a preposition: nothing
		"Pomógł bardzo staremu człowiekowi .", // dat after an adverb and adjective
		"Popełnili błąd .",                    // nom or acc; a plural verb: acc
		"Popełnił em błąd .",                  // the first person: acc
		"Popełnił błąd .",                     // nom or acc, agreeing: not counted
		"Zaczęli nową pracę .",                // adjective and noun agree in acc only
		"Wczoraj kupił nam książkę .",         // dat, then acc after the pronoun
		"Zapłacił kobiecie .",                 // dat or loc; no preposition: dat
		"Ma tam powstać pomnik .",             // nom or acc; the subject of "ma": not counted
	} {
		countVerbCases(strings.Fields(s), counts, Analyze)
	}
	want := map[string]verbCaseCounts{
		"nacisnąć":    {vcAcc: 1},
		"pojawić się": {vcNom: 1},
		"pomóc":       {vcDat: 2},
		"popełnić":    {vcAcc: 2},
		"zacząć":      {vcAcc: 1},
		"kupić":       {vcDat: 1, vcAcc: 1},
		"zapłacić":    {vcDat: 1},
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

// TestGenerateNoPassive rebuilds data/no-passive.tsv from the embedded
// dictionary and the lemma list of NKJP-1M (data/nkjp-lemmas.tsv):
//
//	KRONIKA_GEN_NOPASSIVE=1 go test ./lang/pl -run TestGenerateNoPassive
func TestGenerateNoPassive(t *testing.T) {
	if os.Getenv("KRONIKA_GEN_NOPASSIVE") == "" {
		t.Skip("set KRONIKA_GEN_NOPASSIVE=1 to rebuild data/no-passive.tsv")
	}
	verbs, passive := map[string]bool{}, map[string]bool{}
	err := Dictionary().Walk(func(form, lemma []byte, tag string) bool {
		switch {
		case strings.HasPrefix(tag, "verb:inf:"):
			verbs[string(lemma)] = true
		case strings.HasPrefix(tag, "ppas:") || strings.Contains(tag, "+ppas:"):
			passive[string(lemma)] = true
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range strings.Split(nkjpLemmas, "\n") {
		lemma, _, ok := strings.Cut(f, "\t")
		if !ok || strings.HasPrefix(lemma, "#") || !verbs[lemma] || passive[lemma] {
			continue
		}
		out = append(out, lemma)
	}
	sort.Strings(out)
	var b strings.Builder
	b.WriteString("# Verb lemmas of NKJP-1M (data/nkjp-lemmas.tsv) that PoliMorf (data/polish.dict, BSD-2)\n")
	b.WriteString("# gives no passive participle (ppas): verbs that take no accusative object.\n")
	b.WriteString("# Generated: KRONIKA_GEN_NOPASSIVE=1 go test ./lang/pl -run TestGenerateNoPassive\n")
	for _, l := range out {
		b.WriteString(l + "\n")
	}
	if err := os.WriteFile("data/no-passive.tsv", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d verbs, %d with a passive participle, %d listed", len(verbs), len(passive), len(out))
}

// TestNoPassive checks the reader of data/no-passive.tsv on bad lines,
// the embedded list's verbs with and without a passive participle, and
// that a noun after a verb of the list that agrees with it is its
// subject.
func TestNoPassive(t *testing.T) {
	for _, bad := range []string{"krążyć\tx\n", "krążyć\nkrążyć\n", "krążyć się\n"} {
		if _, err := parseNoPassive(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	for _, tt := range []struct {
		lemma string
		want  bool
	}{
		{"krążyć", true}, {"powstać", true}, {"narastać", true},
		{"czytać", false}, {"budować", false}, {"mieć", false},
	} {
		if got := intransitive(tt.lemma, false, verbCasesOf(tt.lemma, false)); got != tt.want {
			t.Errorf("intransitive(%q) = %v, want %v", tt.lemma, got, tt.want)
		}
	}
	tests := []caseTest{
		{"Nad miastem krążą ogromne ptaki .", 4, "nom"},
		{"Wczoraj narastały obawy inwestorów .", 2, "nom"},
		{"Wczoraj budowali nowe domy .", 3, "acc"},
	}
	checkCases(t, tests, false)
}

// TestValenceCases checks the cases valenceCases gives the first phrase
// after a verb by the verb-case table, and those it leaves.
func TestValenceCases(t *testing.T) {
	tests := []caseTest{
		{"W piątek rząd przekazał Komisji nowy raport .", 4, "dat"},
		{"W sobotę przekazano Komisji dane .", 3, "dat"},
		{"Rano położyła ręce na stole .", 2, "acc"},
		{"Wczoraj wezwano kolejnego świadka .", 3, "acc"},
		{"Ostatnio pomagał sąsiadce .", 2, "dat"},
		// A verb the table lacks, with a passive participle.
		{"I odnowi wnętrze kościoła .", 2, "acc"},
		{"Wtedy miętosił kapelusz , a potem wyszedł .", 2, "acc"},
		// A fronted object: the phrase after the verb is its subject.
		{"Udział w turnieju wzięły drużyny z miasta .", 4, "nom"},
		// A negated verb keeps the genitive, not a dative.
		{"Nie przyjął nowych pracowników .", 3, "gen"},
		{"Takie decyzje nie podlegają kontroli sądu .", 4, "dat"},
	}
	checkCases(t, tests, false)
}
