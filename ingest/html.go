package ingest

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/kronika/kronika/doc"
)

// article is what an HTML extractor finds in a page.
type article struct {
	title   string     // from the page's metadata, "" if none
	date    string     // publication date, YYYY[-MM[-DD]] or ""
	content *html.Node // the main text's markup
}

// readHTML makes a document of an HTML page: the main text as found by the
// extractor (see extractArticle), without navigation, comments and footers.
// The text is the title, a blank line, then the body's blocks separated by
// blank lines; the title and the body's h1-h6 become Title and Heading
// blocks. A panic inside the extractor becomes an error naming the source.
func readHTML(source, text string) (d *doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := strings.Join(strings.Fields(fmt.Sprint(r)), " ")
			d, err = nil, fmt.Errorf("%s: html extraction failed: %s", source, msg)
		}
	}()
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("%s: parse html: %w", source, err)
	}
	var pageURL *url.URL
	if isURL(source) {
		if u, err := url.Parse(source); err == nil {
			pageURL = u
		}
	}
	res, err := extractArticle(root, pageURL)
	if err != nil {
		return nil, fmt.Errorf("%s: no article text found: %w", source, err)
	}
	paras := htmlBlocks(res.content)
	title := strings.Join(strings.Fields(res.title), " ")
	// The page's own headline usually opens the body. It repeats the title,
	// or is the title without the site's name, or stands in for a missing
	// title.
	if len(paras) > 1 && paras[0].heading && headlineOf(title, paras[0].text) {
		title, paras = paras[0].text, paras[1:]
	}
	// Drop repeats of the title: the first paragraph, and headings anywhere
	// (pages often set the headline again below a kicker or a photo).
	kept := paras[:0]
	for i, p := range paras {
		if title != "" && (i == 0 || p.heading) && strings.EqualFold(p.text, title) {
			continue
		}
		kept = append(kept, p)
	}
	paras = kept
	if len(paras) == 0 {
		return nil, fmt.Errorf("%s: no article text found", source)
	}

	var sb strings.Builder
	var blocks []doc.Block
	if title != "" {
		sb.WriteString(title)
		blocks = append(blocks, doc.Block{Span: doc.Span{Start: 0, End: sb.Len()}, Kind: doc.Title})
	}
	for _, p := range paras {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(p.text)
		if p.heading {
			blocks = append(blocks, doc.Block{Span: doc.Span{Start: start, End: sb.Len()}, Kind: doc.Heading})
		}
	}
	d = newDocument(source, FormatHTML, sb.String())
	d.Title = title
	d.Blocks = blocks
	d.Date = res.date
	// The extractor's language guess, if any, is left out: Kronika's own
	// language identification, tuned for its languages, runs on the text.
	return d, nil
}

// pageURLString returns the URL a page came from, or "".
func pageURLString(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.String()
}

// headlineOf reports whether heading h is the page's headline for the
// title from its metadata: the same text, or the text with the site's name
// before or after it.
func headlineOf(title, h string) bool {
	if strings.Contains(h, "\n") {
		return false
	}
	if title == "" || strings.EqualFold(title, h) {
		return true
	}
	if 2*len(h) < len(title) {
		return false
	}
	t, h := strings.ToLower(title), strings.ToLower(h)
	return strings.HasPrefix(t, h) || strings.HasSuffix(t, h)
}

// maxHeading is the longest text, in characters, kept as a heading.
const maxHeading = 150

// htmlPara is one block of extracted text.
type htmlPara struct {
	text    string
	heading bool
}

// Elements whose content starts a new block of text.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"header": true, "footer": true, "aside": true, "nav": true, "body": true,
	"blockquote": true, "pre": true, "figure": true, "figcaption": true,
	"ul": true, "ol": true, "dl": true, "li": true, "dt": true, "dd": true,
	"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true,
	"caption": true, "details": true, "summary": true, "hr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"address": true, "form": true, "fieldset": true, "center": true,
}

// Elements whose content is never article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "title": true, "svg": true, "math": true, "iframe": true,
	"button": true, "select": true, "textarea": true, "object": true,
}

func isHeadingTag(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// paraBuilder collects text with white space collapsed into blocks.
type paraBuilder struct {
	paras   []htmlPara
	cur     strings.Builder
	space   bool // white space is pending before the next word
	heading bool // the current block is a heading
}

// htmlBlocks turns extracted content into blocks of text.
func htmlBlocks(n *html.Node) []htmlPara {
	if n == nil {
		return nil
	}
	var b paraBuilder
	b.walk(n, 0)
	b.flush()
	return b.paras
}

func (b *paraBuilder) walk(n *html.Node, depth int) {
	if depth > 512 {
		return // absurdly deep trees: keep what we have
	}
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	tag := strings.ToLower(n.Data)
	if n.Type == html.ElementNode {
		switch {
		case skipTags[tag]:
			return
		case tag == "br":
			b.cur.WriteByte('\n')
			b.space = false
			return
		case tag == "td" || tag == "th":
			b.space = true
		}
	}
	isBlock := blockTags[tag]
	saved := b.heading
	if isBlock {
		b.flush()
		b.heading = saved || isHeadingTag(tag)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, depth+1)
	}
	if isBlock {
		b.flush()
		b.heading = saved
	}
}

func (b *paraBuilder) text(s string) {
	if s == "" {
		return
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		b.space = true
		return
	}
	first, _ := utf8.DecodeRuneInString(s)
	lead := b.space || unicode.IsSpace(first)
	for i, w := range words {
		if (i > 0 || lead) && b.cur.Len() > 0 && !strings.HasSuffix(b.cur.String(), "\n") {
			b.cur.WriteByte(' ')
		}
		b.cur.WriteString(w)
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	b.space = unicode.IsSpace(last)
}

func (b *paraBuilder) flush() {
	text := strings.TrimSpace(b.cur.String())
	b.cur.Reset()
	b.space = false
	if text == "" {
		return
	}
	// Lines broken by <br> keep their breaks but lose white space around them.
	if strings.Contains(text, "\n") {
		lines := strings.Split(text, "\n")
		kept := lines[:0]
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				kept = append(kept, l)
			}
		}
		text = strings.Join(kept, "\n")
	}
	// A one-word heading is a label ("Reklama", "Advertisement") more often
	// than a sub-heading, and a long one a lead paragraph set in large
	// type; both are left to the structure stage as paragraphs.
	heading := b.heading && strings.ContainsRune(text, ' ') && utf8.RuneCountInString(text) <= maxHeading
	b.paras = append(b.paras, htmlPara{text: text, heading: heading})
}
