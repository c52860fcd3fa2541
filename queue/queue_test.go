package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/natstest"
)

var ctx = context.Background()

func open(t *testing.T, cfg Config) *Queue {
	t.Helper()
	q, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

func textMessage(text string) (Message, []byte) {
	d := &doc.Document{Source: "x.txt", Format: "text", Text: text,
		Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.Paragraph}}}
	m := FromDocument(d)
	data, _ := json.Marshal(m)
	return m, data
}

// deadLetters returns the dead-letter stream's messages.
func deadLetters(t *testing.T, q *Queue) []*jetstream.RawStreamMsg {
	t.Helper()
	s, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []*jetstream.RawStreamMsg
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func TestPublishDeduplicatesByID(t *testing.T) {
	_, url := natstest.Start(t)
	q := open(t, Config{URL: url})
	m, data := textMessage("Rosja zaatakowała Ukrainę.")
	for i, want := range []bool{false, true, true} {
		dup, err := q.Publish(ctx, m, data)
		if err != nil || dup != want {
			t.Fatalf("publish %d: dup %v, %v; want dup %v", i, dup, err, want)
		}
	}
	m2, data2 := textMessage("Inny tekst.")
	if dup, err := q.Publish(ctx, m2, data2); err != nil || dup {
		t.Fatalf("another text: dup %v, %v", dup, err)
	}
	if w, f, err := q.Pending(ctx); err != nil || w != 2 || f != 0 {
		t.Fatalf("pending %d, in flight %d, %v; want 2, 0", w, f, err)
	}
	// A second publisher (another ingest) sees the same stream.
	q2 := open(t, Config{URL: url})
	if dup, err := q2.Publish(ctx, m, data); err != nil || !dup {
		t.Fatalf("second publisher: dup %v, %v", dup, err)
	}
}

// TestFailingDocumentIsDeadLettered: a document whose handling fails
// every time is tried MaxAttempts times, then lands in the dead-letter
// stream with the reason; a message that is not one lands there at once.
func TestFailingDocumentIsDeadLettered(t *testing.T) {
	_, url := natstest.Start(t)
	q := open(t, Config{URL: url, MaxAttempts: 3, AckWait: 2 * time.Second})
	bad, badData := textMessage("zawsze zawodzi")
	good, goodData := textMessage("dobry tekst")
	for _, p := range []struct {
		m Message
		d []byte
	}{{bad, badData}, {good, goodData}} {
		if _, err := q.Publish(ctx, p.m, p.d); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := q.nc.Request(Subject, []byte(`{"v":1,"id":"x","text":"a","blocks":[{"s":0,"e":9}]}`), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	tries := map[string]int{}
	st, err := q.Work(ctx, WorkOptions{Concurrency: 2, UntilEmpty: true, Log: t.Logf}, func(_ context.Context, m Message) error {
		mu.Lock()
		tries[m.Text]++
		mu.Unlock()
		if m.Text == "zawsze zawodzi" {
			return errors.New("stage failed")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if tries["zawsze zawodzi"] != 3 || tries["dobry tekst"] != 1 || st.Done != 1 || st.Dead != 2 || st.Retried != 2 {
		t.Fatalf("tries %v, stats %+v; want the failing one 3 times, the good one once, 2 dead", tries, st)
	}
	dead := deadLetters(t, q)
	if len(dead) != 2 {
		t.Fatalf("%d dead letters, want 2", len(dead))
	}
	for _, d := range dead {
		why := d.Header.Get(HeaderError)
		switch {
		case strings.Contains(string(d.Data), "zawsze zawodzi"):
			if d.Header.Get(HeaderDeliveries) != "3" || !strings.Contains(why, "stage failed") {
				t.Errorf("dead letter of the failing document: %v", d.Header)
			}
		default:
			if d.Header.Get(HeaderDeliveries) != "1" || !strings.Contains(why, "block 0") {
				t.Errorf("dead letter of the bad message: %v", d.Header)
			}
		}
	}
	if w, f, err := q.Pending(ctx); err != nil || w != 0 || f != 0 {
		t.Errorf("left in the stream: %d waiting, %d in flight, %v", w, f, err)
	}
}

// TestWorkerThatDiesLeavesItToAnother: a message taken and never settled
// (its worker gone) is delivered again after the ack wait; one delivered
// more than MaxAttempts times without an outcome is dead-lettered
// without being handled again.
func TestWorkerThatDiesLeavesItToAnother(t *testing.T) {
	_, url := natstest.Start(t)
	q := open(t, Config{URL: url, MaxAttempts: 2, AckWait: 500 * time.Millisecond})
	m, data := textMessage("porzucony")
	if _, err := q.Publish(ctx, m, data); err != nil {
		t.Fatal(err)
	}
	cons, err := q.consumer(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Two "workers" take it and vanish.
	for i := range 2 {
		b, err := cons.Fetch(1, jetstream.FetchMaxWait(3*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for range b.Messages() {
			n++
		}
		if n != 1 {
			t.Fatalf("fetch %d: %d messages", i, n)
		}
	}
	var handled atomic.Int32
	st, err := q.Work(ctx, WorkOptions{UntilEmpty: true}, func(context.Context, Message) error { handled.Add(1); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if handled.Load() != 0 || st.Dead != 1 {
		t.Fatalf("handled %d times, stats %+v; want dead-lettered unhandled", handled.Load(), st)
	}
	dead := deadLetters(t, q)
	if len(dead) != 1 || !strings.Contains(dead[0].Header.Get(HeaderError), "never acknowledged") {
		t.Fatalf("dead letters %v", dead)
	}
}

// TestShutdownHandsBack: when the context ends, running handlers get the
// grace period; one that outlasts it is cancelled and its message handed
// back at once, for the next worker.
func TestShutdownHandsBack(t *testing.T) {
	_, url := natstest.Start(t)
	q := open(t, Config{URL: url, AckWait: time.Minute})
	for _, text := range []string{"szybki", "wolny"} {
		m, data := textMessage(text)
		if _, err := q.Publish(ctx, m, data); err != nil {
			t.Fatal(err)
		}
	}
	wctx, cancel := context.WithCancel(ctx)
	started := make(chan struct{}, 2)
	done := make(chan Stats)
	go func() {
		st, _ := q.Work(wctx, WorkOptions{Concurrency: 2, Grace: 2 * time.Second}, func(hctx context.Context, m Message) error {
			started <- struct{}{}
			if m.Text == "szybki" {
				time.Sleep(100 * time.Millisecond)
				return nil
			}
			<-hctx.Done()
			return hctx.Err()
		})
		done <- st
	}()
	<-started
	<-started
	t0 := time.Now()
	cancel()
	st := <-done
	// Well under the ack wait (a minute), with room for a loaded machine.
	if st.Done != 1 || st.HandedBack != 1 || time.Since(t0) > 15*time.Second {
		t.Fatalf("stats %+v after %v; want one done, one handed back within the grace", st, time.Since(t0))
	}
	// The next worker gets the handed-back message at once, not after
	// the ack wait.
	t1 := time.Now()
	var got []string
	if _, err := q.Work(ctx, WorkOptions{UntilEmpty: true}, func(_ context.Context, m Message) error {
		got = append(got, m.Text)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != "wolny" || time.Since(t1) > 20*time.Second {
		t.Fatalf("next worker got %v after %v", got, time.Since(t1))
	}
}

// TestBackPressure: with the stream at its size limit, publishing waits
// for the workers to make room instead of failing or growing it.
func TestBackPressure(t *testing.T) {
	_, url := natstest.Start(t)
	q := open(t, Config{URL: url, MaxBytes: 8 << 10})
	const n = 40
	pubDone := make(chan error, 1)
	go func() {
		for i := range n {
			m, data := textMessage(fmt.Sprintf("%d %s", i, strings.Repeat("słowo ", 100)))
			if _, err := q.Publish(ctx, m, data); err != nil {
				pubDone <- err
				return
			}
		}
		pubDone <- nil
	}()
	select {
	case err := <-pubDone:
		t.Fatalf("all %d messages (about 30 KB) published into an 8 KB stream with no worker: %v", n, err)
	case <-time.After(time.Second):
	}
	s, _ := q.js.Stream(ctx, Stream)
	info, _ := s.Info(ctx)
	for deadline := time.Now().Add(20 * time.Second); info.State.Msgs == 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond) // a slow machine: the first publish not through yet
		info, _ = s.Info(ctx)
	}
	if info.State.Bytes > 8<<10 || info.State.Msgs == 0 {
		t.Fatalf("stream holds %d messages, %d bytes", info.State.Msgs, info.State.Bytes)
	}
	var seen sync.Map
	var count atomic.Int32
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go q.Work(wctx, WorkOptions{Concurrency: 2}, func(_ context.Context, m Message) error {
		if _, dup := seen.LoadOrStore(m.ID, true); !dup {
			count.Add(1)
		}
		return nil
	})
	if err := <-pubDone; err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); count.Load() < n && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if count.Load() != n {
		t.Fatalf("%d of %d messages handled", count.Load(), n)
	}
}

func TestDecode(t *testing.T) {
	m, data := textMessage("Zdanie. Drugie zdanie.")
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	d := got.Document()
	if d.ID != m.ID || d.Text != m.Text || len(d.Blocks) != 1 || d.Blocks[0].End != len(d.Text) {
		t.Fatalf("round trip: %+v", d)
	}
	for _, bad := range []string{
		``, `null`, `{}`, `{"v":2,"id":"a","text":"x"}`, `{"v":1,"text":"x"}`, `{"v":1,"id":"a"}`,
		`{"v":1,"id":"a","text":"x","ref":"f"}`, `{"v":1,"id":"a","text":"ab","blocks":[{"s":1,"e":2},{"s":0,"e":1}]}`,
		`{"v":1,"id":"a","text":"ż","blocks":[{"s":0,"e":1}]}`, `{"v":1,"id":"a","text":"ab","blocks":[{"s":0,"e":2,"k":9}]}`,
		`{"v":1,"id":"a","warc":"f.warc.gz","ref":"g"}`, `{"v":1,"id":"a","warc":"f.warc.gz","offset":-1}`,
		`{"v":1,"id":"a","warc":"f.warc.gz","text":"x"}`, `{"v":1,"id":"a","text":"x","offset":5}`, `{"v":1,"id":"a","ref":"g","offset":5}`,
		`{"v":1,"id":"a","text":"x","default_date":"wczoraj"}`, `{"v":1,"id":"a","ref":"g","default_date":"2024-3-1"}`,
	} {
		if _, err := Decode([]byte(bad)); !errors.Is(err, ErrBadMessage) {
			t.Errorf("Decode(%q) = %v, want ErrBadMessage", bad, err)
		}
	}
	if r, err := Decode([]byte(`{"v":1,"id":"ref:1","ref":"/data/a.html"}`)); err != nil || r.Document() != nil || r.Ref != "/data/a.html" {
		t.Errorf("reference: %+v %v", r, err)
	}
	w := FromWARCRecord("/data/CC-NEWS-1.warc.gz", 51234)
	b, _ := json.Marshal(w)
	if r, err := Decode(b); err != nil || r.Document() != nil || r.WARC != w.WARC || r.Offset != 51234 || r.ID != w.ID || w.ID == FromWARCRecord("/data/CC-NEWS-1.warc.gz", 0).ID {
		t.Errorf("WARC record: %s decoded as %+v, %v", b, r, err)
	}
}

// FuzzDecode: no input crashes Decode, and what it accepts makes a
// document whose blocks slice its text.
func FuzzDecode(f *testing.F) {
	_, data := textMessage("Zdanie. Żółw.")
	f.Add(data)
	f.Add([]byte(`{"v":1,"id":"a","text":"ab","blocks":[{"s":0,"e":1,"k":4},{"s":1,"e":2}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		d := m.Document()
		if d == nil {
			if m.Ref == "" && m.WARC == "" {
				t.Errorf("%+v: neither a document nor a reference", m)
			}
			return
		}
		for _, bl := range d.Blocks {
			_ = d.Text[bl.Start:bl.End]
		}
	})
}

// BenchmarkRoundTrip is the queue's cost per document: a 4.6 KB document
// (the size of an average SlavicNER article) published, fetched by a
// worker and acknowledged (with the server's confirmation), on a loopback
// server with file storage.
func BenchmarkRoundTrip(b *testing.B) {
	_, url := natstest.Start(b)
	q, err := Open(ctx, Config{URL: url})
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	base := strings.Repeat("słowo ", 700)
	b.ResetTimer()
	go func() {
		for i := range b.N {
			m, data := textMessage(fmt.Sprint(i, base))
			if _, err := q.Publish(ctx, m, data); err != nil {
				b.Error(err)
				return
			}
		}
	}()
	var n atomic.Int64
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	q.Work(wctx, WorkOptions{Concurrency: 2}, func(context.Context, Message) error {
		if n.Add(1) == int64(b.N) {
			cancel()
		}
		return nil
	})
}
