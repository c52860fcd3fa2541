package morph

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// maxSeq bounds the length in bytes of one "lemma code + separator + tag"
// sequence (the longest in the Polish dictionary has 1117 bytes: one form,
// 28 readings joined by "+"); the bound also keeps a corrupted automaton from
// looping. maxWord bounds the words looked up.
const (
	maxSeq  = 4096
	maxWord = 255
)

// scratch is the working memory of one lookup, kept in a pool so that
// lookups neither allocate nor clear kilobytes of stack.
type scratch struct {
	stack, ends [maxSeq]int32
	path        [maxSeq]byte
	big         [maxSeq]int // for the generic path
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxSteps bounds the arcs visited while listing the readings of one word,
// and maxReadings the readings listed: a word of the Polish dictionary has
// a few dozen at most; only a corrupt automaton gives thousands.
const (
	maxSteps    = 1 << 16
	maxReadings = 1 << 10
)

// Reading is one analysis of a word form.
type Reading struct {
	// Lemma is the base form. It points into the buffer passed to Lookup
	// and stays valid as long as that buffer is not overwritten.
	Lemma []byte
	// Tag is the morphosyntactic tag exactly as stored in the dictionary.
	// Tags are interned: equal tags share their memory.
	Tag string
	// Freq is the frequency class when the dictionary includes one.
	Freq uint8
}

// Dictionary is a Morfologik dictionary: an automaton of
// "form SEP lemma-code SEP tag" sequences and its metadata. It is safe for
// concurrent use.
type Dictionary struct {
	fsa  *FSA
	info *Info

	mu   sync.Mutex                        // serialises writers of tags
	tags atomic.Pointer[map[string]string] // copy-on-write intern table
	// pending holds, under mu, the tags interned since tags was last
	// copied: they are published in batches (see Intern).
	pending map[string]string
	// slow counts the lookups that found their tag in pending.
	slow int
}

// Load builds a dictionary from the bytes of its .dict and .info files. The
// dictionary keeps a reference to dict.
func Load(dict, info []byte) (*Dictionary, error) {
	in, err := ParseInfo(info)
	if err != nil {
		return nil, err
	}
	f, err := ReadFSA(dict)
	if err != nil {
		return nil, err
	}
	d := &Dictionary{fsa: f, info: in}
	m := map[string]string{}
	d.tags.Store(&m)
	// A corrupt header or root shows in the first entries: read them
	// (within a bound), so that a broken dictionary fails here, fast.
	n := 0
	if err := d.walk(func(form, lemma []byte, tag string) bool { n++; return n < checkEntries }, checkArcs); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fmt.Errorf("%w: no entries", ErrFormat)
	}
	return d, nil
}

// Info returns the dictionary's metadata.
func (d *Dictionary) Info() *Info { return d.info }

// FSA returns the dictionary's automaton.
func (d *Dictionary) FSA() *FSA { return d.fsa }

