package api

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span marks text [Start, End) in code points of a document.
type span struct {
	Start, End int
	Class      string
	Href       string // a link, or ""
	Title      string // a tooltip, or ""
	prio       int    // lower wins an overlap
}

// segment is a run of text, marked or not, as the templates write it
// (html/template escapes Text).
type segment struct {
	Text  string
	Class string
	Href  string
	Title string
	Inner []segment // marks inside a marked run (the parts of an evidence sentence)
}

// markText cuts text, which starts at code point base of its document,
// into segments: spans overlapping an earlier accepted one (by priority,
// then position) are dropped.
func markText(text string, base int, spans []span) []segment {
	runes := []rune(text)
	n := len(runes)
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].prio != spans[j].prio {
			return spans[i].prio < spans[j].prio
		}
		return spans[i].Start < spans[j].Start
	})
	taken := make([]bool, n)
	var kept []span
	for _, sp := range spans {
		s, e := sp.Start-base, sp.End-base
		if s < 0 || e > n || s >= e {
			continue
		}
		free := true
		for i := s; i < e; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := s; i < e; i++ {
			taken[i] = true
		}
		sp.Start, sp.End = s, e
		kept = append(kept, sp)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	var out []segment
	at := 0
	for _, sp := range kept {
		if sp.Start > at {
			out = append(out, segment{Text: string(runes[at:sp.Start])})
		}
		out = append(out, segment{Text: string(runes[sp.Start:sp.End]), Class: sp.Class, Href: sp.Href, Title: sp.Title})
		at = sp.End
	}
	if at < n {
		out = append(out, segment{Text: string(runes[at:])})
	}
	return out
}

// findWords returns the code-point spans of each occurrence of words in
// text (starting at base) that stands as whole words.
func findWords(text string, base int, words string) [][2]int {
	var out [][2]int
	if strings.TrimSpace(words) == "" {
		return nil
	}
	// Case-insensitive when lower-casing keeps the byte offsets (it does
	// for Polish, English and Russian letters).
	if lt, lw := strings.ToLower(text), strings.ToLower(words); len(lt) == len(text) && len(lw) == len(words) {
		text, words = lt, lw
	}
	from := 0
	for {
		i := strings.Index(text[from:], words)
		if i < 0 {
			return out
		}
		i += from
		j := i + len(words)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[j:])
		if (i == 0 || !isWordRune(before)) && (j == len(text) || !isWordRune(after)) {
			s := base + utf8.RuneCountInString(text[:i])
			out = append(out, [2]int{s, s + utf8.RuneCountInString(words)})
		}
		from = j
		if len(out) > 1000 {
			return out
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// around returns up to n code points of runes before s and after e, cut
// at white space.
func around(runes []rune, s, e, n int) (before, after string) {
	a := max(0, s-n)
	if a > 0 {
		for a < s && !unicode.IsSpace(runes[a-1]) {
			a++
		}
	}
	b := min(len(runes), e+n)
	if b < len(runes) {
		for b > e && !unicode.IsSpace(runes[b]) {
			b--
		}
	}
	return string(runes[a:s]), string(runes[e:b])
}

// nest wraps the runs of segs (which cover a text from its start) that
// fall inside each outer span in one segment of the span's class, with
// the runs as its Inner segments; a run crossing a span's edge is cut
// there. Outer spans count code points from the text's start (not its
// document's); overlapping ones after the first are dropped.
func nest(segs []segment, outer []span) []segment {
	if len(outer) == 0 {
		return segs
	}
	sort.SliceStable(outer, func(i, j int) bool { return outer[i].Start < outer[j].Start })
	kept := outer[:0:0]
	end := -1
	for _, o := range outer {
		if o.Start >= end && o.Start < o.End {
			kept = append(kept, o)
			end = o.End
		}
	}
	var out []segment
	var cur *segment // the open outer segment
	k, at := 0, 0
	emit := func(s segment) {
		if cur != nil {
			cur.Inner = append(cur.Inner, s)
		} else {
			out = append(out, s)
		}
	}
	for _, sg := range segs {
		r := []rune(sg.Text)
		for len(r) > 0 {
			for cur == nil && k < len(kept) && kept[k].End <= at {
				k++ // a span before the text
			}
			// the next boundary: the open span's end, or the next span's start
			next := at + len(r)
			if cur != nil {
				next = min(next, kept[k].End)
			} else if k < len(kept) && kept[k].Start > at {
				next = min(next, kept[k].Start)
			}
			if cur == nil && k < len(kept) && kept[k].Start <= at {
				o := kept[k]
				out = append(out, segment{Class: o.Class, Title: o.Title, Href: o.Href})
				cur = &out[len(out)-1]
				continue
			}
			part := sg
			part.Text = string(r[:next-at])
			emit(part)
			r = r[next-at:]
			at = next
			if cur != nil && at >= kept[k].End {
				cur, k = nil, k+1
			}
		}
	}
	return out
}
