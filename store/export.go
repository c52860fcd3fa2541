package store

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/kronika/kronika/places"
	"github.com/parquet-go/parquet-go"
)

// Formats are the export formats of WriteEvents.
var Formats = []string{"table", "jsonl", "csv", "gdelt", "mentions", "plover", "parquet"}

// NeedsMentions reports whether a format writes the events' mentions
// (load them with LoadMentions first).
func NeedsMentions(format string) bool {
	switch format {
	case "jsonl", "mentions", "plover", "parquet":
		return true
	}
	return false
}

// Exporter writes events in one format. Call Write for each batch of
// events and Close at the end.
type Exporter struct {
	format  string
	w       io.Writer
	tw      *tabwriter.Writer
	cw      *csv.Writer
	enc     *json.Encoder
	pq      *parquet.GenericWriter[ParquetEvent]
	pending int // rows in the open parquet row group
	header  bool
}

// NewExporter returns an exporter writing format to w.
func NewExporter(w io.Writer, format string) (*Exporter, error) {
	x := &Exporter{format: format, w: w}
	switch format {
	case "table":
		x.tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	case "csv":
		x.cw = csv.NewWriter(w)
	case "jsonl", "plover":
		x.enc = json.NewEncoder(w)
		x.enc.SetEscapeHTML(false)
	case "parquet":
		x.pq = newParquetWriter(x)
	case "gdelt", "mentions":
	default:
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	return x, nil
}

// CSVHeader is the first line of the csv format.
var CSVHeader = []string{"global_id", "date", "type", "mode", "cameo", "context", "quad", "goldstein",
	"source_actor", "source_country", "source_text", "target_actor", "target_country", "target_text",
	"modality", "confidence", "num_mentions", "num_sources", "num_articles",
	"location", "location_country", "lat", "lon", "first_seen", "last_seen"}

// Write writes a batch of events.
func (x *Exporter) Write(evs []Event) error {
	switch x.format {
	case "table":
		if !x.header {
			fmt.Fprintln(x.tw, "ID\tDATE\tTYPE\tCAMEO\tSOURCE\tTARGET\tMODALITY\tMENT\tSRC\tART\tEVIDENCE")
			x.header = true
		}
		for _, e := range evs {
			ev := ""
			if len(e.Mentions) > 0 {
				ev = shorten(e.Mentions[0].Sentence.Text, 60)
			}
			fmt.Fprintf(x.tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\n", e.ID, e.Date, e.Type, e.CAMEO,
				sideLabel(e.Source), sideLabel(e.Target), e.Modality, e.NumMentions, e.NumSources, e.NumArticles, ev)
		}
		return nil
	case "jsonl":
		for i := range evs {
			if evs[i].Mentions == nil {
				evs[i].Mentions = []Mention{}
			}
			if err := x.enc.Encode(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	case "plover":
		for _, e := range evs {
			r := PLOVER(e)
			if err := x.enc.Encode(&r); err != nil {
				return err
			}
		}
		return nil
	case "parquet":
		rows := make([]ParquetEvent, len(evs))
		for i, e := range evs {
			rows[i] = parquetRow(e)
		}
		if _, err := x.pq.Write(rows); err != nil {
			return err
		}
		// Row groups of about 64k events: bounded memory, and readers
		// can skip them by their statistics.
		if x.pending += len(rows); x.pending >= 1<<16 {
			x.pending = 0
			return x.pq.Flush()
		}
		return nil
	case "csv":
		if !x.header {
			x.cw.Write(CSVHeader)
			x.header = true
		}
		for _, e := range evs {
			var l Location
			lat, lon := "", ""
			if e.Location != nil {
				l = *e.Location
				lat, lon = fmtFloat(l.Lat), fmtFloat(l.Lon)
			}
			x.cw.Write([]string{strconv.FormatInt(e.ID, 10), e.Date, e.Type, e.Mode, e.CAMEO, strings.Join(e.Context, ";"),
				strconv.Itoa(e.Quad), fmtFloat(e.Goldstein), e.Source.Actor, e.Source.Country, e.Source.Text,
				e.Target.Actor, e.Target.Country, e.Target.Text, e.Modality, fmtFloat(e.Confidence),
				strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles),
				l.Name, l.Country, lat, lon, e.FirstSeen, e.LastSeen})
		}
		x.cw.Flush()
		return x.cw.Error()
	case "gdelt":
		var b strings.Builder
		for _, e := range evs {
			b.Reset()
			b.WriteString(strings.Join(GDELTRow(e), "\t"))
			b.WriteByte('\n')
			if _, err := io.WriteString(x.w, b.String()); err != nil {
				return err
			}
		}
		return nil
	case "mentions":
		for _, e := range evs {
			for _, m := range e.Mentions {
				if _, err := io.WriteString(x.w, strings.Join(MentionRow(e, m), "\t")+"\n"); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Close flushes what is buffered.
func (x *Exporter) Close() error {
	switch x.format {
	case "table":
		if !x.header {
			fmt.Fprintln(x.tw, "(no events)")
		}
		return x.tw.Flush()
	case "csv":
		if !x.header {
			x.cw.Write(CSVHeader)
		}
		x.cw.Flush()
		return x.cw.Error()
	case "parquet":
		return x.pq.Close()
	}
	return nil
}

func sideLabel(s Side) string {
	code := s.Actor
	if code == "" {
		code = s.Country
	}
	switch {
	case code == "" && s.Text == "":
		return "-"
	case code == "":
		return shorten(s.Text, 20)
	case s.Text == "":
		return code
	}
	return code + " (" + shorten(s.Text, 20) + ")"
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// tsvField keeps a value on its line and column: tabs and line breaks
// become spaces.
func tsvField(s string) string {
	if strings.ContainsAny(s, "\t\n\r") {
		return strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}

// gdeltDate splits a Kronika date (YYYY, YYYY-MM or YYYY-MM-DD) into
// GDELT's SQLDATE (YYYYMMDD; a month-precise date takes day 01, a year
// January 1st), MonthYear, Year and FractionDate. All are empty for an
// empty or unreadable date.
func gdeltDate(d string) (sqldate, monthYear, year, fraction string) {
	if len(d) < 4 {
		return
	}
	y, err := strconv.Atoi(d[:4])
	if err != nil {
		return
	}
	m, day := 1, 1
	if len(d) >= 7 {
		if m, err = strconv.Atoi(d[5:7]); err != nil {
			return
		}
	}
	if len(d) >= 10 {
		if day, err = strconv.Atoi(d[8:10]); err != nil {
			return
		}
	}
	sqldate = fmt.Sprintf("%04d%02d%02d", y, m, day)
	monthYear = fmt.Sprintf("%04d%02d", y, m)
	year = fmt.Sprintf("%04d", y)
	// GDELT's approximation: YYYY + (MONTH*30 + DAY)/365.
	fraction = strconv.FormatFloat(float64(y)+math.Min(float64(m*30+day)/365, 0.9999), 'f', 4, 64)
	return
}

// gdeltTime turns an RFC 3339 time stamp into YYYYMMDDHHMMSS.
func gdeltTime(t string) string {
	if len(t) < 19 {
		return ""
	}
	return t[0:4] + t[5:7] + t[8:10] + t[11:13] + t[14:16] + t[17:19]
}

// actorCode is GDELT's full actor code: the actor code, else the country.
func actorCode(s Side) string {
	if s.Actor != "" {
		return s.Actor
	}
	return s.Country
}

// actorTypes splits the role part of an actor code that starts with its
// country ("RUSGOVMIL" → GOV, MIL) into GDELT's three type columns.
func actorTypes(s Side) [3]string {
	var t [3]string
	code := s.Actor
	if s.Country == "" || !strings.HasPrefix(code, s.Country) {
		return t
	}
	rest := code[len(s.Country):]
	for i := 0; i < 3 && len(rest) >= 3; i++ {
		t[i], rest = rest[:3], rest[3:]
	}
	return t
}

// GDELTColumns is the number of columns of a GDELT 2.0 event record.
const GDELTColumns = 61

// GDELTRow returns the 61 columns of a GDELT 2.0 event record for e
// (GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv), empty where
// Kronika has no value:
//
//	1 GLOBALEVENTID          the stored event id
//	2-5 SQLDATE, MonthYear,  the event date (a month-precise date gives day 01,
//	  Year, FractionDate     a year-precise one January 1st; see gdeltDate)
//	6 Actor1Code             source actor code, else its country
//	7 Actor1Name             the source's words in the first report
//	8 Actor1CountryCode      source country
//	9-12 KnownGroup, Ethnic, Religion1, Religion2: empty
//	13-15 Actor1Type1-3Code  role codes after the country in the actor code (RUSGOV → GOV)
//	16-25 Actor2…            the same for the target
//	26 IsRootEvent           empty
//	27 EventCode             CAMEO code
//	28 EventBaseCode         its first three digits
//	29 EventRootCode         its first two digits
//	30 QuadClass             quad
//	31 GoldsteinScale        goldstein
//	32-34 NumMentions, NumSources, NumArticles: over all stored reports
//	                         (GDELT counts the first 15-minute batch only)
//	35 AvgTone               empty
//	36-51 Actor1Geo, Actor2Geo the columns of ActionGeo (below) for each side:
//	  (8 each)               the event's location when it lies in the side's
//	                         country, else the side's country (type 1; from
//	                         package places' gazetteer), else empty
//	52 ActionGeo_Type        the event's location: 1 country, 5 first-level
//	                         division, 4 city or site; empty when unknown
//	53 ActionGeo_FullName    "name, admin1" as Kronika's gazetteer gives them
//	54 ActionGeo_CountryCode ISO 3166-1 alpha-3 (GDELT writes FIPS 10-4 here)
//	55, 56 ADM1Code, ADM2Code: empty
//	57, 58 Lat, Long         the place's coordinates (empty for a country)
//	59 ActionGeo_FeatureID   GeoNames id (GDELT uses GNS/GNIS ids); for a
//	                         country, its code
//	60 DATEADDED             first_seen as YYYYMMDDHHMMSS (UTC)
//	61 SOURCEURL             the source (URL or file) of the first mention
func GDELTRow(e Event) []string {
	row := make([]string, GDELTColumns)
	row[0] = strconv.FormatInt(e.ID, 10)
	row[1], row[2], row[3], row[4] = gdeltDate(e.Date)
	for i, s := range []Side{e.Source, e.Target} {
		base := 5 + i*10
		row[base] = actorCode(s)
		row[base+1] = tsvField(s.Text)
		row[base+2] = s.Country
		t := actorTypes(s)
		row[base+7], row[base+8], row[base+9] = t[0], t[1], t[2]
	}
	row[26] = e.CAMEO
	if len(e.CAMEO) >= 3 {
		row[27] = e.CAMEO[:3]
	} else {
		row[27] = e.CAMEO
	}
	if len(e.CAMEO) >= 2 {
		row[28] = e.CAMEO[:2]
	}
	if e.Quad != 0 {
		row[29] = strconv.Itoa(e.Quad)
	}
	row[30] = fmtFloat(e.Goldstein)
	row[31] = strconv.Itoa(e.NumMentions)
	row[32] = strconv.Itoa(e.NumSources)
	row[33] = strconv.Itoa(e.NumArticles)
	gdeltGeo(row[51:59], e.Location)
	for i, s := range []Side{e.Source, e.Target} {
		gdeltGeo(row[35+8*i:43+8*i], sideGeo(s, e.Location))
	}
	row[59] = gdeltTime(e.FirstSeen)
	row[60] = tsvField(e.SourceURL)
	return row
}

// gdeltGeo fills the 8 columns of a GDELT geography (Type, FullName,
// CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) from l; nothing
// when l is nil.
func gdeltGeo(cols []string, l *Location) {
	if l == nil {
		return
	}
	switch l.Precision {
	case "country":
		cols[0] = "1"
		cols[7] = l.Country
	case "admin1":
		cols[0] = "5"
	default:
		cols[0] = "4"
	}
	name := l.Name
	if l.Admin1 != "" && l.Admin1 != l.Name {
		name += ", " + l.Admin1
	}
	cols[1] = tsvField(name)
	cols[2] = l.Country
	if l.Precision != "country" {
		cols[5], cols[6] = fmtFloat(l.Lat), fmtFloat(l.Lon)
		if l.GeonameID != 0 {
			cols[7] = strconv.Itoa(l.GeonameID)
		}
	}
}

// sideGeo is where a GDELT row puts an event's side: at the event's
// location when it lies in the side's country, else at the side's
// country; nil when the side has no country the gazetteer knows.
func sideGeo(s Side, action *Location) *Location {
	if s.Country == "" {
		return nil
	}
	if action != nil && action.Country == s.Country {
		return action
	}
	c := places.Default().Country(s.Country)
	if c == nil {
		return nil
	}
	return &Location{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, Precision: "country"}
}

// MentionColumns is the number of columns of a GDELT 2.0 mention record.
const MentionColumns = 16

// MentionRow returns a GDELT 2.0 Mentions record for mention m of e:
//
//	1 GLOBALEVENTID              e's id
//	2 EventTimeDate              e's first_seen, YYYYMMDDHHMMSS
//	3 MentionTimeDate            when the mentioning document was ingested
//	4 MentionType                1 (web) for a URL, else empty
//	5 MentionSourceName          the site (host of a URL, else the file)
//	6 MentionIdentifier          the document's source: URL, file or file.jsonl:LINE
//	7 SentenceID                 1-based sentence of the document
//	8, 9 Actor1/Actor2CharOffset where the source/target words stand in the
//	                             sentence, in code points of the document; -1 if not found
//	10 ActionCharOffset          the trigger's start, code points
//	11 InRawText                 1 (Kronika reads the original text, no translation)
//	12 Confidence                the mention's confidence × 100, rounded
//	13 MentionDocLen             the document's length in code points
//	14 MentionDocTone, 15 MentionDocTranslationInfo, 16 Extras: empty
func MentionRow(e Event, m Mention) []string {
	row := make([]string, MentionColumns)
	row[0] = strconv.FormatInt(e.ID, 10)
	row[1] = gdeltTime(e.FirstSeen)
	row[2] = gdeltTime(m.IngestedAt)
	if strings.HasPrefix(m.Source, "http://") || strings.HasPrefix(m.Source, "https://") {
		row[3] = "1"
	}
	row[4] = tsvField(m.Site)
	row[5] = tsvField(m.Source)
	if m.SentenceIdx > 0 {
		row[6] = strconv.Itoa(m.SentenceIdx)
	}
	row[7] = strconv.Itoa(offsetIn(m.Sentence, m.SourceText))
	row[8] = strconv.Itoa(offsetIn(m.Sentence, m.TargetText))
	row[9] = strconv.Itoa(m.Trigger.Start)
	row[10] = "1"
	row[11] = strconv.Itoa(int(math.Round(m.Confidence * 100)))
	row[12] = strconv.Itoa(m.DocLen)
	return row
}

// offsetIn returns where words stand in a sentence, in code points of
// the document, or -1.
func offsetIn(s TextSpan, words string) int {
	if words == "" {
		return -1
	}
	i := strings.Index(s.Text, words)
	if i < 0 {
		return -1
	}
	return s.Start + utf8.RuneCountInString(s.Text[:i])
}
