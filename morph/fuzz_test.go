package morph

import (
	"os"
	"strings"
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

// FuzzParseInfo: any .info text parses or fails with an error.
func FuzzParseInfo(f *testing.F) {
	info, err := os.ReadFile(plInfo)
	if err == nil {
		f.Add(info)
	}
	f.Add([]byte("fsa.dict.separator=+\nfsa.dict.encoding=utf-8\nfsa.dict.encoder=SUFFIX\n"))
	f.Add([]byte("fsa.dict.separator:;\r\nfsa.dict.encoding = UTF8\nfsa.dict.uses-prefixes=true"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := ParseInfo(data)
		if err == nil && (in == nil || in.Separator >= 0x80) {
			t.Fatalf("accepted %q as %+v", data, in)
		}
	})
}

// FuzzReadFSA: arbitrary bytes as an automaton, then walked and searched.
func FuzzReadFSA(f *testing.F) {
	dict, err := os.ReadFile(plDict)
	if err == nil {
		f.Add(dict[:2048])
	}
	f.Add([]byte("\\fsa\xc6\x00\x00\x00\x00\x00\x00"))
	f.Add([]byte("\\fsa\x05_+\x03\x00\x00\x00\x00\x00\x00"))
	info := []byte("fsa.dict.separator=+\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Load(data, info)
		if err != nil {
			return
		}
		for _, w := range []string{"a", "ab", "kota", ""} {
			d.LookupFold([]byte(w), nil, nil)
		}
		n := 0
		d.Walk(func(form, lemma []byte, tag string) bool { n++; return n < 100 })
	})
}

// FuzzReadSuffixTable: any TSV reads or fails with an error, and the rules
// read apply without panicking.
func FuzzReadSuffixTable(f *testing.F) {
	f.Add("# max 6\nP\tza\t1\t\tsubst:sg:gen:m1\t1849\n")
	f.Add("c\tą\t9\tx\tt\t1\n")
	f.Fuzz(func(t *testing.T, s string) {
		tab, err := ReadSuffixTable(strings.NewReader(s), "f.tsv")
		if err != nil {
			return
		}
		for _, w := range []string{"Merza", "ą", "", "żółć"} {
			rs, _ := tab.Rules("P", w, 1)
			for _, r := range rs {
				r.Apply(w)
			}
		}
	})
}
