package store

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/kronika/kronika/doc"
)

// The evidence rule of merging across documents. Type, sides, date window
// and place (mergeKey, findEvent) only say that two reports could be of
// one act: the same two countries meet, talk and quarrel many times a
// year, and with a date borrowed from publication the window is a day
// wide at best. Before a report joins a stored event, the two must also
// show that they are about the same occasion (sameAct):
//
//   - a copy joins: the new document is a near-duplicate of a document
//     that reports the event, or one of its report sentences shares
//     three quarters of its words with one of the event's (the same
//     agency sentence in two articles);
//   - otherwise nothing may contradict: when both name people or
//     organisations as the act's participants, at least one is the same;
//     when both give a mode (a visit, a phone call), it is the same; when
//     both give a date of their own that the coder could not put on the
//     calendar ("on Friday", "on 13 September"), it is the same;
//   - and two things must agree: a named participant (a person's or an
//     organisation's canonical name, beyond the countries of the dyad)
//     and one more of: a similar trigger (the same first five letters of
//     its folded lemma, "spotkanie"/"spotkał"), the same own date, the
//     same city or site.
//
// When unsure, a report stays an event of its own: a missed merge leaves
// two records of one act, a false one hides an act.

// evidence is what the reports of one event say about its occasion.
type evidence struct {
	names  []string // canonical names of named participants (PERSON, ORG), sorted
	stems  []string // folded trigger lemmas cut to stemLen letters, sorted
	dates  []string // the coder's own dates that are no calendar date ("XXXX-WXX-5"), sorted
	mode   string
	geo    int // city or site of the event, 0 when none
	words  [][]string
	docs   map[int64]bool // documents that report it
	copyOf int64          // the new document's near-duplicate original, 0 when none
}

const (
	// stemLen is how many letters of two trigger lemmas must agree.
	stemLen = 5
	// copyShare is the share of the shorter sentence's words the other
	// must contain for two sentences to count as one (a copy).
	copyShare = 0.75
	// copyMin is the fewest distinct words such a sentence has.
	copyMin = 5
)

// reportEvidence gathers the evidence of a document's reports of one act.
func reportEvidence(d *doc.Document, evs []*doc.Event) evidence {
	var e evidence
	ents := map[string]*doc.Entity{}
	for i := range d.Entities {
		ents[d.Entities[i].ID] = &d.Entities[i]
	}
	for _, ev := range evs {
		for _, p := range []*doc.Participant{ev.Source, ev.Target} {
			if p == nil || p.Entity == "" {
				continue
			}
			// A person or an organisation, not a country itself (an
			// entity whose actor is its bare country code, "USA").
			if en := ents[p.Entity]; en != nil && (en.Type == "PERSON" || en.Type == "ORG") && (en.Actor == "" || en.Actor != en.Country) {
				name := en.Canonical
				if name == "" {
					name = en.Name
				}
				e.names = addSorted(e.names, name)
			}
		}
		if e.mode == "" {
			e.mode = ev.Mode
		}
		if ev.Date != "" && !calendarDate(ev.Date) {
			e.dates = addSorted(e.dates, ev.Date)
		}
		if l := ev.Location; l != nil && e.geo == 0 && (l.Precision == "city" || l.Precision == "site") {
			e.geo = l.GeonameID
		}
		ms := ev.Mentions
		if len(ms) == 0 {
			ms = []doc.EventMention{{Trigger: ev.Trigger, Sentence: ev.Sentence}}
		}
		for _, m := range ms {
			if s := triggerStem(d, m.Trigger); s != "" {
				e.stems = addSorted(e.stems, s)
			}
			if m.Sentence.End <= len(d.Text) && m.Sentence.Start < m.Sentence.End {
				e.words = append(e.words, wordSet(d.Text[m.Sentence.Start:m.Sentence.End]))
			}
		}
	}
	return e
}

