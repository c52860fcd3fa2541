package events

import "testing"

func TestBefore(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		// days: four weeks or more
		{"2024-03-01", "2024-05-01", true},
		{"2024-04-29", "2024-05-01", false},
		{"2024-04-03", "2024-05-01", true},
		{"2024-04-04", "2024-05-01", false},
		{"2024-05-02", "2024-05-01", false},
		// ISO weeks: 2024-W18 is 29 April – 5 May and holds 1 May
		{"2024-W18", "2024-05-01", false},
		{"2024-W17", "2024-05-01", false}, // last week
		{"2024-W12", "2024-05-01", true},
		{"2025-W01", "2024-12-31", false}, // 30 Dec 2024 – 5 Jan 2025
		{"2020-W53", "2021-01-02", false}, // 28 Dec 2020 – 3 Jan 2021
		// months and coarser
		{"2024-05", "2024-05-01", false},
		{"2024-04", "2024-05-01", false}, // ends the day before: adjacent
		{"2024-04", "2024-05-20", true},
		{"2024-03", "2024-05-01", true},
		{"2024-Q2", "2024-05-01", false},
		{"2024-Q1", "2024-05-01", true},
		{"2024-SU", "2024-07-15", false},
		{"2024", "2024-05-01", false},
		{"2023", "2024-05-01", true},
		{"2023", "2024-01-01", false},
		{"202", "2024-05-01", false},
		{"199", "2024-05-01", true},
		{"1961", "2024-05-01", true},
		{"2024-04-28", "2024-05", true},
		{"2024-04-01/2024-04-30", "2024-05-01", false},
		{"2024-01-01/2024-02-01", "2024-05-01", true},
		// no stretch of the calendar: never historical
		{"PAST_REF", "2024-05-01", false},
		{"XXXX-12-07", "2024-05-01", false},
		{"XXXX-WXX", "2024-05-01", false},
		{"2024-W99", "2024-05-01", false},
		{"2024-13", "2024-05-01", false},
		{"", "2024-05-01", false},
		{"2023", "", false},
		{"2023-02-30", "2024-05-01", false},
	} {
		if got := before(tc.a, tc.b); got != tc.want {
			t.Errorf("before(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func FuzzPeriodOf(f *testing.F) {
	for _, s := range []string{"2024-W18", "2024-05-01", "202", "2024-Q3", "2024-SU", "a/b", "2024-01/2023", "9999-W53"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		p, ok := periodOf(v)
		if ok && p.end.Before(p.start) {
			t.Errorf("periodOf(%q): end %v before start %v", v, p.end, p.start)
		}
	})
}

func TestMonthOf(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2024-06-12", "2024-06"},
		{"2024-W25", "2024-06"},
		{"2024-W01", "2024-01"},
		{"2024-WXX", "2024"}, // an unknown week names only its year
		{"2024-Q2", "2024-04"},
		{"2024-QX", "2024"},
		{"2024-SU", "2024"},
		{"199", "199"},
		{"PAST_REF", ""},
		{"XXXX-12-07", ""},
	} {
		if got := monthOf(tc.in); got != tc.want {
			t.Errorf("monthOf(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
