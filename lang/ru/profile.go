package ru

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// profile counts how a document writes each word, keyed by the word in
// lower case: capitalised inside a sentence (after a lower-case word or a
// comma: evidence of a name), capitalised at the start of a sentence, and
// in lower case (evidence of an ordinary word).
type profile struct {
	words map[string]*wordCount

	womenOnce sync.Once
	women     map[string]bool // see womensSurnames
}

type wordCount struct {
	mid, initial, lower int
}

// capital returns how often the document writes lw capitalised.
func (p *profile) capital(lw string) int {
	if c := p.words[lw]; c != nil {
		return c.mid + c.initial
	}
	return 0
}

// mid returns how often the document writes lw capitalised inside a
// sentence.
func (p *profile) mid(lw string) int {
	if c := p.words[lw]; c != nil {
		return c.mid
	}
	return 0
}

// lower returns how often the document writes lw in lower case.
func (p *profile) lower(lw string) int {
	if c := p.words[lw]; c != nil {
		return c.lower
	}
	return 0
}

func buildProfile(text string) *profile {
	p := &profile{words: map[string]*wordCount{}}
	initial := true // at the start of the text or a sentence
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch {
			case r == '.' || r == '!' || r == '?' || r == '…' || r == '\n' || r == ':' || r == '—' || r == '–':
				// Direct speech and headlines begin after a colon or a
				// dash: "заявил: «Вопросы…»".
				initial = true
			case r == ',' || r == ';' || unicode.IsDigit(r):
				initial = false
			}
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && r2 != '-' {
				break
			}
			j += n2
		}
		w := strings.TrimRight(text[i:j], "-")
		lw := strings.ToLower(w)
		c := p.words[lw]
		if c == nil {
			c = &wordCount{}
			p.words[lw] = c
		}
		switch {
		case !unicode.IsUpper(r):
			c.lower++
		case initial:
			c.initial++
		default:
			c.mid++
		}
		initial = false
		i = j
	}
	return p
}

// The profiles of the documents being processed: a few at a time, one per
// worker, so a small ring keyed by document suffices.
var profiles struct {
	sync.Mutex
	ring [16]struct {
		d    *doc.Document
		text string
		p    *profile
	}
	next int
}

// docProfile returns the profile of d, building it on first use.
func docProfile(d *doc.Document) *profile {
	profiles.Lock()
	for _, e := range profiles.ring {
		if e.d == d && e.text == d.Text {
			profiles.Unlock()
			return e.p
		}
	}
	profiles.Unlock()
	p := buildProfile(d.Text)
	profiles.Lock()
	e := &profiles.ring[profiles.next]
	e.d, e.text, e.p = d, d.Text, p
	profiles.next = (profiles.next + 1) % len(profiles.ring)
	profiles.Unlock()
	return p
}
