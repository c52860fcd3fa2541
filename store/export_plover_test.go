package store

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/kronika/kronika/doc"
)

// twoReports stores one act reported by two documents, the first placing
// it in Pyongyang, and returns it with its mentions.
func twoReports(t *testing.T) []Event {
	s := openTemp(t)
	a := mkDoc(t, "https://www.rp.pl/a", "2024-06-20", "Wczoraj Kima odwiedził Putin w Pjongjangu. Rozmawiali długo.", visit)
	at := strings.Index(a.Text, "w Pjongjangu")
	a.Events[0].Location = &doc.Location{Span: doc.Span{Start: at, End: at + len("w Pjongjangu")}, Name: "Pyongyang", Country: "PRK",
		Admin1: "Pyongyang", Lat: 39.03, Lon: 125.75, GeonameID: 1871859, Precision: "city"}
	a.Events[0].Context = []string{"military"}
	for _, d := range []*doc.Document{a, mkDoc(t, "b.txt", "2024-06-19", "Putin odwiedził Kima.", visit)} {
		if _, err := s.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	evs, _ := s.Events(ctx, Filter{})
	if err := s.LoadMentions(ctx, evs); err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	return evs
}

func export(t *testing.T, format string, evs []Event) []byte {
	var b bytes.Buffer
	x, err := NewExporter(&b, format)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Write(evs); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestExportPLOVER(t *testing.T) {
	evs := twoReports(t)
	out := export(t, "plover", evs)
	if bytes.Count(out, []byte("\n")) != 1 {
		t.Fatalf("plover: want one line, got %q", out)
	}
	var r PLOVERRecord
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	if r.ID != "kronika-1" || r.EventType != "CONSULT" || len(r.EventMode) != 1 || r.EventMode[0] != "visit" ||
		r.DateResolved != "2024-06-19" || r.EventText != "Wczoraj Kima odwiedził Putin w Pjongjangu." || r.Publisher != "rp.pl" ||
		r.PubDate != "2024-06-20" || r.NumMentions != 2 || r.NumArticles != 2 || len(r.Mentions) != 2 || r.Contexts[0] != "military" {
		t.Errorf("plover record: %+v", r)
	}
	actor := r.Attributes["ACTOR"]
	if len(actor) != 1 || actor[0].Text != "Putin" || actor[0].Start != 23 || actor[0].End != 28 || actor[0].Codes[0] != "RUSGOV" {
		t.Errorf("ACTOR: %+v", actor)
	}
	if recip := r.Attributes["RECIP"]; len(recip) != 1 || recip[0].Text != "Kima" || recip[0].Start != 8 {
		t.Errorf("RECIP: %+v", recip)
	}
	if r.Geolocation == nil || r.Geolocation.GeonameID != 1871859 || r.Geolocation.CountryCode3 != "PRK" || r.Attributes["LOC"][0].Text != "w Pjongjangu" {
		t.Errorf("geolocation: %+v %+v", r.Geolocation, r.Attributes["LOC"])
	}
}

func TestExportParquet(t *testing.T) {
	evs := twoReports(t)
	noPlace := evs[0]
	noPlace.ID, noPlace.Location = 2, nil
	out := export(t, "parquet", append(evs, noPlace))
	rows, err := parquet.Read[ParquetEvent](bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rows))
	}
	r := rows[0]
	if r.GlobalID != 1 || r.Type != "CONSULT" || r.NumMentions != 2 || r.SourceActor != "RUSGOV" || r.Lat == nil || *r.Lat != 39.03 ||
		r.Evidence != "Wczoraj Kima odwiedził Putin w Pjongjangu." || len(r.Context) != 1 || r.SourceURL != "https://www.rp.pl/a" {
		t.Errorf("parquet row: %+v", r)
	}
	if rows[1].Lat != nil || rows[1].Location != "" {
		t.Errorf("event without a place: lat %v, location %q", rows[1].Lat, rows[1].Location)
	}
	// No events: still a valid file.
	empty := export(t, "parquet", nil)
	if rows, err := parquet.Read[ParquetEvent](bytes.NewReader(empty), int64(len(empty))); err != nil || len(rows) != 0 {
		t.Errorf("empty export: %d rows, %v", len(rows), err)
	}
}
