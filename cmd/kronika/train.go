package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/lang/pl"
	"github.com/kronika/kronika/ner"
)

func init() {
	commands["train"] = command{
		usage: "ner|tagger --data DIR --out FILE [--epochs N] [--seed S] [--bits B] [--iterations N]",
		brief: "rebuild a model from data (ner: the Polish named-entity model from NKJP; tagger: the Polish contextual tagger)",
		run:   runTrain,
	}
}

func runTrain(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("which model? (ner, tagger)")
	}
	switch args[0] {
	case "ner":
		return trainNER(args[1:], stdout, stderr)
	case "tagger":
		return trainTagger(args[1:], stdout, stderr)
	}
	return usagef("unknown model %q (ner, tagger)", args[0])
}

// nkjpNERFile is the NKJP named-entity corpus inside --data.
const nkjpNERFile = "nkjp-nested-simplified-v2.iob.gz"

// trainNER trains the Polish recognizer on NKJP: every tenth document is
// held out as the development set, the rest is training data; the order of
// the corpus and the seed fix the result.
func trainNER(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "`dir` with "+nkjpNERFile+" (or the file itself)")
	out := fs.String("out", "", "model `file` to write (lang/pl/data/ner.model)")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	bits := fs.Uint("bits", 19, "log2 of the number of feature buckets")
	if err := fs.Parse(args); err != nil {
		return usagef("%v", err)
	}
	path, err := nkjpInput(fs, *data, *out)
	if err != nil {
		return err
	}
	start := time.Now()
	docs, err := ner.ReadIOBFile(path, pl.NKJPType)
	if err != nil {
		return err
	}
	train, dev := nerExamples(docs, lang.Get("pl"))
	fmt.Fprintf(stdout, "read %d documents: %d training and %d development sentences (%.1fs)\n",
		len(docs), len(train), len(dev), time.Since(start).Seconds())
	m, err := ner.Train(train, ner.Options{
		Types: pl.NERTypes, Epochs: *epochs, Seed: *seed, Bits: *bits, Dev: dev,
		Progress: func(epoch, nerr int, s ner.Scores) {
			fmt.Fprintf(stdout, "epoch %d: %d token errors; dev P %.3f R %.3f F1 %.3f (%.0fs)\n",
				epoch, nerr, s.P, s.R, s.F1, time.Since(start).Seconds())
		},
	})
	if err != nil {
		return err
	}
	size, err := saveModel(*out, m.Save)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes) in %.1fs\n", *out, size, time.Since(start).Seconds())
	return nil
}

// saveModel writes a trained model to path through save and returns the
// file's size.
func saveModel(path string, save func(io.Writer) error) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(f)
	err = save(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	st, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// nerExamples turns the corpus into examples analysed by the language's
// morphology, the same analysis the pipeline runs before recognition.
// Documents whose index is 9 modulo 10 form the development set.
func nerExamples(docs []ner.IOBDoc, l *lang.Language) (train, dev []ner.Example) {
	for k := range docs {
		for i := range docs[k].Sentences {
			s := &docs[k].Sentences[i]
			d := s.Document()
			if l != nil && l.Morph != nil {
				l.Morph.Analyze(d, d.Tokens)
			}
			e := ner.Example{Doc: d, Tokens: d.Tokens, Spans: s.Spans, Extra: pl.NERClasses(d, d.Tokens)}
			if k%10 == 9 {
				dev = append(dev, e)
			} else {
				train = append(train, e)
			}
		}
	}
	return train, dev
}

// nkjpInput checks the --data and --out flags of a train command and
// returns the NKJP corpus file: --data names it or the directory holding it.
func nkjpInput(fs *flag.FlagSet, data, out string) (string, error) {
	if data == "" || out == "" || fs.NArg() > 0 {
		return "", usagef("--data and --out are required")
	}
	if st, err := os.Stat(data); err == nil && st.IsDir() {
		return filepath.Join(data, nkjpNERFile), nil
	}
	return data, nil
}
