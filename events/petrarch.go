package events

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// Importing PETRARCH/TABARI verb dictionaries (the format of PETRARCH2's
// CAMEO.2.0.txt) into Kronika's trigger lexicon (lang/en/data/events.tsv),
// and adding a user's lexicon on top of a language's for one run.
//
// A verb dictionary has synonym sets ("&CURRENCY" and "+DOLLAR" lines), then
// verb blocks: a "--- NAME [CODE] ---" header, the verbs of the block (a
// lemma, irregular forms in braces, an optional code in brackets; "+" and
// "_" join a phrasal verb, "+ASK_FOR") and patterns, one a line:
//
//	- * (WITH +) [036]        verb, then "with" and the target
//	- * {ARMS SHIPMENT} [072] verb, then the noun phrase "arms shipment"
//	- &MILITARY * [154]       a word of the synset before the verb
//	- * (TO +) [042:043]      two events: 042 source→target, 043 back
//
// "*" is the verb, "$" the source, "+" the target, "^" a skipped word,
// "(...)" a prepositional phrase, "{...}" a noun phrase, "&NAME" any word
// or phrase of a synonym set. Every pattern applies to every verb of its
// block. Each verb with a code, and each verb with each pattern, becomes one
// entry: the verb's lemma is the trigger, the pattern's words (lemmatized)
// its companions; "$" and "+" give the source and target slots (the
// preposition before them, "obj" right after the verb, "subj" before it),
// the source defaulting to subj and the target to obj. The CAMEO code gives
// the PLOVER type, mode and context (cameo2plover.tsv). What cannot be
// coded that way is counted in Dropped: codes PLOVER does not have (CAMEO 01
// statements and 02 appeals), null codes ("---"), transformations ("~").

// cameo2ploverTable maps CAMEO codes to PLOVER (cameo2plover.tsv, rebuilt
// by scripts/cameo-plover.sh from the PLOVER project's conversion table).
//
//go:embed cameo2plover.tsv
var cameo2ploverTable string

// PloverCode is the PLOVER coding of a CAMEO code.
type PloverCode struct {
	Type    string
	Mode    string // "" when none
	Context []string
}

var ploverCodes = sync.OnceValue(func() map[string]PloverCode {
	m := map[string]PloverCode{}
	for i, line := range strings.Split(cameo2ploverTable, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic(fmt.Sprintf("events/cameo2plover.tsv:%d: want code, type, mode, context", i+1))
		}
		pc := PloverCode{Type: f[1]}
		if f[2] != "-" {
			pc.Mode = f[2]
		}
		if f[3] != "-" {
			pc.Context = strings.Split(f[3], ",")
		}
		m[f[0]] = pc
	}
	return m
})

// PLOVER returns the PLOVER type, mode and context of a CAMEO code: those
// of its own line of the conversion table, else of the nearest more general
// code. ok is false for a code PLOVER does not code (CAMEO 01 and 02, which
// PLOVER dropped) and for a malformed one.
func PLOVER(cameo string) (pc PloverCode, ok bool) {
	if _, err := strconv.Atoi(cameo); err != nil || len(cameo) < 2 || len(cameo) > 4 {
		return PloverCode{}, false
	}
	m := ploverCodes()
	for c := cameo; len(c) >= 2; c = c[:len(c)-1] {
		if pc, ok := m[c]; ok {
			return pc, true
		}
	}
	return PloverCode{}, false
}

// Lemmatizer returns the lemma of a word of a dictionary (any case): as a
// verb when verb is true, else as the noun, particle or preposition it is
// in a pattern. The coder compares companion words with token lemmas, so it
// should be the language's own lemmatizer (AnalyzerLemmatizer).
type Lemmatizer func(word string, verb bool) string

// AnalyzerLemmatizer lemmatizes words with a language's morphological
// analyzer, each word after "to" (a verb) or "the" (anything else), and
// remembers the answers. Not safe for concurrent use.
func AnalyzerLemmatizer(a lang.Analyzer) Lemmatizer {
	cache := map[string]string{}
	return func(word string, verb bool) string {
		w := strings.ToLower(word)
		ctx := "the "
		if verb {
			ctx = "to "
		}
		if l, ok := cache[ctx+w]; ok {
			return l
		}
		d := &doc.Document{Text: ctx + w, Lang: "en"}
		d.Tokens = []doc.Token{
			{Span: doc.Span{Start: 0, End: len(ctx) - 1}, Kind: doc.Word, SpaceAfter: true},
			{Span: doc.Span{Start: len(ctx), End: len(ctx) + len(w)}, Kind: doc.Word},
		}
		a.Analyze(d, d.Tokens)
		l := strings.ToLower(d.Tokens[1].Lemma)
		if l == "" || strings.ContainsAny(l, " \t") {
			l = w
		}
		cache[ctx+w] = l
		return l
	}
}

