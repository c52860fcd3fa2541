package ingest

// WARC records by reference: the offsets of a WARC file's HTML pages,
// and one page read back from its offset (kronika ingest --queue --refs
// publishes "file, offset"; each kronika worker reads its record).

import (
	"errors"
	"fmt"
	"os"

	"github.com/kronika/kronika/doc"
)

// ErrNoWARCPage is the error of an offset where no record holding an
// HTML page starts: reading it again will not help.
var ErrNoWARCPage = errors.New("no HTML page record at this offset")

// WARCPages streams the WARC file name and calls fn with the offset and
// target URI of each record ReadWARCRecord reads as a page (the records
// a plain read of the file makes documents of), until fn returns false.
func WARCPages(name string, fn func(offset int64, uri string) bool) error {
	f, err := os.Open(name)
	if err != nil {
		return inputError(name, err)
	}
	defer f.Close()
	if err := eachWARCPage(f, func(p warcPage) bool { return fn(p.Offset, p.URI) }); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// ReadWARCRecord reads the record that starts at offset in the WARC file
// name and returns the document of its HTML page, as reading the whole
// file gives it. An offset where no such record starts is ErrNoWARCPage.
func ReadWARCRecord(name string, offset int64) (docs []*doc.Document, errs []error) {
	fail := func(err error) ([]*doc.Document, []error) {
		return nil, []error{fmt.Errorf("%s at byte %d: %w", name, offset, err)}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, []error{inputError(name, err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, []error{inputError(name, err)}
	}
	if offset < 0 || offset >= info.Size() {
		return fail(fmt.Errorf("%w (the file has %d bytes)", ErrNoWARCPage, info.Size()))
	}
	defer func() {
		if p := recover(); p != nil {
			docs, errs = fail(fmt.Errorf("warc: %v", p))
		}
	}()
	wf, err := newWARCReader(f, offset)
	if err != nil {
		return fail(err)
	}
	defer wf.Close()
	rec, err := wf.Next()
	defer rec.Close()
	switch {
	case err != nil:
		return fail(fmt.Errorf("%w: %v", ErrNoWARCPage, err))
	case rec.WarcRecord == nil || rec.Offset != offset:
		// gowarc passes over bytes before a record: the offset was not
		// the start of one.
		return fail(ErrNoWARCPage)
	}
	page, ok, err := warcPageOf(rec.WarcRecord)
	if err != nil {
		return fail(err)
	}
	if !ok {
		return fail(ErrNoWARCPage)
	}
	return readWARCPage(page)
}
