package eval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kronika/kronika/conllu"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

// SegScores says how well the segmenter reproduces the sentences and the
// surface tokens of a treebank.
type SegScores struct {
	Documents int `json:"documents"`
	// Sentences scores sentence ends: a predicted end matches when a gold
	// sentence ends at the same offset. Ends that fall on a paragraph or
	// document end are given, not predicted, and are left out.
	Sentences PRF `json:"sentences"`
	// Tokens scores surface tokens: a predicted token matches when its span
	// equals the span of a gold surface token (a multi-word token counts
	// once, as its surface form).
	Tokens PRF `json:"tokens"`
}

// Add adds the counts of o to s.
func (s *SegScores) Add(o SegScores) {
	s.Documents += o.Documents
	s.Sentences.Add(o.Sentences)
	s.Tokens.Add(o.Tokens)
}

// SegEvaluate rebuilds the raw text of treebank sentences and scores the
// segmenter on it. Sentences are joined by a space into one paragraph;
// "# newpar" starts a new paragraph and "# newdoc" a new document. A
// sentence's text is its "# text" comment or, without one, its surface
// forms joined as their SpaceAfter says.
func SegEvaluate(sents []*conllu.Sentence, l *lang.Language) SegScores {
	s, _ := segEvaluate(sents, l, 0)
	return s
}

// segDiff is one disagreement with the gold standard, for tuning: what
// the segmenter did wrong and the text around it, with "|" at the offset.
type segDiff struct {
	Kind    string // "missed end", "spurious end", "missed token", "spurious token"
	Form    string
	Context string
}

// segGold is the text of one document built from treebank sentences and
// the gold spans over it.
type segGold struct {
	text   strings.Builder
	blocks []doc.Block
	ends   []int      // sentence ends
	toks   []doc.Span // surface tokens
	para   int        // start of the current paragraph, -1 before it starts
}

func (g *segGold) closePara() {
	if g.para >= 0 {
		g.blocks = append(g.blocks, doc.Block{Span: doc.Span{Start: g.para, End: g.text.Len()}, Kind: doc.Paragraph})
		g.para = -1
	}
}

// add appends one sentence to the document.
func (g *segGold) add(s *conllu.Sentence, newPar bool) {
	if newPar {
		g.closePara()
	}
	if g.para < 0 {
		if g.text.Len() > 0 {
			g.text.WriteString("\n\n")
		}
		g.para = g.text.Len()
	} else {
		g.text.WriteByte(' ')
	}
	forms, spaces := segSurface(s)
	text := strings.TrimSpace(s.Text())
	if text == "" {
		var b strings.Builder
		for i, f := range forms {
			b.WriteString(f)
			if spaces[i] && i+1 < len(forms) {
				b.WriteByte(' ')
			}
		}
		text = b.String()
	}
	base := g.text.Len()
	g.text.WriteString(text)
	pos, last := 0, -1
	for _, f := range forms {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		at := pos
		if !strings.HasPrefix(text[pos:], f) {
			i := strings.Index(text[pos:], f)
			if i < 0 {
				continue // a form that is not in the text cannot be matched
			}
			at = pos + i
		}
		pos = at + len(f)
		g.toks = append(g.toks, doc.Span{Start: base + at, End: base + pos})
		last = base + pos
	}
	if last < 0 {
		last = base + len(text)
	}
	g.ends = append(g.ends, last)
}

// segSurface returns the surface forms of a sentence (a multi-word token
// as one form) and whether white space follows each.
func segSurface(s *conllu.Sentence) (forms []string, spaces []bool) {
	ri := 0
	for i := 0; i < len(s.Tokens); i++ {
		for ri < len(s.Ranges) && s.Ranges[ri].First < i {
			ri++
		}
		if ri < len(s.Ranges) && s.Ranges[ri].First == i {
			r := s.Ranges[ri]
			forms = append(forms, r.Form)
			spaces = append(spaces, conllu.Token{Misc: r.Misc}.SpaceAfter())
			i = r.Last
			continue
		}
		forms = append(forms, s.Tokens[i].Form)
		spaces = append(spaces, s.Tokens[i].SpaceAfter())
	}
	return forms, spaces
}

