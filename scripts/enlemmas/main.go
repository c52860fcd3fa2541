// Command enlemmas rebuilds the English lemma lexicons of lang/en/data
// (scripts/en-lemmas.sh runs it):
//
//   - lemmas-petrarch.tsv: the verbs of the PETRARCH CAMEO verb dictionary
//     (CAMEO.2.0.txt) with the forms it lists for them, and the one-word
//     agent nouns of Phoenix.agents.txt with their listed plurals (MIT,
//     Open Event Data Alliance);
//   - lemmas-ewt.tsv: the lemmas of nouns, verbs, adjectives and adverbs in
//     the dev split of UD English EWT (CC BY-SA 4.0).
//
// Each line is "lemma TAB classes [TAB forms]": classes are letters V
// (verb), N (noun), J (adjective), R (adverb); forms, separated by
// spaces, are inflected forms the source lists for a one-class lemma.
// Lines are sorted; the output depends only on the input files.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type entry struct {
	classes string
	forms   map[string]bool
}

type lexicon map[string]*entry

func (l lexicon) add(lemma string, class byte, forms ...string) {
	if !word(lemma) {
		return
	}
	e := l[lemma]
	if e == nil {
		e = &entry{forms: map[string]bool{}}
		l[lemma] = e
	}
	if strings.IndexByte(e.classes, class) < 0 {
		e.classes += string(class)
	}
	for _, f := range forms {
		if word(f) && f != lemma {
			e.forms[f] = true
		}
	}
}

// word reports whether s is a lower-case word of at least two letters
// (hyphens and apostrophes inside allowed).
func word(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || (c == '-' || c == '\'') && i > 0 && i < len(s)-1 {
			continue
		}
		return false
	}
	return true
}

func (l lexicon) write(path, header string) error {
	var b strings.Builder
	b.WriteString(header)
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := l[k]
		cl := []byte(e.classes)
		sort.Slice(cl, func(i, j int) bool { return strings.IndexByte("VNJR", cl[i]) < strings.IndexByte("VNJR", cl[j]) })
		b.WriteString(k + "\t" + string(cl))
		if len(e.forms) > 0 && len(cl) == 1 {
			var fs []string
			for f := range e.forms {
				fs = append(fs, f)
			}
			sort.Strings(fs)
			b.WriteString("\t" + strings.Join(fs, " "))
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// braces returns the words inside {...} in s, lower case, and s without
// them.
func braces(s string) (string, []string) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return s, nil
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return s[:i], nil
	}
	var forms []string
	for _, f := range strings.Fields(s[i+1 : i+j]) {
		if !strings.ContainsAny(f, "_+&!") {
			forms = append(forms, strings.ToLower(f))
		}
	}
	return s[:i] + " " + s[i+j+1:], forms
}

// petrarch reads the verbs of the CAMEO verb dictionary and the agent
// nouns.
func petrarch(dir string, l lexicon) error {
	verbs, err := os.ReadFile(filepath.Join(dir, "CAMEO.2.0.txt"))
	if err != nil {
		return err
	}
	inVerbs := false
	for _, line := range strings.Split(string(verbs), "\n") {
		if strings.Contains(line, "VERB PATTERNS") {
			inVerbs = true
			continue
		}
		if !inVerbs || line == "" || line[0] < 'A' || line[0] > 'Z' {
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		rest, forms := braces(line)
		f := strings.Fields(rest)
		if len(f) == 0 || strings.ContainsAny(f[0], "_+&!{[") {
			continue
		}
		l.add(strings.ToLower(f[0]), 'V', forms...)
	}
	agents, err := os.ReadFile(filepath.Join(dir, "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(agents), "\n") {
		if line == "" || line[0] < 'A' || line[0] > 'Z' || !strings.Contains(line, "[~") {
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		rest, forms := braces(line)
		f := strings.Fields(strings.ReplaceAll(rest, "[", " ["))
		if len(f) == 0 || strings.ContainsAny(f[0], "_+&!{[") {
			continue
		}
		l.add(strings.ToLower(f[0]), 'N', forms...)
	}
	return nil
}

// ewt reads the lemmas of the open-class words of a UD CoNLL-U file.
func ewt(path string, l lexicon) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return err
		}
		r = z
	}
	classes := map[string]byte{"VERB": 'V', "NOUN": 'N', "ADJ": 'J', "ADV": 'R'}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 10 || strings.ContainsAny(c[0], "-.") {
			continue
		}
		if cl, ok := classes[c[3]]; ok && c[2] == strings.ToLower(c[2]) {
			l.add(c[2], cl)
		}
	}
	return sc.Err()
}

func main() {
	ud := flag.String("ud", "", "UD English EWT dev `file` (.conllu or .conllu.gz)")
	petr := flag.String("petrarch", "", "`directory` with CAMEO.2.0.txt and Phoenix.agents.txt")
	out := flag.String("out", "lang/en/data", "output `directory`")
	flag.Parse()
	if *ud == "" || *petr == "" {
		fmt.Fprintln(os.Stderr, "usage: enlemmas -ud FILE -petrarch DIR [-out DIR]")
		os.Exit(2)
	}
	p := lexicon{}
	if err := petrarch(*petr, p); err != nil {
		log.Fatal(err)
	}
	const format = "# One lemma a line: lemma TAB classes (V verb, N noun, J adjective, R adverb)\n" +
		"# [TAB forms listed by the source]. Rebuilt by scripts/en-lemmas.sh; do not edit.\n"
	if err := p.write(filepath.Join(*out, "lemmas-petrarch.tsv"),
		"# English lemmas from the PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt) and agents\n"+
			"# (Phoenix.agents.txt), MIT licence, Copyright (c) 2015-2016 Open Event Data Alliance.\n"+format); err != nil {
		log.Fatal(err)
	}
	e := lexicon{}
	if err := ewt(*ud, e); err != nil {
		log.Fatal(err)
	}
	if err := e.write(filepath.Join(*out, "lemmas-ewt.tsv"),
		"# English lemmas of nouns, verbs, adjectives and adverbs in the dev split of the\n"+
			"# Universal Dependencies English Web Treebank (UD_English-EWT), licensed CC BY-SA 4.0\n"+
			"# (https://creativecommons.org/licenses/by-sa/4.0/); annotations (c) The Board of\n"+
			"# Trustees of the Leland Stanford Junior University. This file is CC BY-SA 4.0.\n"+format); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d PETRARCH lemmas, %d EWT lemmas", len(p), len(e))
}
