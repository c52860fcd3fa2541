package eval

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

// SlavicMention is one line of a SlavicNER ner/<topic>/<lang>/*.tsv file:
// a mention at code points [Start, End) of the raw file, its text, lemma,
// type (PER, LOC, ORG, EVT, PRO) and cross-lingual id ("GPE-Russia").
type SlavicMention struct {
	Start, End int
	Text       string
	Lemma      string
	Type       string
	ID         string
}

// slavicTypes maps SlavicNER types to the kronika/1 entity types that count
// as the same.
var slavicTypes = map[string][]string{
	"PER": {"PERSON"},
	"LOC": {"LOC", "GPE"},
	"ORG": {"ORG"},
	"EVT": {"EVENT"},
	"PRO": {"PRODUCT"},
}

// ParseSlavicTSV reads a SlavicNER annotation file: six tab-separated
// columns per line, blank lines ignored. Every bad line is reported as
// "FILE:LINE: ...".
func ParseSlavicTSV(path string, data []byte) ([]SlavicMention, []error) {
	var out []SlavicMention
	var errs []error
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(format string, a ...any) {
			errs = append(errs, fmt.Errorf("%s:%d: %s", path, n+1, fmt.Sprintf(format, a...)))
		}
		if len(f) != 6 {
			bad("want 6 tab-separated columns, have %d", len(f))
			continue
		}
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			bad("bad offsets %q, %q", f[0], f[1])
			continue
		}
		if _, ok := slavicTypes[f[4]]; !ok {
			bad("unknown type %q", f[4])
			continue
		}
		out = append(out, SlavicMention{Start: start, End: end, Text: f[2], Lemma: f[3], Type: f[4], ID: f[5]})
	}
	return out, errs
}

// SlavicScore holds the SlavicNER figures of one document or many.
//
//   - Exact: a predicted mention matches a gold mention with the same
//     start and end and a corresponding type (PER↔PERSON, LOC↔LOC or GPE,
//     ORG↔ORG, EVT↔EVENT, PRO↔PRODUCT); Overlap: the spans overlap and the
//     types correspond. Both one to one, greedily in text order. A NORP
//     prediction counts as PERSON when it is a capitalised noun (a
//     people: "Rosjanie", which SlavicNER annotates as PER), and is left
//     out otherwise (adjectives, which SlavicNER does not annotate).
//   - Lemma: of the exact matches, those whose predicted mention lemma
//     equals the gold lemma (spacing normalised, case kept: lemmatizing
//     proper names includes their capitals).
//   - Linking: of all gold mentions, those overlapped by a predicted mention
//     whose entity's canonical name is the name part of the gold id
//     ("GPE-Great-Britain" ↔ "Great Britain"), compared word by word,
//     ignoring case and punctuation.
type SlavicScore struct {
	Docs    int `json:"documents"`
	Exact   PRF `json:"exact"`
	Overlap PRF `json:"overlap"`
	Lemma   Acc `json:"lemma"`
	Linking Acc `json:"linking"`
	// SameActor: of all gold mentions, those Linking counts right and
	// those whose prediction's canonical name names the id's actor
	// (sameActor: "Michał Kurtyka" for PER-Michal-Kurtyka, "United
	// States" for GPE-USA, "United Kingdom" for GPE-Great-Britain).
	SameActor Acc `json:"same_actor"`
	// Unlinked sorts the gold mentions Linking counts wrong by cause.
	Unlinked     SlavicLosses `json:"unlinked"`
	TextMismatch int          `json:"text_mismatch"` // documents whose text is not the raw file
	// Misses lists the wrong links one per line (ScoreSlavicDetails);
	// RunSlavicNER keeps them for the tuning split only.
	Misses []string `json:"-"`
}

// SlavicLosses sorts the gold mentions that are not linked right:
//
//   - NotFound: no predicted mention overlaps it;
//   - OtherType: predictions overlap it, none of a corresponding type
//     that is still free (the mention counts as missed for overlap F1);
//   - NoName: the overlapping prediction's entity has no canonical name;
//   - WrongName: its canonical name is not the id's name.
type SlavicLosses struct {
	NotFound  int `json:"not_found"`
	OtherType int `json:"other_type"`
	NoName    int `json:"no_name"`
	WrongName int `json:"wrong_name"`
}

func (l *SlavicLosses) add(o SlavicLosses) {
	l.NotFound += o.NotFound
	l.OtherType += o.OtherType
	l.NoName += o.NoName
	l.WrongName += o.WrongName
}