// segEvaluate scores the segmenter and collects up to maxDiffs
// disagreements.
func segEvaluate(sents []*conllu.Sentence, l *lang.Language, maxDiffs int) (SegScores, []segDiff) {
	var (
		total SegScores
		diffs []segDiff
	)
	g := &segGold{para: -1}
	flush := func() {
		g.closePara()
		if g.text.Len() > 0 {
			s, dd := segScore(g, l, maxDiffs-len(diffs))
			total.Add(s)
			diffs = append(diffs, dd...)
		}
		g = &segGold{para: -1}
	}
	for _, s := range sents {
		newDoc, newPar := false, false
		for _, c := range s.Comments {
			switch {
			case strings.HasPrefix(c, "newdoc"):
				newDoc = true
			case strings.HasPrefix(c, "newpar"):
				newPar = true
			}
		}
		if newDoc {
			flush()
		}
		g.add(s, newPar)
	}
	flush()
	return total, diffs
}

// segScore segments one rebuilt document and compares it with the gold.
func segScore(g *segGold, l *lang.Language, maxDiffs int) (SegScores, []segDiff) {
	d := &doc.Document{Text: g.text.String(), Blocks: g.blocks}
	if l != nil {
		d.Lang = l.Code
	}
	segment.Segment(d, l)
	s := SegScores{Documents: 1}
	var diffs []segDiff
	note := func(kind string, sp doc.Span) {
		if len(diffs) < maxDiffs {
			diffs = append(diffs, segDiff{Kind: kind, Form: d.Text[sp.Start:sp.End], Context: segContext(d.Text, sp.Start, sp.End)})
		}
	}

	blockEnd := map[int]bool{}
	for _, b := range g.blocks {
		blockEnd[b.End] = true
	}
	var pred []int
	for _, st := range d.Sentences {
		if !blockEnd[st.Span.End] {
			pred = append(pred, st.Span.End)
		}
	}
	var gold []int
	for _, e := range g.ends {
		if !blockEnd[e] {
			gold = append(gold, e)
		}
	}
	sort.Ints(gold)
	for i, j := 0, 0; i < len(gold) || j < len(pred); {
		switch {
		case j == len(pred) || (i < len(gold) && gold[i] < pred[j]):
			note("missed end", doc.Span{Start: gold[i], End: gold[i]})
			i++
		case i == len(gold) || pred[j] < gold[i]:
			note("spurious end", doc.Span{Start: pred[j], End: pred[j]})
			j++
		default:
			s.Sentences.MatchedPred++
			s.Sentences.MatchedGold++
			i++
			j++
		}
	}
	s.Sentences.Pred, s.Sentences.Gold = len(pred), len(gold)

	toks := d.Tokens
	for i, j := 0, 0; i < len(g.toks) || j < len(toks); {
		switch {
		case j == len(toks) || (i < len(g.toks) && g.toks[i].Start < toks[j].Start):
			note("missed token", g.toks[i])
			i++
		case i == len(g.toks) || toks[j].Start < g.toks[i].Start:
			note("spurious token", toks[j].Span)
			j++
		case g.toks[i] == toks[j].Span:
			s.Tokens.MatchedPred++
			s.Tokens.MatchedGold++
			i++
			j++
		default: // same start, different end
			note("missed token", g.toks[i])
			note("spurious token", toks[j].Span)
			i++
			j++
		}
	}
	s.Tokens.Pred, s.Tokens.Gold = len(toks), len(g.toks)
	return s, diffs
}

// segContext returns up to 40 bytes of text either side of [a, b) with the
// span bracketed, on rune boundaries and on one line.
func segContext(text string, a, b int) string {
	lo, hi := max(0, a-40), min(len(text), b+40)
	for lo > 0 && lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(text) && text[hi]&0xC0 == 0x80 {
		hi++
	}
	c := text[lo:a] + "[" + text[a:b] + "]" + text[b:hi]
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, c)
}
