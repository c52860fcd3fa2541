package morph

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestSuffixRuleApply(t *testing.T) {
	tests := []struct {
		r    SuffixRule
		form string
		want string
		ok   bool
	}{
		{SuffixRule{Cut: 1}, "Trumpa", "Trump", true},
		{SuffixRule{Cut: 3, Add: "i"}, "Zełenskiego", "Zełenskii", true},
		{SuffixRule{Cut: 1, Add: "a"}, "Federacją", "Federacja", true},
		{SuffixRule{Cut: 0}, "Dzong", "Dzong", true},
		{SuffixRule{Cut: 9}, "ab", "", false},
	}
	for _, tt := range tests {
		got, ok := tt.r.Apply(tt.form)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%+v.Apply(%q) = %q, %v", tt.r, tt.form, got, ok)
		}
	}
}

func TestSuffixTableRoundTrip(t *testing.T) {
	src := "# max 6\nP\tza\t1\t\tsubst:sg:gen:m1\t1849\nP\tza\t0\t\tsubst:sg:nom:f\t66\nc\tu\t1\t\tsubst:sg:gen:m3\t10\n"
	tab, err := ReadSuffixTable(strings.NewReader(src), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rs, n := tab.Rules("P", "Merza", 2)
	if n != 2 || len(rs) != 2 || rs[0].Count != 1849 {
		t.Fatalf("Rules: %v %d", rs, n)
	}
	if rs, _ := tab.Rules("P", "za", 2); rs != nil {
		t.Errorf("ending covers the whole stem: %v", rs)
	}
	var b bytes.Buffer
	if _, err := tab.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	again, err := ReadSuffixTable(&b, "y.tsv")
	if err != nil || again.Len() != tab.Len() {
		t.Fatalf("round trip: %v, %d vs %d", err, again.Len(), tab.Len())
	}
	for _, bad := range []string{"P\tza\t1\n", "P\tza\tx\t\tt\t1\n", "P\t\t1\t\tt\t1\n"} {
		if _, err := ReadSuffixTable(strings.NewReader(bad), "bad.tsv"); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestLearnSuffixes(t *testing.T) {
	if os.Getenv("KRONIKA_SLOW_TESTS") == "" {
		t.Skip("walks the whole dictionary (30 s); set KRONIKA_SLOW_TESTS=1")
	}
	d := loadPolish(t)
	tab, err := LearnSuffixes(d, LearnOptions{MaxLen: 3, MaxLenOf: func(c string) int {
		if c == "c" {
			return 1
		}
		return 3
	}})
	if err != nil {
		t.Fatal(err)
	}
	rs, _ := tab.Rules("P", "Trumpa", 2)
	if len(rs) == 0 {
		t.Fatal("no rules for -pa")
	}
	t.Logf("%d endings; -mpa: %+v", tab.Len(), rs[0])
}
