package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/eval"
)

func init() {
	commands["actors"] = command{
		usage: "import FILE[.gz] | lookup [--date YYYY[-MM[-DD]]] [--actors FILE]... NAME ... | eval [--lang pl|ru] [--no-pipeline] [--missing N] [--errors N] SLAVICNER_DIR | top [--db PATH] [event filters] [-n N]",
		brief: "convert a PETRARCH/TABARI dictionary to Kronika's actor format on stdout, look names up in the actor base, score actor linking on SlavicNER, or list the actors of most stored events",
		run:   runActors,
	}
}

func runActors(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("want a sub-command: import, lookup, eval or top")
	}
	switch args[0] {
	case "import":
		return actorsImport(args[1:], stdout, stderr)
	case "lookup":
		return actorsLookup(args[1:], stdout, stderr)
	case "eval":
		return actorsEval(args[1:], stdout, stderr)
	case "top":
		return actorsTop(args[1:], stdout, stderr)
	}
	return usagef("unknown sub-command %q (want import, lookup, eval or top)", args[0])
}

// actorsImport converts one PETRARCH/TABARI file; the lines it leaves out
// are reported on stderr without failing the command.
func actorsImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name, r, err := openImport(fs, args)
	if err != nil {
		return err
	}
	defer r.Close()
	dict, err := actors.ImportPETRARCH(r, name)
	if err != nil {
		return err
	}
	for _, p := range dict.Problems {
		fmt.Fprintf(stderr, "kronika actors: left out %s\n", p)
	}
	out := bufio.NewWriter(stdout)
	fmt.Fprintf(out, "# Converted from %s by kronika actors import: %d actors, %d agents.\n", name, len(dict.Actors), len(dict.Agents))
	if err := dict.WriteTSV(out); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// actorsLookup prints, for each name, the actors the base finds for it:
// canonical name, actor code and title at the date, kind.
func actorsLookup(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors lookup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "date the roles are taken at (default: the latest)")
	var actorFiles listFlag
	fs.Var(&actorFiles, "actors", "add the actor dictionary `FILE` to the embedded base first, as extract --actors does (repeatable)")
	if err := parseFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if fs.NArg() == 0 {
		return usagef("lookup wants at least one name")
	}
	kb := actors.Default()
	if len(actorFiles) > 0 {
		var err error
		if kb, err = userActorBase(actorFiles, stderr); err != nil {
			return err
		}
	}
	out := bufio.NewWriter(stdout)
	for _, name := range fs.Args() {
		ms := kb.LookupAt(name, *date)
		if len(ms) == 0 {
			fmt.Fprintf(out, "%s\t-\n", name)
		}
		for _, m := range ms {
			t := m.Actor.At(*date)
			canonical, code := m.Actor.Canonical, t.Code()
			if m.Adjective {
				canonical, code = m.Actor.Demonym, t.Country
			}
			fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\n", name, canonical, code, strings.TrimSpace(t.Title), m.Actor.Kind)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// actorsEval scores actor linking on a SlavicNER tree (see
// eval.ActorScore): through the pipeline and with the actor base alone.
func actorsEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "pl", "language of the SlavicNER files")
	noPipeline := fs.Bool("no-pipeline", false, "score the actor base alone, without running the pipeline")
	missing := fs.Int("missing", 0, "list the `N` most mentioned GPE, PER and ORG ids of the tuning topics the base does not know (held-out topics are never listed)")
	wrong := fs.Int("errors", 0, "list the `N` most frequent linking errors on ids the base knows, in the tuning topics (with the pipeline)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of tables")
	noMisses := fs.Bool("without-misses", false, "leave out the entries taken from evaluation misses (actors/data/*-misses.tsv; held-out protocol, eval/README.md)")
	if err := parseFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if *noMisses {
		actors.WithoutMisses()
	}
	if fs.NArg() != 1 {
		return usagef("eval wants exactly one SlavicNER directory")
	}
	var r eval.Runner
	if !*noPipeline {
		r = evalRunner()
	}
	rep := eval.RunActorLinking(r, actors.Default(), fs.Arg(0), *lang, runtime.GOMAXPROCS(0))
	for _, err := range rep.Errors {
		fmt.Fprintf(stderr, "kronika actors: %v\n", err)
	}
	if len(rep.Errors) > 0 && rep.Overall.Docs == 0 {
		return errReported
	}
	if *asJSON {
		data, err := json.Marshal(rep)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", data)
		return err
	}
	return rep.WriteTable(stdout, *missing, *wrong)
}

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty file name")
	}
	*l = append(*l, s)
	return nil
}

// userActorBase returns the embedded actor base with the user's
// dictionaries added, in the order given (see actors.KB.AddUserFile). The
// lines of a PETRARCH/TABARI file that are left out are reported on
// stderr; a file that cannot be read, or a line of a .tsv file that
// cannot, is the error.
func userActorBase(files []string, stderr io.Writer) (*actors.KB, error) {
	kb := actors.Default().Clone()
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		warnings, err := kb.AddUserFile(name, data)
		for _, w := range warnings {
			fmt.Fprintf(stderr, "kronika: actors: left out %s\n", w)
		}
		if err != nil {
			return nil, err
		}
	}
	return kb, nil
}
