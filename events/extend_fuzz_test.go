package events_test

import (
	"slices"
	"testing"

	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/lang"
	_ "github.com/kronika/kronika/lang/en"
)

// FuzzExtendLexicon: no file a user gives with --events (a .tsv lexicon
// or a PETRARCH verb dictionary, read by ExtendLexiconWith) crashes the
// reading, and every entry of the lexicon made is found under its head
// word, the base's fallback dictionary kept.
func FuzzExtendLexicon(f *testing.F) {
	f.Add(true, "woo\tverb\tAGREE\t-\t030\t-\tsubj\tobj\t-\n")
	f.Add(true, "# comment\n\nwoo\tverb\tAGREE\t-\t030\t-\tsubj\tobj\t-\nwoo\tverb\tAGREE\t-\t030\t-\tsubj\tobj\t-\n")
	f.Add(false, "--- PUMMEL [190] ---\nPUMMEL\n- * $ [190]\n")
	f.Add(false, "&A\n+B_C\n\n--- X [010] ---\nX_+Y {XS}\n- % &A_*_Z $ (TO +) [011:012]\n")
	base := lang.Get("en").Events
	f.Fuzz(func(t *testing.T, tsv bool, data string) {
		name := "user.txt"
		if tsv {
			name = "user.tsv"
		}
		files := []events.LexiconFile{{Name: name, Data: []byte(data)}}
		x, _, err := events.ExtendLexiconWith(base, files, nil, events.ExtendOptions{})
		if err != nil {
			return
		}
		for i, e := range x.Entries {
			if len(e.Words) == 0 {
				t.Fatalf("%q: entry %d has no words", data, i)
			}
			if !slices.Contains(x.Triggers(e.Words[0]), i) {
				t.Fatalf("%q: entry %d (%q) not under its head", data, i, e.Words)
			}
		}
		if len(x.Fallback) != len(base.Fallback) {
			t.Fatalf("%q: fallback dictionary lost", data)
		}
	})
}
