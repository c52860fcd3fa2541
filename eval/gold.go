package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// GoldFile is one NAME.gold.json: the hand-annotated answers for NAME.txt
// (format in DESIGN.md, "Gold files and kronika eval").
type GoldFile struct {
	Path     string // where it was read from, for messages
	Document string // "NAME.txt"
	Lang     string
	Date     string // "" when null
	Events   []GoldEvent
	Quotes   []GoldQuote
	Entities []GoldEntity
}

// GoldEvent is one expected event. A country of "" stands for an explicit
// null in the file: the participant has no country (an unidentified attacker,
// a non-state group) and only a prediction without a country matches it.
type GoldEvent struct {
	Type          string
	Mode          string
	CAMEO         string
	SourceCountry string
	SourceActor   string
	TargetCountry string
	TargetActor   string
	Symmetric     bool
	Date          string // "" when null
	Modality      string
	Required      bool
	Evidence      string
	// HasLocation says the event's place was annotated; Location is then
	// that place, or nil when the text names none for the act.
	HasLocation bool
	Location    *GoldLocation
}

// GoldLocation is where a gold event happened: the place's English name,
// its country and how precise it is (country, admin1, city or site).
type GoldLocation struct {
	Name      string
	Country   string
	Precision string
}

// Precisions are the precisions a gold location may have.
var Precisions = []string{"country", "admin1", "city", "site"}

// GoldQuote is one expected quotation. Speaker is "" when null (unknown).
type GoldQuote struct {
	Speaker    string
	TextPrefix string
}

// GoldEntity is one entity expected somewhere in the document.
type GoldEntity struct {
	Name      string
	Canonical string
	Type      string
	Country   string
}

// PloverTypes are the PLOVER 2.0 event types a gold event may carry.
var PloverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
	"RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
	"MOBILIZE", "COERCE", "ASSAULT"}

// EntityTypes are the entity types of the kronika/1 contract.
var EntityTypes = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "PRODUCT"}

// Modalities are the event modalities of the kronika/1 contract.
var Modalities = []string{"asserted", "negated", "future", "hypothetical", "historical"}

// GoldError is one problem in a gold file, located by file and field path
// ("events[3].type"). Field is "" for problems with the file as a whole.
type GoldError struct {
	File  string
	Field string
	Msg   string
}

func (e *GoldError) Error() string {
	if e.Field == "" {
		return e.File + ": " + e.Msg
	}
	return e.File + ": " + e.Field + ": " + e.Msg
}

// goldParser collects every error of one file instead of stopping at the
// first, so that an annotator fixes a file in one pass.
type goldParser struct {
	file string
	errs []error
}

func (p *goldParser) errorf(field, format string, a ...any) {
	p.errs = append(p.errs, &GoldError{File: p.file, Field: field, Msg: fmt.Sprintf(format, a...)})
}

