package pl

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/ner"
)

// The Polish named-entity model is trained by Kronika's own code on the
// named entities of NKJP-1M (CC BY 4.0; "kronika train ner", see
// scripts/train-ner.sh). demonyms.tsv is written by hand.
var (
	//go:embed data/ner.model
	nerModelData []byte
	//go:embed data/demonyms.tsv
	demonymData string
)

// NERTypes are the entity types the Polish model learns from NKJP; NORP is
// added by the demonym list.
var NERTypes = []string{"PERSON", "ORG", "GPE", "LOC"}

// NKJPType maps an NKJP named-entity label (outer, without B-/I-) to an
// entity type: persName → PERSON, orgName → ORG, placeName (countries,
// settlements, regions, districts, blocs) → GPE, geogName → LOC. Dates and
// times are not names: "".
func NKJPType(label string) string {
	base, _, _ := strings.Cut(label, "-")
	switch base {
	case "persName":
		return "PERSON"
	case "orgName":
		return "ORG"
	case "placeName":
		return "GPE"
	case "geogName":
		return "LOC"
	}
	return ""
}

var (
	nerOnce  sync.Once
	nerModel *ner.Model

	demonymOnce sync.Once
	demonyms    map[string]string
	feminine    map[string]string
)

// NERModel returns the embedded Polish model, loading it on first use; nil
// when the binary was built without one.
func NERModel() *ner.Model {
	nerOnce.Do(func() {
		if len(nerModelData) == 0 {
			return
		}
		m, err := ner.Load(bytes.NewReader(nerModelData))
		if err != nil {
			panic(fmt.Sprintf("pl: embedded NER model: %v", err))
		}
		nerModel = m
	})
	return nerModel
}

// Demonym returns the country or group code of a demonym lemma
// ("rosyjski", "Rosjanin" → "RUS"), or "".
func Demonym(lemma string) string {
	demonymOnce.Do(func() {
		m, err := parseDemonyms(demonymData)
		if err != nil {
			panic(err)
		}
		demonyms = m
		feminine = feminineOf(m)
	})
	k := strings.ToLower(lemma)
	if c := demonyms[k]; c != "" {
		return c
	}
	if r, _ := utf8.DecodeRuneInString(lemma); unicode.IsUpper(r) {
		return feminine[k]
	}
	return ""
}

func parseDemonyms(s string) (map[string]string, error) {
	m := map[string]string{}
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		lemma, code, ok := strings.Cut(line, "\t")
		if !ok || lemma == "" || code == "" || strings.ContainsAny(code, "\t ") {
			return nil, fmt.Errorf("lang/pl/data/demonyms.tsv:%d: want lemma TAB code", n+1)
		}
		m[strings.ToLower(lemma)] = code
	}
	return m, nil
}

// feminineOf maps the women's inhabitant nouns made in the regular ways
// from the men's nouns of demonyms.tsv ("Polka", "Rosjanka", "Niemka", in
// lower case) to their code. Only a capitalised lemma is looked up there:
// "polka" is a dance.
func feminineOf(m map[string]string) map[string]string {
	out := map[string]string{}
	for lemma, code := range m {
		for _, f := range feminineDemonyms(lemma) {
			if _, ok := m[f]; !ok {
				out[f] = code
			}
		}
	}
	return out
}

// feminineDemonyms returns the women's inhabitant nouns that the regular
// suffixes make from a men's one (feminineNoun; lower-case keys of
// parseDemonyms or capitalised words): Rosjanin → Rosjanka, Chińczyk →
// Chinka, Ukrainiec → Ukrainka, Polak → Polka, Słowak → Słowaczka; the
// singular and the plural nominative (Polki). Nil for other words.
func feminineDemonyms(w string) []string {
	f := feminineNoun(w)
	if f == "" {
		return nil
	}
	return []string{f, kaPlural(f)}
}

var classPool = sync.Pool{New: func() any { return new([]uint32) }}

// nerRecognizer is the Polish recognizer: the NKJP-trained model, then
// demonyms outside its names as NORP, then the EVENT and PRODUCT rules of
// ner_rules.go.
type nerRecognizer struct{}

// Recognizer returns the Polish named-entity recognizer.
func Recognizer() lang.Recognizer { return nerRecognizer{} }

func (nerRecognizer) Recognize(d *doc.Document, tokens []doc.Token) []lang.NameSpan {
	var out []lang.NameSpan
	var spans []ner.Span
	if m := NERModel(); m != nil {
		cp := classPool.Get().(*[]uint32)
		*cp = nerClasses(d, tokens, *cp)
		spans = m.TagWith(d, tokens, *cp)
		classPool.Put(cp)
	}
	next := 0
	for i := 0; i < len(tokens); i++ {
		if next < len(spans) && spans[next].Start == i {
			s := spans[next]
			// NKJP marks adjectives and inhabitants derived from place
			// names with the place's type ("rosyjska" as a country); for
			// Kronika they are NORP. "Niemiec" and "Włoch" are also forms
			// of Niemcy and Włochy: there the model's place stands.
			if s.End == s.Start+1 && (lowerAdjective(d, &tokens[i]) || isDemonym(d, &tokens[i]) &&
				!(s.Type == "GPE" && pluralPlaces[strings.ToLower(d.Text[tokens[i].Start:tokens[i].End])] != "")) {
				s.Type = "NORP"
			}
			out = append(out, lang.NameSpan{Start: s.Start, End: s.End, Type: s.Type})
			next++
			i = s.End - 1
			continue
		}
		if isDemonym(d, &tokens[i]) {
			out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: "NORP"})
		}
	}
	return applyNameRules(d, tokens, spacedCompounds(d, tokens, out))
}

