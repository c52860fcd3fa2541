package doc

import "testing"

func TestPlurality(t *testing.T) {
	for _, c := range []struct {
		n    map[string]int
		want string
	}{
		{nil, ""},
		{map[string]int{"POL": 3}, "POL"},
		{map[string]int{"POL": 3, "DEU": 5, "FRA": 1}, "DEU"},
		{map[string]int{"POL": 5, "DEU": 5, "FRA": 1}, ""},
		{map[string]int{"POL": 5, "DEU": 5, "FRA": 7}, "FRA"},
	} {
		if got := Plurality(c.n); got != c.want {
			t.Errorf("Plurality(%v) = %q, want %q", c.n, got, c.want)
		}
	}
}
