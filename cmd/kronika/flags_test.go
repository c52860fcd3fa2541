package main

import (
	"errors"
	"flag"
	"io"
	"slices"
	"testing"
)

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		pos  []string // the arguments left; nil with an error
		n    int
		only string // parseOnlyFlags' usage error, "" for none
	}{
		{args: nil, pos: []string{}, n: 1},
		{args: []string{"--n", "3"}, pos: []string{}, n: 3},
		{args: []string{"a.txt", "--n", "3", "b.txt"}, pos: []string{"a.txt", "b.txt"}, n: 3, only: `unexpected argument "a.txt"`},
		{args: []string{"-n=2", "a.txt"}, pos: []string{"a.txt"}, n: 2, only: `unexpected argument "a.txt"`},
		{args: []string{"--", "-x"}, pos: []string{"-x"}, n: 1, only: `unexpected argument "-x"`},
		{args: []string{"a", "--", "--n", "3"}, pos: []string{"a", "--n", "3"}, n: 1, only: `unexpected argument "a"`},
		{args: []string{"a", "--bogus"}, only: "flag provided but not defined: -bogus"},
		{args: []string{"--n"}, only: "flag needs an argument: -n"},
		{args: []string{"--n", "x"}, only: `invalid value "x" for flag -n: parse error`},
	} {
		newFS := func() (*flag.FlagSet, *int) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			return fs, fs.Int("n", 1, "a number")
		}
		fs, n := newFS()
		err := parseFlags(fs, tc.args)
		switch {
		case tc.pos == nil && err == nil:
			t.Errorf("parseFlags(%q): no error", tc.args)
		case tc.pos != nil && (err != nil || !slices.Equal(fs.Args(), tc.pos) || *n != tc.n):
			t.Errorf("parseFlags(%q) = %q, n %d, %v; want %q, n %d", tc.args, fs.Args(), *n, err, tc.pos, tc.n)
		}
		fs, n = newFS()
		err = parseOnlyFlags(fs, tc.args)
		var ue usageError
		switch {
		case tc.only == "" && (err != nil || *n != tc.n):
			t.Errorf("parseOnlyFlags(%q) = n %d, %v; want n %d", tc.args, *n, err, tc.n)
		case tc.only != "" && (!errors.As(err, &ue) || ue.msg != tc.only):
			t.Errorf("parseOnlyFlags(%q) = %#v, want the usage error %q", tc.args, err, tc.only)
		}
	}
}

// TestCodingUsage: the commands that code documents refuse an unknown
// language, negative workers and a negative timeout alike, as usage
// errors, before they open anything.
func TestCodingUsage(t *testing.T) {
	for _, cmd := range [][]string{
		{"extract", "x.txt"},
		{"ingest", "--db", "/nonexistent/dir/k.db", "x.txt"},
		{"worker", "--queue", "nats://127.0.0.1:1", "--db", "postgres://nobody@127.0.0.1:1/none"},
	} {
		for _, bad := range [][]string{{"--lang", "xx"}, {"--workers", "-1"}, {"--timeout", "-1s"}} {
			args := append(slices.Clone(cmd[:1]), append(bad, cmd[1:]...)...)
			if _, errs, code := kronika(t, args...); code != 2 {
				t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
			}
		}
	}
}
