package events

import (
	"fmt"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// merge turns candidates into events: repeated reports of one act in the
// document (same type, same participants, same date) become one event
// whose mentions list every sentence that reports it.
func merge(d *doc.Document, cands []*candidate) []doc.Event {
	var out []doc.Event
	byKey := map[string]int{}
	for _, cd := range cands {
		key := eventKey(cd)
		if i, ok := byKey[key]; ok {
			ev := &out[i]
			ev.Mentions = append(ev.Mentions, mention(d, cd))
			if cd.confidence > ev.Confidence {
				ev.Confidence = cd.confidence
			}
			// several independent reports make the act more certain
			ev.Confidence = clamp(ev.Confidence + 0.03)
			continue
		}
		byKey[key] = len(out)
		out = append(out, event(d, cd, len(out)+1))
	}
	return out
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
