package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPageDate(t *testing.T) {
	tests := []struct {
		name, page, source, want string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2024-07-12T09:30:00+02:00">`, "", "2024-07-12"},
		{"meta name", `<meta name="DC.date.issued" content="2023-01-05">`, "", "2023-01-05"},
		{"itemprop", `<meta itemprop="datePublished" content="2022-03-04 10:00">`, "", "2022-03-04"},
		{"JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-12T08:00:00Z"}</script>`, "", "2021-05-12"},
		{"JSON-LD graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2020-02-03"}]}</script>`, "", "2020-02-03"},
		{"JSON-LD with single quotes", `<script type="application/ld+json">{"datePublished": '2021-05-12', x}</script>`, "", "2021-05-12"},
		{"time datetime", `<article><time datetime="2019-04-19T10:00">19 kwietnia</time></article>`, "", "2019-04-19"},
		{"time text", `<p><time class="print-date">2021-05-11 22:22:17+02:00</time></p>`, "", "2021-05-11"},
		{"date class, dotted", `<div class="article-date">Opublikowano 7.11.2023, 12:00</div>`, "", "2023-11-07"},
		{"canonical URL", `<link rel="canonical" href="https://example.org/2024/07/12/sejm-ustawa/">`, "", "2024-07-12"},
		{"source URL", `<p>bez daty</p>`, "https://example.org/news/2018-10-01-tytul.html", "2018-10-01"},
		{"title", `<title>Raport | 02.11.2021</title>`, "", "2021-11-02"},
		{"Polish month", `<div class="post-date">Dodano: 5 lipca 2023, 14:05</div>`, "", "2023-07-05"},
		{"Polish nominative", `<span class="data-publikacji">12 Październik 2022</span>`, "", "2022-10-12"},
		{"English month first", `<span class="entry-date">April 19, 2019</span>`, "", "2019-04-19"},
		{"English day first", `<time>3rd Sept 2021</time>`, "", "2021-09-03"},
		{"not a month", `<div class="date">12 sklepów 2021</div>`, "", ""},
		{"year alone", `<div class="date">Kwiecień 2021</div>`, "", ""},
		{"meta before body", `<meta property="article:published_time" content="2024-07-12"><div class="date">01.01.2020</div>`, "", "2024-07-12"},
		{"epoch rejected", `<meta property="article:published_time" content="1970-01-01T00:00:00Z">`, "", ""},
		{"future rejected", `<meta property="article:published_time" content="2999-01-01">`, "", ""},
		{"invalid day", `<div class="date">31.02.2021</div>`, "", ""},
		{"nothing", `<p>Tekst z liczbą 2024 i 12.07 bez roku.</p>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := pageDate(root, tt.source); got != tt.want {
				t.Errorf("pageDate = %q, want %q", got, tt.want)
			}
		})
	}
}
