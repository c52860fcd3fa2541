package lang

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// SpeechKind is what a word does around a quotation.
type SpeechKind uint32

// Speech kinds; a word may have several.
const (
	// SpeechVerb introduces direct or reported speech ("powiedział",
	// "said").
	SpeechVerb SpeechKind = 1 << iota
	// StanceVerb takes a partial quotation after an introducing word
	// ("wyraził wsparcie dla walczących o „…”", "called it a "…"").
	StanceVerb
	// ClauseIntro opens a reported clause ("że", "iż", "that").
	ClauseIntro
	// PrepIntro is a preposition a partial quotation may follow ("o",
	// "for").
	PrepIntro
	// Pronoun stands for a speaker named before ("on", "he").
	Pronoun
	// Title is a word of a person's office or description ("prezydent",
	// "minister", "spokesman"); a speaker phrase made only of such words
	// points to a person named before.
	Title
	// Stop ends a speaker phrase ("w", "podczas", "of", "who").
	Stop
	// Skip may stand between a speech verb and its speaker ("wówczas",
	// "also", "the").
	Skip
	// First is a first- or second-person word ("my", "nasz", "we"): a
	// sentence that has one speaks in someone's voice.
	First
	// Words names what was said ("słowa", "words"): "To słowa Bidena"
	// after a quotation gives its speaker.
	Words
	// Medium is a word for a news outlet or the press ("agencji",
	// "dziennikowi", "Reuters"-style nouns, "journalists"): the phrase it
	// heads names whom a speaker talked to, not the speaker ("powiedział
	// agencji Reutera rzecznik …"), and a quoted name after it is a title
	// ("z dziennikiem „Tagesspiegel”").
	Medium
	// Source introduces whose view a sentence gives ("zdaniem", "według"):
	// with a quotation in the sentence, the phrase after it is the
	// speaker ("Zdaniem ministra, … to „…”").
	Source
	// Leader is a title for the head of a body ("szef", "prezes",
	// "chairman"): "prezes UOKiK" and "szef UOKiK Marek Niechciał" name
	// one person.
	Leader
	// AsIntro opens a clause of saying that a comma and a quotation
	// follow ("Jak powiedział minister, „…”", "As the minister put it,
	// "…"").
	AsIntro
	// CiteVerb is a verb of citing, whose object is the speaker and its
	// subject who cites ("Agencja Reuters cytuje premier Theresę May:
	// „…”").
	CiteVerb
	// PersonEnding is a person ending written apart from its verb, as
	// NKJP's spacing has it ("powiedział em", "kupił by m"): the verb
	// before it is in the first or second person.
	PersonEnding
	// Common is a noun for a person by what they are, not who, that a
	// text may capitalise ("– mówi Czytelnik"): no name.
	Common
	// Other marks a speaker phrase as someone else than the people named
	// before ("– pomstował lider innej grupy", "– dodał inny uczestnik"):
	// it points back to no one.
	Other
	// PersonNoun is a title word that describes a person without naming
	// an office ("mężczyzna", "przedstawicielka", "official"): alone as a
	// speaker it points back to the person named before, whatever office
	// the document gives that person ("rzeczniczka Heather Nauert" … "–
	// powiedziała urzędniczka").
	PersonNoun
	// BodyNoun is a noun for an organisation by what it is ("przewoźnik",
	// "spółka", "the company"): alone as a speaker, with adjectives, it
	// points back to the organisation named before ("Ryanair …. „…” –
	// zapewnia przewoźnik").
	BodyNoun
	// DocNoun is a noun for a written statement ("komunikat", "dokument",
	// "the statement"): alone as a speaker it points back to the
	// organisation named last before, in any case ("prospekt Gazpromu. „…”
	// – głosi dokument").
	DocNoun
)

var speechKindNames = map[string]SpeechKind{
	"verb": SpeechVerb, "stance": StanceVerb, "that": ClauseIntro, "prep": PrepIntro,
	"pronoun": Pronoun, "title": Title, "stop": Stop, "skip": Skip, "first": First, "words": Words,
	"medium": Medium, "source": Source, "leader": Leader, "as": AsIntro, "cite": CiteVerb,
	"ending": PersonEnding, "other": Other, "common": Common, "person": PersonNoun, "body": BodyNoun, "document": DocNoun,
}

