// Package pipeline runs Kronika's stages over documents in order: language
// identification, structure, sentences and tokens, morphology (and, as they
// land, entities, times, quotes and events). The same pipeline serves the
// extract, eval and bench commands.
package pipeline

import (
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/entities"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/langid"
	"github.com/kronika/kronika/quotes"
	"github.com/kronika/kronika/segment"
	"github.com/kronika/kronika/structure"
	"github.com/kronika/kronika/timex"

	// The supported languages register themselves.
	_ "github.com/kronika/kronika/lang/en"
	_ "github.com/kronika/kronika/lang/pl"
)

// Pipeline holds what the stages share across documents. It is safe for
// concurrent use.
type Pipeline struct {
	// Actors is the actor base entities are linked to; nil means the
	// embedded one (actors.Default). Set it before the first document.
	Actors *actors.KB

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
// the reader did not, and fills blocks, sentences, tokens and what the
// language's analyzers know.
func (p *Pipeline) Process(d *doc.Document) error {
	if d.ID == "" {
		d.ID = doc.Hash(d.Text)
	}
	if d.Lang == "" {
		d.Lang = langid.Detect(contentSample(d))
	}
	l := p.Language(d.Lang)
	structure.Build(d, l)
	segment.Segment(d, l)
	if l.Morph != nil {
		for i := range d.Sentences {
			s := d.Sentences[i]
			l.Morph.Analyze(d, d.Tokens[s.FirstToken:s.EndToken])
		}
	}
	if l.Phrases != nil {
		for i := range d.Sentences {
			l.Phrases.Chunk(d, i)
		}
	}
	entities.Annotate(d, l)
	if p.Actors != nil {
		p.Actors.Resolve(d, l)
	} else {
		actors.Resolve(d, l)
	}
	entities.Unify(d)
	timex.Annotate(d, l)
	quotes.Annotate(d, l)
	events.Annotate(d, l)
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

// Result is what Run yields for one input.
type Result struct {
	Input string
	Docs  []*doc.Document
	Errs  []error
}

// Run extracts every input with up to workers goroutines (0 means one per
// core) and calls emit for each input in the order given, so output is
// deterministic whatever the parallelism. emit runs on the caller's
// goroutine. At most a few inputs per worker are held ahead of emit, so
// memory stays bounded however many inputs there are.
func (p *Pipeline) Run(inputs []string, stdin io.Reader, workers int, emit func(Result)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]chan Result, len(inputs))
	for i := range results {
		results[i] = make(chan Result, 1)
	}
	window := make(chan struct{}, 2*workers)
	jobs := make(chan int)
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				docs, errs := p.Extract(inputs[i], stdin)
				results[i] <- Result{Input: inputs[i], Docs: docs, Errs: errs}
			}
		}()
	}
	go func() {
		for i := range inputs {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	for i := range inputs {
		r := <-results[i]
		<-window
		emit(r)
	}
}
