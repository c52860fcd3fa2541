package actors

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// Names of a user's actor dictionaries found in the text. A user who
// brings a PETRARCH/TABARI actors file expects its names to be found
// wherever they stand, as PETRARCH finds them, also where the recognizer
// sees no name: a word of its own that begins a sentence ("Arnor signed"),
// a name the recognizer cut short or did not know. KB.Resolve adds an
// entity for each such name no entity covers.

// userName is one name of an actor a user's file added, as the Keys of
// its words.
type userName struct {
	words []string
	actor *Actor
}

// maxUserNameWords bounds the words of a name looked for in the text.
const maxUserNameWords = 8

// noteUserName indexes name of a as a user's, by its first word.
func (kb *KB) noteUserName(a *Actor, name string) {
	words := strings.Fields(Key(name))
	if len(words) == 0 || len(words) > maxUserNameWords {
		return
	}
	if kb.userNames == nil {
		kb.userNames = map[string][]userName{}
		kb.userActors = map[*Actor]bool{}
	}
	kb.userActors[a] = true
	for _, u := range kb.userNames[words[0]] {
		if u.actor == a && slicesEqual(u.words, words) {
			return
		}
	}
	kb.userNames[words[0]] = append(kb.userNames[words[0]], userName{words: words, actor: a})
	// longer names first: "Gaza City" before "Gaza"
	ns := kb.userNames[words[0]]
	sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// findUserNames adds to d an entity for each name of kb's user
// dictionaries that stands in its text and starts with a capital letter,
// the longest name at a word first. A name may take in mentions the
// recognizer found inside it ("Osgiliath" of "the Osgiliath army"), which
// are dropped, but not cut one, unless the base knows no name of the
// mention's whole text ("Evil Mordor": "Mordor"). The words of a name the
// tagger took for anything but a noun or an adjective are retagged as a
// proper noun (NNP), for the chunker. The entity's type follows the actor:
// PERSON for a person, GPE for a bare country code, else ORG. Resolve
// links it afterwards like any other.
func (kb *KB) findUserNames(d *doc.Document) {
	if len(kb.userNames) == 0 || len(d.Tokens) == 0 {
		return
	}
	type ref struct{ ent, men int } // 1 + index; 0 for none
	owner := make([]ref, len(d.Tokens))
	spans := map[ref][2]int{}
	for ei, e := range d.Entities {
		for mi, m := range e.Mentions {
			ts := tokensOf(d, m.Span)
			if len(ts) == 0 {
				continue
			}
			r := ref{ei + 1, mi + 1}
			spans[r] = [2]int{ts[0], ts[len(ts)-1] + 1}
			for _, t := range ts {
				owner[t] = r
			}
		}
	}
	keys := make([]string, len(d.Tokens))
	key := func(i int) string {
		if keys[i] == "" {
			keys[i] = Key(possessiveStem(d.Form(d.Tokens[i].Span)))
			if keys[i] == "" {
				keys[i] = "\x00"
			}
		}
		return keys[i]
	}
	// fits reports whether tokens [i, end) cut no mention and are not all
	// one mention already; a mention that holds the name and more words
	// is given up for it when the base knows no name of its whole text
	// ("Evil Mordor": "Mordor")
	fits := func(i, end int) bool {
		for t := i; t < end; t++ {
			if r := owner[t]; r.ent != 0 {
				sp := spans[r]
				if sp[0] == i && sp[1] == end {
					retagName(d, i, end)
					return false
				}
				inside := sp[0] <= i && sp[1] >= end
				if !inside && (sp[0] < i || sp[1] > end) {
					return false
				}
				if inside && len(kb.Lookup(d.Text[d.Tokens[sp[0]].Start:d.Tokens[sp[1]-1].End])) > 0 {
					return false
				}
			}
		}
		return true
	}
	drop := map[ref]bool{}
	var added []doc.Entity
	for _, s := range d.Sentences {
		for i := s.FirstToken; i < s.EndToken; i++ {
			t := &d.Tokens[i]
			if t.Kind != doc.Word {
				continue
			}
			r, _ := utf8.DecodeRuneInString(d.Form(t.Span))
			if !unicode.IsUpper(r) {
				continue
			}
			// a token's key may hold several words of a name: "Barad-dur",
			// "Dol_Amroth" are one token each
			first, _, _ := strings.Cut(key(i), " ")
			var found *userName
			end := -1
			for k, u := range kb.userNames[first] {
				if e := nameEnd(d, i, s.EndToken, u.words, key); e > i && fits(i, e) {
					found, end = &kb.userNames[first][k], e
					break
				}
			}
			if found == nil {
				continue
			}
			for k := i; k < end; k++ {
				if r := owner[k]; r.ent != 0 {
					drop[r] = true
					sp := spans[r]
					for o := sp[0]; o < sp[1]; o++ {
						owner[o] = ref{}
					}
				}
			}
			retagName(d, i, end)
			span := doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[end-1].End}
			name := possessiveStem(d.Text[span.Start:span.End])
			added = append(added, doc.Entity{Type: userNameType(found.actor),
				Name: name, Mentions: []doc.Mention{{Span: span, Lemma: name}}})
			i = end - 1
		}
	}
	if len(added) == 0 {
		return
	}
	if len(drop) > 0 {
		kept := d.Entities[:0]
		for ei, e := range d.Entities {
			ms := e.Mentions[:0:0]
			for mi, m := range e.Mentions {
				if !drop[ref{ei + 1, mi + 1}] {
					ms = append(ms, m)
				}
			}
			if len(ms) > 0 {
				e.Mentions = ms
				kept = append(kept, e)
			}
		}
		d.Entities = kept
	}
	d.Entities = append(d.Entities, added...)
	for i := range d.Entities {
		d.Entities[i].ID = "E" + strconv.Itoa(i+1)
	}
}

