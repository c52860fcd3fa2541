package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kronika/kronika/actors"
)

// Names of first-level divisions in Polish and Russian come from Debian's
// iso-codes (ISO 3166-2 subdivisions with their gettext translations;
// LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-2.json and
// /usr/share/locale/{pl,ru}/LC_MESSAGES/iso_3166-2.mo.

// readMO reads a GNU gettext .mo file into msgid → msgstr (the first form
// of a plural, the header left out).
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n, orig, trans := bo.Uint32(b[8:]), bo.Uint32(b[12:]), bo.Uint32(b[16:])
	if uint64(n)*16 > uint64(len(b)) {
		return nil, fmt.Errorf("%s: %d strings do not fit in %d bytes", path, n, len(b))
	}
	str := func(table uint32, i uint32) (string, error) {
		at := uint64(table) + 8*uint64(i)
		if at+8 > uint64(len(b)) {
			return "", fmt.Errorf("%s: table out of range", path)
		}
		l, off := uint64(bo.Uint32(b[at:])), uint64(bo.Uint32(b[at+4:]))
		if off+l > uint64(len(b)) {
			return "", fmt.Errorf("%s: string out of range", path)
		}
		s, _, _ := strings.Cut(string(b[off:off+l]), "\x00")
		return s, nil
	}
	m := make(map[string]string, n)
	for i := uint32(0); i < n; i++ {
		k, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if k != "" && v != "" {
			m[k] = v
		}
	}
	return m, nil
}

// divisionWords are the words ISO 3166-2 and GeoNames write around a
// division's proper name; they are dropped before the two are compared.
var divisionWords = map[string]bool{
	"oblast": true, "oblast'": true, "kray": true, "kraj": true, "krai": true, "respublika": true,
	"republic": true, "avtonomna": true, "avtonomnyy": true, "okrug": true, "autonomous": true,
	"province": true, "state": true, "region": true, "governorate": true, "district": true,
	"county": true, "prefecture": true, "department": true, "of": true, "the": true, "city": true,
	"voivodeship": true, "wojewodztwo": true,
}

// divisionKey folds a division's name for matching ISO 3166-2 to GeoNames.
func divisionKey(name string) string {
	var out []string
	for _, w := range strings.Fields(actors.Key(strings.ReplaceAll(name, "-", " "))) {
		if !divisionWords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// isoDivisionNames returns, per GeoNames admin1 code, the Polish and
// Russian names iso-codes gives the same division. An ISO subdivision is
// the GeoNames division of its country with the same folded name, or
// else the only one whose folded name starts with the other's ("Kurskaja"
// and "Kursk") over at least five letters.
func isoDivisionNames(isoJSON, localeDir string, admins []*place, alpha2 map[string]string) (map[string][]string, int, error) {
	data, err := os.ReadFile(isoJSON)
	if err != nil {
		return nil, 0, err
	}
	var file struct {
		Subdivisions []struct {
			Code, Name, Type, Parent string
		} `json:"3166-2"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		return nil, 0, fmt.Errorf("%s: %v", isoJSON, err)
	}
	var tr []map[string]string
	for _, l := range []string{"pl", "ru"} {
		m, err := readMO(filepath.Join(localeDir, l, "LC_MESSAGES", "iso_3166-2.mo"))
		if err != nil {
			return nil, 0, err
		}
		tr = append(tr, m)
	}
	byCountry := map[string][]*place{}
	for _, a := range admins {
		byCountry[a.country] = append(byCountry[a.country], a)
	}
	out := map[string][]string{}
	matched := 0
	for _, s := range file.Subdivisions {
		if s.Parent != "" {
			continue // second-level
		}
		cc, _, _ := strings.Cut(s.Code, "-")
		k := divisionKey(s.Name)
		if k == "" {
			continue
		}
		var exact, prefix []*place
		for _, a := range byCountry[alpha2[cc]] {
			for _, n := range a.names[:2] {
				ak := divisionKey(n)
				switch {
				case ak == "":
				case ak == k:
					exact = append(exact, a)
				case len(ak) >= 5 && len(k) >= 5 && (strings.HasPrefix(ak, k) || strings.HasPrefix(k, ak)):
					prefix = append(prefix, a)
				}
			}
		}
		var a *place
		switch {
		case len(exact) > 0 && (len(exact) == 1 || exact[0] == exact[1]):
			a = exact[0]
		case len(exact) == 0 && len(prefix) > 0 && (len(prefix) == 1 || prefix[0] == prefix[1] && len(prefix) == 2):
			a = prefix[0]
		}
		if a == nil {
			continue
		}
		matched++
		for _, m := range tr {
			if v := m[s.Name]; v != "" && v != s.Name {
				out[a.admin1] = append(out[a.admin1], v)
			}
		}
	}
	return out, matched, nil
}
