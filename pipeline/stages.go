package pipeline

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/entities"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/places"
	"github.com/kronika/kronika/quotes"
	"github.com/kronika/kronika/segment"
	"github.com/kronika/kronika/structure"
	"github.com/kronika/kronika/timex"
)

// Stage is one step of the pipeline: a package's entry point over a
// document in its language. Stages run in the order of Stages; each may
// use what the ones before it added.
type Stage struct {
	Name string
	Run  func(p *Pipeline, d *doc.Document, l *lang.Language) error
}

// Stages are the pipeline's steps in order. A new stage (places, a
// classifier) is one more entry here.
var Stages = []Stage{
	{"structure", func(_ *Pipeline, d *doc.Document, l *lang.Language) error { structure.Build(d, l); return nil }},
	{"segment", func(_ *Pipeline, d *doc.Document, l *lang.Language) error { segment.Segment(d, l); return nil }},
	{"morphology", morphology},
	{"entities", entitiesAndActors},
	{"phrases", func(_ *Pipeline, d *doc.Document, l *lang.Language) error {
		if l.Phrases != nil {
			l.Phrases.Chunk(d)
		}
		return nil
	}},
	{"times", func(_ *Pipeline, d *doc.Document, l *lang.Language) error { timex.Annotate(d, l); return nil }},
	{"quotes", func(_ *Pipeline, d *doc.Document, l *lang.Language) error { quotes.Annotate(d, l); return nil }},
	{"events", func(_ *Pipeline, d *doc.Document, l *lang.Language) error { events.Annotate(d, l); return nil }},
	{"places", func(_ *Pipeline, d *doc.Document, l *lang.Language) error { places.Annotate(d, l); return nil }},
}

// morphology fills lemma, part of speech and features, sentence by
// sentence, when the language has an analyzer.
func morphology(_ *Pipeline, d *doc.Document, l *lang.Language) error {
	if l.Morph == nil {
		return nil
	}
	for i := range d.Sentences {
		s := d.Sentences[i]
		l.Morph.Analyze(d, d.Tokens[s.FirstToken:s.EndToken])
	}
	return nil
}

// entitiesAndActors finds the names, links them to the actor base and
// merges the mentions of one actor: one stage, since linking decides
// which mentions are one entity.
func entitiesAndActors(p *Pipeline, d *doc.Document, l *lang.Language) error {
	entities.Annotate(d, l)
	if p.Actors != nil {
		p.Actors.Resolve(d, l)
	} else {
		actors.Resolve(d, l)
	}
	entities.Unify(d)
	return nil
}

// StageIndex returns the position of the stage called name in Stages, or
// an error listing the names.
func StageIndex(name string) (int, error) {
	var names []string
	for i, s := range Stages {
		if s.Name == name {
			return i, nil
		}
		names = append(names, s.Name)
	}
	return 0, fmt.Errorf("unknown stage %q (want one of %s)", name, strings.Join(names, ", "))
}

// Timings adds up the time each stage takes over many documents; it is
// safe for concurrent use.
type Timings struct {
	ns []atomic.Int64
}

// NewTimings returns timings for every stage of Stages.
func NewTimings() *Timings { return &Timings{ns: make([]atomic.Int64, len(Stages))} }

// Of returns the time spent in each stage, in the order of Stages.
func (t *Timings) Of() []time.Duration {
	out := make([]time.Duration, len(t.ns))
	for i := range t.ns {
		out[i] = time.Duration(t.ns[i].Load())
	}
	return out
}

// Reset sets every stage's time to zero.
func (t *Timings) Reset() {
	for i := range t.ns {
		t.ns[i].Store(0)
	}
}