// nameEnd returns the end of the tokens from i (before end) whose keys
// are, word by word, the words of a name; -1 when they are not.
func nameEnd(d *doc.Document, i, end int, words []string, key func(int) string) int {
	w := 0
	for t := i; t < end; t++ {
		if d.Tokens[t].Kind != doc.Word {
			return -1
		}
		kw := strings.Fields(key(t))
		if len(kw) == 0 || w+len(kw) > len(words) || !slicesEqual(kw, words[w:w+len(kw)]) {
			return -1
		}
		if w += len(kw); w == len(words) {
			return t + 1
		}
	}
	return -1
}

// retagName makes proper nouns of the words of a user's name in tokens
// [i, end) that the tagger took for anything but a noun or an adjective:
// a name it did not know at the start of a sentence ("Ethiopia/RB"), which
// the chunker would leave out of every noun phrase.
func retagName(d *doc.Document, i, end int) {
	for k := i; k < end; k++ {
		if tk := &d.Tokens[k]; tk.Kind == doc.Word && tk.UPOS != "PROPN" && tk.UPOS != "NOUN" && tk.UPOS != "ADJ" {
			tk.UPOS, tk.XPOS = "PROPN", "NNP"
		}
	}
}

// retypeUserName gives an entity linked to an actor of a user's file the
// type that actor has when the recognizer guessed a person: a word it did
// not know ("Osgiliath") that the user's file codes as a state or a group
// is one, and a sector noun on it then names that state's body ("the
// Osgiliath government").
func (kb *KB) retypeUserName(e *doc.Entity, a *Actor) {
	if e.Type == "PERSON" && a.Kind != Person && kb.userActors[a] {
		e.Type = userNameType(a)
	}
}

// userNationality reports whether an entity the recognizer typed as a
// nationality word may link to m: a name of a user's file, which lists
// nationality words as further names of the country ("AUSTRALIA [AUS]"
// with "+AUSTRALIAN").
func (kb *KB) userNationality(typ string, m Match) bool {
	return typ == "NORP" && kb.userActors[m.Actor] && m.Actor.Kind != Person
}

// userNameType is the entity type of a name of actor a.
func userNameType(a *Actor) string {
	switch {
	case a.Kind == Person:
		return "PERSON"
	case a.Kind == Country:
		return "GPE"
	}
	for _, t := range a.Tenures {
		if t.Role != "" || len(t.Title) > 3 {
			return "ORG"
		}
	}
	return "GPE"
}

// possessiveStem takes a possessive "'s" or "’s" off a word.
func possessiveStem(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// tokensOf returns the indexes of the tokens that overlap span s.
func tokensOf(d *doc.Document, s doc.Span) []int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > s.Start })
	var out []int
	for ; i < len(d.Tokens) && d.Tokens[i].Start < s.End; i++ {
		out = append(out, i)
	}
	return out
}
