package events_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/pipeline"
)

// patternVerbs is a verb dictionary written for these tests: a synonym set
// with a member of two words, a pattern tied to its verb by "_", one with
// words that must follow each other, one with a word after the verb and
// a compound subject ("%").
const patternVerbs = `&STRONG
+VERY_STRONGLY
+FIRMLY

--- ACCUSE [112] ---
ACCUSE
- &STRONG_* [1121]
- * NEW_ECONOMIC_MEASURES [1123]
- * OF BORDER [1124]
- % HAVE * [1125]
- WOULD NEVER * [1126]
- DESPITE $ * [1127]

--- FREE [066] ---
FREE
- + * FROM $ [0661]
- * (WITH +) [0662]
- * CAPTIVES + [0663]

--- CONFISCATE [1711] ---
WIRE_+TAP

--- SHOULD [101] ---
SHOULD
`

// withVerbs codes with the verb dictionary verbs alone in place of the
// English lexicon until the test ends.
func withVerbs(t *testing.T, verbs string) *pipeline.Pipeline {
	t.Helper()
	en := lang.Get("en")
	x, warnings, err := events.ExtendLexiconWith(en.Events, []events.LexiconFile{{Name: "verbs.txt", Data: []byte(verbs)}},
		events.AnalyzerLemmatizer(en.Morph), events.ExtendOptions{Alone: true})
	if err != nil || len(warnings) > 0 {
		t.Fatalf("import: %v %q", err, warnings)
	}
	old := en.Events
	en.Events = x
	t.Cleanup(func() { en.Events = old })
	return pipeline.New()
}

