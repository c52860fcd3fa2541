package main

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/eval"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/pipeline"
)

func init() {
	commands["eval"] = command{
		usage: "[--json] [--details] [--floor FILE] DIR|FILE.gold.json ... | --ud FILE.conllu[.gz] | --slavicner DIR [--places] | --kpwr FILE.iob[.gz] | --petrarch FILE.xml | --plover FILE [--split tune|heldout|all] [--actors FILE]... [--events FILE]...",
		brief: "score the pipeline against gold files (NAME.txt + NAME.gold.json), UD treebanks, SlavicNER, the KPWr NER test file, PETRARCH unit tests or PLOVER's gold examples",
		run:   runEval,
	}
}

// evalRunner builds the pipeline evaluation runs; tests replace it.
var evalRunner = func() eval.Runner { return pipeline.New() }

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object instead of tables")
	details := fs.Bool("details", false, "after the gold-file table, list per document the required events missed and the predicted events that match nothing; with --slavicner, the tuning split's mentions not linked right; with --petrarch, the tuning half's records coded wrongly")
	floor := fs.String("floor", "", "fail when an overall figure is below the minimum recorded in this JSON `file` (e.g. .ci/eval-floor.json)")
	slavic := fs.String("slavicner", "", "score entity mentions, lemmas and links on a SlavicNER `dir` (with raw/ and ner/)")
	ud := fs.String("ud", "", "score sentences and tokens on the raw text, and lemma, UPOS, XPOS, FEATS with gold tokenization, on a CoNLL-U `file` (.gz allowed)")
	kpwr := fs.String("kpwr", "", "score the named-entity recognizer with gold tokenization on a KPWr IOB `file` (.gz allowed): exact and overlap P/R/F1 per type, PolEval 2018 final score")
	evalLang := fs.String("lang", "pl", "language of the --ud, --slavicner or --kpwr files")
	petr := fs.String("petrarch", "", "code the sentences of a PETRARCH unit-test XML `file`: share of expected codings produced, spurious codings per record, records coded as expected; the actor base is the actors and agents files its <Environment> names (beside it), unless --actors is given")
	plover := fs.String("plover", "", "code PLOVER's gold examples (PLOVER_GSR_CAMEO.txt `file`): share with an event of their PLOVER type, and with the type and the countries")
	ploverSplit := fs.String("split", "all", "for --plover: score the `half` tune (ids ending in an odd number), heldout (even) or all")
	var actorFiles, eventFiles listFlag
	fs.Var(&actorFiles, "actors", "for --petrarch and --plover: add the actor dictionary `FILE` to the embedded base, as extract --actors does (repeatable)")
	fs.Var(&eventFiles, "events", "for --petrarch and --plover: add the trigger lexicon `FILE` (Kronika .tsv or a PETRARCH/TABARI verb dictionary) before the English one for this run (repeatable)")
	placesEval := fs.Bool("places", false, "with --slavicner: score place resolution on the LOC mentions instead, per split (tune: asia_bibi, nord_stream; heldout: the other topics); --details lists the tuning split's wrong places")
	workers := fs.Int("workers", 0, "documents processed in parallel for --slavicner (0: one per core)")
	noMisses := fs.Bool("without-misses", false, "leave out the actor entries taken from evaluation misses (actors/data/*-misses.tsv; held-out protocol, eval/README.md)")
	if err := parseFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if *noMisses {
		actors.WithoutMisses()
	}
	modes := 0
	for _, on := range []bool{*slavic != "", *petr != "", *plover != "", *ud != "", *kpwr != "", fs.NArg() > 0} {
		if on {
			modes++
		}
	}
	switch {
	case modes == 0:
		return usagef("nothing to score: give gold directories or files, --ud FILE, --slavicner DIR, --kpwr FILE, --petrarch FILE or --plover FILE")
	case modes > 1:
		return usagef("give gold files, --ud, --slavicner, --kpwr, --petrarch or --plover, one at a time")
	case *floor != "" && fs.NArg() == 0:
		return usagef("--floor applies to gold files only")
	case *placesEval && *slavic == "":
		return usagef("--places applies to --slavicner only")
	case (len(actorFiles) > 0 || len(eventFiles) > 0) && *petr == "" && *plover == "":
		return usagef("--actors and --events apply to --petrarch and --plover only")
	case *ploverSplit != "all" && *plover == "":
		return usagef("--split applies to --plover only")
	case *ploverSplit != "all" && *ploverSplit != eval.PloverTune && *ploverSplit != eval.PloverHeldout:
		return usagef("--split wants %s, %s or all, not %q", eval.PloverTune, eval.PloverHeldout, *ploverSplit)
	}
	if len(eventFiles) > 0 && *petr == "" {
		restore, err := useEventLexicon("en", eventFiles, stderr)
		if err != nil {
			return err
		}
		defer restore()
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	switch {
	case *ud != "":
		sents, err := eval.TagReadFile(*ud)
		if err != nil {
			return err
		}
		rep := &udReport{Schema: "kronika-eval-ud/1", File: *ud, Lang: *evalLang}
		l := pipeline.New().Language(*evalLang)
		rep.Segmentation = eval.SegEvaluate(sents, l)
		if l.Morph != nil {
			t := eval.TagEvaluate(sents, l.Morph)
			rep.Tagging = &t
		}
		return finishEval(out, stderr, *asJSON, rep, rep.writeTable, nil, nil)
	case *kpwr != "":
		l := pipeline.New().Language(*evalLang)
		if l.NER == nil {
			return fmt.Errorf("no named-entity recognizer for language %q", *evalLang)
		}
		rep, err := eval.NEREvaluateKPWr(*kpwr, l)
		if err != nil {
			return err
		}
		return finishEval(out, stderr, *asJSON, rep, rep.WriteTable, nil, nil)
	case *slavic != "":
		n := *workers
		if n <= 0 {
			n = runtime.GOMAXPROCS(0)
		}
		if *placesEval {
			rep := eval.RunSlavicPlaces(evalRunner(), *slavic, *evalLang, n)
			table := withDetails(*details, rep.WriteTable, rep.WriteDetails)
			return finishEval(out, stderr, *asJSON, rep, table, rep.Errors, nil)
		}
		rep := eval.RunSlavicNER(evalRunner(), *slavic, *evalLang, n)
		table := withDetails(*details, rep.WriteTable, rep.WriteDetails)
		return finishEval(out, stderr, *asJSON, rep, table, rep.Errors, nil)
	case *petr != "":
		f, err := os.Open(*petr)
		if err != nil {
			return err
		}
		recs, err := eval.ParsePetrarch(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *petr, err)
		}
		discards, err := petrarchDiscards(*petr)
		if err != nil {
			return err
		}
		kb, used, err := petrarchActorBase(*petr, actorFiles, stderr)
		if err != nil {
			return err
		}
		verbs, alone, err := petrarchVerbFiles(*petr, eventFiles)
		if err != nil {
			return err
		}
		if len(verbs) > 0 {
			restore, err := useEventLexiconWith("en", verbs, events.ExtendOptions{
				Import: events.ImportOptions{AllCodes: true}, Alone: alone, Sectors: agentSectors(used)}, stderr)
			if err != nil {
				return err
			}
			defer restore()
		}
		used = append(used, verbs...)
		if discards != "" {
			f, err := os.Open(discards)
			if err != nil {
				return err
			}
			phrases, err := eval.ParsePetrarchDiscards(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", discards, err)
			}
			eval.DiscardPetrarch(recs, phrases)
			used = append(used, discards)
		}
		rep := eval.RunPetrarch(runnerWithActors(kb), recs)
		rep.Dictionaries = used
		table := withDetails(*details, rep.WriteTable, rep.WriteDetails)
		return finishEval(out, stderr, *asJSON, rep, table, rep.Errors, nil)
	case *plover != "":
		f, err := os.Open(*plover)
		if err != nil {
			return err
		}
		exs, err := eval.ParsePlover(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *plover, err)
		}
		var kb *actors.KB
		if len(actorFiles) > 0 {
			if kb, err = userActorBase(actorFiles, stderr); err != nil {
				return err
			}
		}
		rep := eval.RunPlover(runnerWithActors(kb), exs, *ploverSplit)
		return finishEval(out, stderr, *asJSON, rep, rep.WriteTable, rep.Errors, nil)
	}
	var fl eval.Floor
	if *floor != "" {
		var err error
		if fl, err = eval.ReadFloor(*floor); err != nil {
			return err
		}
	}
	rep := eval.RunGold(evalRunner(), fs.Args())
	var below []string
	if fl != nil && len(rep.Documents) > 0 {
		below = fl.Check(rep.Overall)
	}
	table := withDetails(*details, rep.WriteTable, rep.WriteDetails)
	return finishEval(out, stderr, *asJSON, rep, table, rep.Errors, below)
}

