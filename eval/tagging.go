package eval

import (
	"fmt"
	"strings"

	"github.com/kronika/kronika/conllu"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/gzipfile"
	"github.com/kronika/kronika/lang"
)

// TagScores holds the accuracy of a morphological analyzer against gold
// CoNLL-U with gold tokenization: the share of syntactic words whose
// column matches exactly. Case counts only words whose gold FEATS have a
// Case.
type TagScores struct {
	Words     int
	Lemma     int // exact, letter case included
	LemmaFold int // letter case ignored
	UPOS      int
	XPOS      int
	Feats     int
	UPOSFeats int // UPOS and FEATS both right (UD's "UFeats" with UPOS)
	CaseWords int
	Case      int
	// LemmaByUPOS counts, for each gold UPOS, the words and the right
	// lemmas among them ([words, right]).
	LemmaByUPOS map[string][2]int `json:",omitempty"`
}

// Add accumulates o into s.
func (s *TagScores) Add(o TagScores) {
	s.Words += o.Words
	s.Lemma += o.Lemma
	s.LemmaFold += o.LemmaFold
	s.UPOS += o.UPOS
	s.XPOS += o.XPOS
	s.Feats += o.Feats
	s.UPOSFeats += o.UPOSFeats
	s.CaseWords += o.CaseWords
	s.Case += o.Case
	for u, c := range o.LemmaByUPOS {
		s.addLemmaUPOS(u, c[0], c[1])
	}
}

func (s *TagScores) addLemmaUPOS(upos string, words, right int) {
	if s.LemmaByUPOS == nil {
		s.LemmaByUPOS = map[string][2]int{}
	}
	c := s.LemmaByUPOS[upos]
	s.LemmaByUPOS[upos] = [2]int{c[0] + words, c[1] + right}
}

// LemmaAccUPOS is the lemma accuracy in percent over the words whose gold
// UPOS is upos.
func (s TagScores) LemmaAccUPOS(upos string) float64 {
	c := s.LemmaByUPOS[upos]
	return pct(c[1], c[0])
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// LemmaAcc and the other methods return percentages.
func (s TagScores) LemmaAcc() float64 { return pct(s.Lemma, s.Words) }

// UPOSAcc is the UPOS accuracy in percent.
func (s TagScores) UPOSAcc() float64 { return pct(s.UPOS, s.Words) }

// XPOSAcc is the XPOS accuracy in percent.
func (s TagScores) XPOSAcc() float64 { return pct(s.XPOS, s.Words) }

// FeatsAcc is the FEATS accuracy in percent.
func (s TagScores) FeatsAcc() float64 { return pct(s.Feats, s.Words) }

// CaseAcc is the accuracy of the Case feature in percent.
func (s TagScores) CaseAcc() float64 { return pct(s.Case, s.CaseWords) }

func (s TagScores) String() string {
	out := fmt.Sprintf("words %d  lemma %.2f (case-folded %.2f)  UPOS %.2f  XPOS %.2f  FEATS %.2f  UPOS+FEATS %.2f  Case %.2f",
		s.Words, s.LemmaAcc(), pct(s.LemmaFold, s.Words), s.UPOSAcc(), s.XPOSAcc(), s.FeatsAcc(),
		pct(s.UPOSFeats, s.Words), s.CaseAcc())
	if len(s.LemmaByUPOS) > 0 {
		out += "\n  lemma by gold UPOS:"
		for _, u := range lemmaUPOSOrder {
			if c := s.LemmaByUPOS[u]; c[0] > 0 {
				out += fmt.Sprintf("  %s %.2f", u, pct(c[1], c[0]))
			}
		}
	}
	return out
}

// lemmaUPOSOrder lists the parts of speech whose lemma accuracy String
// shows, the open classes first.
var lemmaUPOSOrder = []string{"NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX", "PRON", "DET", "NUM"}

// TagDocument builds a one-sentence document from the gold tokens of s: the
// forms joined by single spaces, none where the gold says SpaceAfter=No or
// inside a multi-word token ("miałem" = "miał" + "em").
func TagDocument(s *conllu.Sentence) *doc.Document {
	joined := make([]bool, len(s.Tokens))
	for _, r := range s.Ranges {
		for i := r.First; i < r.Last && i < len(joined); i++ {
			joined[i] = true
		}
	}
	var b strings.Builder
	d := &doc.Document{Tokens: make([]doc.Token, len(s.Tokens))}
	for i, t := range s.Tokens {
		start := b.Len()
		b.WriteString(t.Form)
		space := t.SpaceAfter() && !joined[i]
		d.Tokens[i] = doc.Token{Span: doc.Span{Start: start, End: b.Len()}, SpaceAfter: space}
		if space && i < len(s.Tokens)-1 {
			b.WriteByte(' ')
		}
	}
	d.Text = b.String()
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, FirstToken: 0, EndToken: len(d.Tokens)}}
	return d
}

