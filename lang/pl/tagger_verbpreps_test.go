package pl

import (
	"strings"
	"testing"
)

// TestVerbPrepsTable checks the table reader on bad lines, the embedded
// table, and the counts of sentences written for the test.
func TestVerbPrepsTable(t *testing.T) {
	for _, bad := range []string{"czekać\tna\t1\t2\n", "czekać\tna\t1\t2\tx\n", "\tna\t1\t1\t1\n",
		"czekać\tdo\t1\t1\t1\n", "czekać\tna\t1\t1\t1\nczekać\tna\t1\t1\t1\n", "czekać\tna\t-1\t1\t1\n"} {
		if _, err := parseVerbPreps(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if c := verbPreps()["czekać\tna"]; c[vpAcc] <= c[vpLoc] {
		t.Errorf("czekać na: %v, want the accusative first", c)
	}
	counts := map[string]*verbPrepCounts{}
	for _, s := range []string{
		"Wszyscy czekali na nowego prezesa .",   // acc: adjective and noun agree
		"Dzieci stoją na starym moście .",       // loc
		"Pochylił się nad chorym dzieckiem .",   // inst, reflexive
		"Patrzyła na mnie .",                    // "mnie": gen, acc, loc: not counted
		"Poszedł do domu .",                     // "do": one case only
		"Nie myślał o niej .",                   // "niej": gen, dat, loc; after "o": loc
		"Spojrzał w okno .",                     // "okno": nom, acc, voc: acc
		"Rozmawiał długo z nią o przyszłości .", // "z" first: nothing
	} {
		countVerbPreps(strings.Fields(s), counts, Analyze)
	}
	want := map[string]verbPrepCounts{
		"czekać\tna":        {vpAcc: 1},
		"stać\tna":          {vpLoc: 1},
		"pochylić się\tnad": {vpInst: 1},
		"myśleć\to":         {vpLoc: 1},
		"spojrzeć\tw":       {vpAcc: 1},
	}
	if len(counts) != len(want) {
		t.Errorf("counted %d pairs, want %d: %v", len(counts), len(want), counts)
	}
	for k, w := range want {
		if c := counts[k]; c == nil || *c != w {
			t.Errorf("%q: %v, want %v", k, c, w)
		}
	}
}

// TestPrepValence checks the cases prepValence gives a preposition after a
// verb and its phrase by the table.
func TestPrepValence(t *testing.T) {
	tests := []caseTest{
		{"Długo patrzył na mnie .", 3, "acc"},
		{"Znowu spojrzała na mnie z uśmiechem .", 3, "acc"},
		{"Brat prosi o wiadomości z domu .", 3, "acc"},
		// A form of one case is left alone.
		{"Dzieci stały na moście .", 3, "loc"},
	}
	checkCases(t, tests, false)
}
