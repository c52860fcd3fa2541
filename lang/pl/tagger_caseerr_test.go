package pl_test

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kronika/kronika/eval"
	"github.com/kronika/kronika/lang/pl"
)

// TestCaseErrors classes the Case errors of the default tagger on a UD
// development file by gold/predicted case, gold relation and the word
// before, for error analysis:
//
//	KRONIKA_CASE_ERRORS=pl_pdb-ud-dev.conllu.gz go test ./lang/pl -run TestCaseErrors -v
//
// KRONIKA_CASE_LIST=FILE also writes every error with its sentence.
func TestCaseErrors(t *testing.T) {
	name := os.Getenv("KRONIKA_CASE_ERRORS")
	if name == "" {
		t.Skip("set KRONIKA_CASE_ERRORS to a UD development file name")
	}
	if strings.Contains(name, "test") {
		t.Fatal("development files only")
	}
	sents, err := eval.TagReadFile("../../../shared/data/ud/" + name)
	if err != nil {
		t.Skip(err)
	}
	tg := pl.Tagger{Model: pl.DefaultTagger(), TagOptions: pl.DefaultTagOptions}
	conf := map[string]int{}
	byRel := map[string]int{}
	byPrev := map[string]int{}
	unreach := 0
	total, wrong := 0, 0
	var list strings.Builder
	for _, s := range sents {
		d := eval.TagDocument(s)
		tg.Analyze(d, d.Tokens)
		var forms []string
		for _, g := range s.Tokens {
			forms = append(forms, g.Form)
		}
		for i, g := range s.Tokens {
			gc := feat(g.Feats, "Case")
			if gc == "" {
				continue
			}
			total++
			pc := feat(d.Tokens[i].Feats, "Case")
			if pc == gc {
				continue
			}
			wrong++
			has := false
			for _, a := range pl.Analyze(g.Form, i == 0) {
				_, f := a.UD()
				if feat(f, "Case") == gc {
					has = true
				}
			}
			if !has {
				unreach++
			}
			k := gc + "→" + pc
			conf[k]++
			headOK, head := "-", "^"
			if h, err := strconv.Atoi(g.Head); err == nil && h > 0 && h <= len(s.Tokens) {
				head = s.Tokens[h-1].Lemma + "/" + s.Tokens[h-1].XPOS
				hc := feat(s.Tokens[h-1].Feats, "Case")
				if hc != "" && feat(d.Tokens[h-1].Feats, "Case") == hc {
					headOK = "headOK"
				} else if hc != "" {
					headOK = "headBad"
				}
			}
			byRel[k+" "+g.Deprel+" "+g.UPOS+" "+headOK]++
			prev := "^"
			if i > 0 {
				prev = s.Tokens[i-1].UPOS
				if prev == "ADP" || prev == "VERB" || prev == "PART" || prev == "NUM" {
					prev += ":" + strings.ToLower(s.Tokens[i-1].Lemma)
				}
			}
			byPrev[k+" after "+prev]++
			fmt.Fprintf(&list, "%s %s %s %s [%s %s] pred=%s reach=%v head=%s | %s\n", k, headOK, g.Form, g.Deprel, g.UPOS, g.XPOS, d.Tokens[i].XPOS, has, head,
				strings.Join(forms[:i], " ")+" [["+g.Form+"]] "+strings.Join(forms[i+1:], " "))
		}
	}
	t.Logf("case words %d wrong %d (%.2f%%), gold case not among readings %d", total, wrong, 100*float64(total-wrong)/float64(total), unreach)
	show := func(title string, m map[string]int, min int) {
		type kv struct {
			k string
			v int
		}
		var xs []kv
		for k, v := range m {
			if v >= min {
				xs = append(xs, kv{k, v})
			}
		}
		sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v })
		t.Logf("== %s", title)
		for _, x := range xs {
			t.Logf("%5d %s", x.v, x.k)
		}
	}
	show("gold→pred", conf, 5)
	show("by relation", byRel, 15)
	show("by previous word", byPrev, 12)
	if p := os.Getenv("KRONIKA_CASE_LIST"); p != "" {
		os.WriteFile(p, []byte(list.String()), 0o644)
	}
}

func feat(feats, name string) string {
	for _, f := range strings.Split(feats, "|") {
		if v, ok := strings.CutPrefix(f, name+"="); ok {
			return v
		}
	}
	return ""
}
