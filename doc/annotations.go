package doc

// Entity is a named thing with all its mentions in one document.
type Entity struct {
	ID        string // "E1", "E2", ... within the document
	Type      string // PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT
	Name      string // base form in the document's language
	Canonical string // English name used across languages; "" when unknown
	Actor     string // actor code, e.g. "RUSGOV"; "" when unknown
	Country   string // ISO 3166-1 alpha-3 or group code; "" when unknown
	Mentions  []Mention
	// Place fields: set for a GPE or LOC entity the gazetteer resolved
	// (package places); Located says they are.
	Located   bool
	Lat, Lon  float64
	GeonameID int    // 0 when the place has none (a country, a region)
	Admin1    string // first-level division's name, "" when none
	Feature   string // GeoNames feature code: PCLI, ADM1, RGN, PPL, PPLC, ...
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Span
	Lemma string // base form of the mention's own words
}

// Participant is the source or target of an event.
type Participant struct {
	Entity  string // Entity.ID, "" when the participant is not a named entity
	Actor   string
	Country string
	Text    string
}

// Event is one coded act: who did what to whom, when, with its evidence.
type Event struct {
	ID          string
	Type        string // PLOVER 2.0 type
	Mode        string // PLOVER mode, "" when none
	CAMEO       string
	Context     []string
	Quad        int
	Goldstein   float64
	Source      *Participant
	Target      *Participant
	Symmetric   bool // a joint act: source and target could be read either way
	Date        string
	Modality    string // asserted, negated, future, hypothetical, historical
	Attribution *Participant
	Trigger     Span
	Sentence    Span
	Confidence  float64
	// Mentions are every sentence of the document that reports this act,
	// the first (whose trigger and sentence are the event's) included.
	Mentions []EventMention
	// Location is where the act happened, from its own sentence; nil
	// when the sentence names no place (package places).
	Location *Location
	// Explain is the coder's trace: the lexicon entry, the slots and the
	// words that filled them, the modality and date evidence. It is
	// written only when asked for (Document.Explain).
	Explain []string
}

// Location is the place of an event: the words that name it, the place
// they resolve to and how precise it is.
type Location struct {
	Span             // the place as written, with its preposition ("w Pjongjangu")
	Name      string // canonical name of the place
	Country   string // ISO 3166-1 alpha-3
	Admin1    string // first-level division's name, "" when none
	Lat, Lon  float64
	GeonameID int    // 0 when none
	Precision string // country, admin1, city or site
}

// EventMention is one report of an event in its document.
type EventMention struct {
	Trigger    Span
	Sentence   Span
	Confidence float64
	Modality   string
}

// Speaker is who a quotation is attributed to.
type Speaker struct {
	Entity string // Entity.ID or ""
	Text   string // the words naming the speaker in the text
}

// Quote is a quotation with its speaker.
type Quote struct {
	Span
	Speaker Speaker
	Verb    string // speech verb, "" when none
}

// Time is a time expression with its resolved TIMEX3-style value.
type Time struct {
	Span
	Value string
	// Type is the TIMEX3 type: DATE (a point or period of the calendar,
	// including ranges written "2000/2001") or DURATION ("PT2H").
	Type string
	// Precision is the finest calendar unit Value names: century, decade,
	// year, season, quarter, month, week or day; "" for durations and for
	// PAST_REF, PRESENT_REF, FUTURE_REF.
	Precision string
	// Mod is the TIMEX3 modifier: APPROX ("około"), START, MID, END,
	// MORE_THAN, LESS_THAN, EQUAL_OR_MORE; "" when none.
	Mod string
}
