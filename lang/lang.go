// Package lang defines what Kronika knows about one natural language (the
// Language type: everything a pipeline stage may ask of a language) and
// keeps the registry of supported languages. The knowledge itself lives in
// one sub-package per language, lang/pl, lang/en and lang/ru, as data files
// (word lists, lexicons, rules: loaded and checked at start-up by Load and
// the Parse functions here, errors naming file and line) and as the code of
// its analyzers (morphology, tagging, name recognition, chunking). Each
// registers itself when imported; package pipeline imports all three.
package lang

import (
	"fmt"
	"sort"
	"sync"

	"github.com/kronika/kronika/doc"
)

// Analyzer fills the morphological fields (Lemma, UPOS, XPOS, Feats) of
// the tokens of one sentence of d.
type Analyzer interface {
	Analyze(d *doc.Document, tokens []doc.Token)
}

// Language is the knowledge of one language that the pipeline stages use.
// The pipeline core never mentions a word of any language; it asks a
// Language.
type Language struct {
	Code string // ISO 639-1
	Name string // English name

	// Abbrev maps a lower-case abbreviation, without its final period, to
	// how it behaves at a period (see AbbrevKind).
	Abbrev map[string]AbbrevKind

	// Boilerplate recognises paragraphs that are not article text.
	Boilerplate []BoilerplateRule

	// Morph analyses tokens; nil while the language has no morphology.
	Morph Analyzer

	// NER finds the names (PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT) in
	// a sentence; nil while the language has no recognizer.
	NER Recognizer

	// LemmatizeName returns the base form of the name made of tokens (all
	// of one sentence of d) recognised as an entity of type typ, e.g. "Kim
	// Dzong Un" for "Kima Dzong Una", or "" when it cannot tell; nil while
	// the language has none, and the token lemmas are used.
	LemmatizeName func(d *doc.Document, tokens []doc.Token, typ string) string

	// Timex is the temporal vocabulary read by package timex; nil when
	// the language has none.
	Timex *TimexLexicon

	// Speech is the quotation vocabulary read by package quotes; nil
	// when the language has none.
	Speech *SpeechLexicon

	// Events is the event-trigger lexicon and its cues, read by package
	// events; nil when the language codes no events.
	Events *EventLexicon

	// Phrases groups tokens into noun phrases and verb groups
	// (doc.Phrase); nil while the language has no chunker.
	Phrases Chunker

	// XPOSTense tells the tense a verb's language-specific tag (XPOS)
	// shows where the UD features may not: "Fut" (a Polish perfective
	// non-past form), "Past" or "". Read by package timex; nil when the
	// UD features say all.
	XPOSTense func(xpos string) string

	// XPOSInfinitive reports whether a language-specific tag is an
	// infinitive, where the UD features may not say so. Read by package
	// quotes; nil when the UD features say all.
	XPOSInfinitive func(xpos string) bool

	// NameBaseForms returns at most max candidate base forms of a name as
	// a text writes it ("Bidena" → "Biden", "Владимира Путина" →
	// "Владимир Путин"), for looking it up in the actor base; nil when the
	// name is not one the language inflects (another script, too long).
	// The guesses are only looked up, so a wrong one costs nothing unless
	// it is another name of the base. nil while the language has none.
	NameBaseForms func(name string, max int) []string

	// BaseFormsOverSurnames is true when a name the actor base knows as a
	// bare last name should still give way to a full name one of its base
	// forms finds: a Russian case ending can make a word share the key of
	// a foreign surname ("России", Russia's genitive, and "Росси", Rossi).
	BaseFormsOverSurnames bool

	// DemonymPlurals returns the plural nominatives the language makes in
	// regular ways of the inhabitant nouns among words ("Rosjanin" →
	// "Rosjanie"), which the actor base adds to the nationality words of a
	// country; nil when the language has none.
	DemonymPlurals func(words []string) []string

	// MonthNames maps the lower-case month names (and their usual
	// abbreviations) that dates on web pages write to the month's number;
	// package ingest reads those of every registered language, since a
	// page's date is read before its language is known. Loaded from
	// months.tsv; nil when the language has none.
	MonthNames map[string]int

	// HeadTitles are the titles of heads of state or government, lower
	// case, in the language of the actor base's title column (English:
	// "president", "prime minister"); package actors reads those of "en".
	HeadTitles map[string]bool

	// Romanize returns the name of a person that the language writes in
	// a transcription of its own from Cyrillic ("Siergiej Ławrow" in
	// Polish) as the BGN/PCGN romanization of the Cyrillic writes it
	// ("Sergey Lavrov"), for the canonical name of a person the actor
	// base does not know (actors.LatinName); "" when the name is not
	// recognisably such a transcription. nil when the language has none.
	Romanize func(name string) string

	// CombiningForms returns the nationality adjectives, in their base
	// form, that the first part of a compound adjective joined by a
	// hyphen may stand for ("polsko" in "polsko-niemiecki" → "polski",
	// "российско" → "российский", "Sino" → "Chinese"), for the actor
	// base to read a pair of states ("polsko-niemieckie rozmowy"); nil
	// when the part is no such form or the language has none.
	CombiningForms func(part string) []string
}