// withDetails returns table, or with details on, a writer of the table,
// a blank line and the details.
func withDetails(details bool, table, more func(io.Writer) error) func(io.Writer) error {
	if !details {
		return table
	}
	return func(w io.Writer) error {
		if err := table(w); err != nil {
			return err
		}
		fmt.Fprintln(w)
		return more(w)
	}
}

// finishEval prints a report, then every error and floor failure on
// stderr; any of those makes the exit status 1.
func finishEval(out *bufio.Writer, stderr io.Writer, asJSON bool, rep any, table func(io.Writer) error, errs []error, below []string) error {
	var err error
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = table(out)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	for _, e := range errs {
		fmt.Fprintf(stderr, "kronika eval: %s\n", oneLine(e))
	}
	for _, b := range below {
		fmt.Fprintf(stderr, "kronika eval: %s\n", b)
	}
	if len(errs) > 0 || len(below) > 0 {
		return errReported
	}
	return nil
}

// udReport puts together the two CoNLL-U scores: segmentation of the raw
// text and tagging with gold tokenization.
type udReport struct {
	Schema       string          `json:"schema"`
	File         string          `json:"file"`
	Lang         string          `json:"lang"`
	Segmentation eval.SegScores  `json:"segmentation"`
	Tagging      *eval.TagScores `json:"tagging"` // null without morphology for the language
}

