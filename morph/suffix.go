package morph

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A SuffixTable guesses the lemma and tag of a word a dictionary lacks from
// the word's ending, by analogy with the dictionary's own entries: the
// Polish "Trumpa" ends like "Kempa" and "Pjongjangu" like "Hongkongu", so
// they inflect like them. It is learned from a dictionary (LearnSuffixes)
// and stored as a TSV file.

// SuffixRule turns a form into a lemma: drop Cut letters from its end and
// append Add; the result has the dictionary tag Tag. Count is how many
// dictionary entries with the same ending follow the rule.
type SuffixRule struct {
	Cut   int
	Add   string
	Tag   string
	Count int
}

// SuffixTable maps (word class, form ending) to the rules seen with it.
// Classes are single letters chosen by the learner's caller; the default
// classifier uses "P" for proper names (the lemma starts with an upper-case
// letter) and "c" for the rest.
type SuffixTable struct {
	MaxLen int
	rules  map[string][]SuffixRule // class + "\t" + ending
}

// LearnOptions tunes LearnSuffixes.
type LearnOptions struct {
	// MaxLen is the longest ending considered, in letters (default 6).
	MaxLen int
	// MaxLenOf, when set, lowers MaxLen for some classes.
	MaxLenOf func(class string) int
	// MinStem is the fewest letters a form keeps before its ending (2).
	MinStem int
	// MinCount drops endings seen fewer times (default 3).
	MinCount int
	// Top keeps this many rules per ending (default 6).
	Top int
	// Class classifies an entry; "" skips it. Default: "P" when the lemma
	// starts with an upper-case letter, else "c".
	Class func(form, lemma []byte, tag string) string
}

func (o *LearnOptions) defaults() {
	if o.MaxLen == 0 {
		o.MaxLen = 6
	}
	if o.MinStem == 0 {
		o.MinStem = 2
	}
	if o.MinCount == 0 {
		o.MinCount = 3
	}
	if o.Top == 0 {
		o.Top = 6
	}
	if o.Class == nil {
		o.Class = func(_, lemma []byte, _ string) string {
			r, _ := utf8.DecodeRune(lemma)
			if unicode.IsUpper(r) {
				return "P"
			}
			return "c"
		}
	}
}