// Intern returns the interned copy of tag, adding it when new. Only the
// first sight of a tag allocates.
//
// Readers look in a table that is never written after it is published;
// new tags wait in d.pending until a quarter as many as the table holds
// have come (or readers have asked for pending ones a few dozen times),
// and are then published together in a new copy. Copying the table for
// each new tag, as before, cost time and memory quadratic in the number
// of tags while the dictionary warmed up; in batches the copies add up to
// a few times the final table.
func (d *Dictionary) Intern(tag []byte) string {
	if s, ok := (*d.tags.Load())[string(tag)]; ok {
		return s
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	old := *d.tags.Load()
	if s, ok := old[string(tag)]; ok {
		return s
	}
	if s, ok := d.pending[string(tag)]; ok {
		d.slow++
		if d.slow >= internSlowMax {
			d.publish(old)
		}
		return s
	}
	if len(old)+len(d.pending) >= maxTags {
		// Only a corrupt automaton has this many tags; copying the set
		// for each would make every lookup slower than the last.
		return string(tag)
	}
	s := string(tag)
	if d.pending == nil {
		d.pending = map[string]string{}
	}
	d.pending[s] = s
	if len(d.pending) >= max(internBatch, len(old)/4) {
		d.publish(old)
	}
	return s
}

// Batches of new tags: at least internBatch are published together, and
// pending ones are published after internSlowMax lookups found them there.
const (
	internBatch   = 32
	internSlowMax = 64
)

// publish stores a copy of old with the pending tags added; the caller
// holds d.mu.
func (d *Dictionary) publish(old map[string]string) {
	m := make(map[string]string, len(old)+len(d.pending))
	for k, v := range old {
		m[k] = v
	}
	for k, v := range d.pending {
		m[k] = v
	}
	d.tags.Store(&m)
	d.pending, d.slow = nil, 0
}

// Contains reports whether word has at least one reading.
func (d *Dictionary) Contains(word []byte) bool {
	return d.readingsNode(word) != 0
}

// readingsNode returns the node below word's separator arc, or 0.
func (d *Dictionary) readingsNode(word []byte) int {
	f := d.fsa
	if f.fast {
		return d.readingsNode2(word)
	}
	sep := d.info.Separator
	node := f.root
	for _, c := range word {
		if c == sep {
			return 0
		}
		arc := f.Arc(node, c)
		if arc == 0 {
			return 0
		}
		node = f.Target(arc)
		if node == 0 {
			return 0
		}
	}
	arc := f.Arc(node, sep)
	if arc == 0 || f.Final(arc) {
		return 0
	}
	return f.Target(arc)
}

// Lookup appends every reading of word to dst and the bytes of their lemmas
// to buf, and returns both. It matches word exactly, case included (see
// LookupFold). Lookup does not allocate when dst and buf have room and the
// tags have been seen before.
func (d *Dictionary) Lookup(word []byte, dst []Reading, buf []byte) ([]Reading, []byte) {
	if len(word) > maxWord {
		return dst, buf
	}
	node := d.readingsNode(word)
	if node == 0 {
		return dst, buf
	}
	if d.fsa.fast {
		return d.lookup2(word, node, dst, buf)
	}
	f := d.fsa
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	stack, path := &sc.big, &sc.path
	depth := 0
	stack[0] = f.FirstArc(node)
	limit := len(dst) + maxReadings
	for steps := 0; depth >= 0 && steps < maxSteps && len(dst) < limit; steps++ {
		arc := stack[depth]
		if arc == 0 {
			depth--
			if depth >= 0 {
				stack[depth] = f.NextArc(stack[depth])
			}
			continue
		}
		path[depth] = f.Label(arc)
		if f.Final(arc) {
			dst, buf = d.emit(word, path[:depth+1], dst, buf)
		}
		if t := f.Target(arc); t != 0 && depth+1 < len(stack) {
			depth++
			stack[depth] = f.FirstArc(t)
			continue
		}
		stack[depth] = f.NextArc(arc)
	}
	return dst, buf
}

// emit decodes one "lemma-code SEP tag" sequence.
func (d *Dictionary) emit(word, seq []byte, dst []Reading, buf []byte) ([]Reading, []byte) {
	code, tag := seq, seq[len(seq):]
	if i := bytes.IndexByte(seq, d.info.Separator); i >= 0 {
		code, tag = seq[:i], seq[i+1:]
	}
	var freq uint8
	if d.info.FrequencyIncluded && len(tag) > 0 {
		freq = tag[len(tag)-1] - 'A'
		tag = tag[:len(tag)-1]
	}
	start := len(buf)
	buf = Decode(d.info.Encoder, buf, word, code)
	dst = append(dst, Reading{Lemma: buf[start:len(buf):len(buf)], Tag: d.Intern(tag), Freq: freq})
	return dst, buf
}

// removeAll is the code meaning "drop the whole form".
const removeAll = 255

// Decode appends to dst the lemma that code encodes relative to form, using
// encoder e. A code that does not fit the form is appended as it is.
func Decode(e Encoder, dst, form, code []byte) []byte {
	n := len(form)
	switch e {
	case EncoderSuffix:
		if len(code) >= 1 {
			k := int(code[0]-'A') & 0xff
			if k == removeAll {
				k = n
			}
			if k <= n {
				return append(append(dst, form[:n-k]...), code[1:]...)
			}
		}
	case EncoderPrefix:
		if len(code) >= 2 {
			p := int(code[0]-'A') & 0xff
			k := int(code[1]-'A') & 0xff
			if p == removeAll || k == removeAll {
				p, k = n, 0
			}
			if p+k <= n {
				return append(append(dst, form[p:n-k]...), code[2:]...)
			}
		}
	case EncoderInfix:
		if len(code) >= 3 {
			x := int(code[0]-'A') & 0xff
			l := int(code[1]-'A') & 0xff
			k := int(code[2]-'A') & 0xff
			if l == removeAll || k == removeAll {
				x, l, k = 0, n, 0
			}
			if x+l+k <= n {
				dst = append(dst, form[:x]...)
				return append(append(dst, form[x+l:n-k]...), code[3:]...)
			}
		}
	case EncoderNone:
	}
	return append(dst, code...)
}

// Case says which spelling of a word LookupFold found.
type Case uint8

const (
	// NotFound: no spelling of the word is in the dictionary.
	NotFound Case = iota
	// AsIs: the word as given.
	AsIs
	// Lower: the word in lower case.
	Lower
	// Title: the word with its first letter upper case, the rest lower.
	Title
)

func (c Case) String() string {
	return [...]string{"not-found", "as-is", "lower", "title"}[c]
}

// maxFold bounds the words LookupFold re-cases.
const maxFold = 128

// LookupFold looks word up as given and, when that fails, in lower case
// and in title case ("PUTINA" → "Putina" → "putina"; "Mężczyzna" →
// "mężczyzna"; "warszawa" → "Warszawa"), returning the readings of the first
// spelling found and which it was. Like Lookup, it does not allocate.
func (d *Dictionary) LookupFold(word []byte, dst []Reading, buf []byte) ([]Reading, []byte, Case) {
	n := len(dst)
	dst, buf = d.Lookup(word, dst, buf)
	if len(dst) > n {
		return dst, buf, AsIs
	}
	if len(word) > maxFold {
		return dst, buf, NotFound
	}
	var lo, ti [maxFold + 8]byte
	lower, okLower := recase(lo[:0], word, false)
	title, okTitle := recase(ti[:0], word, true)
	// An all-capitals word is more likely a name or a heading than a common
	// noun: try "Putina" before "putina". Otherwise lower case comes first.
	first, second, c1, c2, ok1, ok2 := lower, title, Lower, Title, okLower, okTitle
	if allUpper(word) {
		first, second, c1, c2, ok1, ok2 = title, lower, Title, Lower, okTitle, okLower
	}
	if ok1 && !bytes.Equal(first, word) {
		if dst, buf = d.Lookup(first, dst, buf); len(dst) > n {
			return dst, buf, c1
		}
	}
	if ok2 && !bytes.Equal(second, word) && !bytes.Equal(second, first) {
		if dst, buf = d.Lookup(second, dst, buf); len(dst) > n {
			return dst, buf, c2
		}
	}
	return dst, buf, NotFound
}

// allUpper reports whether word has at least two letters, all upper case.
func allUpper(word []byte) bool {
	letters := 0
	for _, r := range string(word) {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// recase appends word to dst in lower case or, with title, in title case.
// It reports false when the result does not fit in dst's capacity.
func recase(dst, word []byte, title bool) ([]byte, bool) {
	first := true
	for len(word) > 0 {
		r, size := utf8.DecodeRune(word)
		word = word[size:]
		if first && title {
			r = unicode.ToUpper(r)
		} else {
			r = unicode.ToLower(r)
		}
		first = false
		if len(dst)+utf8.UTFMax > cap(dst) {
			return dst, false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// Walk calls fn for every (form, lemma, tag) entry of the dictionary, in the
// automaton's order, until fn returns false. The slices are only valid
// during the call. A sequence the automaton accepts without a separator,
// or a path that ends without being accepted, cannot be in a dictionary:
// Walk stops there with an ErrFormat error, rather than wander through a
// corrupt automaton.
func (d *Dictionary) Walk(fn func(form, lemma []byte, tag string) bool) error {
	return d.walk(fn, 0)
}

// checkEntries is how many entries Load reads to check an automaton, and
// checkArcs the most arcs it may visit to find them: a sound dictionary
// gives its first entries after a few hundred arcs.
const (
	checkEntries = 16
	checkArcs    = 1 << 16
)

// maxTags bounds the tags Intern keeps: the Polish dictionary has about
// two thousand.
const maxTags = 1 << 13

// walk is Walk visiting at most maxArcs arcs (0: no limit).
func (d *Dictionary) walk(fn func(form, lemma []byte, tag string) bool, maxArcs int) error {
	visits := 0
	f := d.fsa
	sep := d.info.Separator
	stack := []int{f.FirstArc(f.root)}
	path := []byte{0}
	var lemma []byte
	for len(stack) > 0 {
		top := len(stack) - 1
		arc := stack[top]
		if arc == 0 {
			stack = stack[:top]
			path = path[:top]
			if top > 0 {
				stack[top-1] = f.NextArc(stack[top-1])
			}
			continue
		}
		if len(stack) > 1<<16 {
			return fmt.Errorf("%w: sequence longer than %d bytes", ErrFormat, 1<<16)
		}
		if visits++; maxArcs > 0 && visits > maxArcs {
			return fmt.Errorf("%w: no entries found in %d arcs", ErrFormat, maxArcs)
		}
		path[top] = f.Label(arc)
		final := f.Final(arc)
		if final {
			seq := path[:top+1]
			i := bytes.IndexByte(seq, sep)
			if i < 0 {
				return fmt.Errorf("%w: an accepted sequence without separator", ErrFormat)
			}
			if i >= 0 {
				form, rest := seq[:i], seq[i+1:]
				code, tag := rest, rest[len(rest):]
				if j := bytes.IndexByte(rest, sep); j >= 0 {
					code, tag = rest[:j], rest[j+1:]
				}
				if d.info.FrequencyIncluded && len(tag) > 0 {
					tag = tag[:len(tag)-1]
				}
				lemma = Decode(d.info.Encoder, lemma[:0], form, code)
				if !fn(form, lemma, d.Intern(tag)) {
					return nil
				}
			}
		}
		if t := f.Target(arc); t != 0 {
			stack = append(stack, f.FirstArc(t))
			path = append(path, 0)
			continue
		}
		if !final {
			return fmt.Errorf("%w: a path that ends without an entry", ErrFormat)
		}
		stack[top] = f.NextArc(arc)
	}
	return nil
}

// readingsNode2 is readingsNode for CFSA2.
func (d *Dictionary) readingsNode2(word []byte) int {
	f := d.fsa
	sep := d.info.Separator
	node := f.root
	fast := f.rootFast
	for _, c := range word {
		if c == sep {
			return 0
		}
		if fast != 0 {
			fn := &f.fastNodes[fast-1]
			node, fast = int(fn.target[c]), int(fn.child[c])
		} else {
			_, node = f.step2(node, c, nil)
		}
		if node == 0 {
			return 0
		}
	}
	if fast != 0 {
		fn := &f.fastNodes[fast-1]
		if fn.final[sep] {
			return 0
		}
		return int(fn.target[sep])
	}
	arc, t := f.step2(node, sep, nil)
	if arc == 0 || f.arcs[arc]&cfsa2Final != 0 {
		return 0
	}
	return t
}

// lookup2 lists the readings below node, the target of word's separator
// arc, in a CFSA2 automaton: a depth-first walk that decodes every arc once.
func (d *Dictionary) lookup2(word []byte, node int, dst []Reading, buf []byte) ([]Reading, []byte) {
	f := d.fsa
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	stack, ends, path := &sc.stack, &sc.ends, &sc.path
	depth := 0
	stack[0] = int32(f.first2(node))
	ends[0] = 0
	limit := len(dst) + maxReadings
	for steps := 0; depth >= 0 && steps < maxSteps && len(dst) < limit; steps++ {
		p := int(stack[depth])
		if p == 0 {
			depth--
			continue
		}
		flags, label, after, target, ok := f.arc2(p)
		if !ok {
			depth--
			continue
		}
		path[depth] = label
		if flags&cfsa2Final != 0 {
			dst, buf = d.emit(word, path[:depth+1], dst, buf)
		}
		if flags&cfsa2Last != 0 {
			stack[depth] = 0
			ends[depth] = int32(after)
		} else {
			stack[depth] = int32(after)
		}
		if flags&cfsa2Next != 0 {
			if ends[depth] == 0 {
				ends[depth] = int32(f.end2(after))
			}
			target = int(ends[depth])
		}
		if target != 0 && depth+1 < len(stack) {
			depth++
			stack[depth] = int32(f.first2(target))
			ends[depth] = 0
		}
	}
	return dst, buf
}
