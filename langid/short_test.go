package langid

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetectShort(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Tusk rozmawiał z Zełenskim.", "pl"},
		{"Biden met Zelensky.", "en"},
		{"Путин встретился с Си Цзиньпином.", "ru"},
		{"Зеленський зустрівся з Байденом.", "uk"},
		{"Premier spotkał się z prezydentem.", "pl"},
		{"Sejm przyjął ustawę o KRS", "pl"},
		{"Trump says he will meet Putin", "en"},
		{"Merkel trifft sich mit Macron in Berlin", "de"},
		{"Babiš jednal s Fialou o rozpočtu", "cs"},
		{"Kaczyński and Wałęsa", "en"},
		{"Donald Tusk w Brukseli", "pl"},
		{"Macron à Varsovie pour parler de l'Ukraine", "fr"},
	}
	for _, c := range cases {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// shortTexts returns the headlines and first sentences of the SlavicNER
// (pl, ru) and VOA (en) articles in ../shared, by language.
func shortTexts(t *testing.T) map[string][]string {
	root := "../../shared/data"
	if _, err := os.Stat(root); err != nil {
		t.Skip("shared data not present:", err)
	}
	out := map[string][]string{}
	add := func(lang, title, body string) {
		if title = strings.TrimSpace(title); title != "" {
			out[lang] = append(out[lang], title)
		}
		if s := firstSentence(body); s != "" {
			out[lang] = append(out[lang], s)
		}
	}
	for _, lang := range []string{"pl", "ru"} {
		files, _ := filepath.Glob(filepath.Join(root, "slavicner/raw/*", lang, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			title, body, _ := strings.Cut(string(data), "\n")
			add(lang, title, body)
		}
	}
	voa, _ := filepath.Glob(filepath.Join(root, "voa/*.jsonl"))
	for _, f := range voa {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Title, Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			add("en", rec.Title, rec.Text)
		}
	}
	return out
}

// firstSentence returns text up to the first full stop, question or
// exclamation mark followed by a space (at least 20 bytes in).
func firstSentence(text string) string {
	text = strings.TrimSpace(text)
	for i := 20; i < len(text)-1; i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && (text[i+1] == ' ' || text[i+1] == '\n') {
			return text[:i+1]
		}
	}
	if utf8.RuneCountInString(text) > 300 {
		return ""
	}
	return text
}

// TestDetectShortNews measures identification on one-line news texts:
// the headlines and first sentences of the SlavicNER and VOA articles.
// Each language must reach the floor; the accuracy is logged (go test
// -run ShortNews -v ./langid).
func TestDetectShortNews(t *testing.T) {
	const floor = 0.98
	texts := shortTexts(t)
	total, right := 0, 0
	for _, lang := range []string{"pl", "ru", "en"} {
		ok := 0
		var wrong []string
		for _, s := range texts[lang] {
			if got := Detect(s); got == lang {
				ok++
			} else if len(wrong) < 20 {
				wrong = append(wrong, got+": "+s)
			}
		}
		n := len(texts[lang])
		total, right = total+n, right+ok
		acc := float64(ok) / float64(max(n, 1))
		t.Logf("%s: %d of %d short texts (%.1f%%)", lang, ok, n, 100*acc)
		if testing.Verbose() && len(wrong) > 0 {
			t.Logf("%s: wrong:\n%s", lang, strings.Join(wrong, "\n"))
		}
		if acc < floor {
			t.Errorf("%s: accuracy %.3f below %.2f; for example:\n%s", lang, acc, floor, strings.Join(wrong, "\n"))
		}
	}
	t.Logf("all: %d of %d (%.1f%%)", right, total, 100*float64(right)/float64(max(total, 1)))
}
