//go:build !trafilatura

package ingest

import (
	"errors"
	"net/url"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// HTMLExtractor names the library this build extracts HTML pages with.
const HTMLExtractor = "go-readability"

// extractArticle finds the main text and title of a page with
// go-readability (codeberg.org/readeck/go-readability/v2), and the date
// with pageDate; the date go-readability reads from the page's metadata is
// the fallback. This is the default extractor: its package initialisation
// takes about 2 ms. Building with -tags trafilatura selects go-trafilatura
// instead, whose date parser costs every process, HTML or not, about half
// a second and 50 MB of package initialisation.
//
// The extractor works on root in place (no copy of the tree is made), so
// the date and the headline are read before it runs; root is not to be
// used afterwards.
func extractArticle(root *html.Node, pageURL *url.URL) (article, error) {
	date := pageDate(root, pageURLString(pageURL))
	h1 := firstH1(root)
	p := readability.NewParser()
	res, err := p.ParseAndMutate(root, pageURL)
	if err != nil {
		return article{}, err
	}
	if res.Node == nil {
		return article{}, errors.New("no readable content")
	}
	a := article{title: res.Title(), content: res.Node, date: date}
	// go-readability keeps a short title with the site's name and takes the
	// headline out of the content; the page's first <h1> is the headline
	// without the site's name.
	if h1 != "" && headlineOf(a.title, h1) {
		a.title = h1
	}
	if a.date == "" {
		// The time keeps the offset it was written with, so the day is the
		// page's own. But go-readability reads 10/05/2022 month first,
		// where most of the world, Poland included, writes the day first:
		// a date whose day could be its month is left out.
		if t, err := res.PublishedTime(); err == nil && (t.Day() > 12 || t.Day() == int(t.Month())) {
			a.date = plausibleDate(t.Format(time.DateOnly))
		}
	}
	return a, nil
}

// firstH1 returns the text of the page's first <h1>, white space collapsed.
func firstH1(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "h1" {
		return nodeText(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h := firstH1(c); h != "" {
			return h
		}
	}
	return ""
}
