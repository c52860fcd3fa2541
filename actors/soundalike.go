package actors

import (
	"strings"
	"sync"
	"unicode"
)

// A foreign person's name written in Cyrillic is a transcription of the
// sounds, not of the letters: "Хайко Мас" is Heiko Maas, "Салман Тазир"
// Salmaan Taseer, "Ричард Гренель" Richard Grenell; the Key of the one is
// not that of the other. soundKey reduces both to the consonants a
// transcription keeps, and Resolve links an unknown person named in
// Cyrillic by two words or more to the one person of the base whose name
// in Latin letters has the same consonants.

// soundKey returns the consonant skeleton of a name's Key: letters that
// transcriptions render alike made one ("kh", "h" and "g" → h: Russian
// writes German and English h as х or г; "th" → t, "ph" → f, "q" and "c"
// before a consonant or a, o, u → k, "z" → s, "w" → v, "x" → ks), vowels
// and y dropped, a letter doubled written once. Words left empty are
// dropped.
func soundKey(name string) string {
	var words []string
	for _, w := range strings.Fields(Key(name)) {
		var b strings.Builder
		var last rune
		rs := []rune(w)
		for i := 0; i < len(rs); i++ {
			r := rs[i]
			next := rune(0)
			if i+1 < len(rs) {
				next = rs[i+1]
			}
			switch {
			case r == 'k' && next == 'h', r == 't' && next == 'h', r == 'p' && next == 'h':
				i++
				r = map[rune]rune{'k': 'h', 't': 't', 'p': 'f'}[r]
			case r == 'c' && next == 'h':
				i++
				r = 'C' // ch, as in Charles and Чарльз
			case r == 'c' && (next == 'k' || next == 'a' || next == 'o' || next == 'u' || next == 0 || !unicode.IsLetter(next) || !strings.ContainsRune("aeiouy", next)):
				r = 'k'
			case r == 'c':
				r = 's'
			case r == 'g':
				r = 'h'
			case r == 'q':
				r = 'k'
			case r == 'z':
				r = 's'
			case r == 'w':
				r = 'v'
			}
			if strings.ContainsRune("aeiouy'", r) || !unicode.IsLetter(r) {
				continue
			}
			if r == 'x' {
				b.WriteString("ks")
				last = 's'
				continue
			}
			if r != last {
				b.WriteRune(r)
			}
			last = r
		}
		if b.Len() > 0 {
			words = append(words, b.String())
		}
	}
	return strings.Join(words, " ")
}

// soundIndex is KB.sounds: emptied whenever a name is indexed.
type soundIndex struct {
	mu sync.Mutex
	m  map[string][]*Actor
}

// soundAlike returns the one person of the base whose name of two words
// or more in Latin letters has the sound key of name, a name of two words
// or more in Cyrillic; nil when none or several do, or when the key is too
// short to tell names apart (fewer than four consonants).
func (kb *KB) soundAlike(name string) *Actor {
	if !hasCyrillic(name) || len(strings.Fields(name)) < 2 {
		return nil
	}
	k := soundKey(name)
	if len(strings.Fields(k)) < 2 || len(strings.ReplaceAll(k, " ", "")) < 4 {
		return nil
	}
	as := kb.soundNames()[k]
	if len(as) != 1 {
		return nil
	}
	return as[0]
}

// soundNames returns kb.sounds, building it when needed.
func (kb *KB) soundNames() map[string][]*Actor {
	s := &kb.sounds
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m != nil {
		return s.m
	}
	s.m = map[string][]*Actor{}
	for _, a := range kb.Actors {
		if a.Kind != Person {
			continue
		}
		for _, n := range append([]string{a.Canonical}, a.Aliases...) {
			if hasCyrillic(n) || len(strings.Fields(n)) < 2 {
				continue
			}
			k := soundKey(n)
			if k == "" || len(s.m[k]) > 0 && s.m[k][len(s.m[k])-1] == a {
				continue
			}
			s.m[k] = append(s.m[k], a)
		}
	}
	return s.m
}
