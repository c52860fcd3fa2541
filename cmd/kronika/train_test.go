package main

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/ner"
)

func TestTrainUsage(t *testing.T) {
	for _, args := range [][]string{
		{"train"},
		{"train", "tagger2000"},
		{"train", "ner"},
		{"train", "ner", "--data", "x"},
		{"train", "ner", "--bogus"},
	} {
		if _, stderr, code := kronika(t, args...); code != 2 || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
	if _, stderr, code := kronika(t, "train", "ner", "--data", "/nonexistent", "--out", filepath.Join(t.TempDir(), "m")); code != 1 || !strings.Contains(stderr, "nonexistent") {
		t.Errorf("missing data: exit %d, stderr %q", code, stderr)
	}
}

// TestTrainNER trains on a small corpus in the NKJP format (ten documents,
// so that one is held out) and loads the model written.
func TestTrainNER(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, nkjpNERFile))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte("-DOCSTART CONFIG FEATURES orth base ctag\n"))
	for i := 0; i < 10; i++ {
		zw.Write([]byte("-DOCSTART FILE ./doc" + string(rune('0'+i)) + "\n" +
			"Jan\tJan\tsubst:sg:nom:m1\tB-persName#B-persName-forename\n" +
			"Kowalski\tKowalski\tsubst:sg:nom:m1\tI-persName#B-persName-surname\n" +
			"pojechał\tpojechać\tpraet:sg:m1:perf\tO\n" +
			"do\tdo\tprep:gen\tO\n" +
			"Krakowa\tKraków\tsubst:sg:gen:m3\tB-placeName-settlement\n" +
			"w\tw\tprep:loc\tO\n" +
			"maju\tmaj\tsubst:sg:loc:m3\tB-date\n" +
			".\t.\tinterp\tO\n\n"))
	}
	zw.Close()
	f.Close()
	out := filepath.Join(dir, "ner.model")
	stdout, stderr, code := kronika(t, "train", "ner", "--data", dir, "--out", out, "--epochs", "2", "--bits", "12")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "9 training and 1 development sentences") || !strings.Contains(stdout, "epoch 2") {
		t.Errorf("output:\n%s", stdout)
	}
	mf, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	m, err := ner.Load(mf)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.Types(), " "); got != "PERSON ORG GPE LOC" {
		t.Errorf("types %q", got)
	}
}
