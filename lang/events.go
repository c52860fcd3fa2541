package lang

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// EventLexicon is what package events knows of one language: the trigger
// words with their frames (data/events.tsv) and the words around them that
// change an event's modality or say who reports it (data/event-cues.tsv).
// Both formats are described at the top of the files.
type EventLexicon struct {
	Entries []EventEntry

	// Subject and Object are the slots a verb's subject and direct object
	// fill in this language ("nom" and "acc" in Polish, "subj" and "obj" in
	// English); Agent is the slot of the agent of a passive ("przez+acc",
	// "by"). A passive verb's frame is read with the subject in the object's
	// place and the agent in the subject's.
	Subject, Object, Agent Slot

	// Side is the slot of a complex preposition that names the doer of the
	// act noun before it as an agent phrase does ("ataki ze strony Rosji":
	// "ze strony+gen"); empty in a language without one.
	Side Slot

	// Rules names the event coder's rules this language turns on ("rule"
	// lines of the cues file; RuleNames lists them), each drawn from and
	// checked on its news only.
	Rules map[string]bool

	// Cues maps a lower-case lemma to the kinds of cue it is (see
	// CueKind and the header of data/event-cues.tsv).
	Cues map[string]CueKind

	// Sectors maps a lemma of a noun that names a kind of actor
	// ("delegacja", "urzędnik", "army") to its sector code (GOV, MIL, ...).
	Sectors map[string]string

	// AdjSectors maps a lemma of an adjective that says which kind of
	// body a thing belongs to ("rządowy projekt" is the government's) to
	// that body's sector code.
	AdjSectors map[string]string

	// Actors maps a lemma of a common noun that names one actor wherever
	// it stands ("papież" is the Holy See) to its actor code.
	Actors map[string]string

	// Fallback is a verb dictionary in the PETRARCH/TABARI format
	// (PETRARCH2's CAMEO.2.0.txt) that the event coder tries on the lead
	// sentence of an article (the first of its first paragraph) when this
	// lexicon codes no event there; nil for none. FallbackName names it in
	// errors. The coder imports it on first use (events/fallback.go).
	Fallback     []byte
	FallbackName string

	byHead map[string][]int
}

// EventEntry is one trigger of the lexicon: a head lemma, the companion
// lemmas that must stand in the same clause ("podpisać porozumienie",
// "call on"), the event it codes and its frame.
type EventEntry struct {
	Line    int      // line in the file, for --explain and errors
	Words   []string // lemmas, the head first
	POS     string   // "verb" or "noun": which tokens the head matches
	Type    string   // PLOVER type
	Mode    string   // PLOVER mode, "" when none
	CAMEO   string
	Context []string
	Source  []Slot // alternatives, the most likely first
	Target  []Slot // alternatives; empty when the event has no target
	Flags   EntryFlags
	// Sequence, set for a pattern imported from a PETRARCH/TABARI verb
	// dictionary, is the order of its words (events/petrarch.go); nil for
	// Kronika's own entries, whose companions may stand anywhere near.
	Sequence *Sequence
}

// Sequence is the word order of a pattern: the first Before companions
// (Words[1:]) stand before the head in that order, the others after it in
// that order. Joined[k] says that companion k follows the word before it
// in the pattern (the head for the first companion after it) with no word
// between; HeadJoined that the head follows the last companion before it
// so.
type Sequence struct {
	Before     int
	Joined     []bool
	HeadJoined bool
}

// EntryFlags modify how an entry is coded.
type EntryFlags uint8

const (
	// Symmetric: a joint act; the two participants may be coordinated in
	// one phrase ("Rosja i Korea podpisały") or stand in either slot.
	Symmetric EntryFlags = 1 << iota
	// NoTarget: the event may stand without a target. The coder honours
	// it for PLOVER's targetless types only (PROTEST, MOBILIZE); elsewhere
	// it documents that the text often names no target.
	NoTarget
	// Weak: the trigger also has meanings that are not events; events from
	// it get a lower confidence.
	Weak
	// Negative: the entry names the act its negation tells ("nie pozwolą
	// jej opuścić kraju" restricts her movement); it matches a negated
	// trigger only, and the act is asserted.
	Negative
)

