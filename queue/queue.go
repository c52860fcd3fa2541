// Package queue carries documents from kronika ingest to any number of
// kronika worker processes through a NATS JetStream stream (nats.go's
// jetstream API).
//
// The stream (work-queue retention, file storage) holds each message
// until a worker acknowledges it. Publishing sets the message id to the
// document's id (its content hash), so JetStream stores a document
// published twice within the de-duplication window once. Workers share
// one durable pull consumer with explicit acknowledgements: a worker
// fetches only as many messages as it has free slots (back-pressure), and
// acknowledges a message only once its document is committed. A message
// not acknowledged within the ack wait (its worker died) is delivered
// again, to any worker. A message that fails is handed back with a
// growing delay, MaxAttempts times at most; then, or at once when it can
// never succeed (it is not a message), it is published to the dead-letter
// subject with the reason in a header and removed from the stream. The
// stream's size is bounded (discard new): when workers fall behind,
// publishing waits for room instead of growing the stream without end.
package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names in the NATS server.
const (
	Stream     = "KRONIKA"
	Subject    = "kronika.docs"
	DeadStream = "KRONIKA_DEAD"
	DeadSubj   = "kronika.dead"
	Consumer   = "kronika-workers"

	// Headers of a dead letter.
	HeaderError      = "Kronika-Error"
	HeaderDeliveries = "Kronika-Deliveries"
	HeaderSequence   = "Kronika-Stream-Sequence"
)

// Config sets up the stream and the workers' consumer; zero fields take
// the defaults.
type Config struct {
	URL         string        // nats://host:port
	MaxAttempts int           // times a failing document is tried (default 5)
	AckWait     time.Duration // how long a delivered message waits for its worker (default 1 minute)
	MaxBytes    int64         // stream size at most (default 1 GiB); publishing waits when it is full
	DedupWindow time.Duration // how long a message id is remembered (default 24 h)
	MaxInFlight int           // messages delivered and not acknowledged, all workers together (default 1024)
	Name        string        // the client's name in the server's monitoring
}

func (c *Config) defaults() {
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 5
	}
	if c.AckWait <= 0 {
		c.AckWait = time.Minute
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = 1 << 30
	}
	if c.DedupWindow <= 0 {
		c.DedupWindow = 24 * time.Hour
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = 1024
	}
}

// Queue is a connection to the stream.
type Queue struct {
	cfg Config
	nc  *nats.Conn
	js  jetstream.JetStream
}

// Open connects to the server and creates the streams (or brings their
// configuration up to date).
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg.defaults()
	opts := []nats.Option{nats.MaxReconnects(-1), nats.ReconnectWait(250 * time.Millisecond)}
	if cfg.Name != "" {
		opts = append(opts, nats.Name(cfg.Name))
	}
	nc, err := nats.Connect(cfg.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cfg.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, err
	}
	q := &Queue{cfg: cfg, nc: nc, js: js}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        Stream,
		Description: "documents for kronika worker",
		Subjects:    []string{Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Discard:     jetstream.DiscardNew,
		MaxBytes:    cfg.MaxBytes,
		MaxMsgSize:  MaxMessage,
		Duplicates:  cfg.DedupWindow,
	}); err != nil {
		nc.Close()
		return nil, fmt.Errorf("%s: stream %s: %w", cfg.URL, Stream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        DeadStream,
		Description: "documents kronika worker gave up on, with the reason",
		Subjects:    []string{DeadSubj},
		Storage:     jetstream.FileStorage,
		MaxMsgSize:  MaxMessage + 4096,
		Duplicates:  cfg.DedupWindow,
	}); err != nil {
		nc.Close()
		return nil, fmt.Errorf("%s: stream %s: %w", cfg.URL, DeadStream, err)
	}
	return q, nil
}

// Close closes the connection.
func (q *Queue) Close() { q.nc.Close() }

// JetStream returns the client, for inspection.
func (q *Queue) JetStream() jetstream.JetStream { return q.js }

