package isocodes

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
	pairs := [][2]string{
		{"", "Project-Id-Version: x"}, // the header: left out
		{"Punjab", "Pendżab"},
		{"Kurskaja oblast'", "Курская область"},
		{"Untranslated", ""},                              // left out
		{"one region\x00%d regions", "region\x00regiony"}, // a plural: its first forms
	}
	if err := os.WriteFile(path, mo(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := ReadMO(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Punjab": "Pendżab", "Kurskaja oblast'": "Курская область", "one region": "region"}
	if len(m) != len(want) {
		t.Errorf("ReadMO = %q, want %q", m, want)
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("ReadMO[%q] = %q, want %q", k, m[k], v)
		}
	}
	for _, bad := range [][]byte{nil, []byte("not a catalogue at all, no"), mo(nil)[:20]} {
		os.WriteFile(path, bad, 0o644)
		if _, err := ReadMO(path); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if _, err := ReadMO(filepath.Join(dir, "absent.mo")); err == nil {
		t.Error("absent file: no error")
	}
}

func TestTranslations(t *testing.T) {
	dir := t.TempDir()
	for lang, pair := range map[string][2]string{"pl": {"Punjab", "Pendżab"}, "ru": {"Punjab", "Пенджаб"}} {
		d := filepath.Join(dir, lang, "LC_MESSAGES")
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "iso_3166-2.mo"), mo([][2]string{pair}), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := Translations(dir, "iso_3166-2", "pl", "ru")
	if err != nil {
		t.Fatal(err)
	}
	if tr["pl"]["Punjab"] != "Pendżab" || tr["ru"]["Punjab"] != "Пенджаб" || len(tr) != 2 {
		t.Errorf("Translations = %q", tr)
	}
	if _, err := Translations(dir, "iso_3166-2", "pl", "de"); err == nil {
		t.Error("a language without a catalogue: no error")
	}
}

func TestTables(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "iso_3166-1.json")
	two := filepath.Join(dir, "iso_3166-2.json")
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(one, []byte(`{"3166-1": [{"alpha_2": "PL", "alpha_3": "POL", "name": "Poland", "numeric": "616"}]}`), 0o644)
	os.WriteFile(two, []byte(`{"3166-2": [{"code": "PL-14", "name": "Mazowieckie", "type": "Voivodship"},
		{"code": "GB-CYM", "name": "Wales", "type": "Nation", "parent": "GB-GBN"}]}`), 0o644)
	os.WriteFile(bad, []byte(`{"3166-2": [`), 0o644)

	cs, err := Countries(one)
	if err != nil || len(cs) != 1 || cs[0] != (Country{Alpha2: "PL", Alpha3: "POL"}) {
		t.Errorf("Countries = %+v, %v", cs, err)
	}
	ss, err := Subdivisions(two)
	want := []Subdivision{{Code: "PL-14", Name: "Mazowieckie", Type: "Voivodship"}, {Code: "GB-CYM", Name: "Wales", Type: "Nation", Parent: "GB-GBN"}}
	if err != nil || len(ss) != 2 || ss[0] != want[0] || ss[1] != want[1] {
		t.Errorf("Subdivisions = %+v, %v", ss, err)
	}
	if _, err := Subdivisions(bad); err == nil {
		t.Error("broken JSON: no error")
	}
	if _, err := Countries(filepath.Join(dir, "absent.json")); err == nil {
		t.Error("absent file: no error")
	}
}

// TestDebian reads the installed iso-codes package, when there is one.
func TestDebian(t *testing.T) {
	const json, locale = "/usr/share/iso-codes/json", "/usr/share/locale"
	if _, err := os.Stat(filepath.Join(locale, "pl", "LC_MESSAGES", "iso_3166-2.mo")); err != nil {
		t.Skip("iso-codes is not installed:", err)
	}
	ss, err := Subdivisions(filepath.Join(json, "iso_3166-2.json"))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := Translations(locale, "iso_3166-2", "pl")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range ss {
		if s.Code == "PL-14" {
			found = true
			if s.Parent != "" || tr["pl"][s.Name] == "" {
				t.Errorf("PL-14 = %+v, Polish name %q", s, tr["pl"][s.Name])
			}
		}
	}
	if !found {
		t.Error("no PL-14 among the subdivisions")
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
		ReadMO(path)
	})
}