// Slot says where a participant stands relative to the trigger. A Polish
// slot is a case with an optional preposition ("acc", "z+inst"); an English
// one a position ("subj", "obj") or a preposition ("with"); "poss" is a
// possessive before a noun ("Putin's visit"), "adj" a nationality adjective
// on the trigger noun ("amerykańskie sankcje", "US sanctions"); "after" any
// noun phrase after the trigger in its clause, with or without a
// preposition, the nearest first (PETRARCH's default target: the first
// actor of the verb phrase); "before" the subject as it stands before the
// verb, also of a passive (a PETRARCH pattern's "+ *" or "$ *").
type Slot struct {
	Prep string // lemma of the governing preposition, "" for none
	Case string // nom, gen, dat, acc, inst, loc; "" for any
	Pos  string // subj, obj, poss, adj; "" for a case slot
}

func (s Slot) String() string {
	switch {
	case s.Pos != "":
		return s.Pos
	case s.Prep != "" && s.Case != "":
		return s.Prep + "+" + s.Case
	case s.Prep != "":
		return s.Prep
	}
	return s.Case
}

// CueKind is a set of cue kinds.
type CueKind uint64

// The cue kinds of data/event-cues.tsv.
const (
	CueNegation     CueKind = 1 << iota // "nie", "not", "never"
	CueFuture                           // "planować", "zamierzać", "will", "plan"
	CueHypothetical                     // "gdyby", "może", "could", "if"
	CueReport                           // verbs whose subject reports the act: "podać", "report"
	CueAccording                        // prepositions of a source: "według", "according"
	CueHistorical                       // "wcześniej", "dawniej", "formerly"
	CueBetween                          // prepositions joining the two parties of a joint act: "między", "between"
	CueGenitive                         // prepositions that mark a genitive: "of"
	CueThen                             // words that point back to a time named before: "wtedy", "then"
	CueAnaphor                          // pronouns that point back to a participant named before: "on", "he"
	CueLocative                         // prepositions of place that tie a body to its country: "rządy w Mińsku", "officials in Kyiv"
	CueCopula                           // verbs that link a subject to what it is ("być", "be"): no act of the noun after them
	CueRelative                         // relative pronouns that stand for the phrase before them: "który", "who"
	CueRole                             // nouns of a person of the body in their genitive: "prezes Gazpromu", "head of"
	CueControl                          // conjunctions of a clause whose subject a request's addressee is: "apelował do X, by", "żeby"
	CueComitative                       // words before "z"/"with" that make its phrase a co-agent: "wraz z", "together with"
	CueConsent                          // verbs of consent whose negation is a refusal: "nie zgodził się" is REJECT
	CueRefusal                          // words that refuse the act after them, negating it: "odmówił podpisania" is REJECT
	CueQuantity                         // nouns that count the people of the genitive after them: "setki demonstrantów", "thousands of"
	CueTopic                            // prepositions that make the noun after them a topic, not an act: "mówił o współpracy"
	CueNews                             // verbs and nouns of news, whose topic is an act reported: "komunikat o wizycie"
	CueQuestion                         // question words that take the act for granted: "dlaczego", "gdzie", "why"
	CueWorkplace                        // nouns of a workplace whose strike or protest is its workers': "kopalnia strajkuje"
	CueOrigin                           // prepositions that with the genitive say where people come from: "związkowcy z Portugalii"
	CueSeat                             // participles that say where an organisation sits, alone or after a place and a hyphen: "based", "Copenhagen-based"
	CueAddressee                        // prepositions of a person spoken or written to: "sent a letter to X", "spoke with X"
	CueObjectPerson                     // pronouns of a person as an object, who may be one addressed before them: "him", "her"
	CueCause                            // prepositions and nouns of a prepositional phrase that make the noun after them a cause of the clause's act, not an act of its subject: "z powodu strajku", "wskutek ataku"
	CueCompanion                        // prepositions that by themselves make their phrase a co-agent of the subject: "fought alongside Uganda"
	CueCountryRef                       // nouns that stand for the country named last before them: "the country's leader"
	CuePortfolio                        // words between an office and the field it is for, whose noun is no owner of the office: "sekretarz ds. energii USA"
	CueWilling                          // words of readiness before an infinitive: the act is its subject's stated willingness ("ready to lift the ban", "prepared to withdraw")
	CueReluctant                        // verbs of reluctance whose negation before an infinitive affirms the act: "will not hesitate to shut off"
	CueObligation                       // modal words of obligation before an infinitive: the act is owed, not done ("musi wycofać", "powinien pomóc", "należy nałożyć")
	CuePossessive                       // possessive pronouns of a third party before an object: "rejected its offer" answers another's offer
	CueOwn                              // words that make a possessive the subject's own: "its own offer"
	CueConduct                          // nouns of a person's conduct or stance, whose person follows in the genitive: "skrytykował decyzję Kwaśniewskiego"
	CueDeliberate                       // verbs of weighing an act of one's own: "is considering sanctions against X" threatens them
	CueThisAct                          // pronouns that point back to the act told before as a verb's object: "nie zgodziły się na to"
	CueProxy                            // nouns of a person who speaks for a party, and the prepositions that name that party after them: "a spokesman for the ministry" is the ministry's
	CueHeadcount                        // nouns of number that alone, in the plural, count people: "thousands protested", "dozens were arrested"
	CueDecree                           // verbs of deciding, ordering or announcing whose subject does the act their object noun names: "zarządził aresztowanie X", "zdecydował o wydaleniu X"
	CuePurpose                          // words of aim, and the words that link them to the act after them, that make that act the aim of another: "in an effort to pressure", "aimed at boosting"
)