// Publish queues a message and waits for the server to store it. It
// returns dup true when the stream already held a message with its id.
// When the stream is full it waits for room, as long as ctx allows.
func (q *Queue) Publish(ctx context.Context, m Message, data []byte) (dup bool, err error) {
	wait := 50 * time.Millisecond
	for {
		ack, err := q.js.PublishMsg(ctx, &nats.Msg{Subject: Subject, Data: data}, jetstream.WithMsgID(m.ID))
		if err == nil {
			return ack.Duplicate, nil
		}
		if !full(err) {
			return false, err
		}
		select {
		case <-ctx.Done():
			return false, fmt.Errorf("waiting for room in the stream: %w", ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

// full reports whether a publish failed because the stream is at its size
// limit.
func full(err error) bool {
	s := err.Error()
	return strings.Contains(s, "maximum bytes exceeded") || strings.Contains(s, "maximum messages exceeded")
}

// Pending returns the messages not yet delivered and those delivered and
// not acknowledged.
func (q *Queue) Pending(ctx context.Context) (waiting, inFlight int, err error) {
	c, err := q.js.Consumer(ctx, Stream, Consumer)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		// No worker has started: everything is waiting.
		s, err := q.js.Stream(ctx, Stream)
		if err != nil {
			return 0, 0, err
		}
		info, err := s.Info(ctx)
		if err != nil {
			return 0, 0, err
		}
		return int(info.State.Msgs), 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, 0, err
	}
	return int(info.NumPending), info.NumAckPending, nil
}

func (q *Queue) consumer(ctx context.Context) (jetstream.Consumer, error) {
	return q.js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable:       Consumer,
		Description:   "kronika worker",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    q.cfg.MaxAttempts + 1, // the last delivery only dead-letters
		MaxAckPending: q.cfg.MaxInFlight,
		FilterSubject: Subject,
	})
}

// Handler processes one message. It must be safe to call again with the
// same message (a redelivery): the store adds nothing for a document it
// has.
type Handler func(ctx context.Context, m Message) error

// permanent marks an error retrying will not cure.
type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

// Permanent wraps an error that no retry cures: the message goes to the
// dead-letter subject at once.
func Permanent(err error) error { return permanent{err} }

// WorkOptions set up Work.
type WorkOptions struct {
	Concurrency int           // messages handled at once (default 1)
	Grace       time.Duration // after ctx ends, how long running handlers may go on (default 30 s)
	UntilEmpty  bool          // return once the stream holds nothing for any worker
	Log         func(format string, args ...any)
}

// Stats are what Work did.
type Stats struct {
	Done, Retried, Dead, HandedBack int
}

// Work fetches messages and hands each to h, up to Concurrency at once,
// until ctx ends (then it stops fetching, lets the running handlers
// finish within Grace, hands back the messages of those that do not, and
// returns). A nil error from h acknowledges the message; an error hands it
// back for a later attempt, or dead-letters it (see the package comment).
func (q *Queue) Work(ctx context.Context, opt WorkOptions, h Handler) (Stats, error) {
	if opt.Concurrency <= 0 {
		opt.Concurrency = 1
	}
	if opt.Grace <= 0 {
		opt.Grace = 30 * time.Second
	}
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	var st Stats
	var mu sync.Mutex
	count := func(f *int) { mu.Lock(); *f++; mu.Unlock() }

	cons, err := q.consumer(ctx)
	if err != nil {
		return st, err
	}
	// Handlers run under hctx, which ends Grace after ctx.
	hctx, hcancel := context.WithCancel(context.Background())
	defer hcancel()
	stopGrace := context.AfterFunc(ctx, func() {
		time.AfterFunc(opt.Grace, hcancel)
	})
	defer stopGrace()

	slots := make(chan struct{}, opt.Concurrency)
	var wg sync.WaitGroup
	idle := 0
	for ctx.Err() == nil {
		// Wait for a free slot, then ask for as many messages as there
		// are free slots: a worker never holds more than it can work on.
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		free := 1
		for len(slots) < cap(slots) {
			slots <- struct{}{}
			free++
		}
		batch, err := cons.Fetch(free, jetstream.FetchMaxWait(time.Second))
		got := 0
		if err == nil {
			for msg := range batch.Messages() {
				got++
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer func() { <-slots }()
					switch q.handle(hctx, msg, h, logf) {
					case outcomeDone:
						count(&st.Done)
					case outcomeRetry:
						count(&st.Retried)
					case outcomeDead:
						count(&st.Dead)
					case outcomeHandedBack:
						count(&st.HandedBack)
					}
				}()
			}
			err = batch.Error()
		}
		for range free - got {
			<-slots
		}
		if err != nil && ctx.Err() == nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) &&
			!errors.Is(err, context.DeadlineExceeded) {
			logf("fetch: %v", err)
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
		if opt.UntilEmpty && got == 0 {
			idle++
			if idle >= 2 {
				if w, f, err := q.Pending(ctx); err == nil && w == 0 && f == 0 && len(slots) == 0 {
					break
				}
			}
		} else {
			idle = 0
		}
	}
	wg.Wait()
	return st, nil
}

