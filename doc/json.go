package doc

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"sync"
	"unicode/utf8"
)

// Hash returns the content identifier of a text: the first 16 hex digits of
// its SHA-256. Identical texts get identical ids whatever their source.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// The types below spell out the kronika/1 JSON contract (DESIGN.md). Fields
// may be added; existing ones keep their meaning.

type jsonRecord struct {
	Schema   string       `json:"schema"`
	Document jsonDocument `json:"document"`
	Entities []jsonEntity `json:"entities"`
	Events   []jsonEvent  `json:"events"`
	Quotes   []jsonQuote  `json:"quotes"`
	Times    []jsonTime   `json:"times"`
}

type jsonDocument struct {
	ID          string      `json:"id"`
	Source      string      `json:"source"`
	Format      string      `json:"format,omitempty"`
	Lang        string      `json:"lang"`
	Date        *string     `json:"date"`
	Title       *string     `json:"title"`
	Headings    []string    `json:"headings"`
	Text        string      `json:"text"`
	Boilerplate []jsonBlock `json:"boilerplate"`
}

type jsonBlock struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonTextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonMention struct {
	Text  string `json:"text"`
	Lemma string `json:"lemma"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonEntity struct {
	ID        string        `json:"id"`
	Type      string        `json:"type"`
	Name      string        `json:"name"`
	Canonical *string       `json:"canonical"`
	Actor     *string       `json:"actor"`
	Country   *string       `json:"country"`
	Mentions  []jsonMention `json:"mentions"`
	Lat       *float64      `json:"lat,omitempty"`
	Lon       *float64      `json:"lon,omitempty"`
	GeonameID *int          `json:"geonameid,omitempty"`
	Admin1    string        `json:"admin1,omitempty"`
	Feature   string        `json:"feature,omitempty"`
}

type jsonParticipant struct {
	Entity  *string `json:"entity"`
	Actor   *string `json:"actor"`
	Country *string `json:"country"`
	Text    string  `json:"text"`
}

type jsonEvent struct {
	ID          string             `json:"id"`
	Type        string             `json:"type"`
	Mode        *string            `json:"mode"`
	CAMEO       string             `json:"cameo"`
	Context     []string           `json:"context"`
	Quad        int                `json:"quad"`
	Goldstein   float64            `json:"goldstein"`
	Source      *jsonParticipant   `json:"source"`
	Target      *jsonParticipant   `json:"target"`
	Symmetric   bool               `json:"symmetric"`
	Date        *string            `json:"date"`
	Modality    string             `json:"modality"`
	Attribution *jsonParticipant   `json:"attribution"`
	Trigger     jsonTextSpan       `json:"trigger"`
	Sentence    jsonSpan           `json:"sentence"`
	Confidence  float64            `json:"confidence"`
	Mentions    []jsonEventMention `json:"mentions"`
	Location    *jsonLocation      `json:"location,omitempty"`
	Explain     []string           `json:"explain,omitempty"`
}

type jsonLocation struct {
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Country   *string `json:"country"`
	Admin1    *string `json:"admin1"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID *int    `json:"geonameid"`
	Precision string  `json:"precision"`
}

func nullableInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func location(text string, l *Location) *jsonLocation {
	if l == nil {
		return nil
	}
	return &jsonLocation{Text: text, Name: l.Name, Country: nullableAt(&l.Country), Admin1: nullableAt(&l.Admin1),
		Lat: l.Lat, Lon: l.Lon, GeonameID: nullableInt(l.GeonameID), Precision: l.Precision}
}

type jsonEventMention struct {
	Sentence   jsonSpan     `json:"sentence"`
	Trigger    jsonTextSpan `json:"trigger"`
	Confidence float64      `json:"confidence"`
	Modality   string       `json:"modality"`
}

type jsonSpeaker struct {
	Entity *string `json:"entity"`
	Text   string  `json:"text"`
}

type jsonQuote struct {
	Speaker jsonSpeaker `json:"speaker"`
	Verb    *string     `json:"verb"`
	Text    string      `json:"text"`
	Start   int         `json:"start"`
	End     int         `json:"end"`
}