// RuleNames are the optional rules of the event coder a language may turn
// on with a "rule" line of its cues file:
//   - supportintent: a diplomatic act still to come ("is looking to reset
//     relations", "is seeking to finalize a deal") is the intent, AGREE 032;
//   - showofforce: a weapons test with no target is aimed at the country
//     the source's other acts in the article clearly involve most;
//   - possiblethreat: a harmful act its own source says it could do, or
//     weighs, against a named target is the threat, THREATEN;
//   - proposalfor: an offer or proposal "for" another party "to" act is a
//     request to it, REQUEST 100;
//   - meetingtocome: a meeting or visit still to come ("is due to meet",
//     "will convene a meeting with") is the meeting, CONSULT with future
//     modality, not the intent to meet (AGREE 036) it is otherwise coded as.
var RuleNames = []string{"supportintent", "showofforce", "possiblethreat", "proposalfor", "meetingtocome"}

var cueKinds = map[string]CueKind{
	"negation": CueNegation, "future": CueFuture, "hypothetical": CueHypothetical,
	"report": CueReport, "according": CueAccording, "historical": CueHistorical,
	"between": CueBetween, "genitive": CueGenitive, "then": CueThen, "anaphor": CueAnaphor, "locative": CueLocative, "copula": CueCopula, "relative": CueRelative, "role": CueRole, "control": CueControl, "comitative": CueComitative,
	"consent": CueConsent, "refusal": CueRefusal, "workplace": CueWorkplace,
	"quantity": CueQuantity, "topic": CueTopic, "news": CueNews, "question": CueQuestion, "origin": CueOrigin,
	"seat": CueSeat, "addressee": CueAddressee, "objectperson": CueObjectPerson, "cause": CueCause,
	"companion": CueCompanion, "countryref": CueCountryRef, "portfolio": CuePortfolio,
	"willing": CueWilling, "obligation": CueObligation, "reluctant": CueReluctant,
	"possessive": CuePossessive, "own": CueOwn, "conduct": CueConduct, "deliberate": CueDeliberate,
	"demonstrative": CueThisAct, "proxy": CueProxy, "headcount": CueHeadcount, "decree": CueDecree,
	"purpose": CuePurpose,
}