// ParseGold reads and validates a gold file. It returns every error found,
// each a *GoldError naming the file and the field; the GoldFile is nil when
// there is any error. Unknown fields are errors too: a misspelt "requried"
// must not silently turn a required event into an optional one.
func ParseGold(path string, data []byte) (*GoldFile, []error) {
	p := &goldParser{file: path}
	g := &GoldFile{Path: path}
	var top map[string]json.RawMessage
	if err := strictJSON(data, &top); err != nil {
		p.errorf("", "bad JSON: %s", jsonErr(data, err))
		return nil, p.errs
	}
	if top == nil {
		p.errorf("", "bad JSON: the file must hold one object")
		return nil, p.errs
	}
	p.known("", top, "document", "lang", "date", "events", "quotes", "entities")
	g.Document = p.str(top, "", "document", true, false)
	g.Lang = p.str(top, "", "lang", true, false)
	g.Date = p.str(top, "", "date", false, true)
	if g.Lang != "" && !isLower2(g.Lang) {
		p.errorf("lang", "not an ISO 639-1 code: %q", g.Lang)
	}
	if g.Date != "" && !isDate(g.Date) {
		p.errorf("date", "not YYYY, YYYY-MM or YYYY-MM-DD: %q", g.Date)
	}
	for i, obj := range p.list(top, "events") {
		if obj == nil {
			continue
		}
		f := fmt.Sprintf("events[%d]", i)
		p.known(f, obj, "type", "mode", "cameo", "source_country", "source_actor", "target_country",
			"target_actor", "symmetric", "date", "modality", "required", "evidence", "location")
		e := GoldEvent{
			Type:          p.str(obj, f, "type", true, false),
			Mode:          p.str(obj, f, "mode", false, true),
			CAMEO:         p.str(obj, f, "cameo", false, true),
			SourceCountry: p.country(obj, f, "source_country", true),
			SourceActor:   p.str(obj, f, "source_actor", false, true),
			TargetCountry: p.country(obj, f, "target_country", false),
			TargetActor:   p.str(obj, f, "target_actor", false, true),
			Symmetric:     p.boolean(obj, f, "symmetric"),
			Date:          p.str(obj, f, "date", false, true),
			Modality:      p.str(obj, f, "modality", false, true),
			Required:      p.boolean(obj, f, "required"),
			Evidence:      p.str(obj, f, "evidence", false, true),
		}
		if strings.TrimSpace(e.Type) != "" && !contains(PloverTypes, e.Type) {
			p.errorf(f+".type", "unknown PLOVER type %q", e.Type)
		}
		if e.Modality != "" && !contains(Modalities, e.Modality) {
			p.errorf(f+".modality", "unknown modality %q", e.Modality)
		}
		if e.Date != "" && !isDate(e.Date) {
			p.errorf(f+".date", "not YYYY, YYYY-MM or YYYY-MM-DD: %q", e.Date)
		}
		if e.CAMEO != "" && !isCAMEO(e.CAMEO) {
			p.errorf(f+".cameo", "not a CAMEO code (2 to 4 digits): %q", e.CAMEO)
		}
		e.HasLocation, e.Location = p.location(obj, f)
		g.Events = append(g.Events, e)
	}
	for i, obj := range p.list(top, "quotes") {
		if obj == nil {
			continue
		}
		f := fmt.Sprintf("quotes[%d]", i)
		p.known(f, obj, "speaker", "text_prefix")
		q := GoldQuote{
			Speaker:    p.str(obj, f, "speaker", true, true),
			TextPrefix: p.str(obj, f, "text_prefix", true, false),
		}
		g.Quotes = append(g.Quotes, q)
	}
	for i, obj := range p.list(top, "entities") {
		if obj == nil {
			continue
		}
		f := fmt.Sprintf("entities[%d]", i)
		p.known(f, obj, "name", "canonical", "type", "country")
		e := GoldEntity{
			Name:      p.str(obj, f, "name", true, false),
			Canonical: p.str(obj, f, "canonical", false, true),
			Type:      p.str(obj, f, "type", true, false),
			Country:   p.country(obj, f, "country", false),
		}
		if strings.TrimSpace(e.Type) != "" && !contains(EntityTypes, e.Type) {
			p.errorf(f+".type", "unknown entity type %q", e.Type)
		}
		g.Entities = append(g.Entities, e)
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return g, nil
}

// known reports every key of obj that the format does not define.
func (p *goldParser) known(prefix string, obj map[string]json.RawMessage, keys ...string) {
	var unknown []string
	for k := range obj {
		if !contains(keys, k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		p.errorf(join(prefix, k), "unknown field")
	}
}

// str reads a string field. A required field must be present; nullable
// allows JSON null (returned as ""); a present non-nullable field must not
// be empty.
func (p *goldParser) str(obj map[string]json.RawMessage, prefix, key string, required, nullable bool) string {
	raw, ok := obj[key]
	f := join(prefix, key)
	if !ok {
		if required {
			p.errorf(f, "missing")
		}
		return ""
	}
	if isNull(raw) {
		if !nullable {
			p.errorf(f, "must not be null")
		}
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		p.errorf(f, "want a string, have %s", clip(raw))
		return ""
	}
	if !nullable && strings.TrimSpace(s) == "" {
		p.errorf(f, "must not be empty")
	}
	return s
}

// country reads a country code: ISO 3166-1 alpha-3 or a group code (EUR,
// NATO, G7, ...), upper-case letters and digits. null means "no country";
// a missing required field is an error.
func (p *goldParser) country(obj map[string]json.RawMessage, prefix, key string, required bool) string {
	c := p.str(obj, prefix, key, required, true)
	if c != "" && !isCountry(c) {
		p.errorf(join(prefix, key), "not a country code (ISO 3166-1 alpha-3 or group code): %q", c)
	}
	return c
}

// location reads an event's optional "location": absent (not annotated),
// null (the text names no place for the act) or {"name", "country",
// "precision"}.
func (p *goldParser) location(obj map[string]json.RawMessage, prefix string) (bool, *GoldLocation) {
	raw, ok := obj["location"]
	if !ok {
		return false, nil
	}
	if isNull(raw) {
		return true, nil
	}
	f := join(prefix, "location")
	var lo map[string]json.RawMessage
	if err := json.Unmarshal(raw, &lo); err != nil || lo == nil {
		p.errorf(f, "want an object or null, have %s", clip(raw))
		return true, nil
	}
	p.known(f, lo, "name", "country", "precision")
	l := &GoldLocation{
		Name:      p.str(lo, f, "name", true, false),
		Country:   p.country(lo, f, "country", true),
		Precision: p.str(lo, f, "precision", true, false),
	}
	if l.Precision != "" && !contains(Precisions, l.Precision) {
		p.errorf(f+".precision", "unknown precision %q (want country, admin1, city or site)", l.Precision)
	}
	return true, l
}

// boolean reads an optional boolean field; absent or null means false.
func (p *goldParser) boolean(obj map[string]json.RawMessage, prefix, key string) bool {
	raw, ok := obj[key]
	if !ok || isNull(raw) {
		return false
	}
	var b bool
	if err := json.Unmarshal(raw, &b); err != nil {
		p.errorf(join(prefix, key), "want true or false, have %s", clip(raw))
	}
	return b
}

// list reads an array of objects; the key is required (an empty array says
// "annotated, none found", a missing one would say nothing).
func (p *goldParser) list(obj map[string]json.RawMessage, key string) []map[string]json.RawMessage {
	raw, ok := obj[key]
	if !ok {
		p.errorf(key, "missing (use [] when there are none)")
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		p.errorf(key, "want an array, have %s", clip(raw))
		return nil
	}
	out := make([]map[string]json.RawMessage, 0, len(items))
	for i, it := range items {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(it, &m); err != nil || m == nil {
			p.errorf(fmt.Sprintf("%s[%d]", key, i), "want an object, have %s", clip(it))
			m = nil // reported; the caller skips it
		}
		out = append(out, m)
	}
	return out
}

// strictJSON decodes exactly one JSON value and nothing after it.
func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the JSON object")
	}
	var extra json.RawMessage
	if err := dec.Decode(&extra); err == nil {
		return errors.New("data after the JSON object")
	}
	return nil
}

// jsonErr adds a line and column to JSON syntax errors.
func jsonErr(data []byte, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(-1)
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 || off > int64(len(data)) {
		return err.Error()
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("line %d column %d: %v", line, col, err)
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

func clip(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return s
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isCountry(s string) bool {
	if len(s) < 2 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return true
}

func isLower2(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isCAMEO(s string) bool { return len(s) >= 2 && len(s) <= 4 && isDigits(s) }

// isDate accepts YYYY, YYYY-MM and YYYY-MM-DD with plausible month and day.
func isDate(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 || !isDigits(parts[0]) {
		return false
	}
	limits := []int{0, 12, 31}
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) != 2 || !isDigits(parts[i]) {
			return false
		}
		n := int(parts[i][0]-'0')*10 + int(parts[i][1]-'0')
		if n < 1 || n > limits[i] {
			return false
		}
	}
	return true
}
