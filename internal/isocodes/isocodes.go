// Package isocodes reads Debian's iso-codes package (LGPL-2.1+): its ISO
// 3166 tables (/usr/share/iso-codes/json/iso_3166-{1,2}.json) and the GNU
// gettext catalogues that translate their names
// (/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-2.mo). The build tools
// that generate data files from it (actors/internal/admin1,
// places/internal/build) share it; nothing here is read at run time.
package isocodes

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Country is a row of ISO 3166-1.
type Country struct {
	Alpha2 string `json:"alpha_2"`
	Alpha3 string `json:"alpha_3"`
}

// Subdivision is a row of ISO 3166-2; Parent is empty for a first-level
// division.
type Subdivision struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Parent string `json:"parent"`
}

// Countries reads iso_3166-1.json.
func Countries(path string) ([]Country, error) {
	var file struct {
		List []Country `json:"3166-1"`
	}
	err := readJSON(path, &file)
	return file.List, err
}

// Subdivisions reads iso_3166-2.json.
func Subdivisions(path string) ([]Subdivision, error) {
	var file struct {
		List []Subdivision `json:"3166-2"`
	}
	err := readJSON(path, &file)
	return file.List, err
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// Translations reads the catalogue of domain ("iso_3166-2") for each of
// langs under localeDir: lang → msgid → msgstr.
func Translations(localeDir, domain string, langs ...string) (map[string]map[string]string, error) {
	tr := make(map[string]map[string]string, len(langs))
	for _, l := range langs {
		m, err := ReadMO(filepath.Join(localeDir, l, "LC_MESSAGES", domain+".mo"))
		if err != nil {
			return nil, err
		}
		tr[l] = m
	}
	return tr, nil
}

// ReadMO reads a GNU gettext .mo file into msgid → msgstr (the first form
// of a plural; the header and untranslated messages left out). A broken
// file is an error.
func ReadMO(path string) (map[string]string, error) {
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