// cueKindNames returns the names of the cue kinds in the order of their
// bits (the order they are declared in), for error messages.
func cueKindNames() []string {
	names := make([]string, 0, len(cueKinds))
	for n := range cueKinds {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return cueKinds[names[i]] < cueKinds[names[j]] })
	return names
}

var slotCases = map[string]bool{"nom": true, "gen": true, "dat": true, "acc": true, "inst": true, "loc": true}

// slotPositions are the slots named by position; "reporter" is the subject
// of the reporting verb ("report" cues) of the trigger's sentence: "X said
// Y must withdraw" is X's request to Y.
var slotPositions = map[string]bool{"subj": true, "obj": true, "poss": true, "adj": true, "after": true, "reporter": true, "before": true}

// PloverTypes are the 16 event types of PLOVER 2.0.
var PloverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
	"RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
	"MOBILIZE", "COERCE", "ASSAULT"}

// PloverModes are the modes an entry of each PLOVER type may carry: those
// of the PLOVER 2.0 codebook (PLOVER_structured_codebook_updated.csv) and
// those PLOVER's CAMEO conversion table gives its codes (CAMEO2PLOVER,
// events/cameo2plover.tsv: "ease", "martial-law", "political",
// "pro_autocracy", ASSAULT's "seize"), so that a dictionary converted
// from CAMEO reads back. A misspelt mode is an error, not a new mode.
var PloverModes = map[string][]string{
	"AGREE":     nil,
	"CONSULT":   {"visit", "third-party", "multilateral", "phone"},
	"SUPPORT":   nil,
	"CONCEDE":   nil,
	"COOPERATE": nil,
	"AID":       nil,
	"RETREAT":   {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign", "ease"},
	"REQUEST":   {"assist", "change", "yield", "meet"},
	"ACCUSE":    {"disapprove", "investigate", "allege"},
	"REJECT":    {"assist", "change", "yield", "meet"},
	"THREATEN":  {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence", "political"},
	"PROTEST":   {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
	"SANCTION":  {"convict", "expel", "withdraw", "discontinue"},
	"MOBILIZE":  {"troops", "weapons", "police", "militia"},
	"COERCE": {"seize", "restrict", "ban", "censor", "curfew", "arrest", "deport", "withhold",
		"misinformation", "cyber", "martial-law"},
	"ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
		"firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
		"cleansing", "massacre", "unconventional", "pro_autocracy", "seize"},
}

// ParseSlot reads one slot ("acc", "z+inst", "with", "subj").
func ParseSlot(s string) (Slot, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Slot{}, fmt.Errorf("empty slot")
	}
	if slotPositions[s] {
		return Slot{Pos: s}, nil
	}
	if slotCases[s] {
		return Slot{Case: s}, nil
	}
	if prep, c, ok := strings.Cut(s, "+"); ok {
		if prep == "" || !slotCases[c] {
			return Slot{}, fmt.Errorf("bad slot %q: want PREP+CASE with a case of nom, gen, dat, acc, inst, loc", s)
		}
		return Slot{Prep: prep, Case: c}, nil
	}
	if strings.ContainsAny(s, " \t|,") || strings.ToLower(s) != s {
		return Slot{}, fmt.Errorf("bad slot %q", s)
	}
	return Slot{Prep: s}, nil
}

func parseSlots(s string) ([]Slot, error) {
	if s == "-" {
		return nil, nil
	}
	var out []Slot
	for _, part := range strings.Split(s, "|") {
		sl, err := ParseSlot(part)
		if err != nil {
			return nil, err
		}
		out = append(out, sl)
	}
	return out, nil
}

// ParseEvents reads a trigger lexicon (name is used in errors) and, when
// cuesName is not empty, its cue file.
func ParseEvents(name, data, cuesName, cues string) (*EventLexicon, error) {
	x := &EventLexicon{Cues: map[string]CueKind{}, Sectors: map[string]string{}, Actors: map[string]string{}, byHead: map[string][]int{}}
	seen := map[string]int{}
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseEntry(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
		e.Line = i + 1
		key := strings.Join(e.Words, " ") + "\t" + e.POS + "\t" + e.Type + "\t" + e.CAMEO
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("%s:%d: the same trigger and code as line %d", name, i+1, prev)
		}
		seen[key] = i + 1
		x.byHead[e.Words[0]] = append(x.byHead[e.Words[0]], len(x.Entries))
		x.Entries = append(x.Entries, e)
	}
	if len(x.Entries) == 0 {
		return nil, fmt.Errorf("%s: no entries", name)
	}
	x.sortHeads()
	if cuesName != "" {
		if err := x.parseCues(cuesName, cues); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// sortHeads puts the entries of each head with more words first:
// "podpisać porozumienie" before "podpisać".
func (x *EventLexicon) sortHeads() {
	for _, idx := range x.byHead {
		sort.SliceStable(idx, func(a, b int) bool {
			return len(x.Entries[idx[a]].Words) > len(x.Entries[idx[b]].Words)
		})
	}
}

// NewEventLexicon makes a lexicon of entries built by a program (an
// imported dictionary) rather than read from a file: they are indexed as
// they are, without the checks of ParseEvents, so an entry may carry a
// code that has no PLOVER type (Type ""). Each entry needs a head word;
// those without one are left out. Cues, sectors and the subject, object
// and agent slots are left for the caller to set.
func NewEventLexicon(entries []EventEntry) *EventLexicon {
	x := &EventLexicon{Cues: map[string]CueKind{}, Sectors: map[string]string{}, byHead: map[string][]int{}}
	for _, e := range entries {
		if len(e.Words) == 0 {
			continue
		}
		x.byHead[e.Words[0]] = append(x.byHead[e.Words[0]], len(x.Entries))
		x.Entries = append(x.Entries, e)
	}
	x.sortHeads()
	return x
}

func parseEntry(line string) (EventEntry, error) {
	f := strings.Split(line, "\t")
	if len(f) != 9 {
		return EventEntry{}, fmt.Errorf("%d fields, want 9: trigger, pos, type, mode, cameo, context, source, target, flags", len(f))
	}
	var e EventEntry
	e.Words = strings.Fields(f[0])
	if len(e.Words) == 0 {
		return e, fmt.Errorf("empty trigger")
	}
	e.POS = f[1]
	if e.POS != "verb" && e.POS != "noun" {
		return e, fmt.Errorf("pos %q, want verb or noun", e.POS)
	}
	e.Type = f[2]
	if !slices.Contains(PloverTypes, e.Type) {
		return e, fmt.Errorf("unknown PLOVER type %q", e.Type)
	}
	if f[3] != "-" {
		e.Mode = f[3]
		if !slices.Contains(PloverModes[e.Type], e.Mode) {
			if len(PloverModes[e.Type]) == 0 {
				return e, fmt.Errorf("mode %q: PLOVER's %s has no modes, want -", e.Mode, e.Type)
			}
			return e, fmt.Errorf("mode %q is not one of %s's: %s, or -", e.Mode, e.Type, strings.Join(PloverModes[e.Type], ", "))
		}
	}
	e.CAMEO = f[4]
	if _, err := strconv.Atoi(e.CAMEO); err != nil || len(e.CAMEO) < 2 || len(e.CAMEO) > 4 {
		return e, fmt.Errorf("bad CAMEO code %q", e.CAMEO)
	}
	if f[5] != "-" {
		e.Context = strings.Split(f[5], ",")
	}
	var err error
	if e.Source, err = parseSlots(f[6]); err != nil {
		return e, fmt.Errorf("source: %v", err)
	}
	if len(e.Source) == 0 {
		return e, fmt.Errorf("source: an event needs a source slot")
	}
	if e.Target, err = parseSlots(f[7]); err != nil {
		return e, fmt.Errorf("target: %v", err)
	}
	if f[8] != "-" {
		for _, fl := range strings.Split(f[8], ",") {
			switch fl {
			case "sym":
				e.Flags |= Symmetric
			case "notarget":
				e.Flags |= NoTarget
			case "weak":
				e.Flags |= Weak
			case "neg":
				e.Flags |= Negative
			default:
				return e, fmt.Errorf("unknown flag %q (sym, notarget, weak, neg)", fl)
			}
		}
	}
	if len(e.Target) == 0 {
		e.Flags |= NoTarget
	}
	return e, nil
}

func (x *EventLexicon) parseCues(name, data string) error {
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, i+1, fmt.Sprintf(format, a...))
		}
		switch {
		case f[0] == "rule" && len(f) == 2:
			for _, w := range strings.Fields(f[1]) {
				if !slices.Contains(RuleNames, w) {
					return bad("unknown rule %q (%s)", w, strings.Join(RuleNames, ", "))
				}
				if x.Rules == nil {
					x.Rules = map[string]bool{}
				}
				x.Rules[w] = true
			}
		case f[0] == "option" && len(f) == 3:
			sl, err := ParseSlot(f[2])
			if err != nil {
				return bad("%v", err)
			}
			switch f[1] {
			case "subject":
				x.Subject = sl
			case "object":
				x.Object = sl
			case "agent":
				x.Agent = sl
			case "side":
				x.Side = sl
			default:
				return bad("unknown option %q (subject, object, agent, side)", f[1])
			}
		case f[0] == "sector" && len(f) == 3:
			if len(f[2]) != 3 || strings.ToUpper(f[2]) != f[2] {
				return bad("sector %q: want a three-letter code such as GOV, MIL", f[2])
			}
			for _, w := range strings.Fields(f[1]) {
				x.Sectors[strings.ToLower(w)] = f[2]
			}
		case f[0] == "sectoradj" && len(f) == 3:
			if len(f[2]) != 3 || strings.ToUpper(f[2]) != f[2] {
				return bad("sectoradj %q: want a three-letter code such as GOV, LEG", f[2])
			}
			if x.AdjSectors == nil {
				x.AdjSectors = map[string]string{}
			}
			for _, w := range strings.Fields(f[1]) {
				x.AdjSectors[strings.ToLower(w)] = f[2]
			}
		case f[0] == "actor" && len(f) == 3:
			if len(f[2]) < 3 || strings.ToUpper(f[2]) != f[2] {
				return bad("actor %q: want an actor code such as VATREL (country, then sector)", f[2])
			}
			for _, w := range strings.Fields(f[1]) {
				x.Actors[strings.ToLower(w)] = f[2]
			}
		case len(f) == 2 && cueKinds[f[0]] != 0:
			for _, w := range strings.Fields(f[1]) {
				x.Cues[strings.ToLower(w)] |= cueKinds[f[0]]
			}
		default:
			return bad("want option NAME SLOT, sector WORDS CODE, actor WORDS CODE or KIND WORDS with KIND one of %s", strings.Join(cueKindNames(), ", "))
		}
	}
	if x.Subject == (Slot{}) || x.Object == (Slot{}) || x.Agent == (Slot{}) {
		return fmt.Errorf("%s: options subject, object and agent are required", name)
	}
	return nil
}

// Triggers returns the indexes in Entries of the entries whose head is
// lemma, those with more words first.
func (x *EventLexicon) Triggers(lemma string) []int { return x.byHead[lemma] }
