package en

//go:generate go run ./internal/gentagger -o data/pos.model

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// English part-of-speech tagging: a greedy left-to-right averaged
// perceptron over Penn Treebank tags. Its weights are those trained for
// github.com/jdkato/prose/v2 (MIT), converted once by internal/gentagger
// into data/pos.model; the features, the dictionary of unambiguous words and
// the special cases follow that tagger's so that the tags are the same.
// Features are hashed (FNV-1a 64) byte by byte as they are made, so tagging
// allocates nothing.

//go:embed data/pos.model
var posModelData []byte

const (
	posMagic   = "KPOS"
	posVersion = 1
)

// posModel is a loaded tagging model.
type posModel struct {
	classes   []string
	emoticons map[string]struct{}
	link      *regexp.Regexp
	email     *regexp.Regexp
	dict      map[string]uint8 // unambiguous words and their class

	// slots is an open-addressing table of the feature hashes; a slot with
	// n == 0 is empty. Feature f's weights are wclass/weight[off:off+n].
	slots  []posSlot
	mask   uint64
	wclass []uint8
	weight []float32
}

type posSlot struct {
	hash uint64
	off  uint32
	n    uint32
}

var (
	posOnce   sync.Once
	posLoaded *posModel
	posErr    error
)

// posTagger returns the embedded model, loading it on first use.
func posTagger() (*posModel, error) {
	posOnce.Do(func() { posLoaded, posErr = loadPOSModel(posModelData) })
	return posLoaded, posErr
}

// loadPOSModel checks the checksum of a model file and reads it.
func loadPOSModel(b []byte) (*posModel, error) {
	if len(b) < 4 {
		return nil, errors.New("pos model: too short")
	}
	body := b[:len(b)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return nil, errors.New("pos model: checksum mismatch")
	}
	return parsePOSModel(body)
}

// posReader reads a model file, remembering the first error.
type posReader struct {
	b   []byte
	err error
}

func (r *posReader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("pos model: truncated")
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *posReader) u8() int {
	p := r.take(1)
	if p == nil {
		return 0
	}
	return int(p[0])
}

func (r *posReader) u16() int {
	p := r.take(2)
	if p == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint16(p))
}

func (r *posReader) u32() int {
	p := r.take(4)
	if p == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(p))
}

func (r *posReader) str8() string  { return string(r.take(r.u8())) }
func (r *posReader) str16() string { return string(r.take(r.u16())) }

