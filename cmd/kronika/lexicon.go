package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/lang"
)

func init() {
	commands["lexicon"] = command{
		usage: "import FILE[.gz]",
		brief: "convert a PETRARCH/TABARI verb dictionary (CAMEO.2.0.txt format) to Kronika's trigger lexicon (lang/en/data/events.tsv format) on stdout, CAMEO codes mapped to PLOVER",
		run:   runLexicon,
	}
}

func runLexicon(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("want a sub-command: import")
	}
	switch args[0] {
	case "import":
		return lexiconImport(args[1:], stdout, stderr)
	}
	return usagef("unknown sub-command %q (want import)", args[0])
}

// lexiconImport converts one verb dictionary; the lines it cannot read are
// reported on stderr, and a summary of the codings left out, without
// failing the command.
func lexiconImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lexicon import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name, r, err := openImport(fs, args)
	if err != nil {
		return err
	}
	defer r.Close()
	dict, err := events.ImportPETRARCH(r, name, englishLemmatizer())
	if dict != nil {
		for _, p := range dict.Problems {
			fmt.Fprintf(stderr, "kronika lexicon: left out %s\n", p)
		}
	}
	if err != nil {
		return err
	}
	reasons := make([]string, 0, len(dict.Dropped))
	for k := range dict.Dropped {
		reasons = append(reasons, k)
	}
	sort.Strings(reasons)
	for _, k := range reasons {
		fmt.Fprintf(stderr, "kronika lexicon: left out %d codings: %s\n", dict.Dropped[k], k)
	}
	out := bufio.NewWriter(stdout)
	if err := dict.WriteTSV(out, name); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// englishLemmatizer lemmatizes dictionary words with the English analyzer
// the pipeline uses, so that companions match token lemmas.
func englishLemmatizer() events.Lemmatizer {
	if l := lang.Get("en"); l != nil && l.Morph != nil {
		return events.AnalyzerLemmatizer(l.Morph)
	}
	return nil
}

// useEventLexicon puts the user's trigger lexicons (Kronika .tsv files or
// PETRARCH/TABARI verb dictionaries) before the lexicon of language code
// for the rest of the process, until restore is called. The language's
// own lexicon is not changed: a copy with the user's entries takes its
// place in the registered language, which every pipeline of the process
// reads (the pipeline has no lexicon of its own to set).
func useEventLexicon(code string, files []string, stderr io.Writer) (restore func(), err error) {
	return useEventLexiconWith(code, files, events.ExtendOptions{}, stderr)
}

// useEventLexiconWith is useEventLexicon with options: Alone codes with the
// user's entries only, Import.AllCodes keeps codes without a PLOVER type
// (for scoring a dictionary against the records written for it).
func useEventLexiconWith(code string, files []string, opt events.ExtendOptions, stderr io.Writer) (restore func(), err error) {
	l := lang.Get(code)
	if l == nil || l.Events == nil {
		return nil, fmt.Errorf("language %q has no event lexicon to add to", code)
	}
	var lf []events.LexiconFile
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		lf = append(lf, events.LexiconFile{Name: name, Data: data})
	}
	x, warnings, err := events.ExtendLexiconWith(l.Events, lf, englishLemmatizer(), opt)
	for _, w := range warnings {
		fmt.Fprintf(stderr, "kronika: events: left out %s\n", w)
	}
	if err != nil {
		return nil, err
	}
	old := l.Events
	l.Events = x
	return func() { l.Events = old }, nil
}
