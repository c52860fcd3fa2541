package pl

import (
	"testing"
	"unicode/utf8"
)

// TestContextRules checks the readings that depend on the neighbours: the
// digits and the words settled by contextRules, in whole sentences tagged
// by the default analyzer.
func TestContextRules(t *testing.T) {
	tests := []struct {
		sentence string
		word     int // index of the token checked
		upos     string
		xpos     string
	}{
		// Digits.
		{"Urodził się w 1990 roku .", 3, "ADJ", "adj:sg:loc:m3:pos"},
		{"Spotkanie odbędzie się 5 maja .", 3, "ADJ", "adj:sg:gen:m3:pos"},
		{"Od 2004 r. Polska należy do Unii .", 1, "ADJ", "adj:sg:gen:m3:pos"},
		{"Na wiosnę 1997 wyjechał .", 2, "ADJ", "adj:sg:gen:m3:pos"},
		{"Czekał przez 5 lat .", 2, "NUM", "num:pl:acc:m3:rec"},
		{"Kupił 3 domy .", 1, "NUM", "num:pl:acc:m3:congr:ncol"},
		{"Zmarło 7 osób .", 1, "NUM", "num:pl:acc:f:rec"},
		{"Zobacz art . 5 ust . 2 .", 3, "X", "dig"},
		{"Ceny wzrosły o 2,5 proc .", 3, "NUM", "num:pl:acc:m3:rec"},
		// An ordinal before a singular noun, after a preposition or with
		// its period; a cardinal "1" and an amount stay as they were.
		{"Był na 6 miejscu .", 2, "ADJ", "adj:sg:loc:n:pos"},
		{"Gol padł w 68 . minucie .", 3, "ADJ", "adj:sg:loc:f:pos"},
		{"Gol padł w 53 . min .", 3, "ADJ", "adj:sg:loc:f:pos"},
		{"Doszedł do 113 piętra .", 2, "ADJ", "adj:sg:gen:n:pos"},
		{"Zarobił 95 procent .", 1, "NUM", "num:pl:acc:m3:rec"},
		{"Wartość wynosi 5,6 miliona złotych .", 2, "NUM", "num:pl:acc:m3:rec"},
		// After a label noun an ordinal in its case; after "art." a bare
		// number.
		{"Dane zestawiono w tabeli 16 .", 4, "ADJ", "adj:sg:loc:f:pos"},
		{"Spotkamy się o godzinie 16 .", 4, "ADJ", "adj:sg:loc:f:pos"},
		{"Mieszka pod nr 12 .", 3, "ADJ", "adj:sg:inst:m3:pos"},
		// Gerunds with an object, prepositions taking the case that follows.
		{"Trwają prace nad wprowadzeniem zmian .", 3, "NOUN", "ger:sg:inst:n:perf:aff"},
		{"Życie jest piękne .", 0, "NOUN", "subst:sg:nom:n:ncol"},
		{"On na pewno przyjdzie .", 1, "ADP", "prep:acc"},
		{"Sklep otwarto o 8.00 .", 3, "ADJ", "adj:sg:loc:f:pos"},
		// A predicative after a copula is nominative.
		{"Sklep jest otwarty .", 2, "ADJ", "adj:sg:nom:m3:pos"},
		{"Jan Paweł II przyjechał .", 2, "ADJ", "adj:sg:nom:m1:pos"},
		{"Żył w XX wieku .", 2, "ADJ", "adj:sg:loc:m3:pos"},
		{"Iwona B . nie przyszła .", 1, "PROPN", "brev:pun"},
		{"Nie było wody .", 1, "VERB", "praet:sg:n:imperf"},
		{"Putin spotkał się z Kim Dzong Unem .", 4, "PROPN", "subst:sg:nom:m1"},
		// "to".
		{"Przez to nie przyszedł .", 1, "PRON", "subst:sg:acc:n:ncol"},
		{"To zmieni wszystko .", 0, "PRON", "subst:sg:nom:n:ncol"},
		{"To jest dobry pomysł .", 0, "AUX", "pred"},
		{"Uważam to za zbyteczne .", 2, "ADP", "prep:acc"},
		{"Zrobił to wczoraj .", 1, "PRON", "subst:sg:acc:n:ncol"},
		{"To miasto jest piękne .", 0, "DET", "adj:sg:nom:n:pos"},
		{"Jeśli przyjdzie , to porozmawiamy .", 3, "SCONJ", "comp"},
		{"Polska to duży kraj .", 1, "AUX", "pred"},
		// Forms of "ten".
		{"W tym roku pada .", 1, "DET", "adj:sg:loc:m3:pos"},
		{"Myślę o tym często .", 2, "PRON", "subst:sg:loc:n:ncol"},
		// "może", "być", "by", "za".
		{"On może przyjść jutro .", 1, "VERB", "fin:sg:ter:imperf"},
		{"On może jutro przyjdzie .", 1, "PART", "part"},
		{"Jan jest w domu .", 1, "VERB", "fin:sg:ter:imperf"},
		{"Jan jest lekarzem .", 1, "AUX", "fin:sg:ter:imperf"},
		{"Wyszedł wcześnie , by zdążyć .", 3, "SCONJ", "comp"},
		{"To jest za drogie .", 2, "PART", "part"},
		{"Dziękuję za pomoc .", 1, "ADP", "prep:acc"},
	}
	for _, tt := range tests {
		d := sentenceDoc(tt.sentence)
		Analyzer{}.Analyze(d, d.Tokens)
		tok := d.Tokens[tt.word]
		if tok.UPOS != tt.upos || tok.XPOS != tt.xpos {
			t.Errorf("%q word %d %q: %s %s, want %s %s", tt.sentence, tt.word, d.Form(tok.Span), tok.UPOS, tok.XPOS, tt.upos, tt.xpos)
		}
	}
}

// FuzzAnalyzer runs the tagger and its passes over arbitrary words: no
// sequence of tokens may make them panic or leave a word unanalysed.
func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{"Jan Paweł II przyjechał w 2010 r .", "z Kim Dzong Unem", "to , co",
		"o 8.00 - 14.00", "Nie , nie było go .", "XX", "2,5 proc", "jak i", "- Tak ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 400 || !utf8.ValidString(s) {
			return
		}
		d := sentenceDoc(s)
		Analyzer{}.Analyze(d, d.Tokens)
		for i, tok := range d.Tokens {
			if tok.XPOS == "" || tok.UPOS == "" {
				t.Fatalf("%q: token %d %q not analysed", s, i, d.Form(tok.Span))
			}
		}
	})
}
