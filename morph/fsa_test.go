package morph

import "testing"

// fsa5 builds a version-5 automaton (2-byte addresses) whose nodes each
// have one arc, chained in order: labels[i] leads to the next node; the
// last arc is final.
func fsa5(labels string) []byte {
	data := []byte("\\fsa\x05_+\x02")
	arc := func(label byte, target int, flags int) {
		v := target<<3 | flags
		data = append(data, label, byte(v), byte(v>>8))
	}
	arc('^', 0, fsa5Last) // node 0: dummy
	arc('^', 6, fsa5Last) // epsilon node at 3 → root at 6
	for i := 0; i < len(labels); i++ {
		if i == len(labels)-1 {
			arc(labels[i], 0, fsa5Last|fsa5Final)
		} else {
			arc(labels[i], 6+3*(i+1), fsa5Last)
		}
	}
	return data
}

func TestFSA5(t *testing.T) {
	info := []byte("fsa.dict.separator=+\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=SUFFIX\n")
	d, err := Load(fsa5("a+Ab+t"), info)
	if err != nil {
		t.Fatal(err)
	}
	rs, _ := d.Lookup([]byte("a"), nil, nil)
	if len(rs) != 1 || string(rs[0].Lemma) != "ab" || rs[0].Tag != "t" {
		t.Fatalf("Lookup(a) = %s", readings(rs))
	}
	if rs, _ := d.Lookup([]byte("b"), nil, nil); len(rs) != 0 {
		t.Errorf("Lookup(b) = %s", readings(rs))
	}
	n := 0
	if err := d.Walk(func(form, lemma []byte, tag string) bool {
		n++
		if string(form) != "a" || string(lemma) != "ab" || tag != "t" {
			t.Errorf("Walk: %s %s %s", form, lemma, tag)
		}
		return true
	}); err != nil || n != 1 {
		t.Errorf("Walk: %d entries, %v", n, err)
	}
}
