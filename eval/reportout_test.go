package eval

import (
	"errors"
	"strings"
	"testing"
)

type sampleReport struct {
	Lang   string          `json:"lang"`
	Splits map[string]*Acc `json:"splits"`
	Note   string          `json:"note,omitempty"`
	Errors []error         `json:"-"`
}

// TestMarshalReport: the object is the one a struct embedding the report
// between "schema" and "errors" gives, byte for byte.
func TestMarshalReport(t *testing.T) {
	type plain sampleReport
	type empty struct{}
	reports := []*sampleReport{
		{Lang: "pl", Splits: map[string]*Acc{"tune": {Correct: 3, Total: 4}, "held-out": {}}},
		{Lang: "ru", Note: `"RUS>PRK" <b> & ą`, Errors: []error{errors.New("a.tsv: line 3: no tab"), errors.New(`b "c"`)}},
		{},
	}
	for _, r := range reports {
		msgs := []string{}
		for _, e := range r.Errors {
			msgs = append(msgs, e.Error())
		}
		want, err := marshal(struct {
			Schema string `json:"schema"`
			*plain
			Errors []string `json:"errors"`
		}{"kronika-eval-test/1", (*plain)(r), msgs})
		if err != nil {
			t.Fatal(err)
		}
		got, err := marshalReport("kronika-eval-test/1", (*plain)(r), r.Errors)
		if err != nil || string(got) != string(want) {
			t.Errorf("marshalReport = %s, %v\nwant %s", got, err, want)
		}
		want, _ = marshal(struct {
			*plain
			Errors []string `json:"errors"`
		}{(*plain)(r), msgs})
		if got, err := marshalReport("", (*plain)(r), r.Errors); err != nil || string(got) != string(want) {
			t.Errorf("marshalReport without schema = %s, %v\nwant %s", got, err, want)
		}
	}
	if got, err := marshalReport("s/1", empty{}, nil); err != nil || string(got) != `{"schema":"s/1","errors":[]}` {
		t.Errorf("marshalReport(empty) = %s, %v", got, err)
	}
	if got, err := marshalReport("s/1", []int{1}, nil); err == nil {
		t.Errorf("marshalReport(a list) = %s, want an error", got)
	}
}

type failWriter struct{ left int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.left <= 0 {
		return 0, errors.New("disk full")
	}
	f.left--
	return len(p), nil
}

func TestWriteList(t *testing.T) {
	for _, tc := range []struct {
		title string
		items []string
		want  string
	}{
		{"wrong places", []string{"a: Kijów → UKR", "b: Gdańsk → -"}, "wrong places (2):\n  a: Kijów → UKR\n  b: Gdańsk → -\n"},
		{"\nnone here", nil, "\nnone here (0):\n"},
	} {
		var b strings.Builder
		if err := writeList(&b, tc.title, tc.items); err != nil || b.String() != tc.want {
			t.Errorf("writeList(%q, %q) = %q, %v; want %q", tc.title, tc.items, b.String(), err, tc.want)
		}
	}
	for left := 0; left < 3; left++ {
		if err := writeList(&failWriter{left: left}, "x", []string{"a", "b"}); err == nil {
			t.Errorf("a writer failing after %d writes: no error", left)
		}
	}
}

func TestWriteShares(t *testing.T) {
	var b strings.Builder
	writeShares(&b, map[string]*Acc{"VERB": {Correct: 18, Total: 23}, "AGENT": {Correct: 15, Total: 24}, "COMPOUNDSX": {}})
	want := "  AGENT      0.625 (15/24)\n  COMPOUNDSX - (0/0)\n  VERB       0.783 (18/23)\n"
	if b.String() != want {
		t.Errorf("writeShares = %q, want %q", b.String(), want)
	}
}