// Add adds the counts of o to s.
func (s *SlavicScore) Add(o SlavicScore) {
	s.Docs += o.Docs
	s.Exact.Add(o.Exact)
	s.Overlap.Add(o.Overlap)
	s.Lemma.Add(o.Lemma)
	s.Linking.Add(o.Linking)
	s.SameActor.Add(o.SameActor)
	s.Unlinked.add(o.Unlinked)
	s.TextMismatch += o.TextMismatch
	s.Misses = append(s.Misses, o.Misses...)
}

type predMention struct {
	start, end int // code points
	typ        string
	lemma      string
	canonical  string
}

// slavicPredictions lists the entity mentions of d that SlavicNER could
// annotate, with code-point offsets, in text order. SlavicNER annotates
// the nouns that name a country's people ("Rosjanie", "Brytyjczyków") as
// PER with the country's id, and no nationality adjective: a NORP mention
// that is a capitalised noun counts as a PERSON mention whose canonical
// name is its country's (kb's name for the entity's country; kb may be
// nil), other NORP mentions are left out.
func slavicPredictions(d *doc.Document, kb *actors.KB) []predMention {
	idx := newCPIndex(d.Text)
	var pred []predMention
	for _, e := range d.Entities {
		typ, canonical := e.Type, e.Canonical
		if e.Type == "NORP" {
			typ = "PERSON"
			if kb != nil {
				if c := kb.Country(e.Country); c != nil {
					canonical = c.Canonical
				}
			}
		}
		for _, m := range e.Mentions {
			if e.Type == "NORP" && !peopleNoun(d, m.Span) {
				continue
			}
			pred = append(pred, predMention{idx.at(m.Start), idx.at(m.End), typ, m.Lemma, canonical})
		}
	}
	sort.SliceStable(pred, func(i, j int) bool { return pred[i].start < pred[j].start })
	return pred
}

// ScoreSlavic scores the entity mentions of d against gold mentions whose
// offsets count code points of d.Text.
func ScoreSlavic(gold []SlavicMention, d *doc.Document) SlavicScore {
	return scoreSlavic(gold, d, nil, false)
}

// scoreSlavic is ScoreSlavic with SameActor read in the actor base kb (nil:
// names alone); with details it lists every gold mention not linked right
// in Misses: cause, id, gold text, gold type, predicted type, canonical
// name, tab-separated.
func scoreSlavic(gold []SlavicMention, d *doc.Document, kb *actors.KB, details bool) SlavicScore {
	pred := slavicPredictions(d, kb)
	g := append([]SlavicMention(nil), gold...)
	sort.SliceStable(g, func(i, j int) bool { return g[i].Start < g[j].Start })

	s := SlavicScore{Docs: 1}
	exact := matchMentions(g, pred, func(a SlavicMention, b predMention) bool {
		return a.Start == b.start && a.End == b.end
	})
	overlap := matchMentions(g, pred, func(a SlavicMention, b predMention) bool {
		return a.Start < b.end && b.start < a.End
	})
	s.Exact = PRF{Pred: len(pred), Gold: len(g)}
	s.Overlap = PRF{Pred: len(pred), Gold: len(g)}
	for i, j := range exact {
		if j < 0 {
			continue
		}
		s.Exact.MatchedPred++
		s.Exact.MatchedGold++
		s.Lemma.Total++
		if strings.Join(strings.Fields(pred[j].lemma), " ") == strings.Join(strings.Fields(g[i].Lemma), " ") {
			s.Lemma.Correct++
		}
	}
	for i, j := range overlap {
		s.Linking.Total++
		s.SameActor.Total++
		cause, typ, canon := "", "", ""
		switch {
		case j >= 0:
			s.Overlap.MatchedPred++
			s.Overlap.MatchedGold++
			typ, canon = pred[j].typ, pred[j].canonical
			switch c := foldID(canon); {
			case c == "":
				s.Unlinked.NoName++
				cause = "no-name"
			case c == foldID(idName(g[i].ID)):
				s.Linking.Correct++
				s.SameActor.Correct++
			default:
				s.Unlinked.WrongName++
				cause = "wrong-name"
				if kb != nil && sameActor(kb, canon, g[i].ID) {
					s.SameActor.Correct++
					cause = "wrong-name,same-actor"
				}
			}
		default:
			cause = "not-found"
			for _, p := range pred {
				if g[i].Start < p.end && p.start < g[i].End {
					cause, typ, canon = "other-type", p.typ, p.canonical
					break
				}
			}
			if cause == "not-found" {
				s.Unlinked.NotFound++
			} else {
				s.Unlinked.OtherType++
			}
		}
		if details && cause != "" {
			s.Misses = append(s.Misses, strings.Join([]string{cause, g[i].ID, g[i].Text, g[i].Type, typ, canon}, "\t"))
		}
	}
	return s
}

