package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/kronika/kronika/store"
)

func init() {
	commands["events"] = command{
		usage: "[--db PATH|postgres://...] [--actor CODE] [--country CODE] [--dyad A-B|A>B] [--type T] [--mode M] [--context C] [--cameo PREFIX] [--quad N] [--modality M] [--since DATE] [--until DATE] [--lang CODE] [--source SITE] [--min-mentions N] [--q WORDS] [--limit N] [--format table|jsonl|csv|gdelt|mentions|plover|parquet|daily] [--out FILE]",
		brief: "query the stored events (latest first): filters, full-text search over the evidence sentences, and exports (GDELT 2.0 events and mentions TSV, PLOVER/POLECAT JSON, Parquet among them)",
		run:   runEvents,
	}
}

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// checkDates checks the --since and --until of a query: a usage error
// unless each is empty or YYYY[-MM[-DD]].
func checkDates(since, until string) error {
	for _, d := range []struct{ name, v string }{{"since", since}, {"until", until}} {
		if d.v != "" && !dateRE.MatchString(d.v) {
			return usagef("--%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.v)
		}
	}
	return nil
}

func runEvents(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f store.Filter
	dbPath := fs.String("db", store.DefaultPath, "database `PATH`, or a PostgreSQL URL postgres://... that kronika worker fills")
	fs.StringVar(&f.Actor, "actor", "", "actor `CODE` or its prefix (RUS matches RUSGOV) as source or target")
	fs.StringVar(&f.Country, "country", "", "country `CODE` (ISO 3166-1 alpha-3) of source or target")
	fs.StringVar(&f.Dyad, "dyad", "", "`A-B`: events between A and B in either direction; A>B: A the source, B the target (actor code prefixes or countries)")
	fs.StringVar(&f.Type, "type", "", "PLOVER `TYPE` (CONSULT, ASSAULT, ...)")
	fs.StringVar(&f.Mode, "mode", "", "PLOVER `MODE`")
	fs.StringVar(&f.Context, "context", "", "PLOVER `CONTEXT`")
	fs.StringVar(&f.CAMEO, "cameo", "", "CAMEO code `PREFIX` (04 matches 042)")
	fs.IntVar(&f.Quad, "quad", 0, "quad class `N` (1-4)")
	fs.StringVar(&f.Modality, "modality", "", "asserted, negated, future, hypothetical or historical")
	fs.StringVar(&f.Since, "since", "", "events dated on or after `DATE` (YYYY[-MM[-DD]])")
	fs.StringVar(&f.Until, "until", "", "events dated on or before `DATE` (a month includes its days)")
	fs.StringVar(&f.Lang, "lang", "", "reported by a document in language `CODE`")
	fs.StringVar(&f.Source, "source", "", "reported by a document from `SITE` (a URL's host, or a file)")
	fs.IntVar(&f.MinMentions, "min-mentions", 0, "events with at least `N` mentions")
	fs.StringVar(&f.Q, "q", "", "full-text search: events with an evidence sentence holding all these `WORDS` (case and Polish letters folded; word* for a prefix)")
	limit := fs.Int("limit", -1, "at most `N` events (0: all; default 50 for table, all otherwise)")
	format := fs.String("format", "table", "table, jsonl (each event with its mentions), csv, gdelt (GDELT 2.0 events TSV, 61 columns), mentions (GDELT 2.0 mentions TSV), plover (PLOVER/POLECAT JSON lines), parquet or daily (date TAB count)")
	outPath := fs.String("out", "", "write to `FILE` instead of standard output")
	if err := parseOnlyFlags(fs, args); err != nil {
		return err
	}
	switch *format {
	case "table", "jsonl", "csv", "gdelt", "mentions", "plover", "parquet", "daily":
	default:
		return usagef("unknown format %q (want table, jsonl, csv, gdelt, mentions, plover, parquet or daily)", *format)
	}
	if err := checkDates(f.Since, f.Until); err != nil {
		return err
	}
	if f.Dyad != "" {
		if a, b, _ := store.ParseDyad(f.Dyad); a == "" || b == "" {
			return usagef("--dyad %q: want A-B or A>B", f.Dyad)
		}
	}
	if f.Quad < 0 || f.Quad > 4 {
		return usagef("--quad %d: want 1 to 4", f.Quad)
	}
	f.Limit = *limit
	if f.Limit < 0 {
		f.Limit = 0
		if *format == "table" {
			f.Limit = 50
		}
	}
	db, err := openQuery(*dbPath, store.OpenExisting)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	dest := stdout
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			return err
		}
		// Closed once written (below); on an error, closed here.
		defer f.Close()
		dest = f
	}
	if *format == "parquet" && *outPath == "" && isTerminal(stdout) {
		return usagef("--format parquet writes binary data: give --out FILE or redirect standard output")
	}
	out := bufio.NewWriterSize(dest, 1<<16)
	if *format == "daily" {
		days, err := db.CountByDate(ctx, f)
		if err != nil {
			return err
		}
		for _, d := range days {
			fmt.Fprintf(out, "%s\t%d\n", d.Date, d.Count)
		}
		return out.Flush()
	}
	x, err := store.NewExporter(out, *format)
	if err != nil {
		return usagef("%v", err)
	}
	// Events go out in batches, their mentions loaded per batch, so that
	// an export of the whole database streams in bounded memory.
	const batch = 1000
	var evs []store.Event
	flush := func() error {
		if len(evs) == 0 {
			return nil
		}
		if store.NeedsMentions(*format) || *format == "table" {
			if err := db.LoadMentions(ctx, evs); err != nil {
				return err
			}
		}
		err := x.Write(evs)
		evs = evs[:0]
		return err
	}
	err = db.EachEvent(ctx, f, func(e store.Event) error {
		evs = append(evs, e)
		if len(evs) == batch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		err = x.Close()
	}
	if err == nil {
		err = out.Flush()
	}
	if f, ok := dest.(*os.File); ok && err == nil && *outPath != "" {
		err = f.Close()
	}
	if err != nil && strings.Contains(err.Error(), "fts5") {
		return fmt.Errorf("--q %q: %w", f.Q, err)
	}
	return err
}
