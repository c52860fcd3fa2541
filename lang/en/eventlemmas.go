package en

import (
	"strings"
	"sync/atomic"

	"github.com/kronika/kronika/lang"
)

// triggers is the trigger lexicon as lang.Load parsed it from
// data/events.tsv, before withGerunds adds the gerunds (which are no
// lemmas of the lemma lexicon): the first New, the package's init, sets
// it before anything reads the lemma lexicon.
var triggers atomic.Pointer[lang.EventLexicon]

// eventLemmas returns the head lemmas of the event trigger lexicon
// (data/events.tsv) as lines of the lemma lexicon ("lemma TAB class", and
// "lemma TAB class TAB forms" for spelling variants). The lemmatizer
// checks the stems its suffix rules propose against the lemma lexicon, so
// a trigger verb that neither PETRARCH's nor EWT's lists name would
// otherwise lose its inflected forms ("persecuted" read as "persecut",
// "strafed" as "straf") and never code; with its head listed, every
// regular inflection of every trigger reaches the coder.
//
// Spelling variants of a head come back to it as listed forms, so one
// entry and its companions serve both spellings: the British -ise of an
// -ize verb ("demilitarised", "legalising") and -isation of an -ization
// noun, and the hyphenated spelling of a noun the lexicon also lists
// joined ("cease-fire" → "ceasefire", as VOA writes it: "agreed to a
// cease-fire" finds "agree ceasefire"). A variant that is itself a head
// keeps its own entries. Heads that are not one lower-case word of
// letters (and hyphens) are left out.
//
// The heads come from the lexicon New parsed (triggers), in the file's
// order, not from a second reading of the file.
func eventLemmas() string {
	x := triggers.Load()
	if x == nil {
		return ""
	}
	heads := map[string]string{} // head → "V", "N" or "VN"
	var order []string
	for i := range x.Entries {
		e := &x.Entries[i]
		head := e.Words[0]
		if !lowerWord(head) {
			continue
		}
		class := "N"
		if e.POS == "verb" {
			class = "V"
		}
		k, seen := heads[head]
		if !seen {
			order = append(order, head)
		}
		if !strings.Contains(k, class) {
			heads[head] = k + class
		}
	}
	var b strings.Builder
	for _, h := range order {
		b.WriteString(h + "\t" + heads[h] + "\n")
	}
	for _, h := range order {
		k := heads[h]
		if strings.Contains(k, "V") {
			if stem, ok := strings.CutSuffix(h, "ize"); ok && len(stem) >= 3 {
				if brit := stem + "ise"; heads[brit] == "" {
					b.WriteString(h + "\tV\t" + brit + " " + brit + "d " + stem + "ising " + brit + "s\n")
				}
			}
		}
		if strings.Contains(k, "N") {
			if stem, ok := strings.CutSuffix(h, "ization"); ok && len(stem) >= 3 {
				if brit := stem + "isation"; heads[brit] == "" {
					b.WriteString(h + "\tN\t" + brit + " " + brit + "s\n")
				}
			}
			if joined := strings.ReplaceAll(h, "-", ""); joined != h && strings.Contains(heads[joined], "N") {
				b.WriteString(joined + "\tN\t" + h + " " + h + "s\n")
			}
		}
	}
	return b.String()
}

// lowerWord reports whether s is a word of lower-case ASCII letters and
// inner hyphens.
func lowerWord(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < 'a' || s[i] > 'z') && s[i] != '-' {
			return false
		}
	}
	return true
}
