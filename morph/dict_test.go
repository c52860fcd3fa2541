package morph

import (
	"os"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// The Polish dictionary is part of the repository (lang/pl/data), so these
// tests run everywhere.
const (
	plDict = "../lang/pl/data/polish.dict"
	plInfo = "../lang/pl/data/polish.info"
)

func loadPolish(tb testing.TB) *Dictionary {
	tb.Helper()
	dict, err := os.ReadFile(plDict)
	if err != nil {
		tb.Skipf("no dictionary: %v", err)
	}
	info, err := os.ReadFile(plInfo)
	if err != nil {
		tb.Skipf("no dictionary info: %v", err)
	}
	d, err := Load(dict, info)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func readings(rs []Reading) string {
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(r.Lemma)
		b.WriteByte('/')
		b.WriteString(r.Tag)
	}
	return b.String()
}

func TestLookupPolish(t *testing.T) {
	d := loadPolish(t)
	tests := []struct {
		word string
		want string // a reading that must be among the results, "" for none
		c    Case
	}{
		{"Putina", "Putin/subst:sg:acc:m1+subst:sg:gen:m1", AsIs},
		{"Władimira", "Władimir/subst:sg:acc:m1+subst:sg:gen:m1", AsIs},
		{"kota", "kot/subst:sg:acc:m1+subst:sg:acc:m2+subst:sg:gen:m1+subst:sg:gen:m2", AsIs},
		{"Mężczyzna", "mężczyzna/subst:sg:nom:m1", Lower},
		{"PUTINA", "Putin/subst:sg:acc:m1+subst:sg:gen:m1", Title},
		{"Federacją", "federacja/subst:sg:inst:f", Lower},
		{"odwiedził", "odwiedzić/verb:praet:sg:m1.m2.m3:ter:perf:refl.nonrefl", AsIs},
		{"Pjongjangu", "", NotFound},
		{"", "", NotFound},
		{"a;b", "", NotFound},
	}
	for _, tt := range tests {
		rs, _, c := d.LookupFold([]byte(tt.word), nil, nil)
		got := readings(rs)
		if c != tt.c {
			t.Errorf("%q: case %v, want %v (%s)", tt.word, c, tt.c, got)
		}
		if tt.want == "" {
			if len(rs) != 0 {
				t.Errorf("%q: got %s, want nothing", tt.word, got)
			}
			continue
		}
		if !strings.Contains(" "+got+" ", " "+tt.want+" ") {
			t.Errorf("%q: got %s, want %s among them", tt.word, got, tt.want)
		}
	}
}

func TestLookupAppends(t *testing.T) {
	d := loadPolish(t)
	dst := []Reading{{Lemma: []byte("x"), Tag: "y"}}
	buf := []byte("prefix")
	dst, buf = d.Lookup([]byte("kota"), dst, buf)
	if len(dst) != 3 || string(dst[0].Lemma) != "x" || !strings.HasPrefix(string(buf), "prefix") {
		t.Fatalf("Lookup did not append: %s / %q", readings(dst), buf)
	}
	if dst[1].Tag != dst[1].Tag[:len(dst[1].Tag)] || &[]byte(dst[1].Lemma)[0] == nil {
		t.Fatal("bad reading")
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		e          Encoder
		form, code string
		want       string
	}{
		{EncoderSuffix, "foo", "Abar", "foobar"},
		{EncoderSuffix, "foo", "Dbar", "bar"},
		{EncoderPrefix, "abc", "AAd", "abcd"},
		{EncoderPrefix, "abc", "ADxyz", "xyz"},
		{EncoderPrefix, "najlepszy", "DCbry", "lepsbry"},
		{EncoderPrefix, "abc", "@Axy", "xy"}, // 'A'+255 wraps to '@': drop all
		{EncoderPrefix, "ab", "ZZq", "ZZq"},  // does not fit: kept as is
		{EncoderInfix, "ayz", "AACbc", "abc"},
		{EncoderInfix, "aillent", "BBCr", "aller"},
		{EncoderNone, "x", "lemma", "lemma"},
		{EncoderPrefix, "x", "", ""},
	}
	for _, tt := range tests {
		got := string(Decode(tt.e, nil, []byte(tt.form), []byte(tt.code)))
		if got != tt.want {
			t.Errorf("Decode(%v, %q, %q) = %q, want %q", tt.e, tt.form, tt.code, got, tt.want)
		}
	}
}

func TestParseInfo(t *testing.T) {
	in, err := ParseInfo([]byte("# c\nfsa.dict.separator=+\nfsa.dict.encoding=utf-8\nfsa.dict.encoder=infix\nfsa.dict.frequency-included=true\n"))
	if err != nil {
		t.Fatal(err)
	}
	if in.Separator != '+' || in.Encoder != EncoderInfix || !in.FrequencyIncluded {
		t.Errorf("got %+v", in)
	}
	for _, bad := range []string{
		"",
		"fsa.dict.separator=ab\nfsa.dict.encoding=UTF-8",
		"fsa.dict.separator=;\n",
		"fsa.dict.separator=;\nfsa.dict.encoding=cp1250",
		"fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=ZIP",
		"fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.frequency-included=maybe",
		"just words",
	} {
		if _, err := ParseInfo([]byte(bad)); err == nil {
			t.Errorf("ParseInfo(%q): no error", bad)
		}
	}
}

func TestReadFSAErrors(t *testing.T) {
	for _, bad := range []string{"", "\\fsa", "\\fsa\xc6\x00", "\\fsa\xc6\x00\x00\x40", "\\fsa\x07aaaaaaaa", "\\fsa\x05__\x00x", "abcdefgh"} {
		if _, err := ReadFSA([]byte(bad)); err == nil {
			t.Errorf("ReadFSA(%q): no error", bad)
		}
	}
}

func TestWalk(t *testing.T) {
	d := loadPolish(t)
	n := 0
	err := d.Walk(func(form, lemma []byte, tag string) bool {
		n++
		return n < 1000
	})
	if err != nil || n != 1000 {
		t.Fatalf("Walk: %d entries, %v", n, err)
	}
}

func TestLoadTime(t *testing.T) {
	dict, err := os.ReadFile(plDict)
	if err != nil {
		t.Skip(err)
	}
	info, _ := os.ReadFile(plInfo)
	start := time.Now()
	d, err := Load(dict, info)
	if err != nil {
		t.Fatal(err)
	}
	d.Lookup([]byte("kota"), nil, nil)
	t.Logf("load + first lookup: %v", time.Since(start))
}

var benchWords = strings.Fields(`Miesiąc temu Kima odwiedził Putin , który podpisał z nim umowę o
strategicznym partnerstwie . Rosyjska delegacja przyleciała do Pjongjangu we wtorek ; ministrowie
rozmawiali o współpracy wojskowej i gospodarczej między Federacją Rosyjską a Koreą Północną .`)

func BenchmarkLookup(b *testing.B) {
	d := loadPolish(b)
	words := make([][]byte, len(benchWords))
	for i, w := range benchWords {
		words[i] = []byte(w)
	}
	dst := make([]Reading, 0, 64)
	buf := make([]byte, 0, 1024)
	for _, w := range words { // intern the tags
		d.Lookup(w, dst[:0], buf[:0])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst, buf = d.Lookup(words[i%len(words)], dst[:0], buf[:0])
	}
}

func BenchmarkLookupFold(b *testing.B) {
	d := loadPolish(b)
	words := make([][]byte, len(benchWords))
	for i, w := range benchWords {
		words[i] = []byte(w)
	}
	dst := make([]Reading, 0, 64)
	buf := make([]byte, 0, 1024)
	for _, w := range words {
		d.LookupFold(w, dst[:0], buf[:0])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst, buf, _ = d.LookupFold(words[i%len(words)], dst[:0], buf[:0])
	}
}

func BenchmarkLoad(b *testing.B) {
	dict, err := os.ReadFile(plDict)
	if err != nil {
		b.Skip(err)
	}
	info, _ := os.ReadFile(plInfo)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(dict, info); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLookupAgreesWithWalk checks the lookup paths against a walk of the
// whole automaton: every listed entry must be found by its form.
func TestLookupAgreesWithWalk(t *testing.T) {
	d := loadPolish(t)
	f := *d.fsa
	f.fast = false
	slow := &Dictionary{fsa: &f, info: d.info}
	slow.tags.Store(d.tags.Load())
	n, checked := 0, 0
	err := d.Walk(func(form, lemma []byte, tag string) bool {
		n++
		if n%97 != 0 {
			return true
		}
		checked++
		for _, dd := range []*Dictionary{d, slow} {
			rs, _ := dd.Lookup(form, nil, nil)
			found := false
			for _, r := range rs {
				if string(r.Lemma) == string(lemma) && r.Tag == tag {
					found = true
				}
			}
			if !found {
				t.Fatalf("%s: %s/%s not among %s (fast=%v)", form, lemma, tag, readings(rs), dd.fsa.fast)
			}
		}
		return checked < 20000 && (!testing.Short() || checked < 2000)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d entries walked, %d looked up", n, checked)
}

// dictionaryTags returns the distinct tags of the first 200,000 entries
// of the Polish dictionary, in the order a walk meets them.
func dictionaryTags(tb testing.TB) [][]byte {
	tb.Helper()
	d := loadPolish(tb)
	seen := map[string]bool{}
	var tags [][]byte
	n := 0
	if err := d.Walk(func(form, lemma []byte, tag string) bool {
		if !seen[tag] {
			seen[tag] = true
			tags = append(tags, []byte(tag))
		}
		n++
		return n < 200_000
	}); err != nil {
		tb.Fatal(err)
	}
	return tags
}

// TestInternShares interns every tag of the dictionary into a fresh one
// and asks for each again, after the batches of new tags have been
// published and before: each time the same string, sharing its memory.
func TestInternShares(t *testing.T) {
	tags := dictionaryTags(t)
	if len(tags) < 8*internBatch {
		t.Fatalf("only %d tags in the dictionary", len(tags))
	}
	t.Logf("%d tags", len(tags))
	d := loadPolish(t)
	first := make([]string, len(tags))
	for i, tag := range tags {
		first[i] = d.Intern(tag)
		if first[i] != string(tag) {
			t.Fatalf("Intern(%q) = %q", tag, first[i])
		}
		// the tags interned a moment ago, still pending or just published
		for _, k := range []int{i, i / 2, max(0, i-internBatch)} {
			if s := d.Intern(tags[k]); unsafe.StringData(s) != unsafe.StringData(first[k]) {
				t.Fatalf("tag %q interned twice (after %d tags)", tags[k], i+1)
			}
		}
	}
	for i, tag := range tags {
		if s := d.Intern(tag); unsafe.StringData(s) != unsafe.StringData(first[i]) {
			t.Fatalf("tag %q interned twice at the end", tag)
		}
	}
}

// BenchmarkInternWarm interns every tag of the dictionary into a fresh
// table, as a process does while its first documents are analysed.
func BenchmarkInternWarm(b *testing.B) {
	tags := dictionaryTags(b)
	b.ReportAllocs()
	for b.Loop() {
		d := &Dictionary{}
		m := map[string]string{}
		d.tags.Store(&m)
		for _, tag := range tags {
			d.Intern(tag)
		}
	}
	b.ReportMetric(float64(len(tags)), "tags")
}
