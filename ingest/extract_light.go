//go:build lighthtml

package ingest

import (
	"errors"
	"net/url"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// HTMLExtractor names the library this build extracts HTML pages with.
const HTMLExtractor = "go-readability"

// extractArticle finds the main text and title of a page with
// go-readability, and the date with pageDate (go-readability's own date is
// the fallback: it converts to UTC, which can move the day). Selected by
// -tags lighthtml: it adds nothing to start-up, where go-trafilatura's
// date parser costs every process half a second of package initialisation.
func extractArticle(root *html.Node, pageURL *url.URL) (article, error) {
	res, err := readability.FromDocument(root, pageURL)
	if err != nil {
		return article{}, err
	}
	if res.Node == nil || strings.TrimSpace(res.TextContent) == "" {
		return article{}, errors.New("no readable content")
	}
	a := article{title: res.Title, content: res.Node}
	// go-readability keeps a short title with the site's name and takes the
	// headline out of the content; the page's first <h1> is the headline
	// without the site's name.
	if h1 := firstH1(root); h1 != "" && headlineOf(a.title, h1) {
		a.title = h1
	}
	if a.date = pageDate(root, pageURLString(pageURL)); a.date == "" && res.PublishedTime != nil {
		a.date = plausibleDate(res.PublishedTime.Format(time.DateOnly))
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
