package morph

import (
	"os"
	"testing"
)

// FuzzLookup feeds arbitrary bytes to every lookup entry point.
func FuzzLookup(f *testing.F) {
	d := loadPolish(f)
	for _, s := range []string{"kota", "Putina", "PUTINA", "żółć", "\xff\xfe", ";", "a;b", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, word []byte) {
		d.Lookup(word, nil, nil)
		d.LookupFold(word, nil, nil)
		d.Contains(word)
	})
}

// FuzzLoad corrupts the dictionary and its metadata: loading must fail with
// an error or give a dictionary whose lookups do not panic.
func FuzzLoad(f *testing.F) {
	dict, err := os.ReadFile(plDict)
	if err != nil {
		f.Skip(err)
	}
	info, _ := os.ReadFile(plInfo)
	head := dict[:4096]
	f.Add(head, info, uint32(100), byte(0x55))
	f.Add(dict[:64], info, uint32(9), byte(0xff))
	f.Add([]byte("\\fsa\x05_+\x13abcdefgh"), []byte("fsa.dict.separator=+\nfsa.dict.encoding=UTF-8"), uint32(0), byte(0))
	f.Fuzz(func(t *testing.T, data, info []byte, pos uint32, val byte) {
		// Corrupt one byte of the real automaton, and try the fuzzed bytes
		// as a whole automaton.
		corrupt := append([]byte(nil), dict...)
		corrupt[int(pos)%len(corrupt)] = val
		for _, dd := range [][]byte{corrupt, data} {
			d, err := Load(dd, info)
			if err != nil {
				continue
			}
			for _, w := range []string{"kota", "Putina", "ma", "żółć", "x"} {
				d.LookupFold([]byte(w), nil, nil)
			}
			n := 0
			d.Walk(func(form, lemma []byte, tag string) bool { n++; return n < 200 })
		}
	})
}