type jsonTime struct {
	Text      string  `json:"text"`
	Value     string  `json:"value"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Type      string  `json:"type,omitempty"`
	Precision *string `json:"precision"`
	Mod       *string `json:"mod"`
}

// nullableAt returns nil for an empty string, else s itself: a field of
// the document, which outlives the record, so no copy is made.
func nullableAt(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

// offsets converts byte offsets of a text to code-point offsets.
type offsets struct {
	text string
	// cp[i] is the number of code points before byte i; built lazily and
	// only when the text is not pure ASCII.
	cp    []int32
	ascii bool
}

// cpPool keeps the code-point arrays of offsets between documents: an
// array is only read while a record is built (offsets.release).
var cpPool sync.Pool

func newOffsets(text string) *offsets {
	o := &offsets{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			o.ascii = false
			break
		}
	}
	if !o.ascii {
		if p, ok := cpPool.Get().(*[]int32); ok && cap(*p) >= len(text)+1 {
			o.cp = (*p)[:len(text)+1]
		} else {
			o.cp = make([]int32, len(text)+1)
		}
		n := int32(0)
		for i := 0; i < len(text); {
			_, size := utf8.DecodeRuneInString(text[i:])
			for j := 0; j < size; j++ {
				o.cp[i+j] = n
			}
			n++
			i += size
		}
		o.cp[len(text)] = n
	}
	return o
}

// release gives o's array back to the pool; o is not used after.
func (o *offsets) release() {
	if o.cp != nil {
		cp := o.cp[:0]
		o.cp = nil
		cpPool.Put(&cp)
	}
}

// at returns the code-point offset of byte offset b.
func (o *offsets) at(b int) int {
	if b < 0 {
		return 0
	}
	if b > len(o.text) {
		b = len(o.text)
	}
	if o.ascii {
		return b
	}
	return int(o.cp[b])
}

func (o *offsets) span(s Span) jsonSpan { return jsonSpan{o.at(s.Start), o.at(s.End)} }

func (o *offsets) textSpan(s Span) jsonTextSpan {
	if s.End <= s.Start || s.End > len(o.text) {
		return jsonTextSpan{}
	}
	return jsonTextSpan{Text: o.text[s.Start:s.End], Start: o.at(s.Start), End: o.at(s.End)}
}

func participant(p *Participant) *jsonParticipant {
	if p == nil {
		return nil
	}
	return &jsonParticipant{Entity: nullableAt(&p.Entity), Actor: nullableAt(&p.Actor), Country: nullableAt(&p.Country), Text: p.Text}
}

// record builds the JSON record of d. The record points into d (its
// strings and some of its fields), so it is encoded before d changes.
func (d *Document) record() jsonRecord {
	o := newOffsets(d.Text)
	defer o.release()
	boilerplate := 0
	for _, b := range d.Blocks {
		if b.Kind == Boilerplate {
			boilerplate++
		}
	}
	r := jsonRecord{
		Schema: Schema,
		Document: jsonDocument{
			ID: d.ID, Source: d.Source, Format: d.Format, Lang: d.Lang,
			Date: nullableAt(&d.Date), Title: nullableAt(&d.Title),
			Headings: d.Headings(), Text: d.Text,
			Boilerplate: make([]jsonBlock, 0, boilerplate),
		},
		Entities: make([]jsonEntity, 0, len(d.Entities)),
		Events:   make([]jsonEvent, 0, len(d.Events)),
		Quotes:   make([]jsonQuote, 0, len(d.Quotes)),
		Times:    make([]jsonTime, 0, len(d.Times)),
	}
	if r.Document.Headings == nil {
		r.Document.Headings = []string{}
	}
	for _, b := range d.Blocks {
		if b.Kind == Boilerplate {
			r.Document.Boilerplate = append(r.Document.Boilerplate, jsonBlock{o.at(b.Start), o.at(b.End), b.Why})
		}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		je := jsonEntity{ID: e.ID, Type: e.Type, Name: e.Name, Canonical: nullableAt(&e.Canonical),
			Actor: nullableAt(&e.Actor), Country: nullableAt(&e.Country), Mentions: make([]jsonMention, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, jsonMention{Text: d.Text[m.Start:m.End], Lemma: m.Lemma, Start: o.at(m.Start), End: o.at(m.End)})
		}
		if e.Located {
			lat, lon := e.Lat, e.Lon
			je.Lat, je.Lon, je.GeonameID = &lat, &lon, nullableInt(e.GeonameID)
			je.Admin1, je.Feature = e.Admin1, e.Feature
		}
		r.Entities = append(r.Entities, je)
	}
	for i := range d.Events {
		e := &d.Events[i]
		ctx := e.Context
		if ctx == nil {
			ctx = []string{}
		}
		je := jsonEvent{
			ID: e.ID, Type: e.Type, Mode: nullableAt(&e.Mode), CAMEO: e.CAMEO, Context: ctx,
			Quad: e.Quad, Goldstein: e.Goldstein,
			Source: participant(e.Source), Target: participant(e.Target), Symmetric: e.Symmetric,
			Date: nullableAt(&e.Date), Modality: e.Modality, Attribution: participant(e.Attribution),
			Trigger: o.textSpan(e.Trigger), Sentence: o.span(e.Sentence), Confidence: e.Confidence,
			Mentions: make([]jsonEventMention, 0, len(e.Mentions)),
		}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, jsonEventMention{Sentence: o.span(m.Sentence),
				Trigger: o.textSpan(m.Trigger), Confidence: m.Confidence, Modality: m.Modality})
		}
		if e.Location != nil {
			je.Location = location(d.Text[e.Location.Start:e.Location.End], e.Location)
		}
		if d.Explain {
			je.Explain = e.Explain
		}
		r.Events = append(r.Events, je)
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		r.Quotes = append(r.Quotes, jsonQuote{
			Speaker: jsonSpeaker{Entity: nullableAt(&q.Speaker.Entity), Text: q.Speaker.Text},
			Verb:    nullableAt(&q.Verb), Text: d.Text[q.Start:q.End], Start: o.at(q.Start), End: o.at(q.End),
		})
	}
	for i := range d.Times {
		t := &d.Times[i]
		r.Times = append(r.Times, jsonTime{Text: d.Text[t.Start:t.End], Value: t.Value, Start: o.at(t.Start), End: o.at(t.End),
			Type: t.Type, Precision: nullableAt(&t.Precision), Mod: nullableAt(&t.Mod)})
	}
	return r
}

// Marshal writes the document as one kronika/1 JSON object. With indent the
// object spans several lines; without, it is one line (for JSON Lines).
// A newline always follows.
//
// The encoder writes the whole object in one call of w.Write, after it is
// encoded (an object that fails to encode writes nothing): no buffer of
// our own is needed.
func (d *Document) Marshal(w io.Writer, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(d.record())
}
