package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/ner"
)

func TestNERKPWrType(t *testing.T) {
	for label, want := range map[string]string{
		"nam_liv_person": "PERSON", "nam_org_institution": "ORG", "nam_org_group_team": "ORG",
		"nam_org_nation": "NORP", "nam_adj_country": "NORP", "nam_loc_gpe_city": "GPE",
		"nam_loc_gpe_country": "GPE", "nam_loc_hydronym_river": "LOC", "nam_fac_road": "LOC",
		"nam_eve_human_sport": "EVENT", "nam_pro_software": "PRODUCT", "nam_oth_currency": "",
		"nam_num_phone": "", "nam_liv_god": "", "nam_adj_person": "",
	} {
		if got := NERKPWrType(label); got != want {
			t.Errorf("%s → %q, want %q", label, got, want)
		}
	}
}

// listNER recognises the words of a fixed list, one token each.
type listNER map[string]string

func (l listNER) Recognize(d *doc.Document, toks []doc.Token) []lang.NameSpan {
	var out []lang.NameSpan
	for i, t := range toks {
		if typ := l[d.Form(t.Span)]; typ != "" {
			out = append(out, lang.NameSpan{Start: i, End: i + 1, Type: typ})
		}
	}
	return out
}

func TestNERScoreIOB(t *testing.T) {
	const iob = "Jan\tB-nam_liv_person\nKowalski\tI-nam_liv_person\nw\tO\nGdańsku\tB-nam_loc_gpe_city\n.\tO\n\n" +
		"Polacy\tB-nam_org_nation\nkupili\tO\nWindows\tB-nam_pro_software\n"
	docs, err := ner.ReadIOB(strings.NewReader(iob), NERKPWrType)
	if err != nil {
		t.Fatal(err)
	}
	// Kowalski overlaps Jan Kowalski; Gdańsku is exact with the wrong type;
	// Polacy is exact; Windows is missed; kupili is spurious.
	l := &lang.Language{Code: "xx", NER: listNER{"Kowalski": "PERSON", "Gdańsku": "LOC", "Polacy": "NORP", "kupili": "ORG"}}
	r := NERScoreIOB(docs, l)
	if r.Sentences != 2 || r.Tokens != 8 {
		t.Errorf("%d sentences, %d tokens", r.Sentences, r.Tokens)
	}
	want := map[string][2]PRF{
		"ALL":     {{1, 4, 1, 4}, {2, 4, 2, 4}},
		"PERSON":  {{0, 1, 0, 1}, {1, 1, 1, 1}},
		"GPE":     {{0, 0, 0, 1}, {0, 0, 0, 1}},
		"LOC":     {{0, 1, 0, 0}, {0, 1, 0, 0}},
		"NORP":    {{1, 1, 1, 1}, {1, 1, 1, 1}},
		"PRODUCT": {{0, 0, 0, 1}, {0, 0, 0, 1}},
		"ORG":     {{0, 1, 0, 0}, {0, 1, 0, 0}},
	}
	for typ, w := range want {
		if got := *r.Exact[typ]; got != w[0] {
			t.Errorf("%s exact = %+v, want %+v", typ, got, w[0])
		}
		if got := *r.Overlap[typ]; got != w[1] {
			t.Errorf("%s overlap = %+v, want %+v", typ, got, w[1])
		}
	}
	// Exact F1 0.25, overlap F1 0.5.
	if got := r.PolEval(); got < 0.449 || got > 0.451 {
		t.Errorf("PolEval = %.3f, want 0.45", got)
	}
	var buf bytes.Buffer
	r.WriteTable(&buf)
	if !strings.Contains(buf.String(), "PolEval final score") {
		t.Errorf("table:\n%s", buf.String())
	}
	if _, err := json.Marshal(r); err != nil {
		t.Error(err)
	}
}

// TestNERKPWr scores the Polish recognizer on the KPWr test file when the
// shared data is present: go test ./eval -run NERKPWr -v
func TestNERKPWr(t *testing.T) {
	const path = "../../shared/data/kpwr/kpwr-ner-n82-test.iob.gz"
	if _, err := os.Stat(path); err != nil {
		t.Skip("KPWr test file absent:", err)
	}
	l := lang.Get("pl")
	r, err := NEREvaluateKPWr(path, l)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r.WriteTable(&buf)
	t.Log("\n" + buf.String())
	// Floors a few points under the embedded model's figures (exact 0.614,
	// overlap 0.690, PolEval 0.675 when set).
	if f, _ := r.Overlap[NERAll].F1(); f < 0.66 {
		t.Errorf("overlap F1 %.3f below 0.66", f)
	}
	if f, _ := r.Exact[NERAll].F1(); f < 0.59 {
		t.Errorf("exact F1 %.3f below 0.59", f)
	}
	if p := r.PolEval(); p < 0.65 {
		t.Errorf("PolEval score %.3f below 0.65", p)
	}
}
