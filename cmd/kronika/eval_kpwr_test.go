package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kpwrFixture is a hand-made file in the KPWr IOB format: a configuration
// line, two documents, five gold names of which one (a currency) has no
// Kronika type and one is a product.
const kpwrFixture = "-DOCSTART CONFIG FEATURES orth base ctag\n" +
	"-DOCSTART FILE test/1\n" +
	"Władimir\tWładimir\tsubst:sg:nom:m1\tB-nam_liv_person\n" +
	"Putin\tPutin\tsubst:sg:nom:m1\tI-nam_liv_person\n" +
	"przyjechał\tprzyjechać\tpraet:sg:m1:perf\tO\n" +
	"do\tdo\tprep:gen\tO\n" +
	"Warszawy\tWarszawa\tsubst:sg:gen:f\tB-nam_loc_gpe_city\n" +
	".\t.\tinterp\tO\n" +
	"\n" +
	"-DOCSTART FILE test/2\n" +
	"Kupił\tkupić\tpraet:sg:m1:perf\tO\n" +
	"iPhone'a\tiPhone\tsubst:sg:acc:m3\tB-nam_pro_brand\n" +
	"za\tza\tprep:acc\tO\n" +
	"sto\tsto\tnum:pl:acc:m3:rec\tO\n" +
	"euro\teuro\tsubst:pl:gen:n\tB-nam_oth_currency\n" +
	"w\tw\tprep:loc\tO\n" +
	"Krakowie\tKraków\tsubst:sg:loc:m3\tB-nam_loc_gpe_city\n" +
	".\t.\tinterp\tO\n"

func TestEvalKPWr(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.iob")
	if err := os.WriteFile(path, []byte(kpwrFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := kronika(t, "eval", "--kpwr", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"2 sentences, 14 tokens", "TYPE ", "EXACT", "OVERLAP", "\nGPE ", "\nPERSON ", "\nPRODUCT ", "\nALL ", "PolEval final score"} {
		if !strings.Contains(out, s) {
			t.Errorf("table lacks %q:\n%s", s, out)
		}
	}
	out, errs, code = kronika(t, "eval", "--json", "--kpwr", path)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	type prf struct {
		F1   *float64 `json:"f1"`
		Gold int      `json:"gold"`
		Pred int      `json:"predicted"`
	}
	var rep struct {
		Schema    string         `json:"schema"`
		Sentences int            `json:"sentences"`
		Exact     map[string]prf `json:"exact"`
		Overlap   map[string]prf `json:"overlap"`
		PolEval   *float64       `json:"poleval"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if rep.Schema != "kronika-eval-ner/1" || rep.Sentences != 2 || rep.PolEval == nil {
		t.Errorf("report %+v", rep)
	}
	// The currency is not counted; the rest is gold whatever the model does.
	for typ, n := range map[string]int{"ALL": 4, "GPE": 2, "PERSON": 1, "PRODUCT": 1} {
		if rep.Exact[typ].Gold != n || rep.Overlap[typ].Gold != n {
			t.Errorf("%s: gold %d exact, %d overlap, want %d", typ, rep.Exact[typ].Gold, rep.Overlap[typ].Gold, n)
		}
	}
	// The two cities and the president are names any working model finds.
	if f := rep.Exact["GPE"].F1; f == nil || *f < 0.99 {
		t.Errorf("GPE exact %+v", rep.Exact["GPE"])
	}
	if f := rep.Exact["PERSON"].F1; f == nil || *f < 0.99 {
		t.Errorf("PERSON exact %+v", rep.Exact["PERSON"])
	}

	if _, errs, code := kronika(t, "eval", "--kpwr", path+".missing"); code != 1 || !strings.Contains(errs, "missing") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	bad := filepath.Join(t.TempDir(), "bad.iob")
	os.WriteFile(bad, []byte("oneColumnOnly\n"), 0o644)
	if _, errs, code := kronika(t, "eval", "--kpwr", bad); code != 1 || !strings.Contains(errs, "line 1") {
		t.Errorf("bad file: exit %d, stderr %q", code, errs)
	}
	for _, args := range [][]string{
		{"eval", "--kpwr", path, "--slavicner", "dir"},
		{"eval", "--kpwr", path, "dir"},
		{"eval", "--floor", "f.json", "--kpwr", path},
	} {
		if _, errs, code := kronika(t, args...); code != 2 || !strings.Contains(errs, "usage: kronika eval") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
		}
	}
}
