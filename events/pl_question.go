package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// askedAct reports whether the trigger at token ti stands in a question
// that asks whether the act happened: its sentence ends in "?" (closing
// quotation marks aside) and no question word of the cue kind question
// stands before the trigger ("Czy KK nie popiera WOŚP?", a headline
// "Władze Pakistanu zgodzą się na wyjazd Bibi?"). A question word takes
// the act for granted and asks about it ("Dlaczego SLD poparł pańską
// kandydaturę?"): that act is reported. A language whose cues name no
// question word keeps the events of its questions.
func (c *coder) askedAct(si, ti int) bool {
	d := c.d
	s := d.Sentences[si]
	last := ""
	for k := s.EndToken - 1; k >= s.FirstToken; k-- {
		f := d.Form(d.Tokens[k].Span)
		if d.Tokens[k].Kind == doc.Word || !closingQuote(f) {
			last = f
			break
		}
	}
	if !strings.HasSuffix(last, "?") || !c.hasCue(lang.CueQuestion) {
		return false
	}
	for k := s.FirstToken; k < ti; k++ {
		if c.cue(d.Tokens[k].Lemma)&lang.CueQuestion != 0 || c.cue(d.Form(d.Tokens[k].Span))&lang.CueQuestion != 0 {
			return false
		}
	}
	return true
}

// closingQuote reports whether f is a quotation mark or bracket that may
// close a sentence after its final punctuation.
func closingQuote(f string) bool {
	switch f {
	case "\"", "”", "“", "»", "«", "'", "’", ")", "]":
		return true
	}
	return false
}

// hasCue reports whether any word of the lexicon has a cue of kind k.
func (c *coder) hasCue(k lang.CueKind) bool {
	for _, v := range c.x.Cues {
		if v&k != 0 {
			return true
		}
	}
	return false
}
