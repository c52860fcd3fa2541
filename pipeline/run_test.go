package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRunJSONLInOrder: the records of one JSON Lines input come out one
// result each, in order, whatever the number of workers, then the input's
// end.
func TestRunJSONLInOrder(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 40 {
		// Records of very different lengths finish out of order.
		fmt.Fprintf(&b, `{"text": "Rekord %d. %s"}`+"\n", i, strings.Repeat("Premier Donald Tusk rozmawiał z Zełenskim. ", (i%5)*20+1))
	}
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "b.txt")
	os.WriteFile(txt, []byte("Biden met Zelensky."), 0o644)
	var got []string
	lasts := 0
	New().Run([]string{in, txt}, nil, 3, func(r Result) {
		if len(r.Errs) > 0 {
			t.Errorf("%s: %v", r.Input, r.Errs)
		}
		for _, d := range r.Docs {
			got = append(got, d.Source)
		}
		if r.Last {
			lasts++
			got = append(got, "end "+r.Input)
		}
	})
	var want []string
	for i := range 40 {
		want = append(want, fmt.Sprintf("%s:%d", in, i+1))
	}
	want = append(want, "end "+in, txt, "end "+txt)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRunTimeout: a job over the time limit is an error of its own and the
// run goes on.
func TestRunTimeout(t *testing.T) {
	dir := t.TempDir()
	slow := filepath.Join(dir, "slow.txt")
	os.WriteFile(slow, bigDocument(t, 400<<10), 0o644)
	fast := filepath.Join(dir, "fast.txt")
	os.WriteFile(fast, []byte("Biden met Zelensky."), 0o644)
	p := New()
	p.Timeout = 20 * time.Millisecond
	processBytes(t, []byte("Rozgrzewka: Tusk.")) // load the models first
	start := time.Now()
	var res []Result
	p.Run([]string{slow, fast}, nil, 1, func(r Result) { res = append(res, r) })
	if len(res) != 2 || len(res[0].Errs) != 1 || !errors.Is(res[0].Errs[0], ErrTimeout) || len(res[0].Docs) != 0 {
		t.Fatalf("slow input: %+v", res)
	}
	if !strings.Contains(res[0].Errs[0].Error(), slow) {
		t.Errorf("error does not name the input: %v", res[0].Errs[0])
	}
	if len(res[1].Docs) != 1 || len(res[1].Errs) != 0 {
		t.Errorf("fast input after the slow one: %+v", res[1])
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("run took %v", el)
	}
}

// TestRunLang: Pipeline.Lang overrides identification.
func TestRunLang(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(in, []byte("Donald Tusk met Olaf Scholz in Berlin."), 0o644)
	p := New()
	p.Lang = "en"
	p.Run([]string{in}, nil, 1, func(r Result) {
		if len(r.Docs) != 1 || r.Docs[0].Lang != "en" {
			t.Errorf("%+v", r)
		}
	})
}