// spacedCompounds joins a compound nationality adjective written with a
// spaced hyphen ("Polsko - bułgarski gang", as NKJP's texts space it) into
// one NORP name, as "polsko-bułgarski" is one: a combining form of a
// demonym adjective, a hyphen, a demonym adjective. The names the model
// found in those words give way ("Polsko" read as Poland).
func spacedCompounds(d *doc.Document, tokens []doc.Token, spans []lang.NameSpan) []lang.NameSpan {
	for i := 0; i+2 < len(tokens); i++ {
		a, h, b := &tokens[i], &tokens[i+1], &tokens[i+2]
		if a.Kind != doc.Word || b.Kind != doc.Word || a.End == h.Start || h.End == b.Start {
			continue
		}
		if hy := d.Text[h.Start:h.End]; hy != "-" && hy != "–" {
			continue
		}
		cf := combiningForms(d.Text[a.Start:a.End])
		if len(cf) == 0 || Demonym(cf[0]) == "" || b.UPOS != "ADJ" || !isDemonym(d, b) {
			continue
		}
		var out []lang.NameSpan
		added := false
		for _, s := range spans {
			if s.End <= i || s.Start >= i+3 {
				if !added && s.Start >= i+3 {
					out = append(out, lang.NameSpan{Start: i, End: i + 3, Type: "NORP"})
					added = true
				}
				out = append(out, s)
			}
		}
		if !added {
			out = append(out, lang.NameSpan{Start: i, End: i + 3, Type: "NORP"})
		}
		spans = out
		i += 2
	}
	return spans
}

// lowerAdjective reports whether a token is an adjective written in lower
// case ("północnokoreańska", "amerykańsko-rosyjski").
func lowerAdjective(d *doc.Document, t *doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return t.UPOS == "ADJ" && unicode.IsLower(r)
}

// isDemonym reports whether a token is a demonym adjective or noun.
func isDemonym(d *doc.Document, t *doc.Token) bool {
	if t.Kind != doc.Word {
		return false
	}
	lemma := t.Lemma
	if lemma == "" {
		lemma = d.Text[t.Start:t.End]
	}
	if Demonym(lemma) == "" {
		return false
	}
	switch t.UPOS {
	case "ADJ", "NOUN", "PROPN", "":
		return true
	}
	return false
}

// nerNameLemma is the base form of a name from its words, by the name
// lemmatizer of names.go.
func nerNameLemma(d *doc.Document, toks []doc.Token, typ string) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = d.Text[t.Start:t.End]
	}
	if typ == "EVENT" || typ == "PRODUCT" || typ == "ORG" {
		if name := ruleNameLemma(d, toks); name != "" {
			return name
		}
	}
	if typ == "EVENT" && afterEventCue(d, toks) {
		// "huraganu Katrina": the name stands beside its noun as written.
		return JoinWords(words)
	}
	if typ == "GPE" || typ == "LOC" {
		if name := pluralPlaces[strings.ToLower(strings.Join(words, " "))]; name != "" {
			return name
		}
		return lemmatizeNameAs(words, placeHint)
	}
	if typ == "PERSON" && subjectPlace(d, toks) {
		return lemmatizeNameAs(words, "nom")
	}
	return LemmatizeName(words)
}

// afterEventCue reports whether a name follows a noun for a named
// happening (data/ner-words.tsv, event-cue).
func afterEventCue(d *doc.Document, toks []doc.Token) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= toks[0].Start })
	return i > 0 && i < len(d.Tokens) && d.Tokens[i].Start == toks[0].Start && lemmaIn(d, &d.Tokens[i-1], eventCues)
}

// subjectPlace reports whether a name stands where a subject does: not
// after a preposition, and followed at once (after "nie" or "się") by a
// finite verb or a past form in the singular ("Kułeba przyjechał",
// "Theresa May powiedziała").
func subjectPlace(d *doc.Document, toks []doc.Token) bool {
	if len(toks) == 0 {
		return false
	}
	first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= toks[0].Start })
	last := first + len(toks) - 1
	if first >= len(d.Tokens) || last >= len(d.Tokens) || d.Tokens[first].Start != toks[0].Start {
		return false
	}
	if first > 0 && d.Tokens[first-1].UPOS == "ADP" {
		return false
	}
	for k := last + 1; k < len(d.Tokens) && k <= last+2; k++ {
		t := &d.Tokens[k]
		f := strings.ToLower(d.Text[t.Start:t.End])
		if f == "nie" || f == "się" {
			continue
		}
		return (t.UPOS == "VERB" || t.UPOS == "AUX") && strings.Contains(t.Feats, "Number=Sing") &&
			strings.Contains(t.Feats, "VerbForm=Fin")
	}
	return false
}

// pluralPlaces are the forms of country names used only in the plural
// whose genitive is also a singular noun ("Niemiec": of Germany, or a
// German); as places they have their own base form.
var pluralPlaces = func() map[string]string {
	m := map[string]string{}
	for name, forms := range map[string]string{
		"Niemcy":            "niemcy niemiec niemcom niemcami niemczech",
		"Włochy":            "włochy włoch włochom włochami włoszech",
		"Węgry":             "węgry węgier węgrom węgrami węgrzech",
		"Czechy":            "czechy czech czechom czechami czechach",
		"Chiny":             "chiny chin chinom chinami chinach",
		"Stany Zjednoczone": "stany_zjednoczone stanów_zjednoczonych stanom_zjednoczonym stanami_zjednoczonymi stanach_zjednoczonych",
	} {
		for _, f := range strings.Fields(forms) {
			m[strings.ReplaceAll(f, "_", " ")] = name
		}
	}
	return m
}()
