package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// tiny is a hand-written corpus in the IOB format: enough for the
// perceptron to learn capitalised words after a few cue words.
const tiny = `-DOCSTART FILE a
Jan	Jan	subst	B-persName#B-persName-forename
Kowalski	Kowalski	subst	I-persName#B-persName-surname
odwiedził	odwiedzić	praet	O
Kraków	Kraków	subst	B-placeName-settlement
.	.	interp	O

Anna	Anna	subst	B-persName
Nowak	Nowak	subst	I-persName
mieszka	mieszkać	fin	O
w	w	prep	O
Gdańsku	Gdańsk	subst	B-placeName-settlement
.	.	interp	O

Piotr	Piotr	subst	B-persName
pracuje	pracować	fin	O
w	w	prep	O
firmie	firma	subst	O
Orlen	Orlen	subst	B-orgName
.	.	interp	O

-DOCSTART FILE b
Maria	Maria	subst	B-persName
Wiśniewska	Wiśniewska	subst	I-persName
pojechała	pojechać	praet	O
do	do	prep	O
Warszawy	Warszawa	subst	B-placeName-settlement
w	w	prep	O
maju	maj	subst	B-date
.	.	interp	O
`

func tinyType(label string) string {
	switch {
	case strings.HasPrefix(label, "persName"):
		return "PERSON"
	case strings.HasPrefix(label, "placeName"):
		return "GPE"
	case strings.HasPrefix(label, "orgName"):
		return "ORG"
	}
	return ""
}

func tinyExamples(t *testing.T) []Example {
	t.Helper()
	docs, err := ReadIOB(strings.NewReader(tiny), tinyType)
	if err != nil {
		t.Fatal(err)
	}
	var ex []Example
	for _, d := range docs {
		for i := range d.Sentences {
			s := &d.Sentences[i]
			dd := s.Document()
			ex = append(ex, Example{Doc: dd, Tokens: dd.Tokens, Spans: s.Spans})
		}
	}
	return ex
}

func TestReadIOB(t *testing.T) {
	docs, err := ReadIOB(strings.NewReader(tiny), tinyType)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Name != "a" || len(docs[0].Sentences) != 3 || len(docs[1].Sentences) != 1 {
		t.Fatalf("docs = %+v", docs)
	}
	want := []Span{{0, 2, "PERSON"}, {3, 4, "GPE"}}
	if got := docs[0].Sentences[0].Spans; !reflect.DeepEqual(got, want) {
		t.Errorf("spans = %v, want %v", got, want)
	}
	// The date is not a name.
	want = []Span{{0, 2, "PERSON"}, {4, 5, "GPE"}}
	if got := docs[1].Sentences[0].Spans; !reflect.DeepEqual(got, want) {
		t.Errorf("spans = %v, want %v", got, want)
	}
	d := docs[0].Sentences[0].Document()
	if d.Text != "Jan Kowalski odwiedził Kraków." {
		t.Errorf("text = %q", d.Text)
	}
}

func TestTrainSaveLoadTag(t *testing.T) {
	ex := tinyExamples(t)
	m, err := Train(ex, Options{Types: []string{"PERSON", "ORG", "GPE"}, Epochs: 10, Seed: 7, Bits: 12})
	if err != nil {
		t.Fatal(err)
	}
	if s := Evaluate(m, ex); s.F1 < 0.99 {
		t.Errorf("training-set F1 %.3f, want 1: %+v", s.F1, s)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m2.Types(), m.Types()) || m2.bits != m.bits || m2.scale != m.scale ||
		!reflect.DeepEqual(m2.w, m.w) || !reflect.DeepEqual(m2.trans, m.trans) {
		t.Fatal("loaded model differs from the saved one")
	}
	for _, e := range ex {
		if got, want := m2.Tag(e.Doc, e.Tokens), m.Tag(e.Doc, e.Tokens); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: loaded model tags %v, saved one %v", e.Doc.Text, got, want)
		}
	}
	// Same data, options and seed: the same model, byte for byte.
	m3, _ := Train(ex, Options{Types: []string{"PERSON", "ORG", "GPE"}, Epochs: 10, Seed: 7, Bits: 12})
	var buf3 bytes.Buffer
	m3.Save(&buf3)
	if !bytes.Equal(buf.Bytes(), buf3.Bytes()) {
		t.Error("training is not reproducible")
	}
}

