package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Names of the encodings decode reports.
const (
	encUTF8    = "utf-8"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
	encCP1250  = "windows-1250"
	encLatin2  = "iso-8859-2"
)

// decode turns raw input bytes into UTF-8 text and names the encoding it
// found. declared is a charset named by the input itself (an HTML <meta>, an
// HTTP Content-Type) or "". The order of evidence: a byte order mark, a
// UTF-16 byte pattern, valid or mostly valid UTF-8, the declared charset,
// and finally byte statistics that choose between windows-1250 and
// ISO-8859-2, the two legacy encodings of Polish text. Line endings are
// kept; only a byte order mark is removed. The result is always valid UTF-8.
func decode(data []byte, declared string) (text, enc string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return toValidUTF8(data[3:]), encUTF8
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], unicode.LittleEndian), encUTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], unicode.BigEndian), encUTF16BE
	}
	if order, ok := sniffUTF16(data); ok {
		if order == unicode.LittleEndian {
			return decodeUTF16(data, order), encUTF16LE
		}
		return decodeUTF16(data, order), encUTF16BE
	}
	if utf8.Valid(data) {
		return string(data), encUTF8
	}
	if mostlyUTF8(data) {
		return toValidUTF8(data), encUTF8
	}
	if e, name := lookupCharset(declared); e != nil {
		if s, err := e.NewDecoder().Bytes(data); err == nil {
			return toValidUTF8(s), name
		}
	}
	if polishLegacy(data) == encLatin2 {
		return decodeCharmap(data, charmap.ISO8859_2), encLatin2
	}
	return decodeCharmap(data, charmap.Windows1250), encCP1250
}

// toValidUTF8 converts b to a string, replacing each byte that is not part
// of a valid UTF-8 sequence by U+FFFD.
func toValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

// mostlyUTF8 reports whether invalid UTF-8 data is still best read as UTF-8
// with a few broken bytes. Legacy single-byte Polish text almost never
// holds a valid multi-byte sequence by chance (it takes two non-ASCII
// letters in a row, the first a capital from a narrow range), so every
// valid sequence that decodes to a letter or punctuation of European
// text weighs against several runs of invalid bytes: a short UTF-8 text
// with a few broken sequences stays UTF-8, while windows-1250 text, all
// invalid runs, does not.
func mostlyUTF8(data []byte) bool {
	multi, invalid := 0, 0
	inBad := false
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			inBad = false
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			if !inBad {
				invalid++ // a run of bad bytes counts once
			}
			inBad = true
		case plausibleRune(r):
			multi++
			inBad = false
		default:
			inBad = false
		}
		i += n
	}
	return multi > 0 && multi*4 >= invalid
}

// plausibleRune reports whether r is a letter or mark of the Latin,
// Greek or Cyrillic alphabets beyond ASCII, or general punctuation (quotes,
// dashes), the multi-byte characters of European news text.
func plausibleRune(r rune) bool {
	return r >= 0xA0 && r <= 0x24F || r >= 0x370 && r <= 0x52F || r >= 0x2000 && r <= 0x20CF
}

// sniffUTF16 recognises UTF-16 text without a byte order mark by its zero
// bytes: in mostly Latin text every second byte is zero.
func sniffUTF16(data []byte) (unicode.Endianness, bool) {
	n := min(len(data), 1024) &^ 1
	if n < 8 || bytes.IndexByte(data[:n], 0) < 0 {
		return unicode.BigEndian, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*6 && even*20 <= pairs:
		return unicode.LittleEndian, true
	case even*10 >= pairs*6 && odd*20 <= pairs:
		return unicode.BigEndian, true
	}
	return unicode.BigEndian, false
}

func decodeUTF16(data []byte, order unicode.Endianness) string {
	s, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data)
	if err != nil {
		// The UTF-16 decoder replaces bad sequences itself; an error here
		// is not expected, but keep the text usable if it ever happens.
		return toValidUTF8(data)
	}
	return toValidUTF8(s)
}

func decodeCharmap(data []byte, cm *charmap.Charmap) string {
	var sb strings.Builder
	sb.Grow(len(data) + len(data)/8)
	for _, c := range data {
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(cm.DecodeByte(c))
		}
	}
	return sb.String()
}

// lookupCharset returns the decoder for a declared charset label, or nil
// when the label is unknown or names UTF-8 or UTF-16 (which the byte-level
// checks in decode have already ruled on).
func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.TrimSpace(strings.Trim(label, `"'`)))
	if label == "" {
		return nil, ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") || name == "replacement" {
		return nil, ""
	}
	return e, name
}

// polishLegacy decides between windows-1250 and ISO-8859-2 for text that is
// not UTF-8. The two agree on most Polish letters but place ą, ś, ź and
// their capitals at different bytes; bytes 0x80-0x9F are letters and
// punctuation in windows-1250 but control characters in ISO-8859-2.
// A tie goes to windows-1250, the more common of the two.
func polishLegacy(data []byte) string {
	cp, latin := 0, 0
	for _, c := range data {
		switch c {
		case 0xB9, 0x9C, 0x9F, 0x8C, 0x8F, 0xA5: // ą ś ź Ś Ź Ą in windows-1250
			cp += 2
		case 0xB1, 0xB6, 0xBC, 0xA1, 0xA6, 0xAC: // ą ś ź Ą Ś Ź in ISO-8859-2
			latin += 2
		default:
			if c >= 0x80 && c <= 0x9F {
				cp++
			}
		}
	}
	if latin > cp {
		return encLatin2
	}
	return encCP1250
}

// metaCharset finds the charset an HTML page declares in its first bytes:
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...;
// charset=...">. It returns "" when there is none.
func metaCharset(data []byte) string {
	head := data[:min(len(data), 4096)]
	lower := bytes.ToLower(head)
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte("<meta"))
		if j < 0 {
			return ""
		}
		i += j + 5
		end := bytes.IndexByte(lower[i:], '>')
		if end < 0 {
			end = len(lower) - i
		}
		tag := lower[i : i+end]
		k := bytes.Index(tag, []byte("charset"))
		if k < 0 {
			continue
		}
		rest := bytes.TrimLeft(tag[k+len("charset"):], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		stop := bytes.IndexAny(rest, " \t\r\n\"';/>")
		if stop >= 0 {
			rest = rest[:stop]
		}
		if len(rest) > 0 {
			return string(rest)
		}
	}
}