// peopleNoun reports whether the mention at s is one capitalised word
// that is not an adjective: "Rosjanie", "Brytyjczyków", not "Polski" at
// a sentence's start in "Polski rząd", nor "rosyjski".
func peopleNoun(d *doc.Document, s doc.Span) bool {
	r, _ := utf8.DecodeRuneInString(d.Text[s.Start:])
	if !unicode.IsUpper(r) {
		return false
	}
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.Start })
	if i == len(d.Tokens) || d.Tokens[i].Start != s.Start || d.Tokens[i].End != s.End {
		return false
	}
	return d.Tokens[i].UPOS == "NOUN" || d.Tokens[i].UPOS == "PROPN"
}

// sameActor reports whether a canonical name and a cross-lingual id name
// one actor: the same name by the base's key (actors.Key: case,
// diacritics, punctuation and transliteration variants aside, "Michał
// Kurtyka" for PER-Michal-Kurtyka), or names the base finds the same
// actor for ("United States" for GPE-USA).
func sameActor(kb *actors.KB, canonical, id string) bool {
	if k := actors.Key(canonical); k != "" && k == actors.Key(strings.ReplaceAll(idName(id), "-", " ")) {
		return true
	}
	want := idActor(kb, id)
	return want != nil && actorOf(kb, canonical) == want
}

// idName returns the name part of a cross-lingual id: what follows the
// type prefix ("GPE-Russia" → "Russia"); an id without one is all name.
func idName(id string) string {
	if i := strings.IndexByte(id, '-'); i > 0 && i <= 4 && strings.ToUpper(id[:i]) == id[:i] {
		return id[i+1:]
	}
	return id
}

// matchMentions pairs each gold mention, in text order, with the first free
// prediction that the span test accepts and whose type corresponds; the
// result holds, per gold mention, the prediction's index or -1.
func matchMentions(gold []SlavicMention, pred []predMention, span func(SlavicMention, predMention) bool) []int {
	used := make([]bool, len(pred))
	out := make([]int, len(gold))
	for i, g := range gold {
		out[i] = -1
		for j, p := range pred {
			if !used[j] && span(g, p) && contains(slavicTypes[g.Type], p.typ) {
				used[j] = true
				out[i] = j
				break
			}
		}
	}
	return out
}

// SlavicReport holds the SlavicNER figures per topic, per split of the
// held-out protocol (SlavicSplit) and overall.
type SlavicReport struct {
	Lang    string                  `json:"lang"`
	Topics  map[string]*SlavicScore `json:"topics"`
	Splits  map[string]*SlavicScore `json:"splits"`
	Overall SlavicScore             `json:"overall"`
	Errors  []error                 `json:"-"`
}

// MarshalJSON writes the report with its errors as strings.
func (r *SlavicReport) MarshalJSON() ([]byte, error) {
	type plain SlavicReport
	return marshalReport("kronika-eval-slavicner/1", (*plain)(r), r.Errors)
}

// WriteTable prints one line per topic and one for all.
func (r *SlavicReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TOPIC\tSPLIT\tDOCS\tEXACT P\tR\tF1\tOVERLAP P\tR\tF1\tLEMMA ACC\tLINKING ACC\tSAME ACTOR")
	topics := make([]string, 0, len(r.Topics))
	for t := range r.Topics {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	line := func(name, split string, s SlavicScore) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, split, s.Docs,
			pcount(s.Exact), rcount(s.Exact), fig(s.Exact.F1()),
			pcount(s.Overlap), rcount(s.Overlap), fig(s.Overlap.F1()), s.Lemma, s.Linking, s.SameActor)
	}
	present := map[string]bool{}
	for _, t := range topics {
		line(t, SlavicSplit(t), *r.Topics[t])
		present[SlavicSplit(t)] = true
	}
	for _, sp := range splitOrder(present) {
		if s := r.Splits[sp]; s != nil {
			line(sp+" ("+r.Lang+")", sp, *s)
		}
	}
	line("all ("+r.Lang+")", "all", r.Overall)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nmentions not linked right, by cause (not found / found with another type / no canonical name / another name):")
	for _, sp := range splitOrder(present) {
		if s := r.Splits[sp]; s != nil {
			u := s.Unlinked
			fmt.Fprintf(w, "  %-9s %d / %d / %d / %d of %d\n", sp, u.NotFound, u.OtherType, u.NoName, u.WrongName, s.Linking.Total)
		}
	}
	if r.Overall.TextMismatch > 0 {
		_, err := fmt.Fprintf(w, "warning: %d documents' text differs from the raw file; offsets may be off\n", r.Overall.TextMismatch)
		return err
	}
	return nil
}

