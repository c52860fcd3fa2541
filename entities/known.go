package entities

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// knownNames adds the one-word names the recognizer missed that the actor
// base knows as a state or an organisation: a capitalised word of three
// letters or more inside a sentence (or first in it when the dictionary
// reads it as a proper noun: there any word is capitalised), outside any
// name, between words that are not capitalised but for the sentence's
// first (so not part of a longer name), whose form, base form or, when
// the dictionary reads it as a proper noun, lemma names a country ("dla
// Polski", lemma "Polska" → GPE), a capital ("odwiedził Pretorię") or an
// organisation ("Gazprom zapowiada" → ORG) of the base. People are left out: a capitalised word alone is a
// last name of many. The result is in text order.
func knownNames(d *doc.Document, l *lang.Language, ms []mention, content [][2]int, covered []bool, cache map[string]lemmaOf) []mention {
	kb := actors.Default()
	typeOf := map[string]string{} // by form and lemma: a document repeats its names
	// The base forms of the names found so far: a word that starts a
	// sentence and is read as a common noun ("Kanada": "kanada") is still
	// the name when the document names it elsewhere ("rząd Kanady").
	named := map[string]bool{}
	for _, m := range ms {
		named[m.lemma] = true
	}
	added := false
	var initials []int // sentence-initial words read as common nouns
	try := func(i int, form string) {
		t := d.Tokens[i]
		key := form + "\x00" + t.Lemma
		typ, ok := typeOf[key]
		if !ok {
			typ = knownType(kb.Lookup(form))
			if r, _ := utf8.DecodeRuneInString(t.Lemma); typ == "" && unicode.IsUpper(r) {
				// The dictionary's base form of a proper noun:
				// "Polsce" → "Polska".
				typ = knownType(kb.Lookup(t.Lemma))
			}
			typeOf[key] = typ
		}
		if typ == "" {
			return
		}
		m := newMention(d, l, d.Tokens[i:i+1], typ, cache)
		m.tok = i
		ms = append(ms, m)
		named[m.lemma] = true
		covered[i] = true
		added = true
	}
	for _, c := range content {
		for i := c[0]; i < c[1]; i++ {
			first := i == c[0]
			if covered[i] || !capitalised(d, i) || !first && capitalised(d, i-1) && i-1 != c[0] || i+1 < c[1] && (capitalised(d, i+1) || number(d, i+1)) {
				continue
			}
			t := d.Tokens[i]
			form := d.Text[t.Start:t.End]
			if utf8.RuneCountInString(form) < 3 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(t.Lemma); first && !unicode.IsUpper(r) {
				initials = append(initials, i) // any word starts a sentence with a capital
				continue
			}
			try(i, form)
		}
	}
	for _, i := range initials {
		if form := d.Form(d.Tokens[i].Span); named[form] && !covered[i] {
			try(i, form)
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	}
	return ms
}

// knownType is the type of a name by what the base finds for it: GPE for
// a country, ORG for an organisation, "" for anything else or nothing.
func knownType(found []actors.Match) string {
	typ := ""
	for _, m := range found {
		switch {
		case m.Adjective:
		case m.Actor.Kind == actors.Country, m.Actor.Kind == actors.Place && m.Actor.Capital():
			return "GPE"
		case m.Actor.Kind == actors.Org && typ == "":
			typ = "ORG"
		}
	}
	return typ
}

// joinPlaces makes one mention of a place's name that the recognizer cut
// short or in two, when the whole is a name of a place the base knows and
// the part is not a name of that place: the word after a place's name,
// capitalised or a noun ("Kursk region", "Zaporizhzhia Oblast"), or the place's name right
// after it ("Nadrenii" + "Północnej-Westfalii"). The result is in text
// order.
func joinPlaces(d *doc.Document, l *lang.Language, ms []mention, content [][2]int, covered []bool, cache map[string]lemmaOf) []mention {
	kb := actors.Default()
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		if m.typ != "GPE" && m.typ != "LOC" {
			continue
		}
		end := m.tok
		for end < len(d.Tokens) && d.Tokens[end].Start < m.span.End {
			end++
		}
		if end >= len(d.Tokens) || !sameSentence(content, m.tok, end) || d.Tokens[end].Start-m.span.End > 1 {
			continue
		}
		next := -1 // the mention that starts at token end, if any
		last := end
		switch {
		case k+1 < len(ms) && ms[k+1].tok == end && (ms[k+1].typ == "GPE" || ms[k+1].typ == "LOC" || ms[k+1].typ == "ORG"):
			next = k + 1
			for last+1 < len(d.Tokens) && d.Tokens[last+1].Start < ms[next].span.End {
				last++
			}
		case !covered[end] && d.Tokens[end].Kind == doc.Word && (capitalised(d, end) || d.Tokens[end].UPOS == "NOUN"):
			// A word in lower case is a noun ("region"), not an
			// adjective of another phrase ("do Europy północną
			// trasą").
		default:
			continue
		}
		whole := newMention(d, l, d.Tokens[m.tok:last+1], "GPE", cache)
		a := onePlace(kb.Lookup(whole.lemma))
		if a == nil {
			a = onePlace(kb.Lookup(whole.form))
		}
		if a == nil || onePlace(kb.Lookup(m.lemma)) == a {
			continue
		}
		whole.tok = m.tok
		*m = whole
		for i := end; i <= last; i++ {
			covered[i] = true
		}
		if next >= 0 {
			ms = append(ms[:next], ms[next+1:]...)
		}
	}
	return ms
}

