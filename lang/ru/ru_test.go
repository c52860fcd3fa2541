package ru

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

func TestRegistered(t *testing.T) {
	l := lang.Get("ru")
	if l == nil || l.Code != "ru" || l.NER == nil || l.LemmatizeName == nil {
		t.Fatalf("ru: %+v", l)
	}
	if l.Abbrev["млрд"] != lang.Numeric || l.Abbrev["т.е"] != lang.Inner || l.Abbrev["ул"] != lang.Inner || l.Abbrev["г"] != lang.Final {
		t.Errorf("abbreviations: млрд %v т.е %v ул %v г %v", l.Abbrev["млрд"], l.Abbrev["т.е"], l.Abbrev["ул"], l.Abbrev["г"])
	}
	if l.Timex == nil || l.Timex.Len() < 200 || l.Speech == nil || l.Speech.Len() < 100 || len(l.Boilerplate) < 5 {
		t.Errorf("lexicons too small: timex %d, speech %d, boilerplate %d", l.Timex.Len(), l.Speech.Len(), len(l.Boilerplate))
	}
}

func TestSentences(t *testing.T) {
	l := lang.Get("ru")
	for _, c := range []struct {
		text string
		want int
	}{
		// Abbreviations do not end sentences before a name or a number.
		{"Он живет на ул. Тверской, им. Горького. Это т.е. почти центр.", 2},
		{"Компания потеряла 39 млрд. рублей, т. е. половину выручки.", 1},
		{"Доклад подписал проф. Иванов. Завтра его обсудят.", 2},
		// "г." after a year may end a sentence (so "г. Москва", the city,
		// is split too; the recognizer knows the name at a sentence start).
		{"Это случилось в 2018 г. Потом все изменилось.", 2},
		{"Это случилось в 2018 г. в Москве.", 1},
		{"В. В. Путин прибыл в Минск.", 1},
	} {
		d := segment.Text(c.text, l)
		if len(d.Sentences) != c.want {
			var got []string
			for _, s := range d.Sentences {
				got = append(got, d.Text[s.Start:s.End])
			}
			t.Errorf("%q: %d sentences %q, want %d", c.text, len(d.Sentences), got, c.want)
		}
	}
}

func TestTimexAndSpeech(t *testing.T) {
	l := lang.Get("ru")
	for w, m := range map[string]int{"января": 1, "марте": 3, "июлю": 7, "декабрём": 12, "сентябрьский": 9} {
		if e := l.Timex.Lookup(w); e == nil || e.Month != m {
			t.Errorf("%s: %+v, want month %d", w, e, m)
		}
	}
	if e := l.Timex.Lookup("вчера"); e == nil || !e.IsDeictic || e.Deictic != -1 {
		t.Errorf("вчера: %+v", e)
	}
	if e := l.Timex.Lookup("прошлом"); e == nil || !e.IsShift || e.Shift != -1 {
		t.Errorf("прошлом: %+v", e)
	}
	if e := l.Timex.Lookup("назад"); e == nil || !e.Ago {
		t.Errorf("назад: %+v", e)
	}
	for _, w := range []string{"заявил", "сообщила", "отметил", "подчеркнул"} {
		if l.Speech.Kind(w)&lang.SpeechVerb == 0 {
			t.Errorf("%s is not a speech verb", w)
		}
	}
	if l.Speech.Kind("что")&lang.ClauseIntro == 0 || l.Speech.Kind("он")&lang.Pronoun == 0 {
		t.Error("что / он")
	}
	if l.Speech.Kind("москва") != 0 {
		t.Error("москва is not a speech word")
	}
}

func TestBoilerplate(t *testing.T) {
	l := lang.Get("ru")
	match := func(p string) string {
		for _, r := range l.Boilerplate {
			if r.Pattern.MatchString(p) {
				return r.Kind
			}
		}
		return ""
	}
	for p, want := range map[string]string{
		"Читайте также:":                         "related",
		"Подписывайтесь на наш канал в Telegram": "share",
		"Фото: ТАСС":                             "footer",
		"Реклама":                                "ad",
		"Президент России заявил, что читайте также газеты.": "",
	} {
		if got := match(strings.TrimSpace(p)); got != want {
			t.Errorf("%q: %q, want %q", p, got, want)
		}
	}
}
