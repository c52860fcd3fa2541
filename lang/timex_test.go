package lang

import (
	"os"
	"strings"
	"testing"
)

func TestParseTimexFiles(t *testing.T) {
	for _, name := range []string{"pl/timex.tsv", "en/timex.tsv"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		x, err := ParseTimex(name, string(data))
		if err != nil {
			t.Fatal(err)
		}
		if x.Len() < 100 {
			t.Errorf("%s: only %d entries", name, x.Len())
		}
	}
}

func TestParseTimexLookup(t *testing.T) {
	x, err := ParseTimex("t.tsv", "month\tczerwca\t6\nweekday\tczwartk*\t4\nweekday\tczwartek\t4\nunit\troku\tyear\nyearmark\troku\nshift\tubiegł*\t-1\noption\tslashdates\tmdy\n")
	if err != nil {
		t.Fatal(err)
	}
	if e := x.Lookup("czerwca"); e == nil || e.Month != 6 {
		t.Errorf("czerwca: %+v", e)
	}
	if e := x.Lookup("czwartkowe"); e == nil || e.Weekday != 4 {
		t.Errorf("czwartkowe: %+v", e)
	}
	if e := x.Lookup("roku"); e == nil || e.Unit != Year || !e.YearMark {
		t.Errorf("roku: %+v", e)
	}
	if e := x.Lookup("ubiegłym"); e == nil || !e.IsShift || e.Shift != -1 {
		t.Errorf("ubiegłym: %+v", e)
	}
	if x.Lookup("czwarty") != nil || x.Lookup("nic") != nil {
		t.Error("unexpected match")
	}
	if !x.SlashMDY {
		t.Error("slashdates option not read")
	}
}

func TestParseTimexErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"month\tczerwca\t13\n", "x.tsv:1: month value"},
		{"# c\nmonth\tczerwca\n", "x.tsv:2: kind month needs a value"},
		{"nonsense\tx\n", "unknown kind"},
		{"unit\tdni\tfortnight\n", "unit \"fortnight\""},
		{"month\tCzerwca\t6\n", "not lower case"},
		{"ago\ttemu\t1\n", "takes no value"},
		{"month\n", "want \"kind<TAB>word"},
		{"option\tslashdates\tymd\n", "unknown option"},
		{"weekday\t*\t1\n", "bad stem"},
	} {
		_, err := ParseTimex("x.tsv", c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.in, err, c.want)
		}
	}
}