// parsePOSModel reads a model file without its checksum.
func parsePOSModel(b []byte) (*posModel, error) {
	r := &posReader{b: b}
	if string(r.take(len(posMagic))) != posMagic {
		return nil, errors.New("pos model: not a model file")
	}
	if v := r.u16(); r.err == nil && v != posVersion {
		return nil, fmt.Errorf("pos model: version %d, want %d", v, posVersion)
	}
	m := &posModel{}
	nc := r.u8()
	if r.err == nil && (nc == 0 || nc > 64) {
		return nil, fmt.Errorf("pos model: %d classes", nc)
	}
	for i := 0; i < nc && r.err == nil; i++ {
		m.classes = append(m.classes, r.str8())
	}
	ne := r.u16()
	m.emoticons = make(map[string]struct{}, ne)
	for i := 0; i < ne && r.err == nil; i++ {
		m.emoticons[r.str8()] = struct{}{}
	}
	link, email := r.str16(), r.str16()
	nd := r.u32()
	if r.err == nil && nd > len(r.b)/2 {
		return nil, errors.New("pos model: truncated")
	}
	m.dict = make(map[string]uint8, nd)
	for i := 0; i < nd && r.err == nil; i++ {
		w := r.str8()
		c := r.u8()
		if c >= nc {
			return nil, fmt.Errorf("pos model: class %d of %q out of range", c, w)
		}
		m.dict[w] = uint8(c)
	}
	nf, nw := r.u32(), r.u32()
	if r.err != nil {
		return nil, r.err
	}
	if uint64(nf)*9+uint64(nw)*5 != uint64(len(r.b)) {
		return nil, errors.New("pos model: wrong feature table size")
	}
	hashes := r.take(8 * nf)
	counts := r.take(nf)
	m.wclass = r.take(nw)
	wb := r.take(4 * nw)
	if r.err != nil {
		return nil, r.err
	}
	for _, c := range m.wclass {
		if int(c) >= nc {
			return nil, fmt.Errorf("pos model: class %d out of range", c)
		}
	}
	m.weight = make([]float32, nw)
	for i := range m.weight {
		m.weight[i] = math.Float32frombits(binary.LittleEndian.Uint32(wb[4*i:]))
	}
	size := 1 << bits.Len(uint(2*nf)) // load factor under one half
	m.slots = make([]posSlot, size)
	m.mask = uint64(size - 1)
	off := 0
	for i := 0; i < nf; i++ {
		h := binary.LittleEndian.Uint64(hashes[8*i:])
		n := int(counts[i])
		if off+n > nw {
			return nil, errors.New("pos model: entry counts exceed the weights")
		}
		if n > 0 {
			j := h & m.mask
			for m.slots[j].n != 0 {
				if m.slots[j].hash == h {
					return nil, fmt.Errorf("pos model: feature hash %016x twice", h)
				}
				j = (j + 1) & m.mask
			}
			m.slots[j] = posSlot{hash: h, off: uint32(off), n: uint32(n)}
		}
		off += n
	}
	if off != nw {
		return nil, errors.New("pos model: entry counts do not cover the weights")
	}
	var err error
	if m.link, err = regexp.Compile(link); err != nil {
		return nil, fmt.Errorf("pos model: link pattern: %v", err)
	}
	if m.email, err = regexp.Compile(email); err != nil {
		return nil, fmt.Errorf("pos model: e-mail pattern: %v", err)
	}
	return m, nil
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func fnvBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// Hash states after the name of each feature template and its space.
var (
	hBias       = fnvString(fnvOffset, "bias")
	hSuffix     = fnvString(fnvOffset, "i suffix ")
	hPref1      = fnvString(fnvOffset, "i pref1 ")
	hTag1       = fnvString(fnvOffset, "i-1 tag ")
	hTag2       = fnvString(fnvOffset, "i-2 tag ")
	hTag12      = fnvString(fnvOffset, "i tag+i-2 tag ")
	hWord       = fnvString(fnvOffset, "i word ")
	hTag1Word   = fnvString(fnvOffset, "i-1 tag+i word ")
	hPrevWord   = fnvString(fnvOffset, "i-1 word ")
	hPrevSuffix = fnvString(fnvOffset, "i-1 suffix ")
	hPrev2Word  = fnvString(fnvOffset, "i-2 word ")
	hNextWord   = fnvString(fnvOffset, "i+1 word ")
	hNextSuffix = fnvString(fnvOffset, "i+1 suffix ")
	hNext2Word  = fnvString(fnvOffset, "i+2 word ")
)

// posBuf is the reusable state of tagging one sentence.
type posBuf struct {
	text  []byte   // the words, then their normalized forms
	words [][2]int // word i is text[words[i][0]:words[i][1]]
	ctx   [][2]int // normalized words with two sentinels either side
	tags  []string
	first []int  // index of the first word of each token (addTokens)
	fold  []bool // tokens of a title-case headline read in lower case (headlineFold)
}

var posBufs = sync.Pool{New: func() any { return new(posBuf) }}

// Context sentinels (spans with start < 0 index posSentinels).
var posSentinels = [...]string{"-START-", "-START2-", "-END-", "-END2-"}

func (b *posBuf) reset() {
	b.text = b.text[:0]
	b.words = b.words[:0]
	b.ctx = b.ctx[:0]
	b.tags = b.tags[:0]
	b.first = b.first[:0]
	b.fold = b.fold[:0]
}

// Clitics split from the word before them, as in the Penn Treebank the
// weights were trained on ("It's" is "It" "'s", "can't" is "ca" "n't").
var posClitics = [...]string{"'ll", "'s", "'re", "'m"}

// addTokens appends the words of the tokens of one sentence as the Penn
// Treebank writes them: an opening quotation mark (“, ‘ or a straight
// quote before a word) as two backquotes or one, a closing double one as
// two apostrophes, a dash as --, and a clitic ('s, 'll, 're, 'm, n't)
// apart from the word it is written with. A token's tag is the tag of its
// first word. A token b.fold marks is read with its first letter (an ASCII
// capital) in lower case.
func (b *posBuf) addTokens(d *doc.Document, toks []doc.Token) {
	for i := range toks {
		t := &toks[i]
		w := d.Text[t.Start:t.End]
		if abbrevPeriod(d, toks, i) {
			// The Penn Treebank writes "U.S." as one word; the segmenter
			// splits its period off. Inside a sentence the tagger sees the
			// word with its period, as it learnt it ("The U.S. imposed",
			// not a sentence end before "imposed"); the period keeps its
			// own tag.
			k := len(b.words) - 1
			b.text = append(b.text, '.')
			b.words[k][1] = len(b.text)
			b.first = append(b.first, -1)
			continue
		}
		b.first = append(b.first, len(b.words))
		switch w {
		case "\u201c":
			b.addWord("``")
			continue
		case "\u2018":
			b.addWord("`")
			continue
		case "\u201d":
			b.addWord("''")
			continue
		case `"`:
			if (i == 0 || toks[i-1].SpaceAfter) && !t.SpaceAfter && i+1 < len(toks) {
				b.addWord("``")
			} else {
				b.addWord("''")
			}
			continue
		case "\u2014", "\u2013":
			b.addWord("--")
			continue
		}
		b.addWord(w)
		if i < len(b.fold) && b.fold[i] {
			b.text[b.words[len(b.words)-1][0]] |= 0x20
		}
		if t.Kind != doc.Word {
			continue
		}
		// Split a clitic off the word just added (quotes made straight).
		k := len(b.words) - 1
		word := b.word(k)
		at := -1
		for _, c := range posClitics {
			if j := indexFold(word, c); j > 0 && (at < 0 || j < at) {
				at = j
			}
		}
		if at < 0 {
			if j := indexFold(word, "n't"); j > 0 {
				at = j
			}
		}
		if at > 0 {
			s := b.words[k]
			b.words[k] = [2]int{s[0], s[0] + at}
			b.words = append(b.words, [2]int{s[0] + at, s[1]})
		}
	}
}

// abbrevPeriod reports whether token i of a sentence's toks is the
// period of an abbreviation with inner periods ("U.S", "U.N", "D.C")
// written right after it, with more of the sentence after it.
func abbrevPeriod(d *doc.Document, toks []doc.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || d.Text[toks[i].Start:toks[i].End] != "." {
		return false
	}
	p := &toks[i-1]
	if p.Kind != doc.Word || p.SpaceAfter || p.End != toks[i].Start {
		return false
	}
	w := d.Text[p.Start:p.End]
	return strings.IndexByte(w, '.') > 0 && w[len(w)-1] != '.'
}

// indexFold is the index of the lower-case ASCII pattern p in w, ignoring
// the case of ASCII letters, or -1.
func indexFold(w []byte, p string) int {
	for i := 0; i+len(p) <= len(w); i++ {
		j := 0
		for j < len(p) && lowerASCII(w[i+j]) == p[j] {
			j++
		}
		if j == len(p) {
			return i
		}
	}
	return -1
}

// addWord appends a word, with curly quotes made straight and "&rsquo;"
// made an apostrophe, as the weights were trained on.
func (b *posBuf) addWord(w string) {
	start := len(b.text)
	for i := 0; i < len(w); {
		switch {
		case w[i] == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0x9C || w[i+2] == 0x9D): // “ ”
			b.text = append(b.text, '"')
			i += 3
		case w[i] == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0x98 || w[i+2] == 0x99): // ‘ ’
			b.text = append(b.text, '\'')
			i += 3
		case w[i] == '&' && len(w)-i >= 7 && w[i:i+7] == "&rsquo;":
			b.text = append(b.text, '\'')
			i += 7
		default:
			b.text = append(b.text, w[i])
			i++
		}
	}
	b.words = append(b.words, [2]int{start, len(b.text)})
}

