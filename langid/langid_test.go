package langid

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"Kim Dzong Un podkreślił solidarność z Rosją w związku ze specjalną operacją wojskową w Ukrainie.", "pl"},
		{"Podczas spotkania omawiano potrzebę współpracy wojskowej.", "pl"},
		{"Rosja oznajmiła, że zamyka konsulaty Litwy, Łotwy i Estonii na swym terytorium.", "pl"},
		{"Ankara is threatening retaliation against Washington if hit by sanctions.", "en"},
		{"The U.S. Senate prepares to vote on measures against Turkey.", "en"},
		{"The mayor, Halina Wrzosek-Bajer, met Acme Widgets executives in Gdańsk, and Donald Tusk welcomed the talks.", "en"},
		{"Wałęsa and Kaczyński spoke in Łódź about the Solidarity movement and its legacy today.", "en"},
		{"Президент России заявил, что переговоры продолжатся на следующей неделе.", "ru"},
		{"Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland beschlossen.", "de"},
		{"Vláda schválila nový zákon o státním rozpočtu na příští rok.", "cs"},
		{"", ""},
		{"12 345 — !!", ""},
	}
	for _, c := range cases {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestDetectLongTextCutsOnRuneBoundary(t *testing.T) {
	// 'ą' is two bytes; an odd start shifts the cut into the middle of one.
	text := "x"
	for len(text) < 3*sampleBytes {
		text += "Zażółć gęślą jaźń i ą "
	}
	if got := Detect(text); got != "pl" {
		t.Errorf("Detect(long Polish) = %q, want pl", got)
	}
}

func BenchmarkDetect(b *testing.B) {
	text := "Kim Dzong Un podkreślił solidarność z Rosją w związku ze specjalną operacją wojskową w Ukrainie oraz wyraził wsparcie dla rosyjskich sił zbrojnych walczących o sprawiedliwość w celu ochrony suwerennych praw i bezpieczeństwa kraju."
	for b.Loop() {
		Detect(text)
	}
}

// TestDetectRealNews checks every SlavicNER article (Polish and Russian) and
// every VOA story (English) from the shared evaluation data.
func TestDetectRealNews(t *testing.T) {
	root := "../../shared/data"
	if _, err := os.Stat(root); err != nil {
		t.Skip("shared data not present:", err)
	}
	check := func(text, want, name string) bool {
		if got := Detect(text); got != want {
			t.Errorf("%s: Detect = %q, want %q", name, got, want)
			return false
		}
		return true
	}
	n, ok := 0, 0
	for _, want := range []string{"pl", "ru"} {
		files, _ := filepath.Glob(filepath.Join(root, "slavicner/raw/*", want, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			n++
			if check(string(data), want, f) {
				ok++
			}
		}
	}
	voa, _ := filepath.Glob(filepath.Join(root, "voa/*.jsonl"))
	for _, f := range voa {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			n++
			if check(rec.Text, "en", fmt.Sprintf("%s:%d", f, i+1)) {
				ok++
			}
		}
	}
	t.Logf("language identified correctly: %d of %d articles", ok, n)
}
