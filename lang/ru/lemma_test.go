package ru

import (
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

// lemmaOf lemmatizes the whole of text as one name of type typ; context,
// when given, is the document around it (text must occur in it).
func lemmaOf(t *testing.T, context, text, typ string) string {
	t.Helper()
	if context == "" {
		context = text
	}
	d := segment.Text(context, lang.Get("ru"))
	start := -1
	for k := 0; k+len(text) <= len(context); k++ {
		if context[k:k+len(text)] == text {
			start = k
			break
		}
	}
	var toks []doc.Token
	for _, tk := range d.Tokens {
		if tk.Start >= start && tk.End <= start+len(text) {
			toks = append(toks, tk)
		}
	}
	if len(toks) == 0 {
		t.Fatalf("%q not found in %q", text, context)
	}
	return nameLemma(d, toks, typ)
}

// lemmaCase is a name (text) in a document (context) and the lemma
// wanted.
type lemmaCase struct{ context, text, want string }

// checkLemmas lemmatizes each case's name as a name of type typ.
func checkLemmas(t *testing.T, typ string, cases []lemmaCase) {
	t.Helper()
	for _, c := range cases {
		if got := lemmaOf(t, c.context, c.text, typ); got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.text, c.context, got, c.want)
		}
	}
}

func TestNameLemma(t *testing.T) {
	for _, c := range []struct{ text, typ, want string }{
		{"Путину", "PERSON", "Путин"},
		{"Британские", "NORP", "британский"},
		{"российских", "NORP", "российский"},
		{"пакистанской", "NORP", "пакистанский"},
		{"американским", "NORP", "американский"},
		{"Путиным", "PERSON", "Путин"},
		{"Владимира Путина", "PERSON", "Владимир Путин"},
		{"Бориса Джонсона", "PERSON", "Борис Джонсон"},
		{"Борисом Джонсоном", "PERSON", "Борис Джонсон"},
		{"Терезы Мэй", "PERSON", "Тереза Мэй"},
		{"Терезой Мэй", "PERSON", "Тереза Мэй"},
		// A given name whose vowel falls out when it inflects.
		{"Павлом Дуровым", "PERSON", "Павел Дуров"},
		{"Павла Дурова", "PERSON", "Павел Дуров"},
		{"Павлу Дурову", "PERSON", "Павел Дуров"},
		{"Петром Порошенко", "PERSON", "Петр Порошенко"},
		{"Марии Захаровой", "PERSON", "Мария Захарова"},
		{"Марию Захарову", "PERSON", "Мария Захарова"},
		{"Захаровой", "PERSON", "Захарова"},
		{"Асии Биби", "PERSON", "Асия Биби"},
		{"Вольфганг Бюхеле", "PERSON", "Вольфганг Бюхеле"},
		{"Мишелю Барнье", "PERSON", "Мишель Барнье"},
		{"Суэлла Браверман", "PERSON", "Суэлла Браверман"},
		{"Терезы Браверман", "PERSON", "Тереза Браверман"},
		{"Верховным судом Пакистана", "ORG", "Верховный суд Пакистана"},
		{"правительства Великобритании", "ORG", "правительство Великобритании"},
		{"Балтии", "LOC", "Балтия"},
		{"Болоньи", "GPE", "Болонья"},
		{"Андрея", "PERSON", "Андрей"},
		{"Игорю", "PERSON", "Игорь"},
		{"России", "GPE", "Россия"},
		{"Россией", "GPE", "Россия"},
		{"Россию", "GPE", "Россия"},
		{"Германии", "GPE", "Германия"},
		{"Москве", "GPE", "Москва"},
		{"Лондоне", "GPE", "Лондон"},
		{"Брюсселя", "GPE", "Брюссель"},
		{"Брюсселем", "GPE", "Брюссель"},
		{"Китая", "GPE", "Китай"},
		{"Америки", "GPE", "Америка"},
		{"Нью-Йорка", "GPE", "Нью-Йорк"},
		{"Нидерландах", "GPE", "Нидерланды"},
		{"Евросоюза", "ORG", "Евросоюз"},
		{"Евросоюзом", "ORG", "Евросоюз"},
		{"МИДа", "ORG", "МИД"},
		{"НАТО", "ORG", "НАТО"},
		{"Ryanair", "ORG", "Ryanair"},
		{"Северную Ирландию", "GPE", "Северная Ирландия"},
		{"Южной Кореи", "GPE", "Южная Корея"},
		{"Соединенного Королевства", "GPE", "Соединенное Королевство"},
		{"Европейского союза", "ORG", "Европейский союз"},
		{"Консервативной партии", "ORG", "Консервативная партия"},
		{"Международного валютного фонда", "ORG", "Международный валютный фонд"},
		{"Верховного суда Пакистана", "ORG", "Верховный суд Пакистана"},
		{"Балтийского моря", "LOC", "Балтийское море"},
		{"Голубого потока", "PRODUCT", "Голубой поток"},
		// A noun in "-ь" after feminine adjectives is feminine.
		{"Русская православная церковь", "ORG", "Русская православная церковь"},
		{"Красной площади", "LOC", "Красная площадь"},
		{"Католическую церковь", "ORG", "Католическая церковь"},
		{"«Северного потока — 2»", "PRODUCT", "«Северный поток — 2»"},
		{"\"Северного потока-2\"", "PRODUCT", "\"Северный поток-2\""},
	} {
		if got := lemmaOf(t, "", c.text, c.typ); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.typ, c.text, got, c.want)
		}
	}
}