// nkjp1Tagset reports whether the gold XPOS follow the first NKJP tagset
// (UD Polish LFG: particles "qub", no collectivity of nouns and numerals,
// no ":pt" of pluralia tantum) rather than the one of UD Polish PDB that
// Kronika writes.
func nkjp1Tagset(sents []*conllu.Sentence) bool {
	for _, sent := range sents {
		for _, t := range sent.Tokens {
			if t.XPOS == "qub" {
				return true
			}
		}
	}
	return false
}

// toNKJP1 rewrites a PDB-style XPOS in the first NKJP tagset.
func toNKJP1(x string) string {
	if x == "part" {
		return "qub"
	}
	if strings.HasPrefix(x, "adjp:") {
		return "adjp" // the first tagset gives "po polsku" no case
	}
	for _, suf := range []string{":ncol", ":col", ":pt"} {
		x = strings.TrimSuffix(x, suf)
	}
	return x
}

// TagEvaluate runs a over the gold tokens of every sentence and compares
// lemma, UPOS, XPOS and FEATS with the gold columns. Where the gold XPOS
// follow the first NKJP tagset (UD Polish LFG), the predicted ones are
// rewritten in it before the comparison (see toNKJP1); FEATS are compared
// as they are.
func TagEvaluate(sents []*conllu.Sentence, a lang.Analyzer) TagScores {
	var s TagScores
	nkjp1 := nkjp1Tagset(sents)
	for _, sent := range sents {
		d := TagDocument(sent)
		a.Analyze(d, d.Tokens)
		for i, g := range sent.Tokens {
			p := d.Tokens[i]
			s.Words++
			lemma := p.Lemma == g.Lemma
			if lemma {
				s.Lemma++
			}
			s.addLemmaUPOS(g.UPOS, 1, b2i(lemma))
			if strings.EqualFold(p.Lemma, g.Lemma) {
				s.LemmaFold++
			}
			if p.UPOS == g.UPOS {
				s.UPOS++
			}
			px := p.XPOS
			if nkjp1 {
				px = toNKJP1(px)
			}
			if px == g.XPOS {
				s.XPOS++
			}
			gf := g.Feats
			if gf == "_" {
				gf = ""
			}
			if p.Feats == gf {
				s.Feats++
				if p.UPOS == g.UPOS {
					s.UPOSFeats++
				}
			}
			if gc := featValue(gf, "Case"); gc != "" {
				s.CaseWords++
				if featValue(p.Feats, "Case") == gc {
					s.Case++
				}
			}
		}
	}
	return s
}

// TagDiffs returns up to max words that a gets wrong in the given column
// ("lemma", "upos", "xpos" or "feats"), as "form: got → want" lines, for
// error analysis.
func TagDiffs(sents []*conllu.Sentence, a lang.Analyzer, column string, max int) []string {
	var out []string
	for _, sent := range sents {
		d := TagDocument(sent)
		a.Analyze(d, d.Tokens)
		for i, g := range sent.Tokens {
			p := d.Tokens[i]
			var got, want string
			switch column {
			case "lemma":
				got, want = p.Lemma, g.Lemma
			case "upos":
				got, want = p.UPOS, g.UPOS
			case "xpos":
				got, want = p.XPOS, g.XPOS
			default:
				got, want = p.Feats, strings.TrimPrefix(g.Feats, "_")
			}
			if got != want {
				out = append(out, fmt.Sprintf("%s: %s → %s (%s %s)", g.Form, got, want, g.UPOS, g.XPOS))
				if len(out) >= max {
					return out
				}
			}
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func featValue(feats, name string) string {
	for _, f := range strings.Split(feats, "|") {
		if v, ok := strings.CutPrefix(f, name+"="); ok {
			return v
		}
	}
	return ""
}

// TagReadFile reads a CoNLL-U file, decompressing it when its name ends in
// .gz.
func TagReadFile(path string) ([]*conllu.Sentence, error) {
	f, err := gzipfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.ReadAll(f, path)
}
