package pipeline

import (
	"errors"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/lang"
)

func seedDoc(t *testing.T) *doc.Document {
	t.Helper()
	docs, errs := ingest.ReadInput(seed, nil)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("read: %v", errs)
	}
	return docs[0]
}

// TestUntil: a pipeline told to stop after a stage leaves the later ones'
// annotations empty.
func TestUntil(t *testing.T) {
	p := New()
	p.Until = "entities"
	d := seedDoc(t)
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) == 0 || len(d.Tokens) == 0 {
		t.Errorf("entities %d, tokens %d: the stages up to entities must run", len(d.Entities), len(d.Tokens))
	}
	if len(d.Phrases)+len(d.Times)+len(d.Quotes)+len(d.Events) != 0 {
		t.Errorf("stages after entities ran: %d phrases, %d times, %d quotes, %d events",
			len(d.Phrases), len(d.Times), len(d.Quotes), len(d.Events))
	}
	if _, err := StageIndex("nope"); err == nil || !strings.Contains(err.Error(), "events") {
		t.Errorf("StageIndex(nope) = %v, want an error listing the stages", err)
	}
}

// TestTimings: every stage that ran has its time.
func TestTimings(t *testing.T) {
	p := New()
	p.Timings = NewTimings()
	if err := p.Process(seedDoc(t)); err != nil {
		t.Fatal(err)
	}
	for i, d := range p.Timings.Of() {
		if d <= 0 {
			t.Errorf("stage %s: no time recorded", Stages[i].Name)
		}
	}
}

// TestStageError: a stage's error ends the document's processing and
// names the stage.
func TestStageError(t *testing.T) {
	saved := Stages
	defer func() { Stages = saved }()
	boom := errors.New("boom")
	Stages = append(append([]Stage{}, saved[:2]...), Stage{"failing", func(*Pipeline, *doc.Document, *lang.Language) error { return boom }})
	Stages = append(Stages, saved[2:]...)
	d := seedDoc(t)
	err := New().Process(d)
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "failing: ") {
		t.Errorf("error %v, want the stage's, named", err)
	}
	if len(d.Entities) != 0 {
		t.Error("stages after the failing one ran")
	}
}
