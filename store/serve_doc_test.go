package store

import "testing"

// DocumentText gives what DocumentByID gives of a document's title and
// text, and ErrNoRow for an unknown id.
func TestDocumentText(t *testing.T) {
	s := generatedReader(t, GenOptions{Events: 50, Seed: 5})
	evs, err := s.EventsByIDs(ctx, []int64{1, 2, 3}, true)
	if err != nil || len(evs) != 3 {
		t.Fatalf("%d events: %v", len(evs), err)
	}
	for _, e := range evs {
		id := e.Mentions[0].Document
		d, err := s.DocumentByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		title, text, err := s.DocumentText(ctx, id)
		if err != nil || title != d.Title || text != d.Text || text == "" {
			t.Errorf("%s: %q %q %v, want %q %q", id, title, text, err, d.Title, d.Text)
		}
	}
	if _, _, err := s.DocumentText(ctx, "nosuchdocument"); err != ErrNoRow {
		t.Errorf("unknown id: %v, want ErrNoRow", err)
	}
}
