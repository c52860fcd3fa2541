package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kronika/kronika/conllu"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

func init() {
	commands["analyze"] = command{
		usage: "[--input text|conllu] [--lang pl|en|ru] FILE|-",
		brief: "sentences, tokens, lemmas and tags as CoNLL-U (--input conllu keeps the given tokens and fills columns 3-6)",
		run:   runAnalyze,
	}
}

func runAnalyze(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "text", "input format: text (any article format extract reads) or conllu (gold tokens and sentences; .gz is read too)")
	code := fs.String("lang", "", "language code (default: identified from the text; pl for --input conllu)")
	args, err := parseAnywhere(fs, args)
	if err != nil {
		return usagef("%v", err)
	}
	if len(args) != 1 {
		return usagef("want exactly one input")
	}
	if err := checkLang(*code); err != nil {
		return err
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	switch *input {
	case "text":
		err = analyzeText(args[0], *code, out)
	case "conllu":
		if *code == "" {
			*code = "pl"
		}
		err = analyzeCoNLLU(args[0], *code, out)
	default:
		return usagef("unknown input format %q (want text or conllu)", *input)
	}
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	return err
}

// analyzeText runs the pipeline on an article and writes its sentences.
func analyzeText(name, code string, w io.Writer) error {
	p := pipeline.New()
	docs, errs := p.Extract(name, os.Stdin)
	if len(errs) > 0 {
		return errs[0]
	}
	if code != "" {
		// A language given by the user overrides identification: analyse
		// again under it.
		for _, d := range docs {
			if d.Lang != code {
				d.Lang, d.Blocks, d.Sentences, d.Tokens = code, keepReaderBlocks(d.Blocks), nil, nil
				if err := p.Process(d); err != nil {
					return err
				}
			}
		}
	}
	for _, d := range docs {
		if err := writeDocument(w, d); err != nil {
			return err
		}
	}
	return nil
}

// keepReaderBlocks returns the blocks a reader marks (header, title), which
// processing again must start from.
func keepReaderBlocks(bs []doc.Block) []doc.Block {
	var out []doc.Block
	for _, b := range bs {
		if b.Kind == doc.Header || b.Kind == doc.Title {
			out = append(out, b)
		}
	}
	return out
}

// writeDocument writes the sentences of d as CoNLL-U, with newdoc and
// newpar comments marking documents and blocks.
func writeDocument(w io.Writer, d *doc.Document) error {
	block := -1
	for i, s := range d.Sentences {
		cs := &conllu.Sentence{}
		if i == 0 {
			cs.Comments = append(cs.Comments, "newdoc id = "+d.ID)
		}
		if s.Block != block {
			block = s.Block
			cs.Comments = append(cs.Comments, "newpar id = "+d.Blocks[block].Kind.String()+"-"+strconv.Itoa(block+1))
		}
		cs.Comments = append(cs.Comments,
			fmt.Sprintf("sent_id = %s-%d", d.ID, i+1),
			"text = "+strings.ReplaceAll(d.Text[s.Start:s.End], "\n", " "))
		if ph := describePhrases(d, i); ph != "" {
			cs.Comments = append(cs.Comments, "phrases = "+ph)
		}
		for j, t := range d.Tokens[s.FirstToken:s.EndToken] {
			misc := ""
			if !t.SpaceAfter {
				misc = "SpaceAfter=No"
			}
			cs.Tokens = append(cs.Tokens, conllu.Token{
				ID: strconv.Itoa(j + 1), Form: d.Text[t.Start:t.End],
				Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats, Misc: misc,
			})
		}
		if err := conllu.Write(w, cs); err != nil {
			return err
		}
	}
	return nil
}

// analyzeCoNLLU reads sentences with their tokens, fills lemma, UPOS, XPOS
// and FEATS with the language's morphology, and writes them back with the
// other columns as given.
func analyzeCoNLLU(name, code string, w io.Writer) error {
	p := pipeline.New()
	l := p.Language(code)
	if l.Morph == nil {
		return fmt.Errorf("no morphology for language %q", code)
	}
	r, err := openInput(name)
	if err != nil {
		return err
	}
	defer r.Close()
	cr := conllu.NewReader(r, name)
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		d := sentenceDocument(s)
		l.Morph.Analyze(d, d.Tokens)
		for i := range s.Tokens {
			t := d.Tokens[i]
			s.Tokens[i].Lemma, s.Tokens[i].UPOS, s.Tokens[i].XPOS, s.Tokens[i].Feats = t.Lemma, t.UPOS, t.XPOS, t.Feats
		}
		if err := conllu.Write(w, s); err != nil {
			return err
		}
	}
}

// sentenceDocument builds a one-sentence document from gold tokens: the
// text is the forms joined by single spaces (none where SpaceAfter=No).
func sentenceDocument(s *conllu.Sentence) *doc.Document {
	var b strings.Builder
	d := &doc.Document{Tokens: make([]doc.Token, len(s.Tokens))}
	for i, t := range s.Tokens {
		start := b.Len()
		b.WriteString(t.Form)
		d.Tokens[i] = doc.Token{Span: doc.Span{Start: start, End: b.Len()}, SpaceAfter: t.SpaceAfter()}
		if t.SpaceAfter() && i < len(s.Tokens)-1 {
			b.WriteByte(' ')
		}
	}
	d.Text = b.String()
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, FirstToken: 0, EndToken: len(d.Tokens)}}
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(d.Text)}}}
	return d
}

// describePhrases writes the phrases of sentence si of d on one line:
// "[NP nom|acc sg|m1 Putin] [VG odwiedzić past Neg]".
func describePhrases(d *doc.Document, si int) string {
	var parts []string
	for _, p := range d.Phrases {
		if p.Sentence != si {
			continue
		}
		text := strings.ReplaceAll(d.Text[d.Tokens[p.First].Start:d.Tokens[p.End-1].End], "\n", " ")
		var b strings.Builder
		b.WriteString("[" + p.Kind.String())
		if p.Kind == doc.NounPhrase {
			if p.Prep != "" {
				b.WriteString(" " + p.Prep + "+")
			} else {
				b.WriteString(" ")
			}
			b.WriteString(p.Cases.String())
		} else {
			b.WriteString(" " + p.Lemma + " " + p.Form + " " + p.Tense)
			if p.Passive {
				b.WriteString(" Pass")
			}
			if p.Negated {
				b.WriteString(" Neg")
			}
		}
		if p.Coordinated {
			b.WriteString(" Coord")
		}
		b.WriteString(" " + text + "]")
		parts = append(parts, b.String())
	}
	return strings.Join(parts, " ")
}
