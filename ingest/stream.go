package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// ErrSpecialFile is an input that is a FIFO, a device or a socket: reading
// it could wait for ever, so it is not read.
var ErrSpecialFile = errors.New("not a regular file")

// ErrSkipped marks, in Expand's errors, a file found in a directory and
// left out (a special file); it is a notice rather than a failure.
var ErrSkipped = errors.New("skipped")

// MaxLineSize is the longest JSON Lines record read: room for a document
// of MaxDocumentSize with its escapes and other fields.
const MaxLineSize = 4 * MaxDocumentSize

// A Job is a part of an input that can be read, and its documents
// processed, independently of the rest: a whole file, URL or standard
// input, or one record of a JSON Lines input.
type Job struct {
	// Input is the input the job comes from; Source names the part
	// ("file.jsonl:12" for a record, else the input).
	Input, Source string
	// Whole is set when the job is the whole input.
	Whole bool
	read  func() ([]*doc.Document, []error)
}

// Read reads the job's documents (one per good record; an error naming
// the input, or input:line, for each bad one).
func (j Job) Read() ([]*doc.Document, []error) { return j.read() }

func errJob(name string, err error) Job {
	return Job{Input: name, Source: name, Whole: true, read: func() ([]*doc.Document, []error) { return nil, []error{err} }}
}

// specialFile returns an error when the file name is a FIFO, a device or
// a socket.
func specialFile(name string, info fs.FileInfo) error {
	m := info.Mode()
	if m.IsRegular() || m.IsDir() {
		return nil
	}
	kind := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "FIFO"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeDevice != 0:
		kind = "device"
	}
	return fmt.Errorf("%s: %w (%s)", name, ErrSpecialFile, kind)
}

