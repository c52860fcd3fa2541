package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// NamePair is one name phrase with its gold base form.
type NamePair struct {
	Words    []string // the phrase as tokens
	Gold     string   // gold base form
	Category string   // the corpus's category (KPWr nam_*, SlavicNER PER/LOC/...)
}

// NameScores counts name phrases whose base form a lemmatizer gets right.
//
//   - Exact: the output equals the gold base form once spaces around
//     punctuation are normalised (see NameNormalize).
//   - Fold: equal ignoring letter case as well (KPWr's gold lower-cases
//     some common-word heads: "park im. Tadeusza Rejtana").
//   - Identity: what leaving the phrase as written would score (Fold).
type NameScores struct {
	Phrases  int
	Exact    int
	Fold     int
	Identity int
}

// Add accumulates o into s.
func (s *NameScores) Add(o NameScores) {
	s.Phrases += o.Phrases
	s.Exact += o.Exact
	s.Fold += o.Fold
	s.Identity += o.Identity
}

func (s NameScores) String() string {
	return fmt.Sprintf("phrases %d  exact %.2f  case-insensitive %.2f  (unchanged phrase: %.2f)",
		s.Phrases, pct(s.Exact, s.Phrases), pct(s.Fold, s.Phrases), pct(s.Identity, s.Phrases))
}

// ExactAcc is the exact accuracy in percent.
func (s NameScores) ExactAcc() float64 { return pct(s.Exact, s.Phrases) }

// FoldAcc is the case-insensitive accuracy in percent.
func (s NameScores) FoldAcc() float64 { return pct(s.Fold, s.Phrases) }

// NameNormalize removes the spaces a tokenization puts around punctuation
// ("im . Tadeusza" → "im. Tadeusza", "Bielsko - Biała" → "Bielsko-Biała")
// and collapses runs of spaces, so that base forms compare by their words.
func NameNormalize(s string) string {
	var b strings.Builder
	rs := []rune(strings.Join(strings.Fields(s), " "))
	for i, r := range rs {
		if r == ' ' && i > 0 && i < len(rs)-1 {
			prev, next := rs[i-1], rs[i+1]
			if strings.ContainsRune(".,:;)]-”'", next) || strings.ContainsRune("([-„", prev) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// NameEvaluate lemmatizes every phrase and compares with the gold.
func NameEvaluate(pairs []NamePair, lemmatize func([]string) string) NameScores {
	var s NameScores
	for _, p := range pairs {
		s.Phrases++
		got := NameNormalize(lemmatize(p.Words))
		gold := NameNormalize(p.Gold)
		if got == gold {
			s.Exact++
		}
		if strings.EqualFold(got, gold) {
			s.Fold++
		}
		if strings.EqualFold(NameNormalize(strings.Join(p.Words, " ")), gold) {
			s.Identity++
		}
	}
	return s
}

// NameDiffs lists up to max phrases the lemmatizer gets wrong (ignoring
// letter case), as "phrase → got (gold)".
func NameDiffs(pairs []NamePair, lemmatize func([]string) string, max int) []string {
	var out []string
	for _, p := range pairs {
		got := NameNormalize(lemmatize(p.Words))
		if !strings.EqualFold(got, NameNormalize(p.Gold)) {
			out = append(out, fmt.Sprintf("%s → %s (gold %s) [%s]", strings.Join(p.Words, " "), got, p.Gold, p.Category))
			if len(out) >= max {
				break
			}
		}
	}
	return out
}

// NameReadKPWr reads a KPWr named-entity lemmatization file
// (kpwr-1.2-ne-*-fix.tsv): base form, the phrase as space-separated tokens,
// token lemmas, tags, flags, category.
func NameReadKPWr(path string) ([]NamePair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []NamePair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 6 {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			return nil, fmt.Errorf("%s:%d: want 6 columns, have %d", path, line, len(c))
		}
		words := strings.Fields(c[1])
		if len(words) == 0 {
			continue
		}
		out = append(out, NamePair{Words: words, Gold: strings.TrimSpace(c[0]), Category: c[5]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// NameTokenize splits a mention into words and punctuation marks.
func NameTokenize(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’':
			cur.WriteRune(r)
		default:
			flush()
			out = append(out, string(r))
		}
	}
	flush()
	return out
}

// NameReadSlavicNER reads the mentions of every ner/<topic>/<lang>/*.tsv
// file under dir, one pair per distinct (mention, lemma, type).
func NameReadSlavicNER(dir, lang string) ([]NamePair, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ner", "*", lang, "*.tsv"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no ner/*/%s/*.tsv files", dir, lang)
	}
	sort.Strings(files)
	var out []NamePair
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		ms, errs := ParseSlavicTSV(f, data)
		if len(errs) > 0 {
			return nil, errs[0]
		}
		for _, m := range ms {
			out = append(out, NamePair{Words: NameTokenize(m.Text), Gold: m.Lemma, Category: m.Type})
		}
	}
	return out, nil
}
