package eval

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
)

// Runner is the part of the pipeline evaluation needs; *pipeline.Pipeline
// is one. Tests pass a fake that returns hand-made predicted documents.
type Runner interface {
	// Extract reads an input (a file path) and annotates its documents.
	Extract(name string, stdin io.Reader) ([]*doc.Document, []error)
	// Process annotates a document built in memory.
	Process(d *doc.Document) error
}

// GoldSuffix ends the name of every gold file; NAME.txt sits beside it.
const GoldSuffix = ".gold.json"

// FindGold lists the gold files named by args, sorted: a directory stands
// for every *.gold.json under it (sub-directories included, hidden ones
// skipped), a NAME.gold.json for itself, a NAME.txt for the gold file
// beside it.
func FindGold(args []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch {
		case st.IsDir():
			n := len(files)
			err := filepath.WalkDir(a, func(p string, e fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if e.IsDir() && p != a && strings.HasPrefix(e.Name(), ".") {
					return filepath.SkipDir
				}
				if !e.IsDir() && strings.HasSuffix(p, GoldSuffix) {
					files = append(files, p)
				}
				return nil
			})
			if err != nil {
				errs = append(errs, err)
			} else if len(files) == n {
				errs = append(errs, fmt.Errorf("%s: no *%s files", a, GoldSuffix))
			}
		case strings.HasSuffix(a, GoldSuffix):
			files = append(files, a)
		case strings.HasSuffix(a, ".txt"):
			files = append(files, strings.TrimSuffix(a, ".txt")+GoldSuffix)
		default:
			errs = append(errs, fmt.Errorf("%s: neither a directory nor a *%s or *.txt file", a, GoldSuffix))
		}
	}
	sort.Strings(files)
	return files, errs
}

// RunGold scores the pipeline on the gold files named by args (see
// FindGold). Every problem — a gold file that does not parse or validate, a
// missing text, a pipeline error — is in the report's Errors, and the
// document it concerns is left out of the figures; the caller decides the
// exit status.
func RunGold(r Runner, args []string) *GoldReport {
	rep := &GoldReport{Overall: DocScore{Name: "overall"}}
	files, errs := FindGold(args)
	rep.Errors = append(rep.Errors, errs...)
	for _, path := range files {
		s, errs := goldDoc(r, path)
		rep.Errors = append(rep.Errors, errs...)
		if errs == nil {
			rep.Documents = append(rep.Documents, s)
			rep.Overall.Add(s)
		}
	}
	return rep
}

func goldDoc(r Runner, path string) (DocScore, []error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return DocScore{}, []error{err}
	}
	g, errs := ParseGold(path, data)
	if errs != nil {
		return DocScore{}, errs
	}
	txt, err := goldText(path, g.Document)
	if err != nil {
		return DocScore{}, []error{err}
	}
	if _, err := os.Stat(txt); err != nil {
		return DocScore{}, []error{&GoldError{File: path, Field: "document", Msg: fmt.Sprintf("no text: %v", err)}}
	}
	docs, errs := r.Extract(txt, nil)
	if len(errs) > 0 {
		out := make([]error, len(errs))
		for i, e := range errs {
			out[i] = fmt.Errorf("%s: %w", txt, e)
		}
		return DocScore{}, out
	}
	if len(docs) != 1 {
		return DocScore{}, []error{fmt.Errorf("%s: the pipeline made %d documents of it, want 1", txt, len(docs))}
	}
	d, given, err := withGoldDate(r, txt, g, docs[0])
	if err != nil {
		return DocScore{}, []error{fmt.Errorf("%s: %w", txt, err)}
	}
	sc := ScoreDoc(strings.TrimSuffix(filepath.Base(path), GoldSuffix), g, d)
	if given {
		// The date was an input, not a finding: it is not scored.
		sc.Times.Value.Correct -= sc.Times.DocDate.Correct
		sc.Times.Value.Total -= sc.Times.DocDate.Total
		sc.Times.DocDate = Acc{}
	}
	sc.Split = GoldSplit(path)
	if sc.Split == SplitHeldOut {
		sc.Quotes.DropHeldOut()
		sc.Events.DropHeldOut()
		sc.Times.DropHeldOut()
	}
	return sc, nil
}

// withGoldDate gives the pipeline the gold file's publication date when the
// text itself states none, as a feed, a WARC record or a JSONL "date" field
// would: real articles come with their date, and the coder reads
// modality, event dates and office holders' terms against it. The text is
// read and processed again with that date; given reports whether it was.
func withGoldDate(r Runner, txt string, g *GoldFile, d *doc.Document) (*doc.Document, bool, error) {
	if d.Date != "" || g.Date == "" {
		return d, false, nil
	}
	docs, errs := ingest.ReadInput(txt, nil)
	if len(errs) > 0 {
		return nil, false, errs[0]
	}
	if len(docs) != 1 {
		return d, false, nil
	}
	dd := docs[0]
	dd.Date = g.Date
	dd.Lang = d.Lang
	if err := r.Process(dd); err != nil {
		return nil, false, err
	}
	return dd, true, nil
}

// goldText returns the text a gold file scores: NAME.txt beside it, or,
// when the file's "document" is a relative path with a slash (a text kept
// outside the project, such as "../../../../shared/data/x/y.txt"), that
// path taken from the gold file's directory.
func goldText(path, document string) (string, error) {
	beside := strings.TrimSuffix(path, GoldSuffix) + ".txt"
	if !strings.Contains(document, "/") {
		if document != filepath.Base(beside) {
			return "", &GoldError{File: path, Field: "document",
				Msg: fmt.Sprintf("names %q, but the text beside this file is %q", document, filepath.Base(beside))}
		}
		return beside, nil
	}
	if filepath.IsAbs(document) || !strings.HasSuffix(document, ".txt") {
		return "", &GoldError{File: path, Field: "document",
			Msg: fmt.Sprintf("%q: a path must be relative to the gold file and end in .txt", document)}
	}
	return filepath.Join(filepath.Dir(path), filepath.FromSlash(document)), nil
}