// The document decides between readings of an ending: "Джонсона" is
// "Джонсон" where the text writes "Джонсон", and a surname in "-ова" is
// feminine where no "-ов" form is written.
func TestNameLemmaDocument(t *testing.T) {
	checkLemmas(t, "PERSON", []lemmaCase{
		{"Джонсон ушел. Позиция Джонсона ясна.", "Джонсона", "Джонсон"},
		{"Позиция Захарова ясна, Захаров ушел.", "Захарова", "Захаров"},
		{"Захарова заявила об этом. Слова Захаровой ясны.", "Захарова", "Захарова"},
		{"Визит Захарова начался.", "Захарова", "Захаров"},
		{"Путин прибыл. Визит Путина начался.", "Путина", "Путин"},
		{"Лахор велик. В Лахоре жарко.", "Лахоре", "Лахор"},
		{"Президент Туска поддержал. Туск ушел.", "Туска", "Туск"},
	})
}

// TestEventNameAfterCue: a storm's or an operation's name after its noun
// stands as written, not inflected like a person's ("Катрина" is no
// genitive of "Катрин").
func TestEventNameAfterCue(t *testing.T) {
	checkLemmas(t, "EVENT", []lemmaCase{
		{"Последствия урагана «Катрина» обсуждали.", "Катрина", "Катрина"},
		{"Началась операция Барбаросса.", "Барбаросса", "Барбаросса"},
	})
}