func TestTagEdges(t *testing.T) {
	ex := tinyExamples(t)
	m, err := Train(ex, Options{Types: []string{"PERSON"}, Epochs: 2, Bits: 10})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Tag(ex[0].Doc, nil); got != nil {
		t.Errorf("no tokens: %v", got)
	}
	var nilModel *Model
	if got := nilModel.Tag(ex[0].Doc, ex[0].Tokens); got != nil {
		t.Errorf("nil model: %v", got)
	}
	if _, err := Train(ex, Options{}); err == nil {
		t.Error("training without types succeeded")
	}
}

func TestSpansBIO(t *testing.T) {
	types := []string{"PERSON", "GPE"}
	// O B-PER I-PER B-GPE B-GPE I-GPE O
	got := spans([]int32{0, 1, 2, 3, 3, 4, 0}, types)
	want := []Span{{1, 3, "PERSON"}, {3, 4, "GPE"}, {4, 6, "GPE"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spans = %v, want %v", got, want)
	}
}

func TestLoadRejects(t *testing.T) {
	ex := tinyExamples(t)
	m, _ := Train(ex, Options{Types: []string{"PERSON"}, Epochs: 2, Bits: 10})
	var buf bytes.Buffer
	m.Save(&buf)
	good := buf.Bytes()
	for name, b := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte("NOTAMODEL"),
		"version":   append([]byte("KRNER\x09"), good[6:]...),
		"truncated": good[:len(good)/2],
		"flipped":   flip(good, len(good)-3),
	} {
		if _, err := Load(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 0x55
	return c
}

func FuzzLoad(f *testing.F) {
	docs, _ := ReadIOB(strings.NewReader(tiny), tinyType)
	var ex []Example
	for _, s := range docs[0].Sentences {
		d := s.Document()
		ex = append(ex, Example{Doc: d, Tokens: d.Tokens, Spans: s.Spans})
	}
	m, _ := Train(ex, Options{Types: []string{"PERSON", "GPE"}, Epochs: 1, Bits: 8})
	var buf bytes.Buffer
	m.Save(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("KRNER\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(bytes.NewReader(b))
		if err != nil {
			return
		}
		m.Tag(ex[0].Doc, ex[0].Tokens)
	})
}

func FuzzReadIOB(f *testing.F) {
	f.Add(tiny)
	f.Add("a\tB-x#I-y\n\nb\tI-z\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadIOB(strings.NewReader(s), tinyType)
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, se := range d.Sentences {
				for _, sp := range se.Spans {
					if sp.Start < 0 || sp.End > len(se.Forms) || sp.Start >= sp.End {
						t.Fatalf("bad span %v of %d tokens", sp, len(se.Forms))
					}
				}
				se.Document()
			}
		}
	})
}

// TestTagWithClasses checks that the language's token classes reach the
// features: the words are all alike, only the class tells the name.
func TestTagWithClasses(t *testing.T) {
	var ex []Example
	for k := 0; k < 4; k++ {
		s := IOBSentence{Forms: []string{"ab", "ab", "ab", "ab"}}
		d := s.Document()
		extra := []uint32{1, 1, 1, 1}
		extra[k] = 2
		ex = append(ex, Example{Doc: d, Tokens: d.Tokens, Spans: []Span{{k, k + 1, "PERSON"}}, Extra: extra})
	}
	m, err := Train(ex, Options{Types: []string{"PERSON"}, Epochs: 5, Seed: 1, Bits: 10})
	if err != nil {
		t.Fatal(err)
	}
	if s := Evaluate(m, ex); s.F1 < 0.99 {
		t.Errorf("F1 %.3f with the classes, want 1", s.F1)
	}
	e := ex[0]
	if got := m.TagWith(e.Doc, e.Tokens, []uint32{1, 1, 2, 1}); !reflect.DeepEqual(got, []Span{{2, 3, "PERSON"}}) {
		t.Errorf("TagWith = %v, want the third word", got)
	}
	if got := m.Tag(e.Doc, e.Tokens); len(got) > 0 && reflect.DeepEqual(got, []Span{{2, 3, "PERSON"}}) {
		t.Errorf("Tag without classes found %v", got)
	}
}

func TestCapitalRuns(t *testing.T) {
	s := IOBSentence{Forms: []string{"wczoraj", "Royal", "Dutch", "Shell", "kupił", "PKN", "."}}
	d := s.Document()
	var tf tokenFeats
	tf.fill(d.Text, d.Tokens, nil)
	// None, a run of three (start, middle, end), none, a one-word run, none.
	want := []uint32{0, 3<<4 | 2 + 1, 3<<4 | 1<<2 | 1 + 1, 3<<4 | 2<<2 + 1, 0, 1<<4 | 1, 0}
	if !reflect.DeepEqual(tf.run, want) {
		t.Errorf("runs %v, want %v", tf.run, want)
	}
}
