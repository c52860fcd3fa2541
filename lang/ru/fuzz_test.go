package ru

import (
	"testing"

	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

// FuzzRecognize runs the recognizer and the name lemmatizer over any text:
// they must not panic, and the names must be ordered, non-overlapping
// spans of the sentence with a non-empty base form.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Глава МИД Британии Борис Джонсон ушел в отставку.",
		"Строительство «Северного потока — 2» и \"Газпрома\" в Нью-Йорке.",
		"Д.Дэвис, В. В. Путин, Елизавета II, Саиф уль-Малук, МИДа, ЕСом.",
		"«»\"\" — «А", "А.", "Ъ-", "-на-", "\xff\xfeМосква\x00",
		"Эксперты Международного валютного фонда и Верховного суда Пакистана",
	} {
		f.Add(s)
	}
	l := lang.Get("ru")
	f.Fuzz(func(t *testing.T, text string) {
		d := segment.Text(text, l)
		for _, s := range d.Sentences {
			toks := d.Tokens[s.FirstToken:s.EndToken]
			end := 0
			for _, n := range l.NER.Recognize(d, toks) {
				if n.Start < end || n.End <= n.Start || n.End > len(toks) {
					t.Fatalf("%q: bad span %+v after %d of %d tokens", text, n, end, len(toks))
				}
				end = n.End
				if l.LemmatizeName(d, toks[n.Start:n.End], n.Type) == "" {
					t.Fatalf("%q: empty base form of %+v", text, n)
				}
			}
		}
	})
}
