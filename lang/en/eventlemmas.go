package en

import "strings"

// eventLemmas returns the head lemmas of the event trigger lexicon
// (data/events.tsv) as lines of the lemma lexicon ("lemma TAB class"):
// a verb head is a verb, a noun head a noun. The lemmatizer checks the
// stems its suffix rules propose against the lemma lexicon, so a trigger
// verb that neither PETRARCH's nor EWT's lists name would otherwise lose
// its inflected forms ("persecuted" read as "persecut", "strafed" as
// "straf") and never code; with its head listed, every regular inflection
// of every trigger reaches the coder. Heads that are not one lower-case
// word of letters (and hyphens) are left out.
func eventLemmas() string {
	data, err := files.ReadFile("data/events.tsv")
	if err != nil {
		return ""
	}
	var b strings.Builder
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 3 {
			continue
		}
		head, _, _ := strings.Cut(f[0], " ")
		if !lowerWord(head) {
			continue
		}
		switch f[1] {
		case "verb":
			b.WriteString(head + "\tV\n")
		case "noun":
			b.WriteString(head + "\tN\n")
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
