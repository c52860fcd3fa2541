// Package pipeline runs Kronika's stages over documents in order: language
// identification, structure, sentences and tokens, morphology (and, as they
// land, entities, times, quotes and events). The same pipeline serves the
// extract, eval and bench commands.
package pipeline

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/langid"

	// The supported languages register themselves.
	_ "github.com/kronika/kronika/lang/en"
	_ "github.com/kronika/kronika/lang/pl"
	_ "github.com/kronika/kronika/lang/ru"
)

// Pipeline holds what the stages share across documents. It is safe for
// concurrent use.
type Pipeline struct {
	// Actors is the actor base entities are linked to; nil means the
	// embedded one (actors.Default). Set it before the first document.
	Actors *actors.KB

	// Until, when not "", is the name of the last stage to run (see
	// Stages): "entities" stops after entities and actors.
	Until string

	// Timings, when set, adds up the time of each stage.
	Timings *Timings
	// Timeout, when above zero, bounds the time Run spends on one job (a
	// whole input, or one JSON Lines record): a job that takes longer is
	// reported as an ErrTimeout error and its documents dropped.
	Timeout time.Duration
	// Lang, when set, is the language of every document Run reads, in
	// place of the one identified or given by the input.
	Lang string

	mu      sync.Mutex
	unknown map[string]*lang.Language // bare languages for codes with no package
}

// New returns a pipeline over the registered languages.
func New() *Pipeline {
	return &Pipeline{unknown: map[string]*lang.Language{}}
}

// Language returns the knowledge of language code: the registered language,
// or a bare one (no abbreviations, boilerplate rules or morphology) for a
// language Kronika does not analyse.
func (p *Pipeline) Language(code string) *lang.Language {
	if l := lang.Get(code); l != nil {
		return l
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	l, ok := p.unknown[code]
	if !ok {
		l = &lang.Language{Code: code}
		p.unknown[code] = l
	}
	return l
}

// Process annotates a document a reader produced. It sets the language when
// the reader did not, then runs the stages of Stages in order (up to
// p.Until when that is set), timing each when p.Timings is set. A stage's
// error ends the document's processing and names the stage.
func (p *Pipeline) Process(d *doc.Document) error {
	if d.ID == "" {
		d.ID = doc.Hash(d.Text)
	}
	if d.Lang == "" {
		d.Lang = langid.Detect(contentSample(d))
	}
	l := p.Language(d.Lang)
	for i, st := range Stages {
		var t0 time.Time
		if p.Timings != nil {
			t0 = time.Now()
		}
		if err := st.Run(p, d, l); err != nil {
			return fmt.Errorf("%s: %w", st.Name, err)
		}
		if p.Timings != nil {
			p.Timings.ns[i].Add(int64(time.Since(t0)))
		}
		if p.Until != "" && st.Name == p.Until {
			break
		}
	}
	return nil
}

// contentSample returns the text after the header blocks a reader marked,
// which is what the language is told from.
func contentSample(d *doc.Document) string {
	start := 0
	for _, b := range d.Blocks {
		if b.Kind == doc.Header && b.End > start {
			start = b.End
		}
	}
	return d.Text[start:]
}

// Extract reads one input (a file, "-" for stdin, or a URL) and processes
// each document in it. Documents that fail are reported in errs; the others
// are returned.
func (p *Pipeline) Extract(name string, stdin io.Reader) ([]*doc.Document, []error) {
	docs, errs := ingest.ReadInput(name, stdin)
	out := docs[:0]
	for _, d := range docs {
		if err := p.Process(d); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", d.Source, err))
			continue
		}
		out = append(out, d)
	}
	return out, errs
}

// Result is what Run yields for one job: a whole input, or one record of
// a JSON Lines input.
type Result struct {
	Input string
	Docs  []*doc.Document
	Errs  []error
	// Last is set on the last result of an input. A JSON Lines input
	// ends with a result of its own that holds nothing else.
	Last bool
}

// Run extracts every input with up to workers goroutines (0 means one per
// core) and calls emit for each job (a whole input, or one record of a
// JSON Lines input, see ingest.Split) in the order of the inputs and of
// the records in them, so output is deterministic whatever the
// parallelism. The records of one JSON Lines input are spread over all
// workers. emit runs on the caller's goroutine as soon as a job and all
// before it are done. At most a few jobs per worker are in flight, so
// memory stays bounded however large the inputs are. A job that takes
// longer than p.Timeout (when set) is reported as an error and left
// behind.
func (p *Pipeline) Run(inputs []string, stdin io.Reader, workers int, emit func(Result)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type task struct {
		job ingest.Job
		out chan Result
	}
	// order holds the jobs' result channels in input order; its capacity
	// is the number of jobs in flight.
	order := make(chan chan Result, 4*workers)
	tasks := make(chan task)
	for range workers {
		go func() {
			for t := range tasks {
				t.out <- p.runJob(t.job)
			}
		}()
	}
	go func() {
		for _, name := range inputs {
			whole := false
			ingest.Split(name, stdin, func(j ingest.Job) bool {
				out := make(chan Result, 1)
				order <- out
				tasks <- task{job: j, out: out}
				whole = j.Whole
				return true
			})
			if !whole {
				// The end of a JSON Lines input, in its place.
				end := make(chan Result, 1)
				end <- Result{Input: name, Last: true}
				order <- end
			}
		}
		close(tasks)
		close(order)
	}()
	for out := range order {
		emit(<-out)
	}
}

// runJob reads and processes the documents of one job, within p.Timeout
// when it is set. A panic in a stage is reported as the job's error.
func (p *Pipeline) runJob(j ingest.Job) Result {
	if p.Timeout <= 0 {
		return p.doJob(j)
	}
	done := make(chan Result, 1)
	go func() { done <- p.doJob(j) }()
	t := time.NewTimer(p.Timeout)
	defer t.Stop()
	select {
	case r := <-done:
		return r
	case <-t.C:
		// The goroutine runs on to its end; its result is dropped.
		return Result{Input: j.Input, Last: j.Whole, Errs: []error{fmt.Errorf("%s: %w (%v)", j.Source, ErrTimeout, p.Timeout)}}
	}
}

// ErrTimeout is the error of a job that took longer than Pipeline.Timeout.
var ErrTimeout = errors.New("not done within the time limit, given up")

func (p *Pipeline) doJob(j ingest.Job) (r Result) {
	r = Result{Input: j.Input, Last: j.Whole}
	defer func() {
		if e := recover(); e != nil {
			r.Docs = nil
			r.Errs = append(r.Errs, fmt.Errorf("%s: internal error: %v", j.Source, e))
		}
	}()
	docs, errs := j.Read()
	r.Errs = errs
	for _, d := range docs {
		if p.Lang != "" {
			d.Lang = p.Lang
		}
		if err := p.Process(d); err != nil {
			r.Errs = append(r.Errs, fmt.Errorf("%s: %w", d.Source, err))
			continue
		}
		r.Docs = append(r.Docs, d)
	}
	return r
}