// SpeechLexicon is the quotation vocabulary of one language: speech and
// stance verbs (lemmas and inflected forms), the words that introduce a
// reported clause, pronouns, titles and the words that bound a speaker
// phrase. It is built by ParseSpeech and read by package quotes.
type SpeechLexicon struct {
	words  map[string]SpeechKind
	lemmas map[string]SpeechKind // the first word of each verb line
	// BareClause is true when a reported clause may go without "that"
	// (English "said his forces had “killed …”"), so a speech verb
	// governs a partial quotation anywhere after it in the sentence.
	BareClause bool
	// ProDrop is true when a verb may go without its subject (Polish
	// "Jednocześnie zapowiedział …"), so a capitalised word opening the
	// sentence before a speech verb need not be the speaker.
	ProDrop bool
	// NamedSpeaker is true when a speaker must be named: a phrase that
	// describes someone without a name or an entity ("– dodaje kolejny
	// Czytelnik z Polic", "– mówi wicedyrektorka") gives no speaker, as
	// the language's gold sets write a quotation of someone unnamed.
	NamedSpeaker bool
	// NoOneWord is true when one word in quotation marks inside a
	// sentence is never a quotation but a scare quote ("uznały, że woda
	// stała się „nieczysta”"), as the language's gold sets write it
	// (option oneword no).
	NoOneWord bool
	// LoneTurn is true when a paragraph that opens with a dash and reads
	// as a spoken sentence is a quotation though no attribution closes it
	// and no turn stands next to it, as the language's press sets dialogue
	// and its gold sets count every dash turn (option loneturn yes); where
	// a dash opens list items, it is not.
	LoneTurn bool
	// firstEnds are endings of first-person verbs ("śmy", "łem"), for
	// words the morphology has not tagged.
	firstEnds []string
	// advEnds are endings of adverbs ("дополнительно", "позднее"), for
	// words the morphology has not tagged.
	advEnds []string
	// nameEnds are case endings written after an apostrophe on a foreign
	// name ("O'Leary'ego", "Jeremy'emu"), for taking a name back to the
	// form the text gives it in the nominative.
	nameEnds []string
	// roles gives each word of a "role" line the number of its line:
	// titles that name one office ("adwokat", "mecenas").
	roles map[string]int
}

// SameRole reports whether two lower-case title words (lemmas or forms)
// name one office by the lexicon's "role" lines ("adwokat" and "mecenas").
func (x *SpeechLexicon) SameRole(a, b string) bool {
	if x == nil || a == "" || b == "" {
		return false
	}
	ra, ok := x.roles[a]
	return ok && ra == x.roles[b]
}

