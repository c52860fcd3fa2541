package morph

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Encoder says how a lemma is stored relative to its inflected form.
type Encoder uint8

const (
	// EncoderSuffix stores {K}{tail}: drop K bytes from the end of the form,
	// append tail.
	EncoderSuffix Encoder = iota
	// EncoderPrefix stores {P}{K}{tail}: drop P bytes from the start and K
	// from the end of the form, append tail.
	EncoderPrefix
	// EncoderInfix stores {X}{L}{K}{tail}: drop L bytes at offset X and K
	// from the end of the form, append tail.
	EncoderInfix
	// EncoderNone stores the lemma as it is.
	EncoderNone
)

var encoderNames = [...]string{"SUFFIX", "PREFIX", "INFIX", "NONE"}

func (e Encoder) String() string {
	if int(e) < len(encoderNames) {
		return encoderNames[e]
	}
	return "unknown"
}

// Info is the metadata of a dictionary, read from its .info file (a Java
// properties file).
type Info struct {
	// Separator splits the encoded lemma from the tag inside the automaton.
	Separator byte
	// Encoding of the strings in the automaton; only UTF-8 is supported.
	Encoding string
	Encoder  Encoder
	// FrequencyIncluded: the last byte of every tag is a frequency class.
	FrequencyIncluded bool
	// Props holds every property as read, including the ones above.
	Props map[string]string
}

// ParseInfo parses the properties of a .info file. Unknown properties are
// kept in Props; a missing or malformed separator, encoding or encoder is an
// error.
func ParseInfo(data []byte) (*Info, error) {
	props := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' || s[0] == '!' {
			continue
		}
		i := strings.IndexAny(s, "=:")
		if i < 0 {
			return nil, fmt.Errorf("morph: info line %d: no '=' in %q", line, s)
		}
		k := strings.TrimSpace(s[:i])
		v := strings.TrimSpace(s[i+1:])
		props[k] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("morph: info: %w", err)
	}
	in := &Info{Props: props, Encoder: EncoderSuffix}
	sep, ok := props["fsa.dict.separator"]
	if !ok {
		return nil, fmt.Errorf("morph: info: no fsa.dict.separator")
	}
	if len(sep) != 1 || sep[0] >= 0x80 {
		return nil, fmt.Errorf("morph: info: separator %q is not one ASCII character", sep)
	}
	in.Separator = sep[0]
	in.Encoding = props["fsa.dict.encoding"]
	switch strings.ToUpper(strings.ReplaceAll(in.Encoding, "_", "-")) {
	case "UTF-8", "UTF8", "US-ASCII", "ASCII":
	case "":
		return nil, fmt.Errorf("morph: info: no fsa.dict.encoding")
	default:
		return nil, fmt.Errorf("morph: info: unsupported encoding %q", in.Encoding)
	}
	if e, ok := props["fsa.dict.encoder"]; ok {
		switch strings.ToUpper(e) {
		case "SUFFIX":
			in.Encoder = EncoderSuffix
		case "PREFIX":
			in.Encoder = EncoderPrefix
		case "INFIX":
			in.Encoder = EncoderInfix
		case "NONE":
			in.Encoder = EncoderNone
		default:
			return nil, fmt.Errorf("morph: info: unknown encoder %q", e)
		}
	} else {
		// Older dictionaries name the encoding with two booleans.
		if parseBool(props["fsa.dict.uses-infixes"]) {
			in.Encoder = EncoderInfix
		} else if parseBool(props["fsa.dict.uses-prefixes"]) {
			in.Encoder = EncoderPrefix
		}
	}
	if v, ok := props["fsa.dict.frequency-included"]; ok {
		b, err := strictBool(v)
		if err != nil {
			return nil, fmt.Errorf("morph: info: fsa.dict.frequency-included: %w", err)
		}
		in.FrequencyIncluded = b
	}
	return in, nil
}

func parseBool(s string) bool {
	b, _ := strictBool(s)
	return b
}

func strictBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "true", "yes", "on":
		return true, nil
	case "false", "no", "off":
		return false, nil
	}
	return false, fmt.Errorf("not a boolean: %q", s)
}
