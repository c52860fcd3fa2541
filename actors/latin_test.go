package actors

import "testing"

func TestLatinName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Кулеба", "Kuleba"},
		{"Дмитрий Кулеба", "Dmitriy Kuleba"},
		{"Щербаков", "Shcherbakov"},
		{"Хмельницкий", "Khmelnitskiy"},
		{"Елена Ерёмина", "Yelena Yeremina"},
		{"Юлия Тимошенко", "Yuliya Timoshenko"},
		{"Євген Мураєв", "Yevhen Murayev"},
		{"Ігор Ющенко", "Ihor Yushchenko"},
		{"ООН", "OON"},
		{"Объединённые", "Obyedinennyye"},
		// Latin letters are kept as written, diacritics included.
		{"Jarosław Kaczyński", "Jarosław Kaczyński"},
		{"Dalia Grybauskaitė", "Dalia Grybauskaitė"},
		{"Alena Nováková", "Alena Nováková"},
		{"Алена Новакова", "Alena Novakova"},
		{"Alena Novakova", "Alena Novakova"},
		{"Lars Løkke Rasmussen", "Lars Løkke Rasmussen"},
		{"Świnoujście", "Świnoujście"},
		{"Straße", "Straße"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"},
		{"Ян Ковальский", "Yan Kovalskiy"},
		{"Jan Kowalski", "Jan Kowalski"},
		{"", ""},
	} {
		if got := LatinName(tc.in); got != tc.want {
			t.Errorf("LatinName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
