package pl

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// scanList is matchList's answer by the plain scan of every listed name
// (longest first), without the first-letter index: the index must give
// the same name at every token.
func scanList(d *doc.Document, tokens []doc.Token, i int) *listName {
	names := loadNERNames()
	r, _ := utf8.DecodeRuneInString(d.Form(tokens[i].Span))
	upper, first := unicode.IsUpper(r), unicode.ToLower(r)
	for n := range names {
		ln := &names[n]
		if i+len(ln.words) > len(tokens) || ln.first != first || ln.upper && !upper {
			continue
		}
		ok := true
		for k := range ln.match {
			if !ln.match[k].matches(d.Form(tokens[i+k].Span)) {
				ok = false
				break
			}
		}
		if ok {
			return ln
		}
	}
	return nil
}

// TestMatchListIndex runs every listed name, as written, lower-cased and
// declined a little (a letter dropped, "u" added), inside a sentence,
// and checks that the index finds what the scan finds at every token.
func TestMatchListIndex(t *testing.T) {
	names := loadNERNames()
	var texts []string
	for _, ln := range names {
		name := strings.Join(ln.words, " ")
		texts = append(texts,
			"Wczoraj "+name+" 2 , potem "+strings.ToLower(name)+" - 2 .",
			"O "+name+"u mówił "+string([]rune(name)[:utf8.RuneCountInString(name)-1])+" .")
	}
	found := 0
	for _, text := range texts {
		d := sentenceDoc(text)
		for i := range d.Tokens {
			end, got := matchList(d, d.Tokens, i)
			want := scanList(d, d.Tokens, i)
			if got != want {
				t.Fatalf("%q at token %d: index %v, scan %v", text, i, got, want)
			}
			if (end > 0) != (want != nil) {
				t.Fatalf("%q at token %d: end %d with name %v", text, i, end, want)
			}
			if got != nil {
				found++
			}
		}
	}
	if found < len(names) {
		t.Errorf("%d names found in %d sentences of %d listed names", found, len(texts), len(names))
	}
}

func BenchmarkMatchList(b *testing.B) {
	d := sentenceDoc("Po wybuchu II wojny światowej , w czasie Świąt Bożego Narodzenia , spór o Nord Stream 2 i gazociąg Jamał wrócił , gdy Władimir Putin spotkał się z kanclerzem w Berlinie .")
	b.ReportAllocs()
	for b.Loop() {
		for i := range d.Tokens {
			matchList(d, d.Tokens, i)
		}
	}
}

// BenchmarkScanList is BenchmarkMatchList by the scan without the index,
// for comparison.
func BenchmarkScanList(b *testing.B) {
	d := sentenceDoc("Po wybuchu II wojny światowej , w czasie Świąt Bożego Narodzenia , spór o Nord Stream 2 i gazociąg Jamał wrócił , gdy Władimir Putin spotkał się z kanclerzem w Berlinie .")
	b.ReportAllocs()
	for b.Loop() {
		for i := range d.Tokens {
			scanList(d, d.Tokens, i)
		}
	}
}
