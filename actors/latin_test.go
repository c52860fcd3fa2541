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
		{"Jarosław Kaczyński", "Jarosław Kaczyński"},
		{"Dalia Grybauskaitė", "Dalia Grybauskaitė"},
		{"", ""},
	} {
		if got := LatinName(tc.in); got != tc.want {
			t.Errorf("LatinName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
