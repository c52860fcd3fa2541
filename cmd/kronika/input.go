package main

import (
	"flag"
	"io"
	"os"

	"github.com/kronika/kronika/internal/gzipfile"
)

// openImport parses the arguments of an import sub-command, its flags
// and exactly one file, and opens that file (openInput).
func openImport(fs *flag.FlagSet, args []string) (string, io.ReadCloser, error) {
	if err := parseFlags(fs, args); err != nil {
		return "", nil, usagef("%v", err)
	}
	if fs.NArg() != 1 {
		return "", nil, usagef("import wants exactly one file")
	}
	r, err := openInput(fs.Arg(0))
	return fs.Arg(0), r, err
}

// openInput opens the one file a command reads: standard input for "-",
// else the file, decompressed when its name ends in ".gz". The caller
// closes it.
func openInput(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(os.Stdin), nil
	}
	return gzipfile.Open(name)
}