// Split reads input name (a file, "-" for stdin, or a URL) as a stream and
// calls yield with its jobs in order, stopping early when yield returns
// false. A JSON Lines file or standard input gives one job per record,
// read as the records come, so that memory holds only the records in
// flight; an RSS or Atom feed (file, URL or standard input) one job per
// item, which fetches the item's page; a WARC file (.warc, .warc.gz) one
// job per archived HTML page, streamed; any other input is one job. A file or standard input is JSON
// Lines when its name ends in .jsonl or .ndjson, or when its first
// non-blank line is a JSON object with a "text" field. An input that
// cannot be opened gives one job that reports why.
func Split(name string, stdin io.Reader, yield func(Job) bool) {
	whole := Job{Input: name, Source: name, Whole: true, read: func() ([]*doc.Document, []error) { return readInput(name, stdin) }}
	if name == "" || name == "-" && stdin == nil {
		yield(whole)
		return
	}
	if isURL(name) {
		// Fetched here, so that a feed becomes a job per item.
		data, h, err := fetch(name)
		switch {
		case err != nil:
			yield(errJob(name, err))
		case IsFeed(data):
			feedJobs(name, data, yield)
		default:
			yield(Job{Input: name, Source: name, Whole: true, read: func() ([]*doc.Document, []error) { return read(name, data, h) }})
		}
		return
	}
	var r io.Reader = stdin
	if name != "-" {
		info, err := os.Stat(name)
		if err != nil {
			yield(errJob(name, inputError(name, err)))
			return
		}
		if err := specialFile(name, info); err != nil {
			yield(errJob(name, err))
			return
		}
		if info.IsDir() {
			yield(errJob(name, fmt.Errorf("%s: is a directory", name)))
			return
		}
		if IsWARC(name) {
			// Streamed record by record, whatever its size.
			f, err := os.Open(name)
			if err != nil {
				yield(errJob(name, inputError(name, err)))
				return
			}
			defer f.Close()
			warcJobs(name, f, yield)
			return
		}
		if info.Size() > MaxFileSize {
			yield(errJob(name, fmt.Errorf("%s: input of %d MiB is larger than %d MiB", name, info.Size()>>20, MaxFileSize>>20)))
			return
		}
		f, err := os.Open(name)
		if err != nil {
			yield(errJob(name, inputError(name, err)))
			return
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	// The blank lines and first line decide the format.
	var head []byte
	var first []byte
	var readErr error
	n := 0
	for {
		// No limit here: an input that is not JSON Lines is read whole
		// anyway.
		line, err := readLine(br, MaxFileSize)
		if len(line.bytes) > 0 {
			n++
			head = append(head, line.bytes...)
			if !isBlank(line.bytes) {
				first = line.bytes
			}
		}
		if err != nil {
			readErr = err
			break
		}
		if first != nil {
			break
		}
	}
	byName := formatByName(name)
	jsonl := byName == FormatJSONL || byName == "" && first != nil && sniffFormat(first) == FormatJSONL
	if _, utf16 := sniffUTF16(head); utf16 || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		jsonl = false // decoded whole
	}
	if !jsonl || binaryPrefix(head) {
		rest, err := readLimited(br, MaxFileSize-int64(len(head)))
		data := append(head, rest...)
		if readErr != nil && readErr != io.EOF {
			err = readErr
		}
		if err == nil && IsFeed(data) {
			feedJobs(name, data, yield)
			return
		}
		yield(Job{Input: name, Source: name, Whole: true, read: func() ([]*doc.Document, []error) {
			if err != nil {
				return nil, []error{inputError(name, err)}
			}
			return read(name, data, hints{format: byName})
		}})
		return
	}
	records := 0
	emit := func(n int, raw []byte, lineErr error) bool {
		if lineErr == nil && isBlank(raw) {
			return true
		}
		records++
		src := name + ":" + strconv.Itoa(n)
		return yield(Job{Input: name, Source: src, read: func() ([]*doc.Document, []error) {
			if lineErr != nil {
				return nil, []error{fmt.Errorf("%s: %w", src, lineErr)}
			}
			return readRecord(name, n, raw)
		}})
	}
	if !emit(n, bytes.TrimPrefix(first, []byte{0xEF, 0xBB, 0xBF}), nil) {
		return
	}
	if readErr != nil && readErr != io.EOF {
		emit(n+1, nil, readErr)
		return
	}
	for readErr == nil {
		line, err := readLine(br, MaxLineSize)
		n++
		switch {
		case errors.Is(err, errLongLine):
			if !emit(n, nil, err) {
				return
			}
			continue
		case err != nil && err != io.EOF:
			emit(n, nil, err)
			return
		}
		if !emit(n, line.bytes, nil) {
			return
		}
		readErr = err
	}
	if records == 0 {
		j := errJob(name, fmt.Errorf("%s: %w", name, ErrEmpty))
		j.Whole = false
		yield(j)
	}
}

// readRecord makes the document of one JSON Lines record, line n of the
// input.
func readRecord(source string, n int, raw []byte) ([]*doc.Document, []error) {
	var line string
	if utf8.Valid(raw) {
		line = string(bytes.TrimSpace(raw))
	} else {
		text, _ := decode(raw, "")
		line = string(bytes.TrimSpace([]byte(text)))
	}
	d, err := jsonlDocument(source, n, line)
	var errs []error
	if err != nil {
		errs = []error{fmt.Errorf("%s:%d: %w", source, n, err)}
	}
	if d == nil {
		return nil, errs
	}
	return []*doc.Document{d}, errs
}

var errLongLine = fmt.Errorf("line longer than %d MiB", MaxLineSize>>20)

// lineOf is one line read, newline included (nil bytes at the end of the
// input).
type lineOf struct{ bytes []byte }

// readLine reads one line of at most limit bytes. A longer line is read
// to its end and dropped, with errLongLine. At the end of the input it
// returns the last line (if any) with io.EOF.
func readLine(br *bufio.Reader, limit int) (lineOf, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return lineOf{}, err
			}
			return lineOf{}, errLongLine
		}
		buf = append(buf, chunk...)
		switch {
		case err == nil:
			return lineOf{buf}, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF:
			if len(buf) == 0 {
				return lineOf{}, io.EOF
			}
			return lineOf{buf}, io.EOF
		default:
			return lineOf{}, err
		}
	}
}
