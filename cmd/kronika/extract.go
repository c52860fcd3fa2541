package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

func init() {
	commands["extract"] = command{
		usage: "[--format json|jsonl] [--workers N] [--actors FILE]... FILE|DIR|URL|- ...",
		brief: "read articles and print kronika/1 JSON (json for one document, jsonl for many); --actors adds a dictionary of your own (Kronika .tsv or PETRARCH/TABARI) to the actor base",
		run:   runExtract,
	}
}

func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "output format: json (one indented object per document) or jsonl (one line per document); default json for a single document, jsonl otherwise")
	workers := fs.Int("workers", 0, "documents processed in parallel (0: one per core)")
	progress := fs.Bool("progress", false, "report progress on stderr (default: on when stderr is a terminal and there are many inputs)")
	explain := fs.Bool("explain", false, "add to each event the coder's trace: the lexicon entry, the slots and the words that filled them, the modality and date evidence")
	var actorFiles listFlag
	fs.Var(&actorFiles, "actors", "add the actor dictionary `FILE` to the embedded base, its entries first (repeatable): Kronika's format if it ends in .tsv and is named countries, people, orgs, places or roles*.tsv (actors/data/README.md), else a PETRARCH/TABARI actors or agents file")
	if err := fs.Parse(args); err != nil {
		return usagef("%v", err)
	}
	if fs.NArg() == 0 {
		return usagef("no input: give files, directories, URLs or - for standard input")
	}
	switch *format {
	case "", "json", "jsonl":
	default:
		return usagef("unknown format %q (want json or jsonl)", *format)
	}
	inputs, errs := ingest.Expand(fs.Args())
	failed := len(errs) > 0
	for _, err := range errs {
		fmt.Fprintf(stderr, "kronika extract: %s\n", oneLine(err))
	}
	// Without --format, one input holding one document is printed as an
	// indented object, anything else as JSON Lines.
	single := len(inputs) == 1
	show := *progress || (len(inputs) >= 100 && isTerminal(stderr))

	p := pipeline.New()
	if len(actorFiles) > 0 {
		kb, err := userActorBase(actorFiles, stderr)
		if err != nil {
			return err
		}
		p.Actors = kb
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	start, done, ndocs := time.Now(), 0, 0
	last := start
	p.Run(inputs, os.Stdin, *workers, func(r pipeline.Result) {
		for _, err := range r.Errs {
			fmt.Fprintf(stderr, "kronika extract: %s\n", oneLine(err))
			failed = true
		}
		ind := *format == "json" || (*format == "" && single && len(r.Docs) == 1)
		for _, d := range r.Docs {
			d.Explain = *explain
			if err := d.Marshal(out, ind); err != nil {
				fmt.Fprintf(stderr, "kronika extract: %s: %s\n", d.Source, oneLine(err))
				failed = true
			}
		}
		done++
		ndocs += len(r.Docs)
		if show && (time.Since(last) > time.Second || done == len(inputs)) {
			last = time.Now()
			el := time.Since(start).Seconds()
			fmt.Fprintf(stderr, "\rkronika extract: %d/%d inputs, %d documents, %.0f docs/s", done, len(inputs), ndocs, float64(ndocs)/el)
			if done == len(inputs) {
				fmt.Fprintln(stderr)
			}
		}
	})
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if failed {
		return errReported
	}
	return nil
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
