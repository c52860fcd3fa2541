package actors

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kronika/kronika/lang"
	_ "github.com/kronika/kronika/lang/pl"
	_ "github.com/kronika/kronika/lang/ru"
)

// The actor base asks the registered languages for base forms and head
// titles. Polish and Russian are linked in. lang/en imports this package,
// so its internal tests cannot import it: when no external test has linked
// it, English is registered from its data files, after every init.
func TestMain(m *testing.M) {
	if lang.Get("en") == nil {
		lang.Register(lang.MustLoad("en", "English", os.DirFS("../lang/en")))
	}
	os.Exit(m.Run())
}

func TestHeadTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"president": true, "Prime Minister": true, "acting president": true,
		"president (interim)": true, "defence minister": false, "": false,
	} {
		if got := headTitle(title); got != want {
			t.Errorf("headTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestBaseForms(t *testing.T) {
	for _, tc := range []struct {
		name         string
		overSurnames bool
		want         string
	}{
		{"Joe Bidena", false, "Joe Biden"},
		{"Владимира Путина", false, "Владимир Путин"},
		{"Joe Bidena", true, ""},
		{"России", true, "Россия"},
		{"Ihorem Kłymenką", false, "Ihor Kłymenko"},
		{"Szewczenkę", false, "Szewczenko"},
		{"Joannę Kluzik", false, "Joanna Kluzik"},
		{"Europy Środkowej", false, "Europa Środkowa"},
		{"Azji Południowo-Wschodniej", false, "Azja Południowo-Wschodnia"},
	} {
		got := baseForms(tc.name, 32, tc.overSurnames)
		found := tc.want == "" && len(got) == 0
		for _, f := range got {
			found = found || f == tc.want
		}
		if !found {
			t.Errorf("baseForms(%q, %v) = %q, want %q among them", tc.name, tc.overSurnames, got, tc.want)
		}
	}
	if got := demonymPlurals([]string{"Rosjanin", "Brytyjczyk"}); strings.Join(got, " ") != "Rosjanie Rosjanka Rosjanki Brytyjczycy Brytyjka Brytyjki" {
		t.Errorf("demonymPlurals = %q", got)
	}
}

// baseForms remembers its answers: asked again, with another bound or the
// other mode, it gives what the languages give afresh, and a caller's
// append does not reach the remembered slice.
func TestBaseFormsRemembered(t *testing.T) {
	fresh := func(name string, max int, over bool) []string {
		var out []string
		for _, l := range languages() {
			if l.NameBaseForms != nil && (!over || l.BaseFormsOverSurnames) {
				out = append(out, l.NameBaseForms(name, max)...)
			}
		}
		return out
	}
	names := []string{"Joe Bidena", "Владимира Путина", "Ihorem Kłymenką", "Europy Środkowej", "Donald Tusk"}
	for round := 0; round < 3; round++ {
		for _, name := range names {
			for _, max := range []int{1, 8, 32} {
				for _, over := range []bool{false, true} {
					got := baseForms(name, max, over)
					if want := fresh(name, max, over); !slices.Equal(got, want) {
						t.Errorf("round %d: baseForms(%q, %d, %v) = %q, want %q", round, name, max, over, got, want)
					}
					_ = append(got, "appended")
				}
			}
		}
	}
	// The memory starts again when full, and answers stay the same.
	for i := 0; i < baseFormsMax+10; i++ {
		baseFormsSeen.store(baseFormsKey{name: strconv.Itoa(i)}, nil)
	}
	if n := len(baseFormsSeen.m); n > baseFormsMax {
		t.Errorf("memory holds %d answers, more than %d", n, baseFormsMax)
	}
	if got, want := baseForms("Joe Bidena", 32, false), fresh("Joe Bidena", 32, false); !slices.Equal(got, want) {
		t.Errorf("after a reset: %q, want %q", got, want)
	}
}

// TestHyphenedInflected: each part of a hyphened name inflects in Russian,
// and the base finds the name from its case forms.
func TestHyphenedInflected(t *testing.T) {
	for name, want := range map[string]string{
		"Северном Рейне-Вестфалии":  "North Rhine-Westphalia",
		"Северного Рейна-Вестфалии": "North Rhine-Westphalia",
		"Баден-Вюртемберге":         "Baden-Württemberg",
		"Нью-Йорке":                 "New York City",
		"Нижней Саксонии":           "Lower Saxony",
	} {
		ms := Default().Lookup(name)
		if len(ms) == 0 || ms[0].Actor.Canonical != want {
			got := ""
			if len(ms) > 0 {
				got = ms[0].Actor.Canonical
			}
			t.Errorf("Lookup(%q) = %q, want %q", name, got, want)
		}
	}
}
