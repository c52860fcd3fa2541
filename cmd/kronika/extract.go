package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

func init() {
	commands["extract"] = command{
		usage: "[--format json|jsonl] [--lang CODE] [--workers N] [--timeout D] [--until STAGE] [--min-confidence C] [--explain] [--actors FILE]... [--events FILE]... FILE|DIR|URL|- ...",
		brief: "read articles and print kronika/1 JSON (json for one document, jsonl for many), each document as soon as it and those before it are done; --actors adds a dictionary of your own (Kronika .tsv or PETRARCH/TABARI) to the actor base",
		run:   runExtract,
	}
}

// defaultTimeout is extract's time limit per job: far above what the
// largest document allowed (ingest.MaxDocumentSize) takes.
const defaultTimeout = 2 * time.Minute

func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "output format: json (one indented object per document) or jsonl (one line per document); default json for a single document, jsonl otherwise")
	code := fs.String("lang", "", "language `CODE` of every document (pl, en, ru or another registered code), instead of identifying it; overrides a JSONL \"lang\" field")
	workers := fs.Int("workers", 0, "documents processed in parallel (0: one per core)")
	timeout := fs.Duration("timeout", defaultTimeout, "give up a document (or a whole non-JSONL input) after this long and report it as an error (0: no limit)")
	until := fs.String("until", "", "run the stages up to and including `STAGE` only (structure, segment, morphology, entities, phrases, times, quotes, events, places)")
	minConf := fs.Float64("min-confidence", 0, "leave out events whose confidence is below `C` (0–1; 0 keeps all)")
	explain := fs.Bool("explain", false, "add to each event the coder's trace: the lexicon entry, the slots and the words that filled them, the modality and date evidence")
	progress := fs.Bool("progress", false, "report progress on stderr (default: on when stderr is a terminal and there are many inputs)")
	var actorFiles listFlag
	fs.Var(&actorFiles, "actors", "add the actor dictionary `FILE` to the embedded base, its entries first (repeatable): Kronika's format if it ends in .tsv and is named countries, people, orgs, places or roles*.tsv (actors/data/README.md), else a PETRARCH/TABARI actors or agents file")
	var eventFiles listFlag
	fs.Var(&eventFiles, "events", "add the trigger lexicon `FILE` before the English one (repeatable): Kronika's format if it ends in .tsv (lang/en/data/events.tsv), else a PETRARCH/TABARI verb dictionary, its patterns matched in their word order")
	args, err := parseAnywhere(fs, args)
	if err != nil {
		return usagef("%v", err)
	}
	if len(args) == 0 {
		return usagef("no input: give files, directories, URLs or - for standard input")
	}
	switch *format {
	case "", "json", "jsonl":
	default:
		return usagef("unknown format %q (want json or jsonl)", *format)
	}
	if err := checkCoding(*code, *workers, *timeout); err != nil {
		return err
	}
	if *minConf < 0 || *minConf > 1 {
		return usagef("--min-confidence %v: want a number from 0 to 1", *minConf)
	}
	if *until != "" {
		if _, err := pipeline.StageIndex(*until); err != nil {
			return usagef("--until: %v", err)
		}
	}
	inputs, errs := ingest.Expand(args)
	failed := false
	for _, err := range errs {
		fmt.Fprintf(stderr, "kronika extract: %s\n", oneLine(err))
		// A special file met in a directory is left out with a notice.
		failed = failed || !errors.Is(err, ingest.ErrSkipped)
	}
	// Without --format, one input holding one document is printed as an
	// indented object, anything else as JSON Lines.
	single := len(inputs) == 1
	show := *progress || (len(inputs) >= 100 && isTerminal(stderr))

	p := pipeline.New()
	p.Until = *until
	p.Timeout = *timeout
	p.Lang = *code
	if err := withUserActors(p, actorFiles, stderr); err != nil {
		return err
	}
	if len(eventFiles) > 0 {
		restore, err := useEventLexiconWith("en", eventFiles, events.ExtendOptions{}, stderr)
		if err != nil {
			return err
		}
		defer restore()
	}
	// Each document is written and flushed as soon as it and all before
	// it are done, so that a run killed half-way keeps what it finished.
	out := bufio.NewWriterSize(stdout, 1<<16)
	var writeErr error
	write := func(d *doc.Document, indent bool) {
		d.Explain = *explain
		if *minConf > 0 {
			kept := d.Events[:0]
			for _, e := range d.Events {
				if e.Confidence >= *minConf {
					kept = append(kept, e)
				}
			}
			d.Events = kept
		}
		if err := d.Marshal(out, indent); err != nil {
			fmt.Fprintf(stderr, "kronika extract: %s: %s\n", d.Source, oneLine(err))
			failed = true
		}
	}
	flush := func() {
		if err := out.Flush(); err != nil && writeErr == nil {
			writeErr = err
		}
	}
	// held is the first document of a single input when it might be the
	// only one (then it is indented); it waits for the next one, or the
	// input's end.
	var held *doc.Document
	heldOpen := single && *format == ""
	start, done, ndocs := time.Now(), 0, 0
	last := start
	p.Run(inputs, os.Stdin, *workers, func(r pipeline.Result) {
		for _, err := range r.Errs {
			fmt.Fprintf(stderr, "kronika extract: %s\n", oneLine(err))
			// A warning (a date that cannot be read) leaves the
			// document in the output and the exit status alone.
			var w *ingest.Warning
			failed = failed || !errors.As(err, &w)
		}
		for _, d := range r.Docs {
			switch {
			case *format == "json":
				write(d, true)
			case heldOpen && held == nil:
				held = d
			default:
				if held != nil {
					write(held, false)
					held = nil
				}
				heldOpen = false
				write(d, false)
			}
		}
		if r.Last && held != nil {
			write(held, true)
			held = nil
		}
		flush()
		ndocs += len(r.Docs)
		if r.Last {
			done++
		}
		if show && (time.Since(last) > time.Second || r.Last && done == len(inputs)) {
			last = time.Now()
			el := time.Since(start).Seconds()
			fmt.Fprintf(stderr, "\rkronika extract: %d/%d inputs, %d documents, %.0f docs/s", done, len(inputs), ndocs, float64(ndocs)/el)
			if done == len(inputs) {
				fmt.Fprintln(stderr)
			}
		}
	})
	if held != nil {
		write(held, true)
	}
	flush()
	if writeErr != nil {
		return fmt.Errorf("write output: %w", writeErr)
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

// withUserActors gives p the actor base with the user's dictionaries
// (--actors, userActorBase) when there are any; without them p keeps the
// embedded base.
func withUserActors(p *pipeline.Pipeline, files []string, stderr io.Writer) error {
	if len(files) == 0 {
		return nil
	}
	kb, err := userActorBase(files, stderr)
	if err != nil {
		return err
	}
	p.Actors = kb
	return nil
}
