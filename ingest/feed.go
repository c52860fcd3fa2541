package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/kronika/kronika/doc"
)

// FeedItem is one entry of an RSS or Atom feed: the page it links to and
// what the feed says of it.
type FeedItem struct {
	Feed  string // the feed's URL or file
	Link  string // the article's URL (absolute), or "" when the item has none
	ID    string // the item's GUID (Atom id), else its link
	Title string
	// Date is the publication date the feed gives (else the update date),
	// YYYY-MM-DD in the publisher's own time zone, or "".
	Date string
	// Content is the item's own HTML (content, else description), read in
	// place of the page when the item has no link.
	Content string
}

// IsFeed reports whether data is an RSS (0.9x, 1.0 RDF, 2.0) or Atom
// document: its first element, after the XML declaration, comments,
// processing instructions and a doctype, is rss, feed or rdf:RDF.
func IsFeed(data []byte) bool {
	b := bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	b = b[:min(len(b), 4096)]
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return false
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return false
			}
			b = b[i+3:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return false
			}
			b = b[i+1:]
		default:
			for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
				if hasPrefixFold(b, tag) && len(b) > len(tag) && strings.IndexByte(" \t\r\n>/", b[len(tag)]) >= 0 {
					return true
				}
			}
			return false
		}
	}
}

// ParseFeed reads an RSS or Atom feed (gofeed, which decodes the charset
// the XML declares) and returns its items in the feed's order, each with
// an absolute link (resolved against the feed's URL when source is one).
// Items with neither a link nor content of their own are left out.
func ParseFeed(source string, data []byte) (items []FeedItem, err error) {
	defer func() {
		if r := recover(); r != nil {
			items, err = nil, fmt.Errorf("%s: feed: %v", source, r)
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: feed: %w", source, err)
	}
	// Relative links resolve against the feed's URL, else (a feed read
	// from a file) against the site the feed names.
	var base *url.URL
	if isURL(source) {
		base, _ = url.Parse(source)
	} else if isURL(f.Link) {
		base, _ = url.Parse(f.Link)
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = strings.TrimSpace(it.Links[0])
		}
		link = absoluteLink(base, link)
		fi := FeedItem{Feed: source, Link: link, ID: strings.TrimSpace(it.GUID),
			Title: strings.Join(strings.Fields(it.Title), " "), Date: itemDate(it), Content: it.Content}
		if fi.Content == "" {
			fi.Content = it.Description
		}
		if fi.ID == "" {
			fi.ID = link
		}
		if link == "" && strings.TrimSpace(fi.Content) == "" {
			continue
		}
		if fi.ID == "" {
			fi.ID = doc.Hash(fi.Content)
		}
		items = append(items, fi)
	}
	return items, nil
}

// absoluteLink resolves an item's link against the feed's URL and keeps
// only http(s) links.
func absoluteLink(base *url.URL, link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// itemDate is the item's publication date, else its update date, as
// YYYY-MM-DD in the zone the feed wrote it in (gofeed's parsed times are
// in UTC, so the written timestamp is read first; the parsed time serves
// for forms normDate does not know).
func itemDate(it *gofeed.Item) string {
	for _, s := range []string{it.Published, it.Updated} {
		if d := normDate(s); len(d) == 10 {
			return d
		}
	}
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() && t.Year() > 1900 && t.Year() < 10000 {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// ReadFeedItem reads the article of one feed item: its page, fetched and
// read as any URL input, else (an item without a link) its own content.
// The feed's date is the document's date, and the feed's title stands in
// for a page without one: a publisher's feed is the surer witness of
// when it published.
func ReadFeedItem(it FeedItem) ([]*doc.Document, []error) {
	var docs []*doc.Document
	var errs []error
	if it.Link != "" {
		data, h, err := fetch(it.Link)
		if err != nil {
			return nil, []error{err}
		}
		docs, errs = read(it.Link, data, h)
	} else {
		docs, errs = read(it.Feed+"#"+it.ID, []byte(it.Content), hints{format: FormatHTML})
	}
	for _, d := range docs {
		if it.Date != "" {
			d.Date = it.Date
		}
		if d.Title == "" {
			d.Title = it.Title
		}
	}
	return docs, errs
}

// feedJobs yields one job per item of a feed (a job that fetches and
// reads the item's page), stopping when yield returns false.
func feedJobs(name string, data []byte, yield func(Job) bool) {
	items, err := ParseFeed(name, data)
	if err != nil {
		yield(Job{Input: name, Source: name, read: func() ([]*doc.Document, []error) { return nil, []error{err} }})
		return
	}
	if len(items) == 0 {
		yield(Job{Input: name, Source: name, read: func() ([]*doc.Document, []error) {
			return nil, []error{fmt.Errorf("%s: feed: %w", name, ErrEmpty)}
		}})
		return
	}
	for _, it := range items {
		src := it.Link
		if src == "" {
			src = name + "#" + it.ID
		}
		if !yield(Job{Input: name, Source: src, read: func() ([]*doc.Document, []error) { return ReadFeedItem(it) }}) {
			return
		}
	}
}

// FeedState is what a poller remembers of a feed between polls: the
// validators of its last response, for a conditional request.
type FeedState struct {
	ETag, LastModified string
}

// ErrNotModified is PollFeed's answer when the feed has not changed since
// the state's validators.
var ErrNotModified = errors.New("not modified")

// PollFeed fetches a feed URL with a conditional request (If-None-Match,
// If-Modified-Since from st) and returns its items and the new validators;
// ErrNotModified when the server answers 304.
func PollFeed(ctx context.Context, feedURL string, st FeedState) ([]FeedItem, FeedState, error) {
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, feedURL, nil)
	if err != nil {
		return nil, st, fmt.Errorf("fetch %s: %w", feedURL, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, st, fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, st, ErrNotModified
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, st, &StatusError{URL: feedURL, Status: resp.Status, Code: resp.StatusCode}
	}
	data, err := readLimited(resp.Body, MaxFetchSize)
	if err != nil {
		return nil, st, fmt.Errorf("fetch %s: %w", feedURL, err)
	}
	next := FeedState{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if !IsFeed(data) {
		return nil, next, fmt.Errorf("%s: not an RSS or Atom feed", feedURL)
	}
	items, err := ParseFeed(feedURL, data)
	return items, next, err
}