// codings returns the events of text as "SOURCE TARGET CAMEO", sorted.
func codings(t *testing.T, p *pipeline.Pipeline, text string) string {
	t.Helper()
	d := &doc.Document{ID: "t", Lang: "en", Format: "text", Text: text, Date: "2024-03-04"}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		c := country(e.Source) + " " + country(e.Target) + " " + e.CAMEO
		if e.Symmetric {
			c += " joint"
		}
		out = append(out, c)
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

func TestPatternSyntax(t *testing.T) {
	p := withVerbs(t, patternVerbs)
	for _, tc := range []struct{ text, want string }{
		// "_" ties the word to the verb
		{"Poland firmly accuses Russia of lying.", "POL RUS 1121"},
		{"Poland firmly and loudly accuses Russia of lying.", "POL RUS 112"},
		// a member of two words: both, in their order
		{"Poland very strongly accuses Russia of lying.", "POL RUS 1121"},
		{"Poland strongly accuses Russia of lying.", "POL RUS 112"},
		// words tied by "_" follow each other, nothing between
		{"Poland accuses Russia of new economic measures.", "POL RUS 1123"},
		{"Poland accuses Russia of new harsh economic measures.", "POL RUS 112"},
		// words after the verb in the pattern stand after it in the text,
		// with words between them allowed
		{"Poland accuses Russia of violating the border.", "POL RUS 1124"},
		{"At the border, Poland accuses Russia of lying.", "POL RUS 112"},
		// words before the verb may stand further back than its group
		{"Poland would, as many had expected, never accuse Russia of lying.", "POL RUS 1126"},
		// a marker before the verb is where the text puts the actor, also
		// in a passive; without the pattern, a passive's subject is acted on
		{"Ukraine was freed from Russia.", "RUS UKR 0661"},
		{"Ukraine was freed by Russia.", "RUS UKR 066"},
		// a pattern with no word but its participant's preposition is
		// tried before the verb alone, which codes where it fails; so is
		// one with a participant before the verb after a preposition
		// ("DESPITE $ *": none of the sentences above has one)
		{"Russia freed the prisoners with Ukraine.", "RUS UKR 0662"},
		{"Russia freed Ukraine.", "RUS UKR 066"},
		// a marker after a word of the pattern, no preposition between:
		// an actor further on, not the verb's object
		{"Russia freed captives in a deal with Ukraine.", "RUS UKR 0663"},
		// "+" marks the verb of a compound: "WIRE_+TAP" is "tap" right
		// after "wire"
		{"Poland wire tapped Russia.", "POL RUS 1711"},
		{"Poland tapped Russia.", ""},
		// a dictionary's verb codes as the head of its verb phrase, not
		// as the modal of another verb
		{"Poland should accuse Russia of lying.", "POL RUS 112"},
		// "%": the coordinated subjects act on each other, a joint act
		{"Poland and Germany have accused each other of lying.", "POL DEU 1125 joint"},
	} {
		if got := codings(t, p, tc.text); got != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestPatternSequence checks the word order the import keeps: which words
// stand before the verb, and which follow the word before them directly.
func TestPatternSequence(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		words   string
		before  int
		joined  string // per companion: "_" tied to the word before, "." not
		head    bool
	}{
		{"IN_*", "act in", 1, ".", true},
		{"IN *", "act in", 1, ".", false},
		{"* NEW_&TIE_RELATIONS", "act new economic relations", 0, ".__", false},
		{"* &TIE_TIES", "act economic ties", 0, "._", false}, // (the first member's reading)
		// an article or conjunction left out leaves a gap
		{"SO IN_AND_*_OUT_AGAIN NOW", "act so in out again now", 2, "..__.", false},
		{"* THE_NEATEST_PLACE", "act neatest place", 0, "._", false},
		{"SUGGESTED_+ * DEMAND", "act suggested demand", 1, "..", false},
		// the preposition of a participant is its slot, no companion
		{"* FOR_+ ^ RELIEF", "act relief", 0, ".", false},
	} {
		dict := "&TIE\n+ECONOMIC\n+MILITARY\n\n--- ACT [100] ---\nACT\n- " + tc.pattern + " [101]\n"
		d, err := events.ImportPETRARCH(strings.NewReader(dict), "v.txt", nil)
		if err != nil {
			t.Fatal(err)
		}
		var got *lang.EventEntry
		for i := range d.Entries {
			if d.Entries[i].CAMEO == "101" {
				got = &d.Entries[i].EventEntry
				break
			}
		}
		if got == nil || got.Sequence == nil {
			t.Errorf("%s: no pattern entry", tc.pattern)
			continue
		}
		joined := ""
		for _, j := range got.Sequence.Joined {
			if j {
				joined += "_"
			} else {
				joined += "."
			}
		}
		if w := strings.Join(got.Words, " "); w != tc.words || got.Sequence.Before != tc.before || joined != tc.joined || got.Sequence.HeadJoined != tc.head {
			t.Errorf("%s: %q before %d joined %s head %v; want %q %d %s %v", tc.pattern, w,
				got.Sequence.Before, joined, got.Sequence.HeadJoined, tc.words, tc.before, tc.joined, tc.head)
		}
	}
}

// FuzzImportVerbs: no verb dictionary crashes the import, and every
// pattern's order fits its words.
func FuzzImportVerbs(f *testing.F) {
	f.Add(patternVerbs)
	f.Add("&A\n+B_C\n\n--- X [010] ---\nX_+Y {XS}\n- % &A_*_Z $ (TO +) [011:012]\n- ^ _ * _ [x]\n")
	f.Add("--- Q ---\nQ\n- DESPITE $ * + [---]\n- * {A B} IN_ ^ + [:0]\n~ a (a b Q) SAY = a b Q\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, _ := events.ImportPETRARCHWith(strings.NewReader(in), "f.txt", nil, events.ImportOptions{AllCodes: true})
		if d == nil {
			return
		}
		for _, e := range d.Entries {
			if q := e.Sequence; q != nil && (len(q.Joined) != len(e.Words)-1 || q.Before > len(e.Words)-1 || q.Before < 0) {
				t.Fatalf("%q: order %+v for words %q", in, q, e.Words)
			}
		}
	})
}
