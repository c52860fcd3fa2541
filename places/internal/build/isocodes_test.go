package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// mo writes a little-endian GNU .mo catalogue of the given pairs.
func mo(pairs [][2]string) []byte {
	n := len(pairs)
	head := 28
	orig, trans := head, head+8*n
	data := head + 16*n
	b := make([]byte, data)
	binary.LittleEndian.PutUint32(b[0:], 0x950412de)
	binary.LittleEndian.PutUint32(b[8:], uint32(n))
	binary.LittleEndian.PutUint32(b[12:], uint32(orig))
	binary.LittleEndian.PutUint32(b[16:], uint32(trans))
	for i, p := range pairs {
		for j, s := range p {
			table := orig
			if j == 1 {
				table = trans
			}
			binary.LittleEndian.PutUint32(b[table+8*i:], uint32(len(s)))
			binary.LittleEndian.PutUint32(b[table+8*i+4:], uint32(len(b)))
			b = append(b, s...)
			b = append(b, 0)
		}
	}
	return b
}

func TestReadMO(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.mo")
	if err := os.WriteFile(path, mo([][2]string{{"", "Project-Id-Version: x"}, {"Punjab", "Pendżab"}, {"Kurskaja oblast'", "Курская область"}}), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := readMO(path)
	if err != nil {
		t.Fatal(err)
	}
	if m["Punjab"] != "Pendżab" || m["Kurskaja oblast'"] != "Курская область" || len(m) != 2 {
		t.Errorf("readMO = %q", m)
	}
	for _, bad := range [][]byte{nil, []byte("not a catalogue at all, no"), mo(nil)[:20]} {
		os.WriteFile(path, bad, 0o644)
		if _, err := readMO(path); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestDivisionKey(t *testing.T) {
	for in, want := range map[string]string{
		"Kurskaja oblast'":          "kurskaja",
		"Kursk Oblast":              "kursk",
		"Mecklenburg-Vorpommern":    "mecklenburg vorpommern",
		"Avtonomna Respublika Krym": "krim", // actors.Key folds y to i
		"State of Mexico":           "mexico",
	} {
		if got := divisionKey(in); got != want {
			t.Errorf("divisionKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzReadMO: a broken catalogue is an error, never a panic.
func FuzzReadMO(f *testing.F) {
	f.Add(mo([][2]string{{"Punjab", "Pendżab"}}))
	f.Add([]byte{0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
	path := filepath.Join(f.TempDir(), "x.mo")
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Skip(err)
		}
		readMO(path)
	})
}
