package gzipfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.txt")
	packed := filepath.Join(dir, "a.txt.gz")
	broken := filepath.Join(dir, "b.gz")
	os.WriteFile(plain, []byte("zażółć"), 0o644)
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write([]byte("zażółć"))
	z.Close()
	os.WriteFile(packed, buf.Bytes(), 0o644)
	os.WriteFile(broken, []byte("not gzip"), 0o644)

	for _, p := range []string{plain, packed} {
		f, err := Open(p)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(f)
		if err != nil || string(data) != "zażółć" {
			t.Errorf("%s: %q, %v", p, data, err)
		}
		if err := f.Close(); err != nil {
			t.Errorf("%s: close: %v", p, err)
		}
	}
	if _, err := Open(broken); err == nil || !strings.Contains(err.Error(), "b.gz") {
		t.Errorf("broken gzip: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("missing file opened")
	}
}
