package actors_test

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang/pl"
	"github.com/kronika/kronika/pipeline"
)

// TestPolishCasesOfStatesAndCapitals runs the whole pipeline on a short
// Polish sentence for every case form that the Polish dictionary gives of
// the one-word Polish name of every state of countries.tsv and every
// capital of places.tsv ("Kanady", "Kanadzie", "Zagrzebiu", "Ottawę"), in
// the singular or, for a plural name ("Niemcy", "Węgry"), the plural, and
// checks that the mention is linked to that state or capital, whatever
// type the recognizer gave it (a dative in -owi reads as a person's,
// "Katarowi"), but for a base form read as a person (a given name:
// "Dominika"); a plural name may be lemmatized as a singular one, "Aten" as
// "Atena", which the dictionary's other readings mend). The vocative
// is left out (news does not address states). A name is taken as Polish
// when the dictionary knows it as a proper noun; names of several words
// ("Korea Północna") are left to the other tests.
func TestPolishCasesOfStatesAndCapitals(t *testing.T) {
	if testing.Short() {
		t.Skip("walks the Polish dictionary")
	}
	names := map[string]string{} // Polish lemma → canonical name
	read := func(file string, keep func(f []string) bool, name, aliases int) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) <= aliases || !keep(f) {
				continue
			}
			canonical := f[name]
			if i := strings.Index(canonical, " ("); i > 0 {
				canonical = canonical[:i]
			}
			for _, a := range append([]string{canonical}, strings.Split(f[aliases], "|")...) {
				if a != "" && !strings.ContainsAny(a, " -.'()") {
					names[a] = canonical
				}
			}
		}
	}
	read("data/countries.tsv", func([]string) bool { return true }, 1, 3)
	read("data/places.tsv", func(f []string) bool { return f[5] == "capital" }, 0, 6)
	// A name the base gives to two actors ("Kongo": both Congos; "Tunis",
	// which is also Tunisia's Russian name by its key) is told apart by
	// the article, not here.
	kb := actors.Default()
	for n := range names {
		if len(kb.Lookup(n)) != 1 {
			delete(names, n)
		}
	}

	// Sentences that ask for each case; the name stands where a place or
	// a state is usual.
	frames := map[string]string{
		"nom":  "Wczoraj %s ogłosiła nowe przepisy.",
		"gen":  "Delegacja wróciła wczoraj z %s.",
		"dat":  "Eksperci przyglądają się %s od lat.",
		"acc":  "Delegacja odwiedziła wczoraj %s.",
		"inst": "Rozmowy z %s trwały długo.",
		"loc":  "Rozmawiano wczoraj o %s.",
	}
	type form struct{ form, lemma, number, cas string }
	seen := map[form]bool{}
	var all []form
	singular := map[string]bool{} // lemmas with singular forms
	men := map[string]bool{}      // lemmas the dictionary reads as men's names
	err := pl.Dictionary().Walk(func(f, lemma []byte, tag string) bool {
		if _, ok := names[string(lemma)]; !ok || !strings.HasPrefix(tag, "subst:") {
			return true
		}
		parts := strings.Split(tag, ":")
		if len(parts) < 3 || !strings.HasPrefix(parts[0], "subst") {
			return true
		}
		if len(parts) > 3 && strings.Contains(parts[3], "m1") {
			men[string(lemma)] = true
		}
		for _, c := range strings.Split(parts[2], ".") {
			if _, ok := frames[c]; ok {
				fm := form{string(f), string(lemma), parts[1], c}
				if !seen[fm] && strings.ToUpper(fm.form[:1]) == fm.form[:1] {
					seen[fm] = true
					all = append(all, fm)
					if parts[1] == "sg" {
						singular[fm.lemma] = true
					}
				}
			}
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	// A name in the singular ("Francja") is used in the singular, a
	// plural one ("Niemcy") in the plural: the dictionary also gives the
	// plurals of singular names ("Francje").
	// A name the dictionary also reads as a man's ("France", Anatole's;
	// "Holland") is left out: a man's name alone is the name lemmatizer's.
	var forms []form
	for _, fm := range all {
		if (fm.number == "sg") == singular[fm.lemma] && !men[fm.lemma] {
			forms = append(forms, fm)
		}
	}
	if len(forms) < 1000 {
		t.Fatalf("only %d case forms of states and capitals in the dictionary", len(forms))
	}
	sort.Slice(forms, func(i, j int) bool {
		if forms[i].lemma != forms[j].lemma {
			return forms[i].lemma < forms[j].lemma
		}
		return forms[i].form+forms[i].cas < forms[j].form+forms[j].cas
	})
	p := pipeline.New()
	var missed []string
	for _, fm := range forms {
		text := strings.Replace(frames[fm.cas], "%s", fm.form, 1)
		d := &doc.Document{Text: text, Lang: "pl", Date: "2025-03-05", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		start := strings.Index(text, fm.form)
		got, typ := "", ""
		for i := range d.Entities {
			e := &d.Entities[i]
			for _, m := range e.Mentions {
				if m.Start <= start && start < m.End {
					got, typ = e.Canonical, e.Type
				}
			}
		}
		if typ == "PERSON" && fm.form == fm.lemma {
			// A base form the recognizer read as a person stays one:
			// several states are also given names ("Dominika", "Kuba").
			continue
		}
		if got != names[fm.lemma] {
			missed = append(missed, fm.form+" ("+fm.lemma+", "+fm.cas+"): got \""+got+"\"")
		}
	}
	t.Logf("%d case forms of %d names, %d not linked", len(forms), len(names), len(missed))
	for _, m := range missed {
		t.Error(m)
	}
}
