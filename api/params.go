package api

import (
	"encoding/base64"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kronika/kronika/store"
)

var (
	dateRE  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	codeRE  = regexp.MustCompile(`^[A-Za-z0-9]{1,32}$`)
	upperRE = regexp.MustCompile(`^[A-Z_]{1,32}$`)
	langRE  = regexp.MustCompile(`^[a-z]{2,3}$`)
	cameoRE = regexp.MustCompile(`^[0-9]{1,4}$`)
)

// filterParams are the query parameters of an event filter (the flags of
// kronika events); docLang names the document-language parameter ("lang"
// in the API, "doclang" in the UI, where lang picks the interface
// language).
var filterParams = []string{"actor", "country", "dyad", "type", "mode", "context", "cameo", "quad", "modality",
	"since", "until", "lang", "source", "min_mentions", "q"}

// parseFilter reads an event filter from q; a bad value is a 400 error.
func parseFilter(q url.Values, docLang string) (store.Filter, error) {
	var f store.Filter
	get := func(name string) (string, error) {
		v := q[name]
		if len(v) > 1 {
			return "", badRequest("%s given %d times: give it once", name, len(v))
		}
		if len(v) == 0 {
			return "", nil
		}
		s := strings.TrimSpace(v[0])
		if !utf8.ValidString(s) || len(s) > 200 {
			return "", badRequest("%s: want at most 200 bytes of UTF-8", name)
		}
		return s, nil
	}
	var err error
	str := func(name string, dst *string, re *regexp.Regexp, want string) {
		if err != nil {
			return
		}
		var v string
		if v, err = get(name); err != nil || v == "" {
			return
		}
		if re != nil && !re.MatchString(v) {
			err = badRequest("%s %q: want %s", name, v, want)
			return
		}
		*dst = v
	}
	str("actor", &f.Actor, codeRE, "an actor code or prefix (letters and digits)")
	str("country", &f.Country, codeRE, "a country code (ISO 3166-1 alpha-3)")
	str("dyad", &f.Dyad, nil, "")
	str("type", &f.Type, upperRE, "a PLOVER type in capitals (CONSULT, ASSAULT, ...)")
	str("mode", &f.Mode, nil, "")
	str("context", &f.Context, nil, "")
	str("cameo", &f.CAMEO, cameoRE, "a CAMEO code prefix (digits)")
	str("modality", &f.Modality, regexp.MustCompile(`^(asserted|negated|future|hypothetical|historical)$`), "asserted, negated, future, hypothetical or historical")
	str("since", &f.Since, dateRE, "YYYY, YYYY-MM or YYYY-MM-DD")
	str("until", &f.Until, dateRE, "YYYY, YYYY-MM or YYYY-MM-DD")
	str(docLang, &f.Lang, langRE, "a language code (pl, en, ru)")
	str("source", &f.Source, nil, "")
	str("q", &f.Q, nil, "")
	if err != nil {
		return f, err
	}
	if f.Dyad != "" {
		a, b, _ := store.ParseDyad(f.Dyad)
		if !codeRE.MatchString(a) || !codeRE.MatchString(b) {
			return f, badRequest("dyad %q: want A-B (either direction) or A>B (A the source), A and B actor codes or countries", f.Dyad)
		}
	}
	if f.Quad, err = intParam(q, "quad", 0, 0, 4); err != nil {
		return f, err
	}
	if f.MinMentions, err = intParam(q, "min_mentions", 0, 0, 1<<30); err != nil {
		return f, err
	}
	return f, nil
}

// intParam reads an integer parameter in [lo, hi]; def when absent.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	v := q[name]
	if len(v) == 0 || strings.TrimSpace(v[0]) == "" {
		return def, nil
	}
	if len(v) > 1 {
		return 0, badRequest("%s given %d times: give it once", name, len(v))
	}
	n, err := strconv.Atoi(strings.TrimSpace(v[0]))
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s %q: want a whole number from %d to %d", name, v[0], lo, hi)
	}
	return n, nil
}

// oneOf reads a parameter that takes one of the given values; the first
// is the default.
func oneOf(q url.Values, name string, values ...string) (string, error) {
	v := q.Get(name)
	if v == "" {
		return values[0], nil
	}
	for _, ok := range values {
		if v == ok {
			return v, nil
		}
	}
	return "", badRequest("%s %q: want %s", name, v, strings.Join(values, " or "))
}

// encodeCursor makes the opaque next-page token.
func encodeCursor(c store.Cursor) string {
	return base64.RawURLEncoding.EncodeToString([]byte("v1|" + c.Date + "|" + strconv.FormatInt(c.ID, 10)))
}

func decodeCursor(s string) (*store.Cursor, error) {
	if s == "" {
		return nil, nil
	}
	bad := badRequest("cursor %q is not one this server gave (use the next value of a previous page)", s)
	if len(s) > 200 {
		return nil, bad
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad
	}
	parts := strings.Split(string(b), "|")
	if len(parts) != 3 || parts[0] != "v1" || (parts[1] != "" && !dateRE.MatchString(parts[1])) {
		return nil, bad
	}
	id, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil || id < 0 {
		return nil, bad
	}
	return &store.Cursor{Date: parts[1], ID: id}, nil
}

// parseID reads a positive event id from a path segment.
func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("event id %q: want a positive whole number", s)
	}
	return id, nil
}

var docIDRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

func parseDocID(s string) (string, error) {
	if !docIDRE.MatchString(s) {
		return "", badRequest("document id %q: want the document's hash (letters, digits)", s)
	}
	return s, nil
}
