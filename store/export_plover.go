package store

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"
)

// PLOVERRecord is an event in the shape of a PLOVER/POLECAT record (one
// JSON object per line): POLECAT's fields where Kronika has their value,
// its attributes (ACTOR, RECIP, LOC) as the words of the first report with
// code-point offsets into its sentence (event_text), and Kronika's own
// fields after them: the GDELT-style counts and every mention.
//
// Mapping: id "kronika-<global_id>"; event_type, event_mode (the mode as a
// one-element list, empty when none), contexts; event_text the first
// report's sentence; pub_date its document's date; story_id that
// document's content hash; publisher its site; language its language;
// date_resolved the event's date (YYYY[-MM[-DD]]); date_raw the date the
// first report gives (as the coder wrote it); version "kronika/1";
// attributes.ACTOR / RECIP the source / target: text, start, end (in
// event_text, code points; -1 when the words are not in that sentence),
// country, codes ([actor code] when known); attributes.LOC the place's
// words; event_geolocation the place (null when unknown); cameo, quad,
// goldstein, modality, confidence; num_mentions, num_sources,
// num_articles, first_seen, last_seen and mentions as in jsonl.
type PLOVERRecord struct {
	ID           string                  `json:"id"`
	EventType    string                  `json:"event_type"`
	EventMode    []string                `json:"event_mode"`
	Contexts     []string                `json:"contexts"`
	EventText    string                  `json:"event_text"`
	PubDate      string                  `json:"pub_date"`
	StoryID      string                  `json:"story_id"`
	Publisher    string                  `json:"publisher"`
	Language     string                  `json:"language"`
	DateResolved string                  `json:"date_resolved"`
	DateRaw      string                  `json:"date_raw"`
	Version      string                  `json:"version"`
	Attributes   map[string][]PLOVERAttr `json:"attributes"`
	Geolocation  *PLOVERGeo              `json:"event_geolocation"`
	CAMEO        string                  `json:"cameo"`
	Quad         int                     `json:"quad"`
	Goldstein    float64                 `json:"goldstein"`
	Modality     string                  `json:"modality"`
	Confidence   float64                 `json:"confidence"`
	NumMentions  int                     `json:"num_mentions"`
	NumSources   int                     `json:"num_sources"`
	NumArticles  int                     `json:"num_articles"`
	FirstSeen    string                  `json:"first_seen"`
	LastSeen     string                  `json:"last_seen"`
	Mentions     []Mention               `json:"mentions"`
}

// PLOVERAttr is one attribute of a PLOVER record.
type PLOVERAttr struct {
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Country string   `json:"country,omitempty"`
	Codes   []string `json:"codes"`
}

