//go:build trafilatura

package ingest

import (
	"net/url"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// HTMLExtractor names the library this build extracts HTML pages with.
const HTMLExtractor = "go-trafilatura"

// retryBelow is the length of extracted text, in bytes, below which the
// extraction is tried again with fallbacks: short enough that few complete
// articles are shorter, long enough to catch a page where only a caption or
// a box was taken for the article.
const retryBelow = 1000

// extractArticle finds the main text, title and date of a page with
// go-trafilatura (its date search: go-htmldate), and falls back to pageDate
// for the date. Selected by -tags trafilatura: it finds more dates and
// somewhat more text than the default go-readability, but its date parser
// (go-dateparser) compiles expressions for some 200 locales when the
// package initialises, which costs every process, HTML or not, about half
// a second and 50 MB at start-up.
func extractArticle(root *html.Node, pageURL *url.URL) (article, error) {
	opts := trafilatura.Options{ExcludeComments: true, OriginalURL: pageURL}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || len(res.ContentText) < retryBelow {
		// Little or no text: try again with the extractor's fallback
		// algorithms, which cost about as much again, and keep the longer
		// text. The date found the first time stands.
		fb := opts
		fb.EnableFallback, fb.HtmlDateMode = true, trafilatura.Disabled
		if again, err2 := trafilatura.ExtractDocument(root, fb); err2 == nil && (err != nil || len(again.ContentText) > len(res.ContentText)) {
			if err == nil && !res.Metadata.Date.IsZero() {
				again.Metadata.Date = res.Metadata.Date
			}
			res, err = again, nil
		}
	}
	if err != nil {
		return article{}, err
	}
	a := article{title: res.Metadata.Title, content: res.ContentNode}
	if !res.Metadata.Date.IsZero() {
		a.date = res.Metadata.Date.Format(time.DateOnly)
	} else {
		a.date = pageDate(root, pageURLString(pageURL))
	}
	return a, nil
}
