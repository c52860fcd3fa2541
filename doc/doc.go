// Package doc is Kronika's document model: one Document holds the text of an
// article and every annotation the pipeline stages add to it, as spans over
// that text. Stages annotate a Document; none of them re-tokenizes it.
//
// Offsets inside the model are byte offsets into Document.Text, so that spans
// slice the text directly. The kronika/1 JSON contract counts Unicode code
// points instead; the conversion happens once, when a Document is written
// (see Marshal).
package doc

// Schema is the name and version of the JSON contract written by Marshal.
const Schema = "kronika/1"

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct {
	Start, End int
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// BlockKind says what a block of text is.
type BlockKind uint8

const (
	// Paragraph is running text.
	Paragraph BlockKind = iota
	// Title is the article's headline.
	Title
	// Heading is a sub-heading inside the article.
	Heading
	// Boilerplate is text that is not part of the article: related-article
	// links, share buttons, cookie notices. It yields no annotations.
	Boilerplate
	// Header is a format marker such as the " date YYYY-MM" line of plain
	// text input; it is not article text.
	Header
)

var blockKindNames = [...]string{"paragraph", "title", "heading", "boilerplate", "header"}

func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// Block is a structural unit of the text: a title, heading, paragraph,
// header marker or boilerplate line.
type Block struct {
	Span
	Kind BlockKind
	// Why holds, for boilerplate, what kind it is ("related", "share",
	// "cookie", "footer", ...).
	Why string
}

// TokenKind classifies a token by its shape.
type TokenKind uint8

const (
	Word TokenKind = iota
	Number
	Punct
	Symbol
)

var tokenKindNames = [...]string{"word", "number", "punct", "symbol"}

func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "unknown"
}

// Token is one word, number or punctuation mark. The morphological fields
// are empty until a morphological analyzer fills them.
type Token struct {
	Span
	Kind TokenKind
	// SpaceAfter is false when the next token follows without white space.
	SpaceAfter bool
	Lemma      string
	UPOS       string // Universal POS tag
	XPOS       string // language-specific tag (NKJP for Polish)
	Feats      string // UD features, "Case=Nom|Number=Sing"
	// CaseSet and AgreeSet are every case and every number, gender and
	// person that the dictionary's readings of the word with its lemma
	// allow, not only the chosen tag's ("Kima": accusative or genitive);
	// 0 when the language's morphology does not give them.
	CaseSet  Cases
	AgreeSet Agreement
}

// Sentence is a span of text with the range of its tokens.
type Sentence struct {
	Span
	// FirstToken and EndToken index Document.Tokens: the sentence's
	// tokens are Tokens[FirstToken:EndToken].
	FirstToken, EndToken int
	// Block indexes Document.Blocks.
	Block int
}

// Document is an article and everything known about it.
type Document struct {
	ID     string // content hash of Text (see Hash)
	Source string // file path, URL or "-" for standard input
	Lang   string // ISO 639-1 code
	Date   string // publication date: YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown
	Title  string // "" when none
	Format string // reader that produced the document: text, slavicner, html, jsonl
	Text   string

	Blocks    []Block
	Sentences []Sentence
	Tokens    []Token

	Phrases []Phrase // noun phrases and verb groups, in text order

	// Explain asks the writer to include each event's coding trace.
	Explain bool

	Entities []Entity
	Events   []Event
	Quotes   []Quote
	Times    []Time
}

// Form returns the text of a span.
func (d *Document) Form(s Span) string { return d.Text[s.Start:s.End] }

// Headings returns the text of every heading block, in order.
func (d *Document) Headings() []string {
	var hs []string
	for _, b := range d.Blocks {
		if b.Kind == Heading {
			hs = append(hs, d.Text[b.Start:b.End])
		}
	}
	return hs
}

// Content reports whether the block at i carries article text that stages
// should annotate (paragraphs, headings and the title, not boilerplate or
// header markers).
func (b Block) Content() bool {
	return b.Kind == Paragraph || b.Kind == Heading || b.Kind == Title
}

// InBoilerplate reports whether span s overlaps a boilerplate block.
func (d *Document) InBoilerplate(s Span) bool {
	for _, b := range d.Blocks {
		if b.Kind == Boilerplate && s.Start < b.End && b.Start < s.End {
			return true
		}
	}
	return false
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// MainCountry returns the country the document's entities are most often
// mentions of, "" when none is or two or more are mentioned as often.
func (d *Document) MainCountry() string {
	n := map[string]int{}
	for _, e := range d.Entities {
		if e.Country != "" {
			n[e.Country] += len(e.Mentions)
		}
	}
	return Plurality(n)
}

// Plurality returns the key with the largest count in n, "" when n is
// empty or two or more keys share the largest count.
func Plurality(n map[string]int) string {
	best, tie := "", false
	for c, k := range n {
		switch {
		case best == "" || k > n[best]:
			best, tie = c, false
		case k == n[best]:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