func (b *posBuf) word(i int) []byte { return b.text[b.words[i][0]:b.words[i][1]] }

// ctxHash continues h with context word k.
func (b *posBuf) ctxHash(h uint64, k int) uint64 {
	s := b.ctx[k]
	if s[0] < 0 {
		return fnvString(h, posSentinels[-s[0]-1])
	}
	return fnvBytes(h, b.text[s[0]:s[1]])
}

// ctxSuffixHash continues h with the last three bytes of context word k.
func (b *posBuf) ctxSuffixHash(h uint64, k int) uint64 {
	s := b.ctx[k]
	if s[0] < 0 {
		w := posSentinels[-s[0]-1]
		return fnvString(h, w[len(w)-3:])
	}
	return fnvBytes(h, b.text[max(s[0], s[1]-3):s[1]])
}

// normalize appends the form of word w used as context: "!HYPHEN" for a
// word with an inner hyphen, "!YEAR" for a four-character integer,
// "!DIGITS" for a word starting with a digit, else the word in lower case.
func (b *posBuf) normalize(i int) {
	w := b.word(i)
	start := len(b.text)
	switch {
	case len(w) == 0:
	case w[0] != '-' && bytes.IndexByte(w, '-') >= 0:
		b.text = append(b.text, "!HYPHEN"...)
	case len(w) == 4 && isInteger(w):
		b.text = append(b.text, "!YEAR"...)
	case '0' <= w[0] && w[0] <= '9':
		b.text = append(b.text, "!DIGITS"...)
	default:
		for k := 0; k < len(w); {
			c := w[k]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.text = append(b.text, c)
				k++
				continue
			}
			r, n := utf8.DecodeRune(w[k:])
			b.text = utf8.AppendRune(b.text, unicode.ToLower(r))
			k += n
		}
	}
	b.ctx = append(b.ctx, [2]int{start, len(b.text)})
}

