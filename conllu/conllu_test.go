package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# sent_id = s1
# text = Miałem kota.
1-2	Miałem	_	_	_	_	_	_	_	_
1	Miał	mieć	VERB	praet:sg:m1:imperf	Aspect=Imp	0	root	_	_
2	em	być	AUX	aglt:sg:pri:imperf:nwok	Number=Sing	1	aux	_	_
3	kota	kot	NOUN	subst:sg:acc:m2	Case=Acc	1	obj	_	SpaceAfter=No
4	.	.	PUNCT	interp	_	1	punct	_	_

# text = Tak.
1	Tak	tak	PART	qub	_	0	root	_	SpaceAfter=No
1.1	x	x	X	_	_	_	_	_	_
2	.	.	PUNCT	interp	_	1	punct	_	_
`

func TestReadAll(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("%d sentences, want 2", len(ss))
	}
	s := ss[0]
	if s.Text() != "Miałem kota." || len(s.Tokens) != 4 || len(s.Ranges) != 1 {
		t.Fatalf("sentence 1: text %q, %d tokens, %d ranges", s.Text(), len(s.Tokens), len(s.Ranges))
	}
	if r := s.Ranges[0]; r.First != 0 || r.Last != 1 || r.Form != "Miałem" {
		t.Errorf("range %+v", r)
	}
	if s.Tokens[2].Lemma != "kot" || s.Tokens[2].SpaceAfter() || !s.Tokens[3].SpaceAfter() {
		t.Errorf("token columns or SpaceAfter wrong: %+v", s.Tokens[2])
	}
	if len(ss[1].Tokens) != 2 {
		t.Errorf("empty node not skipped: %d tokens", len(ss[1].Tokens))
	}
}

func TestWriteRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for _, s := range ss {
		if err := Write(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	// The empty node is dropped and every sentence ends with a blank line.
	want := strings.Replace(sample, "1.1\tx\tx\tX\t_\t_\t_\t_\t_\t_\n", "", 1) + "\n"
	if buf.String() != want {
		t.Errorf("round trip differs:\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{
		"1\tonly\tthree\n",
		"2-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n",
		"a-b\tx\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		if _, err := ReadAll(strings.NewReader(in), "bad.conllu"); err == nil || !strings.Contains(err.Error(), "bad.conllu:1") {
			t.Errorf("%q: error %v, want one naming bad.conllu:1", in, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1-3\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var buf bytes.Buffer
		for _, s := range ss {
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
		}
	})
}
