package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kronika/kronika/doc"
)

// Limits on what one input may hold.
const (
	// MaxFileSize is the largest file or standard input ReadInput reads.
	MaxFileSize = 1 << 30
	// MaxFetchSize is the largest response body ReadInput accepts from a URL.
	MaxFetchSize = 32 << 20
	// FetchTimeout bounds the whole of one URL fetch.
	FetchTimeout = 30 * time.Second
)

// userAgent names Kronika to the servers it fetches from.
const userAgent = "kronika/1 (+https://github.com/kronika/kronika)"

// inputExts are the extensions Expand collects when it walks a directory.
var inputExts = []string{".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".rss", ".atom", ".warc"}

// Expand turns command-line arguments into input names: files as given,
// "-" (standard input) and http(s) URLs as they are, and directories walked
// recursively for files with an input extension (.txt .text .html .htm
// .xhtml .jsonl .ndjson .rss .atom .warc .warc.gz), in sorted order and without hidden files or
// directories. An argument that cannot be read gives an error; the other
// arguments are still expanded.
func Expand(args []string) (inputs []string, errs []error) {
	for _, arg := range args {
		if arg == "" {
			errs = append(errs, errors.New("empty input name"))
			continue
		}
		if arg == "-" || isURL(arg) {
			inputs = append(inputs, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, inputError(arg, err))
			continue
		}
		if err := specialFile(arg, info); err != nil {
			errs = append(errs, err)
			continue
		}
		if !info.IsDir() {
			inputs = append(inputs, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, inputError(p, err))
				if e != nil && e.IsDir() && p != arg {
					return fs.SkipDir
				}
				return nil
			}
			if p != arg && strings.HasPrefix(e.Name(), ".") {
				if e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !e.IsDir() && (slices.Contains(inputExts, strings.ToLower(filepath.Ext(p))) || IsWARC(p)) {
				if info, err := e.Info(); err == nil {
					if err := specialFile(p, info); err != nil {
						errs = append(errs, fmt.Errorf("%w, %w", err, ErrSkipped))
						return nil
					}
				}
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, inputError(arg, err))
		}
		slices.Sort(found)
		inputs = append(inputs, found...)
	}
	return inputs, errs
}

// inputError names the input once, even when err is an *fs.PathError that
// names a path itself.
func inputError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// ReadInput reads one input and returns its documents. name is a file path,
// "-" for stdin, or an http(s) URL, fetched with a 30 s timeout and a size
// limit. Read describes the formats; a JSONL input gives one document per
// good line and an error naming file:line for each bad one.
func ReadInput(name string, stdin io.Reader) ([]*doc.Document, []error) {
	var docs []*doc.Document
	var errs []error
	Split(name, stdin, func(j Job) bool {
		d, e := j.Read()
		docs, errs = append(docs, d...), append(errs, e...)
		return true
	})
	return docs, dropWarnings(errs)
}

// readInput is ReadInput with warnings.
func readInput(name string, stdin io.Reader) ([]*doc.Document, []error) {
	switch {
	case name == "-":
		if stdin == nil {
			return nil, []error{errors.New("-: no standard input")}
		}
		data, err := readLimited(stdin, MaxFileSize)
		if err != nil {
			return nil, []error{fmt.Errorf("-: %w", err)}
		}
		return read(name, data, hints{})
	case isURL(name):
		data, h, err := fetch(name)
		if err != nil {
			return nil, []error{err}
		}
		return read(name, data, h)
	}
	// A FIFO or a device could block the open, or the read, for ever.
	if info, err := os.Stat(name); err == nil {
		if err := specialFile(name, info); err != nil {
			return nil, []error{err}
		}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, []error{inputError(name, err)}
	}
	defer f.Close()
	data, err := readFile(f)
	if err != nil {
		return nil, []error{inputError(name, err)}
	}
	return read(name, data, hints{})
}

// readFile reads an open file whole, refusing at once a regular file larger
// than MaxFileSize.
func readFile(f *os.File) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	if info.Mode().IsRegular() {
		if info.Size() > MaxFileSize {
			return nil, fmt.Errorf("input of %d MiB is larger than %d MiB", info.Size()>>20, MaxFileSize>>20)
		}
		var buf bytes.Buffer
		buf.Grow(int(info.Size()) + 1)
		if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileSize+1)); err != nil {
			return nil, err
		}
		if buf.Len() > MaxFileSize {
			return nil, fmt.Errorf("input larger than %d MiB", MaxFileSize>>20)
		}
		return buf.Bytes(), nil
	}
	return readLimited(f, MaxFileSize)
}

// readLimited reads all of r, failing when it holds more than limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("input larger than %d MiB", limit>>20)
	}
	return data, nil
}

// fetch gets a URL and returns its body with the format and charset its
// Content-Type names.
func fetch(rawURL string) ([]byte, hints, error) {
	client := &http.Client{Timeout: FetchTimeout}
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, hints{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", userAgent)
	resp, err := client.Do(req)
	if err != nil {
		return nil, hints{}, fmt.Errorf("fetch: %w", err) // the error names the URL
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, hints{}, &StatusError{URL: rawURL, Status: resp.Status, Code: resp.StatusCode}
	}
	if resp.ContentLength > MaxFetchSize {
		return nil, hints{}, fmt.Errorf("fetch %s: body of %d bytes is larger than %d MiB", rawURL, resp.ContentLength, MaxFetchSize>>20)
	}
	data, err := readLimited(resp.Body, MaxFetchSize)
	if err != nil {
		return nil, hints{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	return data, contentTypeHints(rawURL, resp.Header.Get("Content-Type")), nil
}

// contentTypeHints reads an HTTP Content-Type. The URL's extension wins over
// a generic type; a declared charset is kept for decoding.
func contentTypeHints(rawURL, contentType string) hints {
	var h hints
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return h
	}
	h.charset = params["charset"]
	h.format = formatByName(rawURL)
	if h.format != "" {
		return h
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		h.format = FormatHTML
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		h.format = FormatJSONL
	}
	return h
}

// isURL reports whether name is an http or https URL.
func isURL(name string) bool {
	lower := strings.ToLower(name[:min(len(name), 8)])
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// StatusError is a fetch answered with a status other than 2xx.
type StatusError struct {
	URL, Status string
	Code        int
}

func (e *StatusError) Error() string { return "fetch " + e.URL + ": " + e.Status }

// Transient reports whether a fetch error may go away by itself: no
// answer at all (network, time-out), a server error (5xx) or 429 Too Many
// Requests. A page that answered 404 or was not an article is not.
func Transient(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests
	}
	var ue *neturl.Error
	return errors.As(err, &ue)
}