type outcome int

const (
	outcomeDone outcome = iota
	outcomeRetry
	outcomeDead
	outcomeHandedBack
)

// handle runs h on one message and settles it.
func (q *Queue) handle(ctx context.Context, msg jetstream.Msg, h Handler, logf func(string, ...any)) outcome {
	meta, err := msg.Metadata()
	if err != nil {
		logf("message without metadata: %v", err)
		msg.Term()
		return outcomeDead
	}
	n := int(meta.NumDelivered)
	if n > q.cfg.MaxAttempts {
		// Delivered again and again without an outcome: each worker
		// that took it died (or was cut off) on it.
		q.dead(msg, meta, fmt.Sprintf("delivered %d times and never acknowledged (each worker died on it?)", n-1), logf)
		return outcomeDead
	}
	m, err := Decode(msg.Data())
	if err != nil {
		q.dead(msg, meta, err.Error(), logf)
		return outcomeDead
	}
	// While the handler runs, tell the server the message is in hand, so
	// a long document (or a database being waited for) is not delivered
	// to another worker meanwhile.
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(q.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				msg.InProgress()
			}
		}
	}()
	err = h(ctx, m)
	close(stop)
	actx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var perm permanent
	switch {
	case err == nil:
		if err := msg.DoubleAck(actx); err != nil {
			// The document is stored; the redelivery will find it so.
			logf("%s: ack: %v", m.ID, err)
		}
		return outcomeDone
	case ctx.Err() != nil:
		msg.Nak()
		return outcomeHandedBack
	case errors.As(err, &perm):
		q.dead(msg, meta, err.Error(), logf)
		return outcomeDead
	case n >= q.cfg.MaxAttempts:
		q.dead(msg, meta, fmt.Sprintf("attempt %d of %d: %v", n, q.cfg.MaxAttempts, err), logf)
		return outcomeDead
	default:
		logf("%s: attempt %d of %d: %v", m.ID, n, q.cfg.MaxAttempts, err)
		msg.NakWithDelay(backoff(n))
		return outcomeRetry
	}
}

// backoff is the delay before attempt n+1.
func backoff(n int) time.Duration {
	return min(time.Duration(1<<min(n, 10))*250*time.Millisecond, time.Minute)
}

// dead publishes the message to the dead-letter subject with why, then
// removes it from the stream. The dead letter's id is derived from the
// original's, so a worker dying between the two steps does not leave two.
func (q *Queue) dead(msg jetstream.Msg, meta *jetstream.MsgMetadata, why string, logf func(string, ...any)) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	seq := strconv.FormatUint(meta.Sequence.Stream, 10)
	dm := &nats.Msg{Subject: DeadSubj, Data: msg.Data(), Header: nats.Header{}}
	dm.Header.Set(HeaderError, oneLine(why))
	dm.Header.Set(HeaderDeliveries, strconv.FormatUint(meta.NumDelivered, 10))
	dm.Header.Set(HeaderSequence, seq)
	if _, err := q.js.PublishMsg(ctx, dm, jetstream.WithMsgID("dead:"+seq)); err != nil {
		// Not dead-lettered: leave the message to be delivered again.
		logf("dead letter for message %s: %v", seq, err)
		msg.NakWithDelay(time.Second)
		return
	}
	logf("message %s dead-lettered to %s: %s", seq, DeadSubj, oneLine(why))
	msg.Term()
}

func oneLine(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r", " "), "\n", " ")
	if len(s) > 1000 {
		s = s[:1000]
	}
	return s
}
