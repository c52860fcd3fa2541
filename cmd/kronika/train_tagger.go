package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang/pl"
	"github.com/kronika/kronika/ner"
)

// trainTagger estimates the Polish contextual tagger from the word forms of
// NKJP (its automatic tags are not read): see pl.TrainTagger.
func trainTagger(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train tagger", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "`dir` with "+nkjpNERFile+" (or the file itself)")
	out := fs.String("out", "", "model `file` to write (lang/pl/data/tagger.model)")
	iters := fs.Int("iterations", 3, "expectation-maximisation iterations")
	if err := fs.Parse(args); err != nil {
		return usagef("%v", err)
	}
	path, err := nkjpInput(fs, *data, *out)
	if err != nil {
		return err
	}
	start := time.Now()
	corpus, err := ner.ReadIOBFile(path, func(string) string { return "" })
	if err != nil {
		return err
	}
	var docs []*doc.Document
	for k := range corpus {
		for i := range corpus[k].Sentences {
			docs = append(docs, corpus[k].Sentences[i].Document())
		}
	}
	fmt.Fprintf(stdout, "read %d sentences (%.1fs)\n", len(docs), time.Since(start).Seconds())
	m, err := pl.TrainTagger(docs, pl.TaggerOptions{
		Iterations: *iters,
		Progress: func(it int, ll float64) {
			fmt.Fprintf(stdout, "iteration %d: log-likelihood per token %.4f (%.1fs)\n", it, ll, time.Since(start).Seconds())
		},
	})
	if err != nil {
		return err
	}
	size, err := saveModel(*out, m.Save)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %d classes, %d bytes (%.1fs)\n", *out, len(m.Classes), size, time.Since(start).Seconds())
	return nil
}
