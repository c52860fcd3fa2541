package eval

import (
	"os"
	"testing"

	"github.com/kronika/kronika/lang/pl"
)

const (
	nameKPWrDir      = "../../shared/data/kpwr"
	nameSlavicNERDir = "../../shared/data/slavicner"
)

func TestNameNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"park im . Tadeusza Rejtana", "park im. Tadeusza Rejtana"},
		{"Bielsko - Biała", "Bielsko-Biała"},
		{"  Kim   Dzong Un ", "Kim Dzong Un"},
		{"( PiS )", "(PiS)"},
	}
	for _, tt := range tests {
		if got := NameNormalize(tt.in); got != tt.want {
			t.Errorf("NameNormalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := NameTokenize("Kim Dzong Una, PiS-u"); len(got) != 7 {
		t.Errorf("NameTokenize: %q", got)
	}
}

// nameFloors are a little under the case-insensitive accuracy reached.
var nameFloors = map[string]float64{
	"kpwr-test": 85.5,
	"slavicner": 89.3,
}

func TestNameEvaluateKPWr(t *testing.T) {
	pairs, err := NameReadKPWr(nameKPWrDir + "/kpwr-1.2-ne-test-fix.tsv")
	if os.IsNotExist(err) {
		t.Skipf("KPWr not available: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := NameEvaluate(pairs, pl.LemmatizeName)
	t.Logf("KPWr test: %s", s)
	if s.FoldAcc() < nameFloors["kpwr-test"] {
		t.Errorf("KPWr: %.2f below the floor %.2f", s.FoldAcc(), nameFloors["kpwr-test"])
	}
	if os.Getenv("KRONIKA_NAME_DIFFS") != "" {
		for _, d := range NameDiffs(pairs, pl.LemmatizeName, 100) {
			t.Log(d)
		}
	}
}

func TestNameEvaluateSlavicNER(t *testing.T) {
	if _, err := os.Stat(nameSlavicNERDir); err != nil {
		t.Skipf("SlavicNER not available: %v", err)
	}
	pairs, err := NameReadSlavicNER(nameSlavicNERDir, "pl")
	if err != nil {
		t.Fatal(err)
	}
	s := NameEvaluate(pairs, pl.LemmatizeName)
	t.Logf("SlavicNER pl: %s", s)
	if s.FoldAcc() < nameFloors["slavicner"] {
		t.Errorf("SlavicNER: %.2f below the floor %.2f", s.FoldAcc(), nameFloors["slavicner"])
	}
	if os.Getenv("KRONIKA_NAME_DIFFS") != "" {
		for _, d := range NameDiffs(pairs, pl.LemmatizeName, 100) {
			t.Log(d)
		}
	}
}
