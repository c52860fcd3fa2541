package main

import (
	"flag"
	"slices"
	"strings"
	"time"

	"github.com/kronika/kronika/lang"
)

// parseAnywhere parses flags wherever they stand among the arguments
// ("extract a.txt --format jsonl b.txt") and returns the other arguments
// in order. "--" ends the flags: what follows is taken as it is, so a file
// named "-x" can still be given.
func parseAnywhere(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		consumed := args[:len(args)-len(rest)]
		if len(consumed) > 0 && consumed[len(consumed)-1] == "--" || len(rest) == 0 {
			return append(pos, rest...), nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// checkLang accepts "" (identify the language) and the code of a language
// Kronika analyses; anything else is a usage error.
func checkLang(code string) error {
	if code == "" || lang.Get(code) != nil {
		return nil
	}
	codes := lang.Codes()
	slices.Sort(codes)
	return usagef("unknown language %q (want one of %s)", code, strings.Join(codes, ", "))
}

// checkWorkers accepts 0 (one per core) and positive counts.
func checkWorkers(n int) error {
	if n < 0 {
		return usagef("--workers %d: want 0 (one per core) or more", n)
	}
	return nil
}

// checkCoding checks the flags of the commands that code documents
// (extract, ingest, worker): --lang (checkLang), --workers (checkWorkers)
// and --timeout, 0 (no limit) or more.
func checkCoding(code string, workers int, timeout time.Duration) error {
	if err := checkLang(code); err != nil {
		return err
	}
	if err := checkWorkers(workers); err != nil {
		return err
	}
	if timeout < 0 {
		return usagef("--timeout %v: want 0 (no limit) or more", timeout)
	}
	return nil
}

// parseOnlyFlags parses args as flags, as parseFlags does; a usage error
// when that fails or an argument is not a flag.
func parseOnlyFlags(fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// parseFlags is fs.Parse with flags allowed anywhere (see parseAnywhere):
// afterwards fs.Args() holds the other arguments in order.
func parseFlags(fs *flag.FlagSet, args []string) error {
	pos, err := parseAnywhere(fs, args)
	if err != nil {
		return err
	}
	return fs.Parse(append([]string{"--"}, pos...))
}
