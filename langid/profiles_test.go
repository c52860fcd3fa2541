package langid

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/RadhiFadlillah/whatlanggo"
)

// agrees reports whether detectProfiles gives what whatlanggo gives for
// text among the languages of set. When two languages tie for the best
// score, whatlanggo's answer depends on the order of its map, so its
// answer is asked again until it gives ours (or 1,000 times: Go's order
// of a map is a rotation, so each of the tied languages comes first in
// one of as many orders as whatlanggo has languages of the script).
func agrees(text string, set profileSet) (got, want whatlanggo.Lang, ok bool) {
	whitelist := map[whatlanggo.Lang]bool{}
	for i, p := range profileLangs {
		if set&(1<<i) != 0 {
			whitelist[p.lang] = true
		}
	}
	got = detectProfiles(text, whitelist, set)
	opts := whatlanggo.Options{Whitelist: whitelist}
	for range 1000 {
		want = whatlanggo.DetectWithOptions(text, opts).Lang
		if want == got {
			return got, want, true
		}
	}
	return got, want, false
}

// needShared skips tb when ../shared, the articles the profiles are
// compared on, is absent (it is on developer and CI machines only).
func needShared(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat("../../shared"); err != nil {
		tb.Skip("../shared is absent: no articles to compare on")
	}
}

// TestProfilesAgreeWithWhatlanggo scores every article of ../shared, cut
// as Detect cuts it, with the candidates and with Polish and English; and
// its first 120 bytes with each Latin candidate alone and with each pair.
func TestProfilesAgreeWithWhatlanggo(t *testing.T) {
	needShared(t)
	names, texts := corpusTexts(t)
	plEn := profileSetOf(map[whatlanggo.Lang]bool{whatlanggo.Pol: true, whatlanggo.Eng: true})
	var small []profileSet
	for i := range 6 {
		small = append(small, 1<<i, 1<<i|1<<((i+1)%6))
	}
	for i, tx := range texts {
		check := func(p string, s profileSet) {
			if got, want, ok := agrees(p, s); !ok {
				t.Errorf("%s (%d bytes, set %b): %v, whatlanggo %v", names[i], len(p), s, got, want)
			}
		}
		for _, p := range []string{cut(tx, latinTrigramBytes), cut(tx, sampleBytes)} {
			check(p, candidateSet)
			check(p, plEn)
		}
		check(cut(tx, 120), small[i%len(small)])
	}
}

// TestProfilesAgreeOnRandomText scores texts made of random words, letters
// of several scripts, digits, punctuation, marks and broken UTF-8.
func TestProfilesAgreeOnRandomText(t *testing.T) {
	pieces := []string{
		"the", "and", "nie", "się", "prawo", "der", "und", "les", "de", "la", "ión", "při", "ř",
		"и", "на", "прав", "і", "ў", "ні", "Ł", "Ё", "ß", "İ", "K", "ſ", "ﬁ", "ǅ",
		"中文", "ひら", "عربي", "עב", "ελ", "\u0301", "\u064b", "\ufffd", "\xff", "\xe2\x82",
		" ", "  ", ",", ". ", "—", "«", "»", "'", "-", "_", "1", "2024", "\t", "\n", "\x00", "€", "©",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 5000 {
		var b strings.Builder
		for range 1 + r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		set := profileSet(r.Uint32()) & (1<<len(profileLangs) - 1)
		if n%2 == 0 {
			set = candidateSet
		}
		if got, want, ok := agrees(text, set); !ok {
			t.Errorf("%q (set %b): %v, whatlanggo %v", text, set, got, want)
		}
	}
}

// FuzzProfilesAgree checks detectProfiles against whatlanggo on any text
// and any set of the profiled languages.
func FuzzProfilesAgree(f *testing.F) {
	f.Add("Rada Ministrów przyjęła projekt ustawy.", uint16(0x1ff))
	f.Add("The Senate voted on the bill on Tuesday.", uint16(0x3))
	f.Add("Госдума приняла закон в первом чтении.", uint16(0x1c0))
	f.Add("Die Regierung und der Präsident", uint16(0x28))
	f.Add("中文 and 中文 ひらがな", uint16(0x1ff))
	f.Add("a\u0301\u064b\u064b\u064b", uint16(0x1ff))
	f.Add("\xff\xfe abc", uint16(0x5))
	f.Fuzz(func(t *testing.T, text string, bits uint16) {
		set := profileSet(bits) & (1<<len(profileLangs) - 1)
		if got, want, ok := agrees(text, set); !ok {
			t.Errorf("%q (set %b): %v, whatlanggo %v", text, set, got, want)
		}
	})
}

func TestISO6391(t *testing.T) {
	for l := range whatlanggo.Langs {
		if got, want := iso6391(l), l.Iso6391(); got != want {
			t.Errorf("iso6391(%v) = %q, want %q", l, got, want)
		}
	}
	if got := iso6391(-1); got != "" {
		t.Errorf("iso6391(-1) = %q", got)
	}
}

// BenchmarkProfilesVOA scores the VOA stories' samples (as Detect cuts
// them) against the candidates; BenchmarkWhatlanggoVOA has whatlanggo do
// the same, as Detect did before profiles.go.
func BenchmarkProfilesVOA(b *testing.B) {
	texts := voaSamples(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, tx := range texts {
			detectProfiles(tx, candidates, candidateSet)
		}
	}
}

func BenchmarkWhatlanggoVOA(b *testing.B) {
	texts := voaSamples(b)
	opts := whatlanggo.Options{Whitelist: candidates}
	b.ReportAllocs()
	for b.Loop() {
		for _, tx := range texts {
			whatlanggo.DetectWithOptions(tx, opts).Lang.Iso6391()
		}
	}
}

func voaSamples(b *testing.B) []string {
	needShared(b)
	names, all := corpusTexts(b)
	var texts []string
	for i, tx := range all {
		if strings.Contains(names[i], "/voa/") {
			texts = append(texts, cut(tx, latinTrigramBytes))
		}
	}
	return texts
}
