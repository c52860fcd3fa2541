package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/kronika/kronika/store"
)

func init() {
	commands["documents"] = command{
		usage: "[--db PATH] [--lang CODE] [--source SITE] [--since DATE] [--until DATE] [--duplicates] [--limit N] [--format table|jsonl]",
		brief: "list the stored documents, the latest ingested first: date, language, site, title, events reported, and the original of a near-duplicate",
		run:   runDocuments,
	}
}

func runDocuments(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("documents", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f store.DocFilter
	dbPath := fs.String("db", store.DefaultPath, "database `PATH`")
	fs.StringVar(&f.Lang, "lang", "", "documents in language `CODE`")
	fs.StringVar(&f.Source, "source", "", "documents from `SITE` (a URL's host, or a file)")
	fs.StringVar(&f.Since, "since", "", "published on or after `DATE` (YYYY[-MM[-DD]])")
	fs.StringVar(&f.Until, "until", "", "published on or before `DATE` (a month includes its days)")
	fs.BoolVar(&f.Duplicates, "duplicates", false, "only near-duplicates of stored documents")
	limit := fs.Int("limit", 50, "at most `N` documents (0: all)")
	format := fs.String("format", "table", "table or jsonl")
	if err := parseOnlyFlags(fs, args); err != nil {
		return err
	}
	if *format != "table" && *format != "jsonl" {
		return usagef("unknown format %q (want table or jsonl)", *format)
	}
	if err := checkDates(f.Since, f.Until); err != nil {
		return err
	}
	if *limit < 0 {
		return usagef("--limit %d: want 0 (all) or more", *limit)
	}
	f.Limit = *limit
	db, err := store.OpenExisting(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	docs, err := db.Documents(context.Background(), f)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	if *format == "jsonl" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return out.Flush()
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tLANG\tSITE\tEVENTS\tDUPLICATE OF\tTITLE")
	for _, d := range docs {
		dup := ""
		if d.DuplicateOf != "" {
			dup = fmt.Sprintf("%.12s (%.2f)", d.DuplicateOf, d.Similarity)
		}
		fmt.Fprintf(tw, "%.12s\t%s\t%s\t%s\t%d\t%s\t%s\n", d.ID, d.Date, d.Lang, clipLeft(d.Site, 30), d.Events, dup, clip(d.Title, 60))
	}
	if len(docs) == 0 {
		fmt.Fprintln(tw, "(no documents)")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return out.Flush()
}

// clip shortens s to n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// clipLeft shortens s to its last n characters, marking the cut: the end
// of a file path says the most.
func clipLeft(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return "…" + string(r[len(r)-n+1:])
}
