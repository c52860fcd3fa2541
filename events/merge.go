package events

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// merge turns candidates into events: repeated reports of one act in the
// document (same type, same participants, same date) become one event
// whose mentions list every sentence that reports it.
func merge(d *doc.Document, cands []*candidate) []doc.Event {
	var out []doc.Event
	var firsts []*candidate // the candidate each event of out started from
	byKey := map[string]int{}
	byType := map[string][]int{} // type → indexes in out, for looseMatch
	for _, cd := range cands {
		key := eventKey(cd)
		i, ok := byKey[key]
		if !ok {
			i, ok = looseMatch(firsts, byType[cd.entry.Type], cd)
		}
		if ok {
			ev := &out[i]
			if unresolved(ev.Date) && !unresolved(cd.date) || textDates(firsts[i], ev.Date, cd) {
				ev.Date = cd.date
			}
			// a description gives way to the name it stands for
			if p := firsts[i]; cd.source != nil && p.source != nil && named(cd.source) && !named(p.source) && !swapped(p, cd) {
				part := cd.source.part
				ev.Source, p.source = &part, cd.source
			}
			if p := firsts[i]; cd.target != nil && p.target != nil && named(cd.target) && !named(p.target) && !swapped(p, cd) {
				part := cd.target.part
				ev.Target, p.target = &part, cd.target
			}
			m := mention(d, cd)
			if slices.ContainsFunc(ev.Mentions, func(x doc.EventMention) bool { return x.Trigger == m.Trigger }) {
				continue // one trigger, two names of one party: one report
			}
			ev.Mentions = append(ev.Mentions, m)
			if cd.confidence > ev.Confidence {
				ev.Confidence = cd.confidence
			}
			// several independent reports make the act more certain
			ev.Confidence = clamp(ev.Confidence + 0.03)
			continue
		}
		byKey[key] = len(out)
		byType[cd.entry.Type] = append(byType[cd.entry.Type], len(out))
		firsts = append(firsts, cd)
		out = append(out, event(d, cd, len(out)+1))
	}
	return out
}

// looseMatch finds an earlier event that reports the act of cd with a
// participant named once and described once ("prezydent Rosji" and
// "Władimir Putin", both RUSGOV): same type, date and modality, and on
// each side the same entity, or one description with the other's actor
// code. Two named people with one code (Trump, Biden) stay two.
//
// It looks among the last looseReach events of cd's type (ofType), so that
// a document of thousands of events is merged in linear time.
func looseMatch(firsts []*candidate, ofType []int, cd *candidate) (int, bool) {
	for _, i := range ofType[max(0, len(ofType)-looseReach):] {
		p := firsts[i]
		if !sameDate(p.date, cd.date) && !articleDated(p, cd) || p.modality != cd.modality {
			continue
		}
		if !(alike(p.source, cd.source) && alike(p.target, cd.target) ||
			cd.entry.Flags&lang.Symmetric != 0 && alike(p.source, cd.target) && alike(p.target, cd.source)) &&
			!(p.sentence == cd.sentence && sameCountries(p, cd)) {
			// (one sentence telling of one kind of act between the same
			// two countries twice tells of one act: "odwiedził Kijów i
			// spotkał się z prezydentem Ukrainy")
			continue
		}
		// a description names the same party only nearby: "rosyjska
		// delegacja" ten sentences after Putin's visit is another visit
		if described(p, cd) && (cd.sentence-p.sentence > 2 || p.sentence-cd.sentence > 2) {
			continue
		}
		return i, true
	}
	return 0, false
}

// described reports whether p and cd match through a description on
// either side rather than one entity.
func described(p, cd *candidate) bool {
	byName := func(a, b *filler) bool {
		return a == nil || b == nil || a.ent != 0 && a.ent == b.ent && !a.body && !b.body
	}
	return !(byName(p.source, cd.source) && byName(p.target, cd.target) ||
		byName(p.source, cd.target) && byName(p.target, cd.source))
}

// looseReach bounds the earlier events of one type looseMatch compares.
const looseReach = 64

// sameDate reports whether two mentions may date one act: the same
// date, one of them without a resolved date (a headline, "w środę" in
// an undated text), or one within the other ("has attacked" at the
// article's month, "attacked on Monday" on a day of it: events/dates.go).
func sameDate(a, b string) bool {
	return a == b || unresolved(a) || unresolved(b) || within(a, b) || within(b, a)
}

