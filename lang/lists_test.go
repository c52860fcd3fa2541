package lang

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseLists(t *testing.T) {
	kinds := map[string]int{"set": 1, "map": 2}
	l, err := ParseLists("x.tsv", "# comment\n\nset\tb\nset\ta\r\nmap\tk\tv\n", kinds)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Words("set"); !reflect.DeepEqual(got, []string{"b", "a"}) {
		t.Errorf("Words = %q", got)
	}
	if got := l.Set("set"); !got["a"] || !got["b"] || len(got) != 2 {
		t.Errorf("Set = %v", got)
	}
	if got := l.Map("map"); got["k"] != "v" || len(got) != 1 {
		t.Errorf("Map = %v", got)
	}
	if l["map"][0].Line != 5 {
		t.Errorf("line %d, want 5", l["map"][0].Line)
	}
	for _, tc := range []struct{ in, want string }{
		{"other\tx\n", "x.tsv:1: unknown list \"other\" (want one of map, set)"},
		{"set\tx\n\nset\tx\ty\n", "x.tsv:3: list set wants 1 field(s)"},
		{"map\tk\n", "x.tsv:1: list map wants 2 field(s)"},
		{"set\t\n", "x.tsv:1: empty field"},
		{"# c\nset\t x\n", "x.tsv:2: empty field or stray space"},
	} {
		if _, err := ParseLists("x.tsv", tc.in, kinds); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseLists(%q) error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestParseHeadTitles(t *testing.T) {
	got, err := ParseHeadTitles("h.tsv", "# c\npresident\n\nprime minister\r\n")
	if err != nil || !got["president"] || !got["prime minister"] || len(got) != 2 {
		t.Errorf("ParseHeadTitles = %v, %v", got, err)
	}
	for _, in := range []string{"# c\nPresident\n", "# c\nprime  minister\n", "# c\n king\n"} {
		if _, err := ParseHeadTitles("h.tsv", in); err == nil || !strings.Contains(err.Error(), "h.tsv:2") {
			t.Errorf("ParseHeadTitles(%q) error %v, want one naming h.tsv:2", in, err)
		}
	}
}

func TestParseMonthNames(t *testing.T) {
	got, err := ParseMonthNames("m.tsv", "# c\nlipca\t7\n\nsept\t9\r\n")
	if err != nil || got["lipca"] != 7 || got["sept"] != 9 || len(got) != 2 {
		t.Errorf("ParseMonthNames = %v, %v", got, err)
	}
	for _, in := range []string{"# c\nLipca\t7\n", "# c\nlipca\t13\n", "# c\nlipca 7\n", "# c\nlipca\tx\n"} {
		if _, err := ParseMonthNames("m.tsv", in); err == nil || !strings.Contains(err.Error(), "m.tsv:2") {
			t.Errorf("ParseMonthNames(%q) error %v, want one naming m.tsv:2", in, err)
		}
	}
}
