// Command commonsurnames rebuilds actors/data/common-surnames.tsv: the last
// names of people in actors/data/people.tsv that the NKJP named-entity
// corpus writes after at least -min different given names (a token tagged
// persName-surname right after one tagged persName-forename), in any of the
// case forms a Polish surname or adjectival surname takes. Such names are
// family names many people share, and a bare mention of one needs evidence
// before it links to the person of the base (actors/resolve.go).
//
//	go run ./scripts/commonsurnames [-nkjp FILE.iob.gz] [-min 3] > actors/data/common-surnames.tsv
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"unicode/utf8"
)

// Endings of the case forms: adjectival surnames (-ski, -cki and their
// feminine) and nouns.
var (
	adjectival = []string{"i", "iego", "iemu", "im", "a", "iej", "ą", "ich", "imi"}
	nominal    = []string{"", "a", "owi", "em", "iem", "ie", "u", "owie", "ów", "y", "e", "ami", "ach", "om"}
)

// isForm reports whether the written form is a case form of surname s.
func isForm(form, s string) bool {
	if strings.HasSuffix(s, "ski") || strings.HasSuffix(s, "cki") || strings.HasSuffix(s, "ska") || strings.HasSuffix(s, "cka") {
		stem := s[:len(s)-1]
		return strings.HasPrefix(form, stem) && slices.Contains(adjectival, form[len(stem):])
	}
	return strings.HasPrefix(form, s) && slices.Contains(nominal, form[len(s):])
}

func main() {
	nkjp := flag.String("nkjp", "../shared/data/nkjp-ner/nkjp-nested-simplified-v2.iob.gz", "the NKJP named-entity corpus (IOB, gzip)")
	people := flag.String("people", "actors/data/people.tsv", "the actor base's people")
	min := flag.Int("min", 3, "fewest different given names before a surname")
	flag.Parse()

	// Given names seen before each surname form.
	before := map[string]map[string]bool{}
	f, err := os.Open(*nkjp)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	prev := ""
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 4 {
			prev = ""
			continue
		}
		tag := col[3]
		switch {
		case strings.Contains(tag, "persName-forename"):
			prev = col[0]
			if col[1] != "" && col[2] != "" {
				prev = col[1]
			}
			continue
		case strings.Contains(tag, "B-persName-surname") && prev != "":
			if before[col[0]] == nil {
				before[col[0]] = map[string]bool{}
			}
			before[col[0]][prev] = true
		}
		prev = ""
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}

	// The last names of the base's people.
	pf, err := os.ReadFile(*people)
	if err != nil {
		log.Fatal(err)
	}
	base := map[string]bool{}
	for _, line := range strings.Split(string(pf), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words := strings.Fields(strings.SplitN(line, "\t", 2)[0])
		if last := words[len(words)-1]; len(words) > 1 && utf8.RuneCountInString(last) >= 4 {
			base[last] = true
		}
	}

	var out []string
	for s := range base {
		given := map[string]bool{}
		for form, names := range before {
			if len(form) >= 3 && len(s) >= 3 && form[:3] == s[:3] && isForm(form, s) {
				for n := range names {
					given[n] = true
				}
			}
		}
		if len(given) >= *min {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	fmt.Print(header)
	for _, s := range out {
		fmt.Println(s)
	}
}

// header opens the file.
const header = `# Last names of people of the base that are common family names in Polish
# text, one a line: each is written after three or more different given
# names in the NKJP named-entity corpus (nkjp-nested-simplified-v2, tokens
# tagged persName-surname, in any case form, right after a forename). A
# bare last name of this list links to the one person of the base who has
# it only with evidence that the article means that person (resolve.go,
# commonSurnameUnsupported): the full name elsewhere in the document, a
# title before it that fits one of the person's offices, or the article's
# date within one of them.
# Rebuilt by go run ./scripts/commonsurnames (see its -h).
`
