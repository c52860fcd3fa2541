// Package gzipfile opens data files that may be gzip-compressed: a name
// ending in ".gz" is decompressed on the fly. Corpora and treebanks are
// often kept that way.
package gzipfile

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

type file struct {
	io.Reader
	closers []io.Closer
}

func (f *file) Close() error {
	var first error
	for i := len(f.closers) - 1; i >= 0; i-- {
		if err := f.closers[i].Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Open opens path for reading, decompressing it when its name ends in
// ".gz". The caller closes the result.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &file{Reader: z, closers: []io.Closer{f, z}}, nil
}