// VerbDictionary is what ImportPETRARCH reads from a verb dictionary.
type VerbDictionary struct {
	// Entries are the trigger-lexicon entries, in the order of the file;
	// Line is the line of the verb or pattern they come from.
	Entries []ImportedEntry
	// Verbs and Patterns count the verb lines and pattern lines read.
	Verbs, Patterns int
	// Dropped counts the codings left out, by reason.
	Dropped map[string]int
	// Problems lists, as "FILE:LINE: what", the lines that could not be
	// read.
	Problems []string
}

// ImportedEntry is one entry with the verb block it comes from.
type ImportedEntry struct {
	lang.EventEntry
	Block string // the block's name, "ACCELERATE"
}

// Reasons for leaving a coding out (VerbDictionary.Dropped).
const (
	DropNoPLOVER   = "CAMEO code without a PLOVER type (01 statements, 02 appeals, unknown codes)"
	DropNull       = "null code (---)"
	DropDuplicate  = "same trigger, companions and code as an earlier entry, slots in conflict"
	DropTransform  = "transformation (~ line)"
	DropExpansion  = "synonym-set combinations beyond the limit per pattern"
	DropNoVerb     = "pattern before any verb"
	DropUndefined  = "pattern with an undefined synonym set"
	DropSynset     = "synonym-set members beyond the limit per set"
	maxSynset      = 4096
	maxExpansion   = 128
	maxPatternSize = 12
)

// prepositions are the words that, standing right before "$" or "+", make
// the participant the object of that preposition.
var prepositions = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`about above across after against along amid among around as at
		before behind below beneath beside between beyond by despite during for from in inside into
		near of off on onto out outside over past since through throughout to toward towards under
		until unto upon via with within without`) {
		prepositions[p] = true
	}
}

// noiseWords are pattern words that say nothing a companion could check.
var noiseWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true}

var (
	reComment = regexp.MustCompile(`<!--.*?-->`)
	reBraces  = regexp.MustCompile(`\{[^}]*\}`)
)

// verbBlock is a block being read.
type verbBlock struct {
	name  string
	code  string // the block's code, "---" for none
	verbs []importVerb
	pats  []importPattern
}

type importVerb struct {
	pre   []string // words right before the head ("WIRE_+TAP": "wire")
	words []string // lemma of the head, then the other words of a phrasal verb
	code  string   // "" for the block's
	line  int
}

type importPattern struct {
	comps      []patPos // the word positions, in the pattern's order
	source     []lang.Slot
	target     []lang.Slot // nil for the default
	code       string
	line       int
	headJoined bool // "IN_*": the verb follows the word before it directly
	// compound: "%" before the verb ("% HAVE *"): the actors coordinated
	// in the subject act on each other, a joint act
	compound bool
}

// patPos is one word position of a pattern: a word, or a synonym set's
// members, each some words.
type patPos struct {
	alts   [][]string
	before bool // before the verb
	joined bool // follows the word (or verb) before it with no word between: "_"
}

// patToken is a token of a pattern line; joined when "_" ties it to the
// token before it ("IN_*", "NEW_&TIETYPES_RELATIONS").
type patToken struct {
	text   string
	joined bool
}

// patternTokens splits a pattern into its tokens, brackets apart.
func patternTokens(s string) []patToken {
	for _, c := range "(){}" {
		s = strings.ReplaceAll(s, string(c), " "+string(c)+" ")
	}
	var out []patToken
	for _, f := range strings.Fields(s) {
		first := true
		for _, part := range strings.Split(f, "_") {
			if part == "" {
				continue
			}
			out = append(out, patToken{text: part, joined: !first})
			first = false
		}
	}
	return out
}

// ImportOptions change what ImportPETRARCHWith keeps.
type ImportOptions struct {
	// AllCodes keeps the codings whose code has no PLOVER type (CAMEO 01
	// statements and 02 appeals, codes of other schemes such as WEIS or a
	// test suite's own): their entries have an empty Type and the code
	// as written. Such entries are for scoring a dictionary against the
	// records written for it (kronika eval --petrarch); Kronika's output
	// carries PLOVER types only, and lang.ParseEvents rejects them.
	AllCodes bool
}

// ImportPETRARCH reads a PETRARCH/TABARI verb dictionary (name is used in
// problems and comments). lemma gives the lemmas of its words; nil keeps
// them as they are, in lower case. Lines that cannot be read are listed in
// Problems; the error is for a failing reader or a file with no entry.
func ImportPETRARCH(r io.Reader, name string, lemma Lemmatizer) (*VerbDictionary, error) {
	return ImportPETRARCHWith(r, name, lemma, ImportOptions{})
}