// PLOVERGeo is the event_geolocation of a PLOVER record.
type PLOVERGeo struct {
	GeonameID    int     `json:"geonameid"`
	Name         string  `json:"placename"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	Admin1       string  `json:"admin1"`
	CountryCode3 string  `json:"country_code3"`
	Precision    string  `json:"precision"`
}

// PLOVER returns the PLOVER record of an event (its mentions loaded).
func PLOVER(e Event) PLOVERRecord {
	r := PLOVERRecord{ID: "kronika-" + strconv.FormatInt(e.ID, 10), EventType: e.Type, EventMode: []string{}, Contexts: e.Context,
		DateResolved: e.Date, Version: "kronika/1", CAMEO: e.CAMEO, Quad: e.Quad, Goldstein: e.Goldstein,
		Modality: e.Modality, Confidence: e.Confidence, NumMentions: e.NumMentions, NumSources: e.NumSources,
		NumArticles: e.NumArticles, FirstSeen: e.FirstSeen, LastSeen: e.LastSeen, Mentions: e.Mentions,
		Attributes: map[string][]PLOVERAttr{}}
	if r.Contexts == nil {
		r.Contexts = []string{}
	}
	if r.Mentions == nil {
		r.Mentions = []Mention{}
	}
	if e.Mode != "" {
		r.EventMode = []string{e.Mode}
	}
	var sent TextSpan
	if len(e.Mentions) > 0 {
		m := e.Mentions[0]
		sent = m.Sentence
		r.EventText, r.PubDate, r.StoryID, r.Publisher, r.Language, r.DateRaw = m.Sentence.Text, m.DocDate, m.Document, m.Site, m.Lang, m.Date
	}
	attr := func(key string, s Side) {
		if s.Text == "" && s.Actor == "" && s.Country == "" {
			return
		}
		a := PLOVERAttr{Text: s.Text, Start: -1, End: -1, Country: s.Country, Codes: []string{}}
		if i := strings.Index(sent.Text, s.Text); s.Text != "" && i >= 0 {
			a.Start = utf8.RuneCountInString(sent.Text[:i])
			a.End = a.Start + utf8.RuneCountInString(s.Text)
		}
		if s.Actor != "" {
			a.Codes = []string{s.Actor}
		}
		r.Attributes[key] = []PLOVERAttr{a}
	}
	attr("ACTOR", e.Source)
	attr("RECIP", e.Target)
	if l := e.Location; l != nil {
		attr("LOC", Side{Text: l.Text, Country: l.Country})
		r.Geolocation = &PLOVERGeo{GeonameID: l.GeonameID, Name: l.Name, Lat: l.Lat, Lon: l.Lon, Admin1: l.Admin1,
			CountryCode3: l.Country, Precision: l.Precision}
	}
	return r
}

// ParquetEvent is one row of the parquet format: the columns of csv, the
// first report's URL and sentence, and the counts. Lat and Lon are null
// when the event has no place.
type ParquetEvent struct {
	GlobalID        int64    `parquet:"global_id"`
	Date            string   `parquet:"date"`
	Type            string   `parquet:"type"`
	Mode            string   `parquet:"mode"`
	CAMEO           string   `parquet:"cameo"`
	Context         []string `parquet:"context,list"`
	Quad            int32    `parquet:"quad"`
	Goldstein       float64  `parquet:"goldstein"`
	SourceActor     string   `parquet:"source_actor"`
	SourceCountry   string   `parquet:"source_country"`
	SourceText      string   `parquet:"source_text"`
	TargetActor     string   `parquet:"target_actor"`
	TargetCountry   string   `parquet:"target_country"`
	TargetText      string   `parquet:"target_text"`
	Modality        string   `parquet:"modality"`
	Confidence      float64  `parquet:"confidence"`
	NumMentions     int32    `parquet:"num_mentions"`
	NumSources      int32    `parquet:"num_sources"`
	NumArticles     int32    `parquet:"num_articles"`
	Location        string   `parquet:"location"`
	LocationCountry string   `parquet:"location_country"`
	Lat             *float64 `parquet:"lat,optional"`
	Lon             *float64 `parquet:"lon,optional"`
	GeonameID       int32    `parquet:"geonameid"`
	FirstSeen       string   `parquet:"first_seen"`
	LastSeen        string   `parquet:"last_seen"`
	SourceURL       string   `parquet:"source_url"`
	Evidence        string   `parquet:"evidence"`
}

func parquetRow(e Event) ParquetEvent {
	r := ParquetEvent{GlobalID: e.ID, Date: e.Date, Type: e.Type, Mode: e.Mode, CAMEO: e.CAMEO, Context: e.Context,
		Quad: int32(e.Quad), Goldstein: e.Goldstein, SourceActor: e.Source.Actor, SourceCountry: e.Source.Country,
		SourceText: e.Source.Text, TargetActor: e.Target.Actor, TargetCountry: e.Target.Country, TargetText: e.Target.Text,
		Modality: e.Modality, Confidence: e.Confidence, NumMentions: int32(e.NumMentions), NumSources: int32(e.NumSources),
		NumArticles: int32(e.NumArticles), FirstSeen: e.FirstSeen, LastSeen: e.LastSeen, SourceURL: e.SourceURL}
	if l := e.Location; l != nil {
		lat, lon := l.Lat, l.Lon
		r.Location, r.LocationCountry, r.Lat, r.Lon, r.GeonameID = l.Name, l.Country, &lat, &lon, int32(l.GeonameID)
	}
	if len(e.Mentions) > 0 {
		r.Evidence = e.Mentions[0].Sentence.Text
	}
	return r
}

// newParquetWriter writes ParquetEvent rows, zstd-compressed, in row
// groups of the batches Write is given.
func newParquetWriter(x *Exporter) *parquet.GenericWriter[ParquetEvent] {
	return parquet.NewGenericWriter[ParquetEvent](x.w, parquet.Compression(&parquet.Zstd))
}