// onePlace is the place (not a state) that a lookup finds, when it finds
// one and nothing else.
func onePlace(found []actors.Match) *actors.Actor {
	if len(found) != 1 || found[0].Adjective || found[0].Actor.Kind != actors.Place {
		return nil
	}
	return found[0].Actor
}

// statePairs reads a word that joins by hyphens nationality words or
// names of states (actors.KB.Compound), where the recognizer found no
// name or read the word alone as one name ("US-China" as a person's,
// "USA-Rosja" as an organisation's): nationality words make one
// nationality mention (NORP: "polsko-niemieckie", "Russian-Ukrainian",
// "российско-украинские"), names a mention of each state ("USA" and
// "Rosja" in "USA-Rosja"). The result is in text order.
func statePairs(d *doc.Document, l *lang.Language, ms []mention, content [][2]int, covered []bool, cache map[string]lemmaOf) []mention {
	kb := actors.Default()
	at := map[int]int{} // the one-token mentions, by token
	for k, m := range ms {
		if m.tok >= 0 && m.tok < len(d.Tokens) && d.Tokens[m.tok].Start == m.span.Start && d.Tokens[m.tok].End == m.span.End {
			at[m.tok] = k
		}
	}
	added := false
	for _, c := range content {
		for i := c[0]; i < c[1]; i++ {
			t := d.Tokens[i]
			if t.Kind != doc.Word || t.End-t.Start < 5 {
				continue
			}
			form := d.Text[t.Start:t.End]
			if strings.IndexByte(form, '-') <= 0 {
				continue
			}
			k, named := at[i]
			if covered[i] && !named || named && ms[k].typ == "NORP" {
				continue
			}
			first, _, _ := strings.Cut(form, "-")
			if !kb.StatePart(first, l.Code) {
				continue
			}
			m := newMention(d, l, d.Tokens[i:i+1], "NORP", cache)
			m.tok = i
			states, names := kb.CompoundOf(form, l.Code)
			for _, x := range []string{t.Lemma, m.lemma} {
				if states == nil && x != "" {
					states, names = kb.CompoundOf(x, l.Code)
				}
			}
			if states == nil {
				continue
			}
			covered[i] = true
			added = true
			if named {
				ms = append(ms[:k], ms[k+1:]...)
				for j, n := range at {
					if n > k {
						at[j] = n - 1
					}
				}
			}
			if !names {
				ms = append(ms, m)
				continue
			}
			// "USA-Rosja", "US-China": a mention of each state.
			lemmas := strings.Split(m.lemma, "-")
			if len(lemmas) != len(states) {
				lemmas = strings.Split(form, "-")
			}
			start := t.Start
			for j, part := range strings.Split(form, "-") {
				p := mention{span: doc.Span{Start: start, End: start + len(part)}, typ: "GPE", lemma: lemmas[j], sure: true, form: part, tok: i}
				p.words = strings.Fields(strings.ToLower(p.lemma))
				ms = append(ms, p)
				start += len(part) + 1
			}
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	}
	return ms
}

// lowerPlaceHeads are the first words of the names of places of a state
// in the base that are written all in lower case and have several words
// ("obwód" of "obwód kurski", "kraj" of "kraj środkowoczeski").
var lowerPlaceHeads = sync.OnceValue(func() map[string]bool {
	heads := map[string]bool{}
	for _, a := range actors.Default().Actors {
		if a.Kind != actors.Place || len(a.Tenures) == 0 || a.Tenures[0].Country == "" {
			continue // regions of no state are no division ("the Balkans")
		}
		for _, n := range a.Aliases {
			first, rest, ok := strings.Cut(n, " ")
			if ok && rest != "" && n == strings.ToLower(n) {
				heads[first] = true
			}
		}
	}
	return heads
})

// lowerPlaces adds the names of places written in lower case that the
// recognizer leaves out: two words outside any name, the first of whose
// base forms begins such a name of a place of the base (lowerPlaceHeads)
// and whose base forms together are that name ("w obwodzie kurskim":
// "obwód kurski", Kursk Oblast). The result is in text order.
func lowerPlaces(d *doc.Document, ms []mention, content [][2]int, covered []bool) []mention {
	heads := lowerPlaceHeads()
	kb := actors.Default()
	added := false
	for _, c := range content {
		for i := c[0]; i+1 < c[1]; i++ {
			t, n := d.Tokens[i], d.Tokens[i+1]
			if covered[i] || covered[i+1] || t.Kind != doc.Word || n.Kind != doc.Word || !heads[strings.ToLower(t.Lemma)] || n.Lemma == "" {
				continue
			}
			name := strings.ToLower(t.Lemma) + " " + strings.ToLower(n.Lemma)
			if onePlace(kb.Lookup(name)) == nil {
				continue
			}
			m := mention{span: doc.Span{Start: t.Start, End: n.End}, typ: "GPE", lemma: name, sure: true, tok: i}
			m.form = d.Text[m.span.Start:m.span.End]
			m.words = strings.Fields(name)
			ms = append(ms, m)
			covered[i], covered[i+1] = true, true
			added = true
			i++
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	}
	return ms
}
