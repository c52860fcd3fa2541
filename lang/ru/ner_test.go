package ru

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

// names returns "TYPE text" for every name the recognizer finds in text.
func names(text string) []string {
	d := segment.Text(text, lang.Get("ru"))
	var got []string
	for _, s := range d.Sentences {
		toks := d.Tokens[s.FirstToken:s.EndToken]
		for _, n := range Recognizer().Recognize(d, toks) {
			got = append(got, n.Type+" "+d.Text[toks[n.Start].Start:toks[n.End-1].End])
		}
	}
	return got
}

func TestRecognize(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Президент России Владимир Путин встретился с канцлером Германии Олафом Шольцем в Москве.",
			[]string{"GPE России", "PERSON Владимир Путин", "GPE Германии", "PERSON Олафом Шольцем", "GPE Москве"}},
		{"Глава МИД Британии Борис Джонсон ушел в отставку.",
			[]string{"ORG МИД Британии", "PERSON Борис Джонсон"}},
		// Acronyms, inflected ones too, and quoted company names.
		{"Об этом сообщили в НАТО, ФСБ и в пресс-службе МИДа, а также в компании «Газпром».",
			[]string{"ORG НАТО", "ORG ФСБ", "ORG МИДа", "ORG Газпром"}},
		// Issue 17: operations, storms and epidemics are events, as in
		// Polish and English.
		{"Операция «Барбаросса» началась, когда ураган «Катрина» уже был забыт, а COVID-19 ещё не появился.",
			[]string{"EVENT Барбаросса", "EVENT Катрина", "EVENT COVID-19"}},
		// Named plans, pacts and treaties are documents (PRODUCT), as in
		// Polish and English; a known place after a document noun stays
		// a place, a nationality adjective before one a nationality.
		{"План Маршалла помог Европе, а Пакт Молотова — Риббентропа разделил её.",
			[]string{"PRODUCT План Маршалла", "LOC Европе", "PRODUCT Пакт Молотова — Риббентропа"}},
		{"Минские соглашения провалились, а Лиссабонский договор вступил в силу.",
			[]string{"PRODUCT Минские соглашения", "PRODUCT Лиссабонский договор"}},
		{"Договор России с Китаем подписан. Российские соглашения с Китаем важны.",
			[]string{"GPE России", "GPE Китаем", "NORP Российские", "GPE Китаем"}},
		// A product in quotation marks keeps them.
		{"Строительство газопровода «Северный поток — 2» продолжается.",
			[]string{"PRODUCT «Северный поток — 2»"}},
		// Organisation names with words in lower case.
		{"Эксперты Международного валютного фонда и Верховный суд Пакистана согласились.",
			[]string{"ORG Международного валютного фонда", "ORG Верховный суд Пакистана"}},
		// A first-level division named by its adjective (issue 17).
		{"Губернатор Белгородской области заявил, что власти Краснодарского края помогут.",
			[]string{"GPE Белгородской области", "GPE Краснодарского края"}},
		{"В Курской области объявлен режим ЧС.", []string{"GPE Курской области", "ORG ЧС"}},
		{"Решение поддержали в европейском союзе.", []string{"ORG европейском союзе"}},
		// A capitalised ordinary word opening a sentence is no name; a
		// cue word before a name types it.
		{"Авиакомпания Ryanair отменила рейсы. Власти Пакистана молчат.",
			[]string{"ORG Ryanair", "GPE Пакистана"}},
		// Initials, particles and regnal numbers belong to the name.
		{"Об этом заявил Д.Дэвис, а королева Елизавета II и Саиф уль-Малук промолчали.",
			[]string{"PERSON Д.Дэвис", "PERSON Елизавета II", "PERSON Саиф уль-Малук"}},
		// A run of capitalised words is split before a given name and
		// after a known place.
		{"Премьер-министр Соединенного Королевства Тереза Мэй прибыла в Брюссель.",
			[]string{"GPE Соединенного Королевства", "PERSON Тереза Мэй", "GPE Брюссель"}},
		// Events, in lower case too.
		{"После референдума о брексите Brexit обсуждают все.", []string{"EVENT брексите", "EVENT Brexit"}},
		// A place after a preposition; an unknown single name is a person.
		{"Протесты прошли в Лахоре, сообщил Хан.", []string{"GPE Лахоре", "PERSON Хан"}},
		// A known place ends a run; a lone capitalised adjective is no name.
		{"Договор с единой Европой Лондон подписал, как и Европейскому и британскому парламентам обещал.",
			[]string{"LOC Европой", "GPE Лондон", "NORP британскому"}},
		// An organisation word, its complement and whose body it is.
		{"В тот же день Палата представителей Конгресса США проголосовала.",
			[]string{"ORG Палата представителей Конгресса США"}},
		// A line break opens a sentence; "ИА" belongs to the agency's name;
		// a lone title or a single letter is no name.
		{"Москва, 9 июля\nЗабастовка в Ryanair продолжается, сообщает ИА REGNUM. Министр молчит, I said.",
			[]string{"GPE Москва", "ORG Ryanair", "ORG ИА REGNUM"}},
		// A nationality adjective before a body of the state names it.
		{"Решение британского правительства и британского МИДа поддержали российские дипломаты.",
			[]string{"ORG британского правительства", "ORG британского МИДа", "NORP российские"}},
		// Nationality adjectives.
		{"Российские и британские дипломаты встретились.", []string{"NORP Российские", "NORP британские"}},
		// Nothing in an ordinary sentence.
		{"Сегодня в городе было тихо. Никто не пострадал.", nil},
	} {
		got := names(tc.text)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestAdjectival: an adjective made from a place name has an adjective
// ending after "-ск-" and a stem before it; other adjectives, nouns in
// "-ск" and the bare suffix are not one.
func TestAdjectival(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"минские", true},
		{"лиссабонского", true},
		{"российской", true},
		{"парижском", true},
		{"английскими", true},
		{"московскую", true},
		{"новые", false},
		{"северном", false},
		{"минск", false},
		{"диск", false},
		{"ская", false},
		{"ского", false},
	} {
		if got := adjectival(c.w); got != c.want {
			t.Errorf("adjectival(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