// NameSpan is a name found in a sentence: tokens [Start, End) of the slice
// given to a Recognizer, and its entity type.
type NameSpan struct {
	Start, End int
	Type       string
}

// Recognizer finds the names in the tokens of one sentence of d, in order
// and without overlaps. The tokens' morphological fields are filled when the
// language has an analyzer.
type Recognizer interface {
	Recognize(d *doc.Document, tokens []doc.Token) []NameSpan
}

var (
	mu        sync.RWMutex
	languages = map[string]*Language{}
)

// Register makes a language available under its code. It is meant to be
// called from the init function of a language package; registering one code
// twice panics.
func Register(l *Language) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := languages[l.Code]; dup {
		panic(fmt.Sprintf("lang: %q registered twice", l.Code))
	}
	languages[l.Code] = l
}

// Get returns the language registered under code, or nil.
func Get(code string) *Language {
	mu.RLock()
	defer mu.RUnlock()
	return languages[code]
}

// Codes returns the codes of all registered languages, sorted.
func Codes() []string {
	mu.RLock()
	defer mu.RUnlock()
	codes := make([]string, 0, len(languages))
	for c := range languages {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// Chunker groups the tokens of every sentence of d into noun phrases and
// verb groups, appended to d.Phrases in text order. It runs after the
// entities are found, so that a phrase never splits or joins names
// against their mentions.
type Chunker interface {
	Chunk(d *doc.Document)
}

// KnownPlace, when set, reports whether the gazetteer knows name as a
// country, a first-level division or a city of at least 100,000 people.
// Package places sets it (languages cannot import it: it links the actor
// base, which asks the languages for base forms); a recogniser that finds
// it nil does without.
var KnownPlace func(name string) bool

// KnownDivision, when set, reports whether the actor base knows name as a
// first-level division (a state, a province, an oblast) in any of its
// languages: a narrower test than KnownPlace, whose many cities include
// short names that are also people's ("Мэй"). Package places sets it.
var KnownDivision func(name string) bool

// ActorKind is what the actor base knows a name as (ActorName).
type ActorKind uint8

const (
	ActorUnknown     ActorKind = iota // the base does not know the name
	ActorNationality                  // a nationality word ("Russian", "rosyjski")
	ActorCountry                      // a state
	ActorPlace                        // a capital or seat of power standing for its state
	ActorPerson
	ActorOrg
)

// ActorName, when set, tells what the first entry the actor base has
// for name is: a nationality word, a country, a place, a person or an
// organisation. KnownLastName, when set, reports whether name (one word)
// is a person's last name or one-word name in the base, and
// KnownNationality whether any of its entries for name is a nationality
// word. Package actors sets the three (languages cannot import it: it
// asks the languages for base forms); a recogniser that finds one nil
// reads it as "unknown" (ActorUnknown, false).
var (
	ActorName        func(name string) ActorKind
	KnownLastName    func(name string) bool
	KnownNationality func(name string) bool
)
