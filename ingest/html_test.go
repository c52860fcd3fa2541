package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

func TestReadHTMLPage(t *testing.T) {
	d := readOne(t, "testdata/page.html")
	if d.Format != FormatHTML || d.Date != "2024-07-12" || d.Lang != "" {
		t.Errorf("format %q date %q lang %q", d.Format, d.Date, d.Lang)
	}
	if d.Title != "Delegacja rządowa odwiedziła Gdańsk" {
		t.Errorf("title %q", d.Title)
	}
	want := []string{"title:Delegacja rządowa odwiedziła Gdańsk", "heading:Port na pierwszym miejscu"}
	if got := blockTexts(d); !slices.Equal(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
	paras := strings.Split(d.Text, "\n\n")
	if len(paras) != 6 {
		t.Fatalf("%d paragraphs, want 6 (title, 4 paragraphs, heading):\n%s", len(paras), d.Text)
	}
	if !strings.HasPrefix(paras[1], "Przedstawiciele ministerstwa") || !strings.HasPrefix(paras[5], "– Potrzebujemy decyzji") {
		t.Errorf("unexpected body:\n%s", d.Text)
	}
	for _, junk := range []string{"Strona główna", "Czytaj też", "©"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("boilerplate %q kept:\n%s", junk, d.Text)
		}
	}
}

func TestReadHTMLLegacyCharset(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	// ISO-8859-2 has neither the dash nor the copyright sign.
	page = []byte(strings.NewReplacer("–", "-", "©", "(c)").Replace(string(page)))
	utf8Docs, _ := Read("page.html", page)
	for _, tt := range []struct {
		label string
		cm    *charmap.Charmap
	}{{"windows-1250", charmap.Windows1250}, {"iso-8859-2", charmap.ISO8859_2}} {
		src := strings.Replace(string(page), `<meta charset="utf-8">`, `<meta charset="`+tt.label+`">`, 1)
		data, err := tt.cm.NewEncoder().Bytes([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		docs, errs := Read("page.html", data)
		if len(errs) != 0 || len(docs) != 1 {
			t.Fatalf("%s: errors %v", tt.label, errs)
		}
		checkDoc(t, docs[0])
		if docs[0].Text != utf8Docs[0].Text {
			t.Errorf("%s: text differs from the UTF-8 page:\n%s", tt.label, docs[0].Text)
		}
	}
}

func TestReadHTMLMalformed(t *testing.T) {
	d := readOne(t, "testdata/broken.html")
	if d.Title != "Niedomknięta strona" {
		t.Errorf("title %q", d.Title)
	}
	for _, want := range []string{"Pierwszy akapit", "komórka druga", "Trzeci akapit"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, d.Text)
		}
	}
	if strings.Contains(d.Text, "nie tekst") {
		t.Errorf("script text kept:\n%s", d.Text)
	}
}

func TestReadHTMLErrors(t *testing.T) {
	for _, in := range []string{
		"<html><body></body></html>",
		"<html><head><title>Tylko tytuł</title></head><body><script>x()</script></body></html>",
		"<<<<>>>><html",
		strings.Repeat("<div>", 5000),
	} {
		docs, errs := Read("bad.html", []byte(in))
		for _, d := range docs {
			checkDoc(t, d)
		}
		for _, err := range errs {
			if !strings.HasPrefix(err.Error(), "bad.html: ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q: want one line naming the source", err)
			}
		}
		if len(docs)+len(errs) == 0 {
			t.Errorf("%.40q: neither document nor error", in)
		}
	}
}

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"<p>Ala  ma\n kota</p><p>Drugi</p>", []string{"Ala ma kota", "Drugi"}},
		{"<h2>Tytuł <b>pogrubiony</b></h2><p>Tekst</p>", []string{"#Tytuł pogrubiony", "Tekst"}},
		{"<p>a<b>b</b> <i>c</i>\u00a0<u>d</u></p>", []string{"ab c d"}},
		{"<p>wiersz 1<br>wiersz 2 <br> <br>wiersz 3</p>", []string{"wiersz 1\nwiersz 2\nwiersz 3"}},
		{"<ul><li>jeden</li><li>dwa</li></ul>", []string{"jeden", "dwa"}},
		{"<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", []string{"a b", "c d"}},
		{"<p>tekst<script>kod()</script> dalej</p><style>p{}</style>", []string{"tekst dalej"}},
		{"<div>przed<p>w środku</p>po</div>", []string{"przed", "w środku", "po"}},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range htmlBlocks(root) {
			if p.heading {
				got = append(got, "#"+p.text)
			} else {
				got = append(got, p.text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("htmlBlocks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadHTMLHeadline(t *testing.T) {
	body := "<p>" + strings.Repeat("Posłowie debatowali nad projektem ustawy do późnego wieczora. ", 6) + "</p>"
	tests := []struct {
		name, page, title string
		headings          []string
	}{
		{"site name after the headline",
			"<html><head><title>Sejm przyjął ustawę | Gazeta Przykładowa</title></head><body><article><h1>Sejm przyjął ustawę</h1>" + body + "</article></body></html>",
			"Sejm przyjął ustawę", nil},
		{"no title element",
			"<html><body><article><h1>Sejm przyjął ustawę</h1>" + body + "</article></body></html>",
			"Sejm przyjął ustawę", nil},
		{"headline repeated below a kicker",
			"<html><head><title>Sejm przyjął ustawę</title></head><body><article><p>Kraj</p><h1>Sejm przyjął ustawę</h1>" + body + "<h2>Co dalej z projektem</h2>" + body + "</article></body></html>",
			"Sejm przyjął ustawę", []string{"Co dalej z projektem"}},
		{"labels and lead paragraphs are not headings",
			"<html><head><title>Sejm przyjął ustawę</title></head><body><article>" + body + "<h3>Reklama</h3>" + body +
				"<h2>" + strings.Repeat("Bardzo długi wstęp artykułu ", 8) + "</h2>" + body + "</article></body></html>",
			"Sejm przyjął ustawę", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Read("a.html", []byte(tt.page))
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("errors %v", errs)
			}
			d := docs[0]
			checkDoc(t, d)
			if d.Title != tt.title || !slices.Equal(d.Headings(), tt.headings) {
				t.Errorf("title %q headings %q, want %q %q", d.Title, d.Headings(), tt.title, tt.headings)
			}
			if strings.Count(d.Text, tt.title) != 1 {
				t.Errorf("title repeated in the text:\n%s", d.Text)
			}
		})
	}
}

func TestHeadlineOf(t *testing.T) {
	tests := []struct {
		title, h string
		want     bool
	}{
		{"", "Nagłówek strony", true},
		{"Nagłówek", "NAGŁÓWEK", true},
		{"Nagłówek strony - Portal", "Nagłówek strony", true},
		{"Portal: Nagłówek strony", "Nagłówek strony", true},
		{"Nagłówek strony i ciąg dalszy bardzo długiego tytułu", "Nagłówek", false},
		{"Inny tytuł", "Nagłówek strony", false},
	}
	for _, tt := range tests {
		if got := headlineOf(tt.title, tt.h); got != tt.want {
			t.Errorf("headlineOf(%q, %q) = %v", tt.title, tt.h, got)
		}
	}
}
