// Command kronika turns news articles into a chronicle of events: who did
// what to whom, when and where, each record tied to the sentence that says
// so. Run "kronika help" for the commands.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"
)

// command is one sub-command. Each lives in a file of its own and adds
// itself to commands in an init function.
type command struct {
	usage string // one line: arguments after the command name
	brief string // one line: what it does
	run   func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

// usageError marks a wrong invocation: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// errReported means the command already wrote its errors to stderr and
// only the exit status is left to set.
var errReported = errors.New("errors reported")

func main() {
	tuneGC(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// gcPercent is the garbage collector's GOGC when the environment sets
// none. Kronika keeps 100 to 300 MB of dictionaries and models that live
// as long as the process, and each collection marks them all again; the
// Go default (100) collects each time as much again has been allocated,
// and the collector then did about a sixth of the instructions of extract
// over VOA. At 200 it collects half as often, for about a third more peak
// memory. GOGC (and GOMEMLIMIT) in the environment
// still decide.
const gcPercent = 200

// tuneGC sets the collector's target to gcPercent unless GOGC is set in
// the environment getenv reads.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		help(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kronika: unknown command %q (run \"kronika help\")\n", args[0])
		return 2
	}
	err := cmd.run(args[1:], stdout, stderr)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "kronika %s: %s\nusage: kronika %s %s\n", args[0], ue.msg, args[0], cmd.usage)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintf(stderr, "kronika %s: %v\n", args[0], err)
		return 1
	}
}

func help(w io.Writer) {
	fmt.Fprintln(w, "kronika: news articles in, events out (schema kronika/1)")
	fmt.Fprintln(w, "\nusage: kronika COMMAND [flags] [arguments]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  %-8s %s\n  %-8s   %s\n", n, c.usage, "", c.brief)
	}
	fmt.Fprintln(w, "\nRun \"kronika COMMAND -h\" for the flags of a command.")
}

// oneLine folds an error message onto a single line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