// LearnSuffixes counts, for every ending of every form in d, how its lemma
// is derived (the longest common prefix of form and lemma kept, the rest
// rewritten) and with which tag.
func LearnSuffixes(d *Dictionary, o LearnOptions) (*SuffixTable, error) {
	o.defaults()
	type rk struct {
		cut      int
		add, tag string
	}
	counts := map[string]map[rk]int{}
	var fr, lr []rune
	err := d.Walk(func(form, lemma []byte, tag string) bool {
		class := o.Class(form, lemma, tag)
		if class == "" || !utf8.Valid(form) || !utf8.Valid(lemma) {
			return true
		}
		fr = append(fr[:0], []rune(string(form))...)
		lr = append(lr[:0], []rune(string(lemma))...)
		p := 0
		for p < len(fr) && p < len(lr) && fr[p] == lr[p] {
			p++
		}
		if p < o.MinStem && len(fr) > 0 {
			return true // suppletive or prefixed forms: no ending rule
		}
		r := rk{len(fr) - p, string(lr[p:]), tag}
		maxLen := o.MaxLen
		if o.MaxLenOf != nil {
			maxLen = min(maxLen, o.MaxLenOf(class))
		}
		for n := 1; n <= maxLen && len(fr)-n >= o.MinStem; n++ {
			if n < r.cut {
				continue // the ending must cover what the rule cuts
			}
			key := class + "\t" + string(fr[len(fr)-n:])
			m := counts[key]
			if m == nil {
				m = map[rk]int{}
				counts[key] = m
			}
			m[r]++
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	t := &SuffixTable{MaxLen: o.MaxLen, rules: map[string][]SuffixRule{}}
	for key, m := range counts {
		total := 0
		var rs []SuffixRule
		for r, n := range m {
			total += n
			rs = append(rs, SuffixRule{r.cut, r.add, r.tag, n})
		}
		if total < o.MinCount {
			continue
		}
		sortRules(rs)
		if len(rs) > o.Top {
			rs = rs[:o.Top]
		}
		// Rules far behind the first are noise.
		keep := rs[:0]
		for _, r := range rs {
			if r.Count*50 >= rs[0].Count && r.Count >= 2 {
				keep = append(keep, r)
			}
		}
		if len(keep) > 0 {
			t.rules[key] = append([]SuffixRule(nil), keep...)
		}
	}
	t.prune()
	return t, nil
}

func sortRules(rs []SuffixRule) {
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Count != rs[j].Count {
			return rs[i].Count > rs[j].Count
		}
		if rs[i].Tag != rs[j].Tag {
			return rs[i].Tag < rs[j].Tag
		}
		if rs[i].Add != rs[j].Add {
			return rs[i].Add < rs[j].Add
		}
		return rs[i].Cut < rs[j].Cut
	})
}

// prune drops endings whose best rule and ranking equal those of the
// ending one letter shorter: the shorter ending already says the same.
func (t *SuffixTable) prune() {
	// Decide on the unpruned table, then delete, so that the result does
	// not depend on map order.
	var drop []string
	for key, rs := range t.rules {
		class, end, _ := strings.Cut(key, "\t")
		_, n := utf8.DecodeRuneInString(end)
		if n == len(end) {
			continue
		}
		parent, ok := t.rules[class+"\t"+end[n:]]
		if !ok || len(parent) < len(rs) {
			continue
		}
		same := true
		for i := range rs {
			if rs[i].Cut != parent[i].Cut || rs[i].Add != parent[i].Add || rs[i].Tag != parent[i].Tag {
				same = false
				break
			}
		}
		if same && len(rs) == len(parent) {
			drop = append(drop, key)
		}
	}
	for _, key := range drop {
		delete(t.rules, key)
	}
}

// Len returns the number of endings in the table.
func (t *SuffixTable) Len() int { return len(t.rules) }

// Rules returns the rules of the longest ending of form known for class,
// with that ending's length in letters; minStem letters of form are never
// part of the ending.
func (t *SuffixTable) Rules(class, form string, minStem int) ([]SuffixRule, int) {
	n := utf8.RuneCountInString(form)
	for k := min(t.MaxLen, n-minStem); k >= 1; k-- {
		// The ending of k letters.
		i := len(form)
		for j := 0; j < k; j++ {
			_, size := utf8.DecodeLastRuneInString(form[:i])
			i -= size
		}
		if rs, ok := t.rules[class+"\t"+form[i:]]; ok {
			return rs, k
		}
	}
	return nil, 0
}

// Apply returns the lemma rule r gives for form, and false when r cuts
// more than form has.
func (r SuffixRule) Apply(form string) (string, bool) {
	i := len(form)
	for j := 0; j < r.Cut; j++ {
		if i == 0 {
			return "", false
		}
		_, size := utf8.DecodeLastRuneInString(form[:i])
		i -= size
	}
	return form[:i] + r.Add, true
}

// WriteTo writes the table as TSV: class, ending, cut, add, tag, count,
// sorted.
func (t *SuffixTable) WriteTo(w io.Writer) (int64, error) {
	keys := make([]string, 0, len(t.rules))
	for k := range t.rules {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	bw := bufio.NewWriter(w)
	var n int64
	m, _ := fmt.Fprintf(bw, "# ending rules learned from a morphological dictionary: class, ending, cut, add, tag, count; max %d\n", t.MaxLen)
	n += int64(m)
	for _, k := range keys {
		for _, r := range t.rules[k] {
			m, _ := fmt.Fprintf(bw, "%s\t%d\t%s\t%s\t%d\n", k, r.Cut, r.Add, r.Tag, r.Count)
			n += int64(m)
		}
	}
	return n, bw.Flush()
}

// ReadSuffixTable reads what WriteTo wrote; name is used in errors.
func ReadSuffixTable(r io.Reader, name string) (*SuffixTable, error) {
	t := &SuffixTable{rules: map[string][]SuffixRule{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" {
			continue
		}
		if s[0] == '#' {
			if i := strings.LastIndex(s, "max "); i >= 0 {
				t.MaxLen, _ = strconv.Atoi(strings.TrimSpace(s[i+4:]))
			}
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("%s:%d: want 6 columns, have %d", name, line, len(f))
		}
		cut, err1 := strconv.Atoi(f[2])
		count, err2 := strconv.Atoi(f[5])
		if err1 != nil || err2 != nil || cut < 0 || count < 0 || f[1] == "" {
			return nil, fmt.Errorf("%s:%d: bad cut, count or ending", name, line)
		}
		key := f[0] + "\t" + f[1]
		t.rules[key] = append(t.rules[key], SuffixRule{cut, f[3], f[4], count})
		if n := utf8.RuneCountInString(f[1]); n > t.MaxLen {
			t.MaxLen = n
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}
