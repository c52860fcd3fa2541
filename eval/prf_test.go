package eval

import (
	"encoding/json"
	"testing"
)

func TestPRF(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    PRF
		json string
		str  string
	}{
		{"usual", PRF{1, 2, 1, 1},
			`{"precision":0.5,"recall":1,"f1":0.6667,"matched_predicted":1,"predicted":2,"matched_gold":1,"gold":1}`,
			"P 0.500 (1/2) R 1.000 (1/1) F1 0.667"},
		{"no predictions", PRF{0, 0, 0, 5},
			`{"precision":null,"recall":0,"f1":0,"matched_predicted":0,"predicted":0,"matched_gold":0,"gold":5}`,
			"P - (0/0) R 0.000 (0/5) F1 0.000"},
		{"no gold", PRF{0, 3, 0, 0},
			`{"precision":0,"recall":null,"f1":0,"matched_predicted":0,"predicted":3,"matched_gold":0,"gold":0}`,
			"P 0.000 (0/3) R - (0/0) F1 0.000"},
		{"optional gold only", PRF{2, 2, 0, 0},
			`{"precision":1,"recall":null,"f1":0,"matched_predicted":2,"predicted":2,"matched_gold":0,"gold":0}`,
			"P 1.000 (2/2) R - (0/0) F1 0.000"},
		{"nothing at all", PRF{},
			`{"precision":null,"recall":null,"f1":null,"matched_predicted":0,"predicted":0,"matched_gold":0,"gold":0}`,
			"P - (0/0) R - (0/0) F1 -"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.json {
				t.Errorf("JSON\n got %s\nwant %s", b, tc.json)
			}
			if s := tc.p.String(); s != tc.str {
				t.Errorf("String: got %q, want %q", s, tc.str)
			}
		})
	}
}

func TestAcc(t *testing.T) {
	b, _ := json.Marshal(Acc{})
	if string(b) != `{"accuracy":null,"correct":0,"total":0}` {
		t.Errorf("empty: %s", b)
	}
	a := Acc{1, 3}
	a.Add(Acc{1, 1})
	if s := a.String(); s != "0.500 (2/4)" {
		t.Errorf("got %q", s)
	}
}