// WriteDetails lists the gold mentions of the tuning split not linked
// right, one per line: cause, id, gold text, gold type, predicted type,
// predicted canonical name.
func (r *SlavicReport) WriteDetails(w io.Writer) error {
	s := r.Splits[SplitTune]
	if s == nil {
		return nil
	}
	return writeList(w, "mentions of the tuning split not linked right", s.Misses)
}

// RunSlavicNER scores the pipeline on a SlavicNER tree: every
// DIR/ner/<topic>/<lang>/NAME.tsv against the pipeline's output for
// DIR/raw/<topic>/<lang>/NAME.txt, with up to workers documents at a time.
func RunSlavicNER(r Runner, dir, lang string, workers int) *SlavicReport {
	kb := actors.Default()
	rep := &SlavicReport{Lang: lang, Topics: map[string]*SlavicScore{}, Splits: map[string]*SlavicScore{}}
	files, err := slavicFiles(dir, lang)
	if err != nil {
		rep.Errors = append(rep.Errors, err)
		return rep
	}
	type result struct {
		score SlavicScore
		errs  []error
	}
	results := make([]result, len(files))
	parallel(len(files), workers, func(i int) {
		topic := filepath.Base(filepath.Dir(filepath.Dir(files[i])))
		s, errs := slavicDoc(r, dir, lang, files[i], kb, SlavicSplit(topic) == SplitTune)
		results[i] = result{s, errs}
	})
	for i, f := range files {
		rep.Errors = append(rep.Errors, results[i].errs...)
		if results[i].errs != nil {
			continue
		}
		topic := filepath.Base(filepath.Dir(filepath.Dir(f)))
		if rep.Topics[topic] == nil {
			rep.Topics[topic] = &SlavicScore{}
		}
		s := results[i].score
		s.Misses = nil
		rep.Topics[topic].Add(s)
		if rep.Splits[SlavicSplit(topic)] == nil {
			rep.Splits[SlavicSplit(topic)] = &SlavicScore{}
		}
		rep.Splits[SlavicSplit(topic)].Add(results[i].score)
		rep.Overall.Add(s)
	}
	return rep
}

func slavicDoc(r Runner, dir, lang, tsv string, kb *actors.KB, details bool) (SlavicScore, []error) {
	data, err := os.ReadFile(tsv)
	if err != nil {
		return SlavicScore{}, []error{err}
	}
	gold, errs := ParseSlavicTSV(tsv, data)
	if errs != nil {
		return SlavicScore{}, errs
	}
	topic := filepath.Base(filepath.Dir(filepath.Dir(tsv)))
	raw := filepath.Join(dir, "raw", topic, lang, strings.TrimSuffix(filepath.Base(tsv), ".tsv")+".txt")
	text, err := os.ReadFile(raw)
	if err != nil {
		return SlavicScore{}, []error{fmt.Errorf("%s: no raw text: %w", tsv, err)}
	}
	docs, errs := r.Extract(raw, nil)
	if len(errs) > 0 {
		return SlavicScore{}, []error{fmt.Errorf("%s: %w", raw, errs[0])}
	}
	if len(docs) != 1 {
		return SlavicScore{}, []error{fmt.Errorf("%s: the pipeline made %d documents of it, want 1", raw, len(docs))}
	}
	s := scoreSlavic(gold, docs[0], kb, details)
	if docs[0].Text != string(text) {
		s.TextMismatch = 1
	}
	return s, nil
}

// slavicFiles lists the annotation files DIR/ner/<topic>/<lang>/*.tsv of a
// SlavicNER tree, sorted; none is an error.
func slavicFiles(dir, lang string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ner", "*", lang, "*.tsv"))
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no ner/*/%s/*.tsv files", dir, lang)
	}
	sort.Strings(files)
	return files, err
}

// parallel calls fn(i) for every i in [0, n) on up to workers goroutines
// (at least one) and returns when all calls are done.
func parallel(n, workers int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
