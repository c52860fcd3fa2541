package ingest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"

	"github.com/kronika/kronika/lang"
)

// dateMetaNames are the <meta> names and properties that carry a page's
// publication date, lower-cased.
var dateMetaNames = map[string]bool{
	"article:published_time": true, "og:article:published_time": true, "og:published_time": true,
	"published_time": true, "datepublished": true, "date": true, "pubdate": true,
	"publishdate": true, "publish-date": true, "publish_date": true, "dc.date": true,
	"dc.date.issued": true, "dcterms.date": true, "dcterms.created": true, "dcterms.issued": true,
	"sailthru.date": true, "parsely-pub-date": true, "article.published": true,
	"cxenseparse:recs:publishtime": true, "originalpublicationdate": true,
}

// urlDate finds a date in a URL path: /2024/07/12/ or /2024-07-12.
var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/._-]|$)`)

// textDate finds a date written in digits in running text: 2024-07-12 or
// 12.07.2024 (day first, as in Polish and most of Europe).
var textDate = regexp.MustCompile(`\b(?:((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d))\b`)

// monthNumbers maps the month names of every registered language (and their
// usual abbreviations), lower-cased, to their numbers
// (lang.Language.MonthNames, lang/*/months.tsv): a page's date is read
// before its language is known.
var monthNumbers = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	for _, c := range lang.Codes() {
		for w, n := range lang.Get(c).MonthNames {
			out[w] = n
		}
	}
	return out
})

// namedDate finds a date written with the month's name: day first
// ("12 lipca 2024", "12. July 2024", "3rd Sept 2021") or month first
// ("July 12, 2024"). The name is checked against monthNumbers.
var namedDate = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+(\pL+)\.?,?\s+((?:19|20)\d\d)|(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))(?:$|[^\pL\d])`)

// jsonLDLoose finds datePublished in JSON-LD that is not valid JSON.
var jsonLDLoose = regexp.MustCompile(`["']datePublished["']\s*:\s*["']([^"']+)["']`)

// minPageYear is the earliest year taken for a page's date: no page was
// published before the web, and 1970 is a zero timestamp.
const minPageYear = "1991"

// pageDate reads a page's publication date from its markup, trying in
// order: <meta> tags, JSON-LD datePublished, a <time> element (its datetime
// or its text), the first element whose class or id speaks of a date, a
// date in the canonical or source URL, a date in the <title>. It returns
// YYYY-MM-DD (or a shorter form a page gives) or "".
func pageDate(root *html.Node, source string) string {
	var meta, jsonld, timeTag, dated, canonical, title string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				for _, k := range []string{"property", "name", "itemprop"} {
					key := strings.ToLower(attr(n, k))
					if meta == "" && dateMetaNames[key] {
						meta = plausibleDate(normDate(attr(n, "content")))
					}
					if canonical == "" && key == "og:url" {
						canonical = attr(n, "content")
					}
				}
			case "link":
				if canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					canonical = attr(n, "href")
				}
			case "title":
				if title == "" {
					title = findTextDate(nodeText(n))
				}
				return
			case "script":
				if jsonld == "" && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					jsonld = plausibleDate(jsonLDDate(n.FirstChild.Data))
				}
				return
			case "style", "noscript", "template":
				return
			case "time":
				if timeTag == "" {
					if dt := attr(n, "datetime"); dt != "" {
						timeTag = plausibleDate(normDate(dt))
					} else {
						timeTag = findTextDate(nodeText(n))
					}
				}
			}
			if dated == "" && dateClass(n) {
				dated = findTextDate(nodeText(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, d := range []string{meta, jsonld, timeTag, dated} {
		if d != "" {
			return d
		}
	}
	for _, u := range []string{canonical, source} {
		if m := urlDate.FindStringSubmatch(u); m != nil {
			if d, ok := validDate(m[1] + "-" + m[2] + "-" + m[3]); ok {
				if d = plausibleDate(d); d != "" {
					return d
				}
			}
		}
	}
	return title
}

// dateClass reports whether an element's class or id names a date
// ("date", "published", "pubdate", "time", "datum", "data-publikacji").
func dateClass(n *html.Node) bool {
	for _, v := range []string{attr(n, "class"), attr(n, "id"), attr(n, "itemprop")} {
		v = strings.ToLower(v)
		if v == "" {
			continue
		}
		for _, w := range []string{"date", "publish", "time", "datum", "data-publ", "posted"} {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// findTextDate returns the first plausible date in s written in digits
// or, failing that, with the month's name in a registered language.
func findTextDate(s string) string {
	if len(s) > 300 {
		s = s[:300]
	}
	if d := findDigitDate(s); d != "" {
		return d
	}
	for _, m := range namedDate.FindAllStringSubmatch(s, 3) {
		day, month, year := m[1], m[2], m[3]
		if day == "" {
			day, month, year = m[5], m[4], m[6]
		}
		n, ok := monthNumbers()[strings.ToLower(month)]
		if !ok {
			continue
		}
		if d, ok := validDate(fmt.Sprintf("%s-%02d-%s", year, n, twoDigits(day))); ok {
			if d = plausibleDate(d); d != "" {
				return d
			}
		}
	}
	return ""
}

// findDigitDate returns the first plausible digit-written date in s.
func findDigitDate(s string) string {
	for _, m := range textDate.FindAllStringSubmatch(s, 3) {
		var d string
		if m[1] != "" {
			d = m[1] + "-" + m[2] + "-" + m[3]
		} else {
			d = m[6] + "-" + twoDigits(m[5]) + "-" + twoDigits(m[4])
		}
		if d, ok := validDate(d); ok {
			if d = plausibleDate(d); d != "" {
				return d
			}
		}
	}
	return ""
}

func twoDigits(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// plausibleDate returns d when it could be a web page's publication date:
// not before minPageYear and not after tomorrow.
func plausibleDate(d string) string {
	if d == "" || d[:4] < minPageYear {
		return ""
	}
	if d > time.Now().AddDate(0, 0, 1).Format(time.DateOnly) {
		return ""
	}
	return d
}

// nodeText returns the text inside n, white space collapsed.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	var text func(*html.Node)
	text = func(n *html.Node) {
		if sb.Len() > 1000 {
			return
		}
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c)
		}
	}
	text(n)
	return strings.Join(strings.Fields(sb.String()), " ")
}

// jsonLDDate finds datePublished (or dateCreated) anywhere in a JSON-LD
// block, @graph and arrays included.
func jsonLDDate(src string) string {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		if m := jsonLDLoose.FindStringSubmatch(src); m != nil {
			return normDate(m[1])
		}
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 8 {
			return ""
		}
		switch t := v.(type) {
		case map[string]any:
			for _, key := range []string{"datePublished", "dateCreated"} {
				if s, ok := t[key].(string); ok {
					if d := normDate(s); d != "" {
						return d
					}
				}
			}
			keys := make([]string, 0, len(t))
			for k := range t {
				keys = append(keys, k)
			}
			slices.Sort(keys) // the same answer every time
			for _, k := range keys {
				if d := find(t[k], depth+1); d != "" {
					return d
				}
			}
		case []any:
			for _, c := range t {
				if d := find(c, depth+1); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
