package ingest

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const polish = "Zażółć gęślą jaźń. Śląsk, Źródło i Ąkwizycja: pięćdziesiąt świeżych źdźbeł."

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestDecode(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name     string
		data     []byte
		declared string
		want     string
		enc      string
	}{
		{"utf-8", []byte(polish), "", polish, encUTF8},
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), polish...), "", polish, encUTF8},
		{"utf-8 despite declared cp1250", []byte(polish), "windows-1250", polish, encUTF8},
		{"cp1250", encode(t, charmap.Windows1250, polish), "", polish, encCP1250},
		{"latin2", encode(t, charmap.ISO8859_2, polish), "", polish, encLatin2},
		{"latin2 declared", encode(t, charmap.ISO8859_2, "Łódź i ćma"), "ISO-8859-2", "Łódź i ćma", encLatin2},
		{"declared charset wins over statistics", encode(t, charmap.ISO8859_2, "Ala ąą"), "cp1250", "Ala ±±", encCP1250},
		{"unknown label ignored", encode(t, charmap.Windows1250, polish), "x-klingon", polish, encCP1250},
		{"utf-16le BOM", append([]byte{0xFF, 0xFE}, encode(t, utf16le, polish)...), "", polish, encUTF16LE},
		{"utf-16be BOM", append([]byte{0xFE, 0xFF}, encode(t, utf16be, polish)...), "", polish, encUTF16BE},
		{"utf-16le no BOM", encode(t, utf16le, "Prezydent spotkał się z premierem."), "", "Prezydent spotkał się z premierem.", encUTF16LE},
		{"utf-16be no BOM", encode(t, utf16be, "The minister met the president."), "", "The minister met the president.", encUTF16BE},
		{"utf-16 odd length", append([]byte{0xFF, 0xFE}, append(encode(t, utf16le, "ab"), 'c')...), "", "ab\uFFFD", encUTF16LE},
		{"broken utf-8", []byte("Zażółć gęślą ja\xC5 i dalej: świeże źdźbła."), "", "Zażółć gęślą ja\uFFFD i dalej: świeże źdźbła.", encUTF8},
		{"truncated 3-byte", []byte("łódź – \xE2\x80 koniec ąę"), "", "łódź – \uFFFD\uFFFD koniec ąę", encUTF8},
		{"crlf kept", []byte("a\r\nb\r\n"), "", "a\r\nb\r\n", encUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decode(tt.data, tt.declared)
			if got != tt.want || enc != tt.enc {
				t.Errorf("decode = %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
			if !utf8.ValidString(got) {
				t.Errorf("result is not valid UTF-8")
			}
		})
	}
}

func TestReadLegacyPolish(t *testing.T) {
	text := "Tytuł: Śląsk i Źródła\n\nRząd przyjął ustawę o źródłach energii. Posłowie głosowali w środę."
	for _, cm := range []*charmap.Charmap{charmap.Windows1250, charmap.ISO8859_2} {
		docs, errs := Read("legacy.txt", encode(t, cm, text))
		if len(errs) != 0 || len(docs) != 1 {
			t.Fatalf("%v: errors %v", cm, errs)
		}
		checkDoc(t, docs[0])
		if docs[0].Text != text || docs[0].Title != "Tytuł: Śląsk i Źródła" {
			t.Errorf("%v: text %q title %q", cm, docs[0].Text, docs[0].Title)
		}
	}
}

func TestMetaCharset(t *testing.T) {
	tests := map[string]string{
		`<html><head><meta charset="windows-1250">`:                                        "windows-1250",
		`<META CHARSET=iso-8859-2>`:                                                        "iso-8859-2",
		`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"/>`:        "iso-8859-2",
		`<meta name="description" content="charset"><meta charset='utf-8'>`:                "utf-8",
		`<meta name="viewport" content="width=device-width"><p>charset=latin2</p>`:         "",
		`<html><body>no meta</body></html>`:                                                "",
		`<meta charset=`:                                                                   "",
		`<meta http-equiv="content-type" content="text/html;charset=windows-1250"><title>`: "windows-1250",
	}
	for in, want := range tests {
		if got := metaCharset([]byte(in)); got != want {
			t.Errorf("metaCharset(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPolishLegacy(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"ą", encCP1250}, {"ś", encCP1250}, {"Ź", encCP1250},
		{"żółw", encCP1250}, // the same bytes in both: the tie goes to windows-1250
	}
	for _, tt := range tests {
		if got := polishLegacy(encode(t, charmap.Windows1250, tt.text)); got != tt.want {
			t.Errorf("cp1250 %q: got %s", tt.text, got)
		}
	}
	for _, s := range []string{"ą", "ś", "Ź", "Ąą Śś"} {
		if got := polishLegacy(encode(t, charmap.ISO8859_2, s)); got != encLatin2 {
			t.Errorf("latin2 %q: got %s", s, got)
		}
	}
}

// TestSlavicNERBrokenCharacter reads a real SlavicNER file and the same
// file with one character cut short: it stays UTF-8, the broken byte
// becomes U+FFFD, and nothing else changes.
func TestSlavicNERBrokenCharacter(t *testing.T) {
	path := sharedPath(t, "data/slavicner/raw/asia_bibi/pl/asia_bibi_pl.txt_file_100.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{raw, cutCharacter(raw)} {
		text, enc := decode(data, "")
		if enc != encUTF8 {
			t.Fatalf("decoded as %s", enc)
		}
		if want := strings.ToValidUTF8(string(data), "\uFFFD"); text != want {
			t.Errorf("text differs from the file with U+FFFD for the broken byte")
		}
	}
}

// cutCharacter drops the second byte of the first two-byte character.
func cutCharacter(b []byte) []byte {
	for i := 0; i+1 < len(b); i++ {
		if b[i] >= 0xC2 && b[i] <= 0xDF {
			return append(append([]byte{}, b[:i+1]...), b[i+2:]...)
		}
	}
	return b
}

// TestBrokenUTF8StaysUTF8: a short UTF-8 text with a few broken sequences
// is UTF-8 with U+FFFD in their place, not windows-1250.
func TestBrokenUTF8StaysUTF8(t *testing.T) {
	// Few non-ASCII letters, as in much news text: fewer valid multi-byte
	// sequences than twice the bad ones.
	good := []string{"Premier ", "Tusk ", "spotkał ", "się ", "z ", "prezydentem ", "w ", "Warszawie, ", "mówi ", "rzecznik ", "rządu."}
	bad := [][]byte{{0xFF}, {0xC3}, {0xE2, 0x80}} // three bad sequences, four bytes
	var b []byte
	for i, w := range good {
		b = append(b, w...)
		if i%4 == 1 && i/4 < len(bad) {
			b = append(b, bad[i/4]...)
		}
	}
	text, enc := decode(b, "")
	// Each bad byte becomes U+FFFD; the rest is the text as written.
	if enc != encUTF8 || strings.Count(text, "\uFFFD") != 4 || strings.ReplaceAll(text, "\uFFFD", "") != strings.Join(good, "") {
		t.Errorf("%d bytes read as %s: %q", len(b), enc, text)
	}
	// Windows-1250 text is still told apart.
	cp := []byte("Premier spotka\xb3 si\xea z prezydentem w Gda\xf1sku, m\xf3wi\xb9 \x9fr\xf3d\xb3a.")
	if _, enc := decode(cp, ""); enc != encCP1250 {
		t.Errorf("windows-1250 text read as %s", enc)
	}
}
