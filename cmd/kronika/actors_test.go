package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestActorsImport: a PETRARCH actors file becomes lines of the actor
// base, the lines it cannot read are named on stderr; a file whose name
// ends in ".gz" is read decompressed.
func TestActorsImport(t *testing.T) {
	data := "VLADIMIR_PUTIN_\n+PRESIDENT_PUTIN_\n\t[RUSGOV 991231-080507]\n+ORPHAN_\nBAD_ [RUSGOV 1]\n"
	for _, name := range []string{"test.actors", "test.actors.gz"} {
		b := []byte(data)
		if strings.HasSuffix(name, ".gz") {
			var z bytes.Buffer
			w := gzip.NewWriter(&z)
			w.Write(b)
			w.Close()
			b = z.Bytes()
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out, errs, code := kronika(t, "actors", "import", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		if !strings.Contains(out, "Vladimir Putin\tRUS\tGOV\t1999-12-31\t2008-05-07\tPETRARCH RUSGOV\tPresident Putin|Orphan\n") {
			t.Errorf("%s: output:\n%s", name, out)
		}
		if !strings.Contains(errs, name+":5:") {
			t.Errorf("%s: stderr %q: want the line left out", name, errs)
		}
	}
}

func TestActorsLookup(t *testing.T) {
	out, errs, code := kronika(t, "actors", "lookup", "--date", "2010", "Putina", "Кремль", "Nikt Nieznany")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Putina\tVladimir Putin\tRUSGOV\tprime minister\tperson", "Кремль\tKremlin\tRUSGOV", "Nikt Nieznany\t-"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q: want %q", out, want)
		}
	}
}

func TestActorsUsage(t *testing.T) {
	for _, args := range [][]string{{"actors"}, {"actors", "frobnicate"}, {"actors", "import"}, {"actors", "lookup"}, {"actors", "import", "a", "b"}, {"actors", "eval"}, {"actors", "eval", "--lang"}} {
		if _, _, code := kronika(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if _, errs, code := kronika(t, "actors", "import", "/nonexistent/file"); code != 1 || !strings.Contains(errs, "nonexistent") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
}

func TestActorsEvalMissingDir(t *testing.T) {
	_, errs, code := kronika(t, "actors", "eval", "--no-pipeline", t.TempDir())
	if code != 1 || !strings.Contains(errs, "no ner/*/pl/*.tsv files") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