// AdverbEnding reports whether a lower-case word of at least six letters
// ends like an adverb of the language ("-но", "-ее" in Russian).
func (x *SpeechLexicon) AdverbEnding(w string) bool {
	if x == nil || utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, e := range x.advEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// BaseName returns a name word without a case ending written after an
// apostrophe ("O'Leary'ego" → "O'Leary"), or "" when it has none of the
// lexicon's "nameend" endings.
func (x *SpeechLexicon) BaseName(w string) string {
	if x == nil {
		return ""
	}
	for _, e := range x.nameEnds {
		for _, ap := range []string{"'", "’"} {
			if strings.HasSuffix(w, ap+e) && len(w) > len(ap+e)+1 {
				return w[:len(w)-len(ap+e)]
			}
		}
	}
	return ""
}

// FirstPersonEnding reports whether a lower-case word ends like a
// first-person verb of the language.
func (x *SpeechLexicon) FirstPersonEnding(w string) bool {
	if x == nil {
		return false
	}
	for _, e := range x.firstEnds {
		if len(w) > len(e)+1 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// Kind returns the kinds of a lower-case word form (0 when none).
func (x *SpeechLexicon) Kind(w string) SpeechKind {
	if x == nil {
		return 0
	}
	return x.words[w]
}

// KindBytes is Kind for a word held in a byte slice (no copy is made).
func (x *SpeechLexicon) KindBytes(w []byte) SpeechKind {
	if x == nil {
		return 0
	}
	return x.words[string(w)]
}

// LemmaKind returns the verb kinds of a lemma (0 when none).
func (x *SpeechLexicon) LemmaKind(lemma string) SpeechKind {
	if x == nil {
		return 0
	}
	return x.lemmas[lemma]
}

// Len returns the number of words and lemmas in the lexicon.
func (x *SpeechLexicon) Len() int { return len(x.words) + len(x.lemmas) }

// ParseSpeech reads a quotation lexicon: one entry a line, a kind, a tab,
// and one or more lower-case words separated by spaces. On a verb or stance
// line the first word is the lemma, matched against the morphology's
// lemmas only (so that an infinitive is not taken for a speech verb), and
// the rest are the forms matched in the text (so too on a cite line). Kinds: verb, stance, cite, that, prep, pronoun,
// title, stop, skip, first, words, medium, source, ending, other, common, person, body, document; "role" lists title words (lemmas and
// forms) that name one office, a line a class; "firstend" lists endings of first-person verbs,
// "advend" endings of adverbs (skipped between a speech verb and its speaker);
// "nameend" case endings written after an apostrophe on a foreign name;
// and "option<TAB>bareclause|prodrop|namedspeaker|oneword|loneturn yes|no". Blank lines and
// lines starting with # are skipped. Errors name the file and line.
func ParseSpeech(name, data string) (*SpeechLexicon, error) {
	x := &SpeechLexicon{words: map[string]SpeechKind{}, lemmas: map[string]SpeechKind{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, "\t")
		words := strings.Fields(rest)
		if !ok || kind == "" || len(words) == 0 {
			return nil, fmt.Errorf("%s:%d: want \"kind<TAB>word ...\", got %q", name, n+1, line)
		}
		if kind == "option" {
			if len(words) != 2 || (words[1] != "yes" && words[1] != "no") {
				return nil, fmt.Errorf("%s:%d: bad option %q (want \"bareclause|prodrop|namedspeaker|oneword|loneturn yes|no\")", name, n+1, rest)
			}
			switch words[0] {
			case "bareclause":
				x.BareClause = words[1] == "yes"
			case "prodrop":
				x.ProDrop = words[1] == "yes"
			case "namedspeaker":
				x.NamedSpeaker = words[1] == "yes"
			case "oneword":
				x.NoOneWord = words[1] == "no"
			case "loneturn":
				x.LoneTurn = words[1] == "yes"
			default:
				return nil, fmt.Errorf("%s:%d: unknown option %q (want bareclause, prodrop, namedspeaker, oneword or loneturn)", name, n+1, words[0])
			}
			continue
		}
		if kind == "firstend" {
			x.firstEnds = append(x.firstEnds, words...)
			continue
		}
		if kind == "nameend" {
			x.nameEnds = append(x.nameEnds, words...)
			continue
		}
		if kind == "advend" {
			x.advEnds = append(x.advEnds, words...)
			continue
		}
		if kind == "role" {
			if x.roles == nil {
				x.roles = map[string]int{}
			}
			for _, w := range words {
				if w != strings.ToLower(w) {
					return nil, fmt.Errorf("%s:%d: word %q is not lower case", name, n+1, w)
				}
				x.roles[w] = n + 1
			}
			continue
		}
		k, ok := speechKindNames[kind]
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown kind %q (want verb, stance, cite, that, prep, pronoun, title, stop, skip, first, words, medium, source, leader, as, ending, other, common, person, body, document, role, firstend, advend or nameend)", name, n+1, kind)
		}
		for i, w := range words {
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("%s:%d: word %q is not lower case", name, n+1, w)
			}
			if i == 0 && k&(SpeechVerb|StanceVerb|CiteVerb) != 0 {
				x.lemmas[w] |= k
				continue
			}
			x.words[w] |= k
		}
	}
	return x, nil
}