// isInteger tells whether w is an optional sign followed by decimal digits.
func isInteger(w []byte) bool {
	if len(w) > 0 && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// tag tags the words in b, filling b.tags.
func (m *posModel) tag(b *posBuf) {
	n := len(b.words)
	b.ctx = append(b.ctx, [2]int{-1, 0}, [2]int{-2, 0})
	for i := 0; i < n; i++ {
		b.normalize(i)
	}
	b.ctx = append(b.ctx, [2]int{-3, 0}, [2]int{-4, 0})
	p1, p2 := posSentinels[0], posSentinels[1]
	for i := 0; i < n; i++ {
		w := b.word(i)
		var tag string
		if t, ok := m.special(w); ok {
			tag = t
		} else if c, ok := m.dict[string(w)]; ok {
			tag = m.classes[c]
		} else {
			tag = m.predict(b, i, w, p1, p2)
		}
		b.tags = append(b.tags, tag)
		p2, p1 = p1, tag
	}
}

// special returns the tag of words tagged by rule rather than by the model.
func (m *posModel) special(w []byte) (string, bool) {
	if len(w) == 1 && w[0] == '-' {
		return "-", true
	}
	if _, ok := m.emoticons[string(w)]; ok {
		return "SYM", true
	}
	if len(w) > 0 && w[0] == '@' ||
		bytes.IndexByte(w, '.') >= 0 && m.link.Match(w) ||
		bytes.IndexByte(w, '@') >= 0 && m.email.Match(w) {
		return "NN", true
	}
	if emptyElement(w) {
		return "-NONE-", true
	}
	if bracketTag(w) {
		return string(w), true
	}
	return "", false
}

// emptyElement tells whether w is written like a Penn Treebank empty
// element: "0", "*", "*T*", "*?*", "*-12", "*EXP*-1".
func emptyElement(w []byte) bool {
	switch {
	case len(w) == 1:
		return w[0] == '0' || w[0] == '*'
	case len(w) < 3 || w[0] != '*':
		return false
	case len(w) == 3 && w[2] == '*' && (isWordByte(w[1]) || w[1] == '?'):
		return true
	case w[1] == '-':
		return digits13(w[2:])
	}
	k := 1
	for k < len(w) && 'A' <= w[k] && w[k] <= 'Z' {
		k++
	}
	return k > 1 && k+1 < len(w) && w[k] == '*' && w[k+1] == '-' && digits13(w[k+2:])
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

func digits13(w []byte) bool {
	if len(w) < 1 || len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// bracketTag tells whether w is a Penn bracket token such as "-LRB-",
// which is its own tag.
func bracketTag(w []byte) bool {
	if len(w) != 5 || w[0] != '-' || w[4] != '-' {
		return false
	}
	for _, c := range w[1:4] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// posFeatures is the most features predict makes for one word.
const posFeatures = 14

// predict scores the classes for word i (w) after tags p1 and p2 and
// returns the best one among the classes some feature gave a weight to.
//
// The features are hashed first, then all looked up in the table, then
// their weights summed, in the order of the features: the reads of the
// large table, scattered, follow one another closely instead of waiting
// each for the sums of the one before, and the sums are made in the same
// order as one feature at a time would make them.
func (m *posModel) predict(b *posBuf, i int, w []byte, p1, p2 string) string {
	var hs [posFeatures]uint64
	nh := 0
	put := func(h uint64) { hs[nh] = h; nh++ }
	k := i + 2 // index of the word in b.ctx
	put(hBias)
	if len(w) > 0 {
		put(fnvBytes(hSuffix, w[max(0, len(w)-3):]))
		put(fnvBytes(hPref1, w[:1]))
	}
	put(fnvString(hTag1, p1))
	put(fnvString(hTag2, p2))
	put(fnvString(fnvString(fnvString(hTag12, p1), " "), p2))
	put(b.ctxHash(hWord, k))
	put(b.ctxHash(fnvString(fnvString(hTag1Word, p1), " "), k))
	put(b.ctxHash(hPrevWord, k-1))
	put(b.ctxSuffixHash(hPrevSuffix, k-1))
	put(b.ctxHash(hPrev2Word, k-2))
	put(b.ctxHash(hNextWord, k+1))
	put(b.ctxSuffixHash(hNextSuffix, k+1))
	put(b.ctxHash(hNext2Word, k+2))
	// The slot of each feature (n == 0: the model has no weights for it).
	var found [posFeatures]posSlot
	for f, h := range hs[:nh] {
		j := h & m.mask
		for {
			s := &m.slots[j]
			if s.n == 0 || s.hash == h {
				found[f] = *s
				break
			}
			j = (j + 1) & m.mask
		}
	}
	var scores [64]float64
	var seen uint64
	for _, s := range found[:nh] {
		if s.n == 0 {
			continue
		}
		cs := m.wclass[s.off : s.off+s.n]
		ws := m.weight[s.off : s.off+s.n]
		for k, c := range cs {
			scores[c] += float64(ws[k])
			seen |= 1 << c
		}
	}
	best := -1
	for c := range m.classes {
		if seen&(1<<c) != 0 && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return ""
	}
	return m.classes[best]
}

// tagWords tags a sentence given as words (a convenience for tests and
// tools; the analyzer fills a posBuf from the document directly).
func (m *posModel) tagWords(words []string) []string {
	b := posBufs.Get().(*posBuf)
	b.reset()
	for _, w := range words {
		b.addWord(w)
	}
	m.tag(b)
	out := append([]string(nil), b.tags...)
	posBufs.Put(b)
	return out
}