// TestWomensNames: a woman's name keeps its feminine base form, told by a
// known given name, by the past tense of the verb whose subject it is, by a
// surname of the feminine kind after a first name in "-а", "-я", or by an
// oblique feminine ending; a man's name in the genitive stays a man's.
func TestWomensNames(t *testing.T) {
	checkLemmas(t, "PERSON", []lemmaCase{
		{"Алена Новакова встретилась с послом.", "Алена Новакова", "Алена Новакова"},
		{"Вчера Оксана Коваленко заявила о выборах.", "Оксана Коваленко", "Оксана Коваленко"},
		{"Новакова заявила, что доклад готов.", "Новакова", "Новакова"},
		{"Министр Новакова подписала указ.", "Новакова", "Новакова"},
		{"По его словам, Лаврова также отметила рост цен.", "Лаврова", "Лаврова"},
		{"Новаков заявил, что доклад готов. Позиция Новакова была ясна.", "Новакова", "Новаков"},
		{"Позиция Новакова была ясна.", "Новакова", "Новаков"},
		{"Позже Новакова заявила, что доклад готов.", "Новакова", "Новакова"},
		{"Алена Новакова прибыла в Киев. Там Новакова встретится с мэром.", "Новакова", "Новакова"},
		{"Ален Новаков прибыл в Киев. Визит Новакова продлится день.", "Новакова", "Новаков"},
		{"Сын Новакова заявил об этом.", "Новакова", "Новаков"},
		{"Злата Ремезова выступила в суде.", "Злата Ремезова", "Злата Ремезова"},
		{"Он говорил с Марией Захаровой.", "Марией Захаровой", "Мария Захарова"},
		{"Он встретился с Эллой Памфиловой.", "Эллой Памфиловой", "Элла Памфилова"},
		{"Договор подписан Юлией Тимошенко.", "Юлией Тимошенко", "Юлия Тимошенко"},
		{"Все помнят Анну Политковскую.", "Анну Политковскую", "Анна Политковская"},
		{"Встреча с Ириной Шевчук прошла в Киеве.", "Ириной Шевчук", "Ирина Шевчук"},
		{"Письмо Олеси Бондаренко пришло.", "Олеси Бондаренко", "Олеся Бондаренко"},
		{"Он поблагодарил Ульяну Мельникову.", "Ульяну Мельникову", "Ульяна Мельникова"},
		{"Интервью Анастасии Вольской вышло.", "Анастасии Вольской", "Анастасия Вольская"},
		{"Выступление Ростислава Ищенко отменили.", "Ростислава Ищенко", "Ростислав Ищенко"},
		{"Речь Владимира Путина транслировали.", "Владимира Путина", "Владимир Путин"},
		{"Визит Нурсултана Назарбаева начался.", "Нурсултана Назарбаева", "Нурсултан Назарбаев"},
		{"Прибыл Даур Кадиев. Визит Даура Кадиева начался.", "Даура Кадиева", "Даур Кадиев"},
		{"Даур выступил первым. Речь Даура Кадиева длилась час.", "Даура Кадиева", "Даур Кадиев"},
		{"Ирина Верещук посетила Херсон.", "Ирина Верещук", "Ирина Верещук"},
	})
}

func TestPastGender(t *testing.T) {
	for _, c := range []struct {
		w    string
		want gender
	}{
		{"заявила", fem}, {"встретилась", fem}, {"была", fem}, {"отметила", fem},
		{"заявил", anyGender}, {"встретился", anyGender}, {"был", anyGender}, {"посол", anyGender},
		{"заявит", anyGender}, {"стол", anyGender}, {"мысль", anyGender}, {"тепла", anyGender},
	} {
		if got := pastGender(c.w); got != c.want {
			t.Errorf("pastGender(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestFemininePair: a first name in "-а", "-я" and a surname in "-ова",
// "-ина", "-ская", "-цкая" are a woman's name in the nominative, unless
// the document writes the man's surname or a man's first name the first
// word would be the genitive of.
func TestFemininePair(t *testing.T) {
	for _, c := range []struct {
		first, last, text string
		want              bool
	}{
		{"Алена", "Новакова", "", true},
		{"Мария", "Захарова", "", true},
		{"Дарья", "Пушкина", "", true},
		{"Ольга", "Вишневская", "", true},
		{"Анна", "Кулицкая", "", true},
		{"Иван", "Петрова", "", false},  // no first name in -а, -я
		{"Анна", "Смит", "", false},     // no feminine surname
		{"Анна", "Петровой", "", false}, // an oblique case
		{"Алена", "Новакова", "Алена Новакова приехала.", true},
		{"Алена", "Новакова", "Вчера Новаков приехал.", false}, // the man's surname
		{"Нурсултана", "Назарбаева", "Нурсултан Назарбаев сказал.", false},
		{"Нурсултана", "Назарбаева", "Встреча прошла.", true},
	} {
		var d *doc.Document
		if c.text != "" {
			d = &doc.Document{Text: c.text}
		}
		if got := femininePair(d, c.first, c.last); got != c.want {
			t.Errorf("femininePair(%q, %q) in %q = %v, want %v", c.first, c.last, c.text, got, c.want)
		}
	}
}