func unresolved(date string) bool {
	return date == "" || strings.HasPrefix(date, "XXXX") || strings.HasSuffix(date, "_REF")
}

// swapped reports whether cd matched p with its parties the other way
// round (a symmetric act).
func swapped(p, cd *candidate) bool {
	return !(alike(p.source, cd.source) && alike(p.target, cd.target))
}

// sameCountries reports whether p and cd join the same two countries,
// both known, in the same order.
func sameCountries(p, cd *candidate) bool {
	if p.source == nil || cd.source == nil || p.target == nil || cd.target == nil {
		return false
	}
	a, b := p.source.part.Country, p.target.part.Country
	return a != "" && b != "" && a == cd.source.part.Country && b == cd.target.part.Country
}

func alike(a, b *filler) bool {
	switch {
	case a == nil || b == nil:
		return a == nil && b == nil
	case a.ent != 0 && b.ent != 0 && !a.body && !b.body:
		return a.ent == b.ent
	}
	return a.part.Actor != "" && a.part.Actor == b.part.Actor
}

func eventKey(cd *candidate) string {
	a, b := partKey(cd.source), partKey(cd.target)
	if cd.entry.Flags&lang.Symmetric != 0 && b < a {
		a, b = b, a
	}
	typ := cd.entry.Type
	if typ == "" {
		// an imported code without a PLOVER type (events.ImportOptions):
		// the code is the kind of act
		typ = "cameo " + cd.entry.CAMEO
	}
	return typ + "|" + a + "|" + b + "|" + cd.date + "|" + cd.modality
}

func partKey(f *filler) string {
	if f == nil {
		return "-"
	}
	if f.part.Entity != "" {
		return f.part.Entity
	}
	if f.part.Actor != "" {
		return f.part.Actor
	}
	return f.part.Country + ":" + strings.ToLower(f.part.Text)
}

func mention(d *doc.Document, cd *candidate) doc.EventMention {
	return doc.EventMention{Trigger: d.Tokens[cd.trigger].Span, Sentence: d.Sentences[cd.sentence].Span,
		Confidence: cd.confidence, Modality: cd.modality}
}

func event(d *doc.Document, cd *candidate, n int) doc.Event {
	e := cd.entry
	ev := doc.Event{
		ID: fmt.Sprintf("V%d", n), Type: e.Type, Mode: e.Mode, CAMEO: e.CAMEO,
		Context: e.Context, Quad: QuadClass(e.CAMEO), Goldstein: Goldstein(e.CAMEO),
		Date: cd.date, Modality: cd.modality, Attribution: cd.attrib,
		Trigger: d.Tokens[cd.trigger].Span, Sentence: d.Sentences[cd.sentence].Span,
		Confidence: cd.confidence, Symmetric: e.Flags&lang.Symmetric != 0,
	}
	if cd.source != nil {
		p := cd.source.part
		ev.Source = &p
	}
	if cd.target != nil {
		p := cd.target.part
		ev.Target = &p
	}
	ev.Mentions = []doc.EventMention{mention(d, cd)}
	ev.Explain = append([]string{fmt.Sprintf("lexicon line %d: %q (%s) → %s %s %s", e.Line,
		strings.Join(e.Words, " "), e.POS, e.Type, orDash(e.Mode), e.CAMEO)}, explainSlots(cd)...)
	ev.Explain = append(ev.Explain, cd.explain...)
	if cd.attrib != nil {
		ev.Explain = append(ev.Explain, fmt.Sprintf("attributed to %q", cd.attrib.Text))
	}
	ev.Explain = append(ev.Explain, fmt.Sprintf("confidence %.2f", cd.confidence))
	return ev
}

func explainSlots(cd *candidate) []string {
	var out []string
	for _, side := range []struct {
		name string
		f    *filler
	}{{"source", cd.source}, {"target", cd.target}} {
		if side.f == nil {
			out = append(out, side.name+": none")
			continue
		}
		out = append(out, fmt.Sprintf("%s %s ← %q (%s; %s %s)", side.name, side.f.slot, side.f.part.Text,
			strings.TrimSpace(side.f.how), orDash(side.f.part.Actor), orDash(side.f.part.Country)))
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// named reports whether f is an entity itself, not a description.
func named(f *filler) bool { return f.ent != 0 && !f.body }