func (r *udReport) writeTable(w io.Writer) error {
	tag := "no morphology for this language"
	if r.Tagging != nil {
		tag = r.Tagging.String()
	}
	_, err := fmt.Fprintf(w, "%s (%s)\nraw text, %d documents:\n  sentences  %s\n  tokens     %s\ngold tokenization (accuracy, %%):\n  %s\n",
		r.File, r.Lang, r.Segmentation.Documents, r.Segmentation.Sentences, r.Segmentation.Tokens, tag)
	return err
}

// runnerWithActors returns the evaluation runner, with kb as its actor base
// when kb is not nil and the runner is the pipeline.
func runnerWithActors(kb *actors.KB) eval.Runner {
	r := evalRunner()
	if p, ok := r.(*pipeline.Pipeline); ok && kb != nil {
		p.Actors = kb
	}
	return r
}

// petrarchVerbFiles returns the verb dictionaries for a PETRARCH
// unit-test file: the user's --events files, added before the English
// lexicon, when there are any; else the verb file its <Environment> names,
// found beside it, alone (alone true), for the records expect its codes
// and only its codes; none when it names none that exists.
func petrarchVerbFiles(xmlFile string, userFiles []string) (files []string, alone bool, err error) {
	if len(userFiles) > 0 {
		return append([]string(nil), userFiles...), false, nil
	}
	f, err := os.Open(xmlFile)
	if err != nil {
		return nil, false, err
	}
	env, err := eval.ParsePetrarchEnv(f)
	f.Close()
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", xmlFile, err)
	}
	if env.Verbfile == "" {
		return nil, false, nil
	}
	p := filepath.Join(filepath.Dir(xmlFile), filepath.FromSlash(env.Verbfile))
	if _, err := os.Stat(p); err != nil {
		return nil, false, nil
	}
	return []string{p}, true, nil
}

// petrarchDiscards returns the discards file a PETRARCH unit-test file's
// <Environment> names, found beside it; "" when it names none that exists.
func petrarchDiscards(xmlFile string) (string, error) {
	f, err := os.Open(xmlFile)
	if err != nil {
		return "", err
	}
	env, err := eval.ParsePetrarchEnv(f)
	f.Close()
	if err != nil {
		return "", fmt.Errorf("%s: %w", xmlFile, err)
	}
	if env.Discardfile == "" {
		return "", nil
	}
	p := filepath.Join(filepath.Dir(xmlFile), filepath.FromSlash(env.Discardfile))
	if _, err := os.Stat(p); err != nil {
		return "", nil
	}
	return p, nil
}

// agentSectors returns the role phrases of the PETRARCH/TABARI agents in
// files (actors files have none; .tsv files are Kronika's and skipped) as
// sector phrases for the event coder: "main opposition group" → MOP.
// Roles that go before the country ("[NGO~]") are left out.
func agentSectors(files []string) map[string]string {
	out := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(strings.ToLower(name), ".tsv") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		dict, err := actors.ImportPETRARCH(bytes.NewReader(data), name)
		if err != nil {
			continue
		}
		for _, a := range dict.Agents {
			if a.Role != "" && !strings.HasSuffix(a.Role, "~") {
				out[a.Phrase] = a.Role
			}
		}
	}
	return out
}

// noActors is an empty file system: actors.Load of it is an empty base.
var noActors embed.FS

// petrarchActorBase returns the actor base for a PETRARCH unit-test file
// and the dictionaries it is made of: the embedded base with the user's
// files when there are any; else the actors and agents files the test
// file's <Environment> names, found beside it, alone, for the records
// expect their codes and only theirs (nil, the embedded base, when it
// names none that exist).
func petrarchActorBase(xmlFile string, userFiles []string, stderr io.Writer) (*actors.KB, []string, error) {
	if len(userFiles) > 0 {
		kb, err := userActorBase(userFiles, stderr)
		return kb, append([]string(nil), userFiles...), err
	}
	f, err := os.Open(xmlFile)
	if err != nil {
		return nil, nil, err
	}
	env, err := eval.ParsePetrarchEnv(f)
	f.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", xmlFile, err)
	}
	var files []string
	for _, name := range []string{env.Actorfile, env.Agentfile} {
		if name == "" {
			continue
		}
		p := filepath.Join(filepath.Dir(xmlFile), filepath.FromSlash(name))
		if _, err := os.Stat(p); err == nil {
			files = append(files, p)
		}
	}
	if len(files) == 0 {
		return nil, nil, nil
	}
	kb, err := actors.Load(noActors, ".")
	if err != nil {
		return nil, nil, err
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		warnings, err := kb.AddUserFile(name, data)
		for _, w := range warnings {
			fmt.Fprintf(stderr, "kronika eval: actors: left out %s\n", w)
		}
		if err != nil {
			return nil, nil, err
		}
	}
	return kb, files, nil
}