// ImportPETRARCHWith is ImportPETRARCH with options.
func ImportPETRARCHWith(r io.Reader, name string, lemma Lemmatizer, opt ImportOptions) (*VerbDictionary, error) {
	if lemma == nil {
		lemma = func(w string, _ bool) string { return strings.ToLower(w) }
	}
	im := &importer{name: name, lemma: lemma, opt: opt, synsets: map[string][][]string{},
		dict: &VerbDictionary{Dropped: map[string]int{}}, seen: map[string]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	inComment := false
	var synset string // the synonym set being read, "" outside one
	var blk *verbBlock
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		blank := strings.TrimSpace(line) == ""
		// <!-- ... --> comments, also over several lines
		if inComment {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			line, inComment = line[i+3:], false
		}
		line = reComment.ReplaceAllString(line, "")
		if i := strings.Index(line, "<!--"); i >= 0 {
			line, inComment = line[:i], true
		}
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		where := fmt.Sprintf("%s:%d", name, n)
		switch {
		case line == "":
			if blank {
				synset = ""
			}
		case strings.HasPrefix(line, "---"):
			im.flush(blk)
			blk = &verbBlock{code: "---"}
			head := strings.TrimSpace(strings.Trim(line, "-"))
			if i := strings.IndexByte(head, '['); i >= 0 {
				if j := strings.IndexByte(head[i:], ']'); j > 0 {
					blk.code = strings.TrimSpace(head[i+1 : i+j])
				}
				head = strings.TrimSpace(head[:i])
			}
			blk.name = head
			synset = ""
		case strings.HasPrefix(line, "&"):
			synset = synsetName(strings.Fields(line)[0])
			im.synsets[synset] = nil
		case synset != "" && strings.HasPrefix(line, "+"):
			member := strings.TrimSpace(line[1:])
			if len(im.synsets[synset]) >= maxSynset {
				im.dict.Dropped[DropSynset]++
			} else if strings.HasPrefix(member, "&") { // a set inside a set
				if inner := synsetName(member); inner != synset {
					im.synsets[synset] = append(im.synsets[synset], im.synsets[inner]...)
				}
			} else if ws := splitWords(member); len(ws) > 0 {
				im.synsets[synset] = append(im.synsets[synset], ws)
			}
		case strings.HasPrefix(line, "~"):
			im.dict.Dropped[DropTransform]++
		case strings.HasPrefix(line, "-"):
			im.dict.Patterns++
			if blk == nil || len(blk.verbs) == 0 {
				im.dict.Dropped[DropNoVerb]++
				continue
			}
			p, err := im.pattern(strings.TrimSpace(line[1:]), n)
			if err != nil {
				im.problem(where, err)
				continue
			}
			if p != nil {
				blk.pats = append(blk.pats, *p)
			}
		default:
			synset = ""
			v, err := im.verb(line, n)
			if err != nil {
				im.problem(where, err)
				continue
			}
			im.dict.Verbs++
			// A verb after patterns starts a block of its own (TABARI
			// dictionaries have no "---" headers).
			if blk == nil || len(blk.pats) > 0 {
				im.flush(blk)
				blk = &verbBlock{code: "---", name: strings.ToUpper(strings.Join(v.words, "_"))}
			}
			blk.verbs = append(blk.verbs, v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	im.flush(blk)
	if len(im.dict.Entries) == 0 {
		msg := "no verb with a code PLOVER has"
		if len(im.dict.Problems) > 0 {
			msg += "; first problem: " + im.dict.Problems[0]
		}
		return im.dict, fmt.Errorf("%s: not a PETRARCH/TABARI verb dictionary: %s", name, msg)
	}
	return im.dict, nil
}

type importer struct {
	name    string
	lemma   Lemmatizer
	opt     ImportOptions
	synsets map[string][][]string
	dict    *VerbDictionary
	seen    map[string]int // entry key → index in dict.Entries
}

func (im *importer) problem(where string, err error) {
	im.dict.Problems = append(im.dict.Problems, where+": "+err.Error())
}

// splitWords splits a dictionary phrase ("CASH_", "AUSTRIAN FLORIN",
// "ASK_FOR") into its words.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}

// synsetName is the name of a synonym set as defined or used: "&AUXVERB1_"
// and "&AUXVERB1" are the same set.
func synsetName(s string) string { return strings.TrimRight(s, "_") }

// verb reads a verb line: "HURRY {HURRIES HURRIED} [070]", "+ASK_FOR [020]".
func (im *importer) verb(line string, n int) (importVerb, error) {
	v := importVerb{line: n}
	code, rest, err := cutCode(line)
	if err != nil {
		return v, err
	}
	v.code = code
	rest = reBraces.ReplaceAllString(rest, " ")
	f := strings.Fields(rest)
	if len(f) == 0 {
		return v, fmt.Errorf("a code without a verb")
	}
	// "+" marks the verb of a compound: "+ASK_FOR" is "ask" then "for",
	// "WIRE_+TAP" is "tap" after "wire"
	word := strings.TrimPrefix(f[0], "+")
	if i := strings.IndexByte(word, '+'); i > 0 {
		for _, w := range splitWords(word[:i]) {
			if lw := strings.ToLower(w); !noiseWords[lw] && isWord(w) {
				v.pre = append(v.pre, im.lemma(w, false))
			}
		}
		word = word[i+1:]
	}
	ws := splitWords(word)
	if len(ws) == 0 || strings.ContainsAny(word, "+$*&") || !isWord(ws[0]) {
		return v, fmt.Errorf("%q is not a verb", f[0])
	}
	// a form other than the lemma ("LEFT" beside "LEAVE") is that form
	// only: the coder tries a token's form before its lemma
	head := strings.ToLower(ws[0])
	if l := im.lemma(ws[0], true); l == head || !inflected(head, l) {
		head = l
	}
	v.words = []string{head}
	for _, w := range ws[1:] {
		if lw := strings.ToLower(w); !noiseWords[lw] {
			v.words = append(v.words, im.lemma(w, false))
		}
	}
	return v, nil
}

// inflected reports whether a dictionary verb form is an inflection of
// lemma rather than the lemma itself: a past or participle form ("LEFT",
// "RISEN", "CALLED", "BEGAN"). A plain verb the lemmatizer reads another
// way ("BRIEF", "ACCORD") keeps its lemma.
func inflected(form, lemma string) bool {
	switch {
	case strings.HasSuffix(form, "ed") || strings.HasSuffix(form, "en") || strings.HasSuffix(form, "ing"):
		return true
	case len(form) < len(lemma) || len(form) <= 4:
		// irregular pasts: "left", "began", "met", "took", "sent"
		return form[0] == lemma[0] && form != lemma
	}
	return false
}

func isAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

func isWord(w string) bool {
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '\'' || r == '.' || r >= '0' && r <= '9') {
			return false
		}
	}
	return w != ""
}

// cutCode takes the last "[...]" off a line: the code inside and the line
// before it; "" when there is none.
func cutCode(line string) (code, rest string, err error) {
	i := strings.LastIndexByte(line, '[')
	if i < 0 {
		return "", line, nil
	}
	j := strings.IndexByte(line[i:], ']')
	if j < 0 {
		return "", line, fmt.Errorf("a [ without ]")
	}
	return strings.TrimSpace(line[i+1 : i+j]), line[:i], nil
}

// pattern reads a pattern line after its "-"; nil for a pattern that codes
// nothing (no code).
func (im *importer) pattern(line string, n int) (*importPattern, error) {
	code, rest, err := cutCode(line)
	if err != nil {
		return nil, err
	}
	if code == "" {
		return nil, fmt.Errorf("a pattern without a [code]")
	}
	p := &importPattern{code: code, line: n}
	toks := patternTokens(rest)
	if len(toks) > 3*maxPatternSize {
		return nil, fmt.Errorf("a pattern of %d tokens", len(toks))
	}
	texts := make([]string, len(toks))
	for i, t := range toks {
		texts[i] = t.text
	}
	verbSeen := false
	groupStart := -1 // index in toks of the first token of the open "(" group
	// wordBefore: the token before is a word or the verb, so "_" ties the
	// next one to it (a participant or a skipped word between breaks the
	// tie: the coder cannot check it)
	wordBefore := false
	addPos := func(alts [][]string, joined bool) {
		p.comps = append(p.comps, patPos{alts: alts, before: !verbSeen, joined: joined && wordBefore})
		wordBefore = true
	}
	for i, tk := range toks {
		t := tk.text
		switch {
		case t == "*" || t == "**":
			verbSeen = true
			p.headJoined = tk.joined && wordBefore && len(p.comps) > 0
			wordBefore = true
		case t == "(":
			groupStart = i + 1
		case t == ")":
			// "(TO)": a preposition alone is where the target stands.
			if verbSeen && groupStart == i-1 && p.target == nil && len(p.comps) > 0 {
				if preps := im.prepsOf(texts[i-1]); preps != nil {
					p.target = im.markerSlots(texts, i, -1, verbSeen)
					p.comps = p.comps[:len(p.comps)-1]
				}
			}
			groupStart = -1
		case t == "{" || t == "}":
		case t == "%":
			p.compound = p.compound || !verbSeen
			wordBefore = false
		case t == "^":
			wordBefore = false
		case t == "$" || t == "+":
			slots := im.markerSlots(texts, i, groupStart, verbSeen)
			if t == "$" {
				p.source = slots
			} else {
				p.target = slots
			}
			wordBefore = false
		case strings.HasPrefix(t, "&"):
			if im.isSlotPrep(texts, i) {
				wordBefore = false
				continue
			}
			alts, ok := im.synsets[synsetName(t)]
			if !ok || len(alts) == 0 {
				im.dict.Dropped[DropUndefined]++
				return nil, nil
			}
			var lem [][]string
			for _, a := range alts {
				if ws := im.lemmas(a); len(ws) > 0 {
					lem = append(lem, ws)
				}
			}
			if len(lem) > 0 {
				addPos(lem, tk.joined)
			} else {
				wordBefore = false
			}
		default:
			if im.isSlotPrep(texts, i) {
				wordBefore = false
				continue
			}
			// (an article left out leaves a gap: "THE_NEATEST_PLACE")
			if ws := im.lemmas([]string{t}); len(ws) > 0 {
				addPos([][]string{ws}, tk.joined)
			} else {
				wordBefore = false
			}
		}
	}
	if !verbSeen {
		return nil, fmt.Errorf("a pattern without * (the verb)")
	}
	return p, nil
}

// lemmas lemmatizes the words of a pattern, leaving out articles and
// conjunctions.
func (im *importer) lemmas(ws []string) []string {
	var out []string
	for _, w := range joinContractions(ws) {
		lw := strings.ToLower(w)
		if noiseWords[lw] || !isWord(w) {
			continue
		}
		if prepositions[lw] {
			out = append(out, lw)
			continue
		}
		out = append(out, im.lemma(w, false))
	}
	return out
}

// joinContractions writes the contractions a dictionary splits as
// TreeBank does ("DID N'T", "WO N'T", "CA N'T") as the text writes them
// and Kronika's tokenizer keeps them, one word: "didn't", "won't",
// "can't".
func joinContractions(ws []string) []string {
	var out []string
	for _, w := range ws {
		lw := strings.ToLower(w)
		if len(out) > 0 && (lw == "n't" || lw == "n’t") {
			out[len(out)-1] = strings.ToLower(out[len(out)-1]) + "n't"
			continue
		}
		out = append(out, w)
	}
	return out
}

// isSlotPrep reports whether toks[i] is the preposition (or a synonym set
// of prepositions) right before a "$" or "+": it names the slot and is not
// a companion.
func (im *importer) isSlotPrep(toks []string, i int) bool {
	if i+1 >= len(toks) || toks[i+1] != "$" && toks[i+1] != "+" {
		return false
	}
	return len(im.prepsOf(toks[i])) > 0
}

// prepsOf returns the prepositions a token stands for: itself, or every
// word of a synonym set of prepositions; nil for anything else.
func (im *importer) prepsOf(t string) []string {
	if strings.HasPrefix(t, "&") {
		var out []string
		for _, a := range im.synsets[synsetName(t)] {
			if len(a) != 1 || !prepositions[strings.ToLower(a[0])] {
				return nil
			}
			out = append(out, strings.ToLower(a[0]))
		}
		return out
	}
	if lt := strings.ToLower(t); prepositions[lt] {
		return []string{lt}
	}
	return nil
}

// markerSlots returns the slots of the participant marked at toks[i]: the
// preposition right before the marker or opening its "(...)" group
// ("DESPITE $ *", "* (WITH +)"), else "before" before the verb and obj
// after it.
func (im *importer) markerSlots(toks []string, i, groupStart int, verbSeen bool) []lang.Slot {
	var preps []string
	if i > 0 {
		preps = im.prepsOf(toks[i-1])
	}
	if preps == nil && groupStart >= 0 && groupStart < i {
		preps = im.prepsOf(toks[groupStart])
	}
	switch {
	case preps == nil && !verbSeen:
		// where the text puts it, whatever the voice: "+ * FROM $" is
		// "Ithilen was freed from Mordor" (petrarch_match.go)
		return []lang.Slot{{Pos: "before"}}
	case preps == nil && i > 0 && toks[i-1] != "*" && toks[i-1] != "**":
		// after a word of the pattern or a skipped one ("* MAY_DAY $",
		// "* IN ^ +"): an actor further on, PETRARCH's default
		return []lang.Slot{{Pos: "after"}}
	case preps == nil:
		return []lang.Slot{{Pos: "obj"}}
	}
	out := make([]lang.Slot, len(preps))
	for k, p := range preps {
		out[k] = lang.Slot{Prep: p}
	}
	return out
}

// flush turns a finished block into entries.
func (im *importer) flush(b *verbBlock) {
	if b == nil {
		return
	}
	subj, obj := []lang.Slot{{Pos: "subj"}}, []lang.Slot{{Pos: "after"}}
	before := []lang.Slot{{Pos: "before"}}
	// the patterns first: PETRARCH codes the verb alone only when none
	// of its patterns matches, and a pattern with no word but the verb's
	// ("* (WITH +)") is tried before the verb with as many words
	for _, p := range b.pats {
		src, tgt := p.source, p.target
		switch {
		case src == nil && tgt == nil:
			src, tgt = subj, obj
		case src == nil:
			src = subj
			if sameSlots(tgt, subj) || sameSlots(tgt, before) {
				src = obj
			}
		case tgt == nil:
			tgt = obj
			if sameSlots(src, obj) {
				tgt = subj
			}
		}
		sym := false
		if p.compound && p.source == nil && p.target == nil {
			// the subject's coordinated actors, each with the others
			src, tgt, sym = subj, nil, true
		}
		combos := expand(p.comps)
		if len(combos) > maxExpansion {
			im.dict.Dropped[DropExpansion] += len(b.verbs) * (len(combos) - maxExpansion)
			combos = combos[:maxExpansion]
		}
		for _, v := range b.verbs {
			for _, cb := range combos {
				words, seq := v.sequence(cb, p.headJoined)
				im.addSeq(b.name, p.line, words, seq, p.code, src, tgt, sym)
			}
		}
	}
	for _, v := range b.verbs {
		code := v.code
		if code == "" {
			code = b.code
		}
		// (a verb alone has its order too: a compound's words stand
		// around it as written, and the coder knows it for a
		// dictionary's verb)
		words, seq := v.sequence(combo{}, false)
		im.addSeq(b.name, v.line, words, seq, code, subj, obj, false)
	}
}

// combo is one reading of a pattern, a member of each synonym set
// chosen: its words in order, how many stand before the verb, and which
// follow the word before them directly.
type combo struct {
	words  []string
	joined []bool
	before int
}

// expand returns every reading of a pattern: one alternative per
// position.
func expand(pos []patPos) []combo {
	out := []combo{{}}
	for _, ps := range pos {
		var next []combo
		for _, prefix := range out {
			for _, a := range ps.alts {
				cb := combo{words: append(append([]string(nil), prefix.words...), a...),
					joined: append([]bool(nil), prefix.joined...), before: prefix.before}
				for k := range a {
					// the words of a member follow each other
					cb.joined = append(cb.joined, k > 0 || ps.joined)
				}
				if ps.before {
					cb.before += len(a)
				}
				next = append(next, cb)
				if len(next) > 4*maxExpansion {
					break
				}
			}
		}
		out = next
	}
	return out
}

// sequence returns the words of the entry for verb v with pattern reading
// cb, and their order: the head, the words before it, the other words of
// a phrasal verb right after it, then the pattern's words after it.
func (v importVerb) sequence(cb combo, headJoined bool) ([]string, *lang.Sequence) {
	words := append([]string{v.words[0]}, cb.words[:cb.before]...)
	seq := &lang.Sequence{Before: cb.before + len(v.pre), HeadJoined: headJoined && cb.before > 0}
	seq.Joined = append(seq.Joined, cb.joined[:cb.before]...)
	for k, w := range v.pre {
		// a compound's words before its verb: together, right before it
		words = append(words, w)
		seq.Joined = append(seq.Joined, k > 0 || headJoined && cb.before > 0)
		seq.HeadJoined = true
	}
	if seq.Before > 0 {
		seq.Joined[0] = false // nothing before it in the pattern to follow
	}
	for _, w := range v.words[1:] {
		words = append(words, w)
		seq.Joined = append(seq.Joined, true)
	}
	words = append(words, cb.words[cb.before:]...)
	seq.Joined = append(seq.Joined, cb.joined[cb.before:]...)
	return words, seq
}

func sameSlots(a, b []lang.Slot) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// add adds the entries of one coding: "042", "042:043" (the second code
// for the event back from the target to the source), ":173", "---".
func (im *importer) add(block string, line int, words []string, code string, src, tgt []lang.Slot) {
	im.addSeq(block, line, words, nil, code, src, tgt, false)
}

// addSeq is add for a pattern's words in their order (seq).
// A joint act (sym) is symmetric whatever its code.
func (im *importer) addSeq(block string, line int, words []string, seq *lang.Sequence, code string, src, tgt []lang.Slot, sym bool) {
	fwd, back, paired := strings.Cut(code, ":")
	fwd, back = strings.TrimSpace(fwd), strings.TrimSpace(back)
	if fwd == "" && !paired {
		fwd = "---"
	}
	if fwd != "" {
		im.add1(block, line, words, seq, fwd, src, tgt, sym || paired && back == fwd)
	}
	if paired && back != "" && back != fwd {
		im.add1(block, line, words, seq, back, tgt, src, sym)
	}
}

func (im *importer) add1(block string, line int, words []string, seq *lang.Sequence, code string, src, tgt []lang.Slot, sym bool) {
	if strings.Trim(code, "-") == "" || !strings.ContainsFunc(code, isAlnum) {
		// "---", and the place-holders "+++", "###" of a pattern that is
		// to code nothing of its own
		im.dict.Dropped[DropNull]++
		return
	}
	pc, ok := PLOVER(code)
	if !ok && !im.opt.AllCodes {
		im.dict.Dropped[DropNoPLOVER]++
		return
	}
	e := lang.EventEntry{Line: line, Words: words, POS: "verb", Type: pc.Type, Mode: pc.Mode,
		CAMEO: code, Context: pc.Context, Source: src, Target: tgt, Sequence: seq}
	if sym {
		e.Flags |= lang.Symmetric
	}
	if targetless[pc.Type] {
		e.Flags |= lang.NoTarget
	}
	key := entryKey(&e)
	if i, dup := im.seen[key]; dup {
		prev := &im.dict.Entries[i].EventEntry
		if !mergeSlots(prev, &e) {
			im.dict.Dropped[DropDuplicate]++
		}
		return
	}
	im.seen[key] = len(im.dict.Entries)
	im.dict.Entries = append(im.dict.Entries, ImportedEntry{EventEntry: e, Block: block})
}

// entryKey is what lang.ParseEvents requires to be unique.
// An imported pattern's word order is part of it: "IN_*" and "IN *" are
// two entries.
func entryKey(e *lang.EventEntry) string {
	k := strings.Join(e.Words, " ") + "\t" + e.POS + "\t" + e.Type + "\t" + e.CAMEO
	if q := e.Sequence; q != nil && len(e.Words) > 1 {
		k += fmt.Sprintf("\t%d %t %v", q.Before, q.HeadJoined, q.Joined)
	}
	return k
}

// mergeSlots adds the slots of e to prev, an entry with the same key, as
// further alternatives, when no slot would then hold both the source and
// the target; it reports whether it did.
func mergeSlots(prev, e *lang.EventEntry) bool {
	src := unionSlots(prev.Source, e.Source)
	tgt := unionSlots(prev.Target, e.Target)
	for _, s := range src {
		for _, t := range tgt {
			if s == t {
				return false
			}
		}
	}
	prev.Source, prev.Target = src, tgt
	prev.Flags |= e.Flags & lang.Symmetric
	return true
}

func unionSlots(a, b []lang.Slot) []lang.Slot {
	out := append([]lang.Slot(nil), a...)
	for _, s := range b {
		found := false
		for _, o := range out {
			found = found || o == s
		}
		if !found {
			out = append(out, s)
		}
	}
	return out
}

// FormatEntry writes an entry as one line of a trigger lexicon (the nine
// fields of lang/en/data/events.tsv, without the newline).
func FormatEntry(e *lang.EventEntry) string {
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	slots := func(ss []lang.Slot) string {
		parts := make([]string, len(ss))
		for i, s := range ss {
			parts[i] = s.String()
		}
		return dash(strings.Join(parts, "|"))
	}
	var flags []string
	if e.Flags&lang.Symmetric != 0 {
		flags = append(flags, "sym")
	}
	if e.Flags&lang.NoTarget != 0 {
		flags = append(flags, "notarget")
	}
	if e.Flags&lang.Weak != 0 {
		flags = append(flags, "weak")
	}
	return strings.Join([]string{strings.Join(e.Words, " "), e.POS, e.Type, dash(e.Mode), e.CAMEO,
		dash(strings.Join(e.Context, ",")), slots(e.Source), slots(e.Target), dash(strings.Join(flags, ","))}, "\t")
}

// WriteTSV writes the entries in the trigger-lexicon format, a comment
// line naming each verb block before its entries.
func (v *VerbDictionary) WriteTSV(w io.Writer, source string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Trigger lexicon converted from the PETRARCH/TABARI verb dictionary %s:\n", source)
	fmt.Fprintf(bw, "# %d entries from %d verbs and %d patterns. The nine TAB-separated fields are\n", len(v.Entries), v.Verbs, v.Patterns)
	fmt.Fprintf(bw, "# those of lang/en/data/events.tsv (described at its top); types, modes and\n")
	fmt.Fprintf(bw, "# contexts come from the CAMEO codes through events/cameo2plover.tsv.\n")
	block := "\x00"
	for i := range v.Entries {
		e := &v.Entries[i]
		if e.Block != block {
			block = e.Block
			fmt.Fprintf(bw, "\n# %s (%s:%d)\n", block, source, e.Line)
		}
		bw.WriteString(FormatEntry(&e.EventEntry))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// LexiconFile is a user's trigger lexicon: Kronika's format when Name ends
// in .tsv, else a PETRARCH/TABARI verb dictionary.
type LexiconFile struct {
	Name string
	Data []byte
}

// ExtendOptions change what ExtendLexiconWith builds.
type ExtendOptions struct {
	// Import is passed to ImportPETRARCHWith for PETRARCH files.
	Import ImportOptions
	// Alone leaves out the base's own entries: the lexicon codes with the
	// user's entries only (the base still gives cues and slots, and its
	// sectors unless Sectors are given).
	Alone bool
	// Sectors are sector phrases added to the base's, in place of them
	// when Alone: lower case words ("main opposition group") → a sector
	// code, as a PETRARCH agents file gives them. Their words are
	// lemmatized.
	Sectors map[string]string
}

// ExtendLexicon returns a copy of base (a language's lexicon, unchanged)
// with the entries of the user's files added before its own, the first
// file first, so that a user's entry is tried before the base's with as
// many words; an entry with the trigger and code of an earlier one is left
// out. Cues, sectors and the subject, object and agent slots are the
// base's. lemma is used for PETRARCH files (see ImportPETRARCH). The lines
// of PETRARCH files left out are returned as warnings; a .tsv line that
// cannot be read, or a file with no entry, is the error.
func ExtendLexicon(base *lang.EventLexicon, files []LexiconFile, lemma Lemmatizer) (*lang.EventLexicon, []string, error) {
	return ExtendLexiconWith(base, files, lemma, ExtendOptions{})
}

// ExtendLexiconWith is ExtendLexicon with options.
func ExtendLexiconWith(base *lang.EventLexicon, files []LexiconFile, lemma Lemmatizer, opt ExtendOptions) (*lang.EventLexicon, []string, error) {
	var warnings []string
	var all []lang.EventEntry
	for _, f := range files {
		if strings.HasSuffix(strings.ToLower(f.Name), ".tsv") {
			x, err := lang.ParseEvents(f.Name, string(f.Data), "", "")
			if err != nil {
				return nil, warnings, err
			}
			all = append(all, x.Entries...)
			continue
		}
		dict, err := ImportPETRARCHWith(strings.NewReader(string(f.Data)), f.Name, lemma, opt.Import)
		if dict != nil {
			warnings = append(warnings, dict.Problems...)
		}
		if err != nil {
			return nil, warnings, err
		}
		for _, e := range dict.Entries {
			all = append(all, e.EventEntry)
		}
	}
	if base != nil && !opt.Alone {
		all = append(all, base.Entries...)
	}
	var kept []lang.EventEntry
	seen := map[string]bool{}
	for i := range all {
		k := entryKey(&all[i])
		if seen[k] {
			continue
		}
		seen[k] = true
		e := all[i]
		if len(e.Target) == 0 {
			e.Flags |= lang.NoTarget // as lang.ParseEvents reads it
		}
		kept = append(kept, e)
	}
	x := lang.NewEventLexicon(kept)
	if base != nil {
		x.Subject, x.Object, x.Agent = base.Subject, base.Object, base.Agent
		x.Side = base.Side
		x.Cues, x.Sectors = base.Cues, base.Sectors
		// the rest of the language's coder settings, whatever the triggers:
		// its rules, and the nouns that name one actor ("pope") or a body's
		// sector
		x.Rules, x.Actors, x.AdjSectors = base.Rules, base.Actors, base.AdjSectors
		if !opt.Alone {
			x.Fallback, x.FallbackName = base.Fallback, base.FallbackName
		}
	}
	if len(opt.Sectors) > 0 {
		if lemma == nil {
			lemma = func(w string, _ bool) string { return strings.ToLower(w) }
		}
		sectors := make(map[string]string, len(x.Sectors)+len(opt.Sectors))
		if !opt.Alone {
			for k, v := range x.Sectors {
				sectors[k] = v
			}
		}
		for phrase, code := range opt.Sectors {
			ws := strings.Fields(strings.ToLower(phrase))
			for i, w := range ws {
				ws[i] = lemma(w, false)
			}
			if len(ws) > 0 && code != "" {
				sectors[strings.Join(ws, " ")] = code
			}
		}
		x.Sectors = sectors
	}
	return x, warnings, nil
}