// triggerStem is the folded lemma of the trigger's first word (its text
// when no token gives a lemma), cut to stemLen letters.
func triggerStem(d *doc.Document, tr doc.Span) string {
	w := ""
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > tr.Start })
	for ; i < len(d.Tokens) && d.Tokens[i].Start < tr.End; i++ {
		if t := d.Tokens[i]; t.Lemma != "" && strings.IndexFunc(t.Lemma, unicode.IsLetter) >= 0 {
			w = t.Lemma
			break
		}
	}
	if w == "" && tr.Start >= 0 && tr.End <= len(d.Text) && tr.Start < tr.End {
		if f := strings.FieldsFunc(d.Text[tr.Start:tr.End], func(r rune) bool { return !unicode.IsLetter(r) }); len(f) > 0 {
			w = f[0]
		}
	}
	return stem(w)
}

func stem(w string) string {
	r := []rune(Fold(w))
	if len(r) > stemLen {
		r = r[:stemLen]
	}
	return string(r)
}

// wordSet is the sorted distinct folded words of a sentence.
func wordSet(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out = addSorted(out, w)
	}
	return out
}

// addSorted inserts s into the sorted set xs.
func addSorted(xs []string, s string) []string {
	i := sort.SearchStrings(xs, s)
	if i < len(xs) && xs[i] == s {
		return xs
	}
	xs = append(xs, "")
	copy(xs[i+1:], xs[i:])
	xs[i] = s
	return xs
}

// overlaps reports whether two sorted sets share an element.
func overlaps(a, b []string) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// sameSentence reports whether two sentences' word sets are one sentence
// copied (with small edits): the shorter has copyMin words or more and
// copyShare of them are in the other.
func sameSentence(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < copyMin {
		return false
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) >= copyShare*float64(len(a))
}

// sameAct decides whether the new reports (n) are of the stored event's
// act (s), by the rule at the top of this file.
func sameAct(s, n evidence) bool {
	if n.copyOf != 0 && s.docs[n.copyOf] {
		return true
	}
	for _, a := range n.words {
		for _, b := range s.words {
			if sameSentence(a, b) {
				return true
			}
		}
	}
	if len(s.names) > 0 && len(n.names) > 0 && !overlaps(s.names, n.names) {
		return false
	}
	if s.mode != "" && n.mode != "" && s.mode != n.mode {
		return false
	}
	if len(s.dates) > 0 && len(n.dates) > 0 && !overlaps(s.dates, n.dates) {
		return false
	}
	if !overlaps(s.names, n.names) {
		return false
	}
	return overlaps(s.stems, n.stems) || overlaps(s.dates, n.dates) || s.geo != 0 && s.geo == n.geo
}

// joinSet and splitSet store a sorted set in one column.
func joinSet(xs []string) string { return strings.Join(xs, "|") }

func splitSet(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// union returns the sorted union of two sorted sets.
func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		out = addSorted(out, x)
	}
	return out
}

// storedEvidence reads what a stored event's reports say: the sets kept
// with the event, and the documents and sentences of its mentions (the
// first 50).
func (s *Store) storedEvidence(ctx context.Context, w *writer, id int64, e *evidence) error {
	rows, err := w.evMentions.QueryContext(ctx, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	e.docs = map[int64]bool{}
	for rows.Next() {
		var docRow int64
		var orig *int64
		var sent string
		if err := rows.Scan(&docRow, &orig, &sent); err != nil {
			return err
		}
		e.docs[docRow] = true
		if orig != nil {
			e.docs[*orig] = true
		}
		e.words = append(e.words, wordSet(sent))
	}
	return rows.Err()
}

// addEvidence adds a joining report's names, trigger stems and own dates
// to the stored event's.
func (s *Store) addEvidence(ctx context.Context, w *writer, id int64, n evidence) error {
	var names, stems, dates string
	if err := w.conn.QueryRowContext(ctx, "SELECT names, trigger_stems, own_dates FROM events WHERE id = ?", id).Scan(&names, &stems, &dates); err != nil {
		return err
	}
	nn, ns, nd := union(splitSet(names), n.names), union(splitSet(stems), n.stems), union(splitSet(dates), n.dates)
	if joinSet(nn) == names && joinSet(ns) == stems && joinSet(nd) == dates {
		return nil
	}
	_, err := w.addEvidence.ExecContext(ctx, joinSet(nn), joinSet(ns), joinSet(nd), id)
	return err
}
