package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/kronika/kronika/store"
)

// actorsTop prints the actors taking part in most of the stored events
// a filter selects.
func actorsTop(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors top", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f store.Filter
	dbPath := fs.String("db", store.DefaultPath, "database `PATH`")
	n := fs.Int("n", 20, "the first `N` actors (0: all)")
	fs.StringVar(&f.Country, "country", "", "events with a side of country `CODE`")
	fs.StringVar(&f.Type, "type", "", "PLOVER `TYPE`")
	fs.IntVar(&f.Quad, "quad", 0, "quad class `N` (1-4)")
	fs.StringVar(&f.Since, "since", "", "events dated on or after `DATE`")
	fs.StringVar(&f.Until, "until", "", "events dated on or before `DATE`")
	fs.StringVar(&f.Lang, "lang", "", "reported by a document in language `CODE`")
	fs.StringVar(&f.Source, "source", "", "reported by a document from `SITE`")
	fs.IntVar(&f.MinMentions, "min-mentions", 0, "events with at least `N` mentions")
	if err := parseOnlyFlags(fs, args); err != nil {
		return err
	}
	if err := checkDates(f.Since, f.Until); err != nil {
		return err
	}
	if f.Quad < 0 || f.Quad > 4 || *n < 0 {
		return usagef("--quad wants 1 to 4, -n 0 or more")
	}
	db, err := store.OpenExisting(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	top, err := db.TopActors(context.Background(), f, *n)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tNAME\tEVENTS\tAS SOURCE\tAS TARGET\tMENTIONS")
	for _, a := range top {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\n", a.Actor, clip(a.Name, 40), a.Events, a.AsSource, a.AsTarget, a.Mentions)
	}
	if len(top) == 0 {
		fmt.Fprintln(tw, "(no events with a coded actor)")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return out.Flush()
}
