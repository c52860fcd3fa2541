// Command genprofiles writes langid/data/trigrams.txt: the trigram
// profiles of the candidate languages as whatlanggo holds them, so that
// langid can score a text against them without building a map of the
// text's trigrams (whatlanggo keeps its profiles unexported).
//
// It reads whatlanggo's source (lang.go) from the module cache, at the
// version go.mod names, and copies the lists of the languages asked for,
// in their order: a trigram's rank is its place in the list.
//
//	go run ./internal/genprofiles -o data/trigrams.txt
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

const module = "github.com/RadhiFadlillah/whatlanggo"

func main() {
	out := flag.String("o", "data/trigrams.txt", "output file")
	langs := flag.String("langs", "Pol,Eng,Ces,Deu,Fra,Spa,Rus,Ukr,Bel", "languages (whatlanggo's constant names), in the order of the file")
	flag.Parse()
	log.SetFlags(0)

	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "-mod=mod", module).Output()
	if err != nil {
		log.Fatalf("go list %s: %v", module, err)
	}
	version, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "-mod=mod", module).Output()
	if err != nil {
		log.Fatalf("go list %s: %v", module, err)
	}
	src := filepath.Join(strings.TrimSpace(string(dir)), "lang.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		log.Fatal(err)
	}
	profiles := map[string][]string{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if !strings.HasSuffix(name.Name, "Langs") || name.Name == "Langs" || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.CompositeLit)
				if !ok {
					continue
				}
				for _, elt := range lit.Elts {
					kv := elt.(*ast.KeyValueExpr)
					key := kv.Key.(*ast.Ident).Name
					var list []string
					for _, e := range kv.Value.(*ast.CompositeLit).Elts {
						s, err := strconv.Unquote(e.(*ast.BasicLit).Value)
						if err != nil {
							log.Fatal(err)
						}
						list = append(list, s)
					}
					profiles[key] = list
				}
			}
		}
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "# Trigram profiles of %s %s (lang.go), MIT licence: LICENSE-whatlanggo.\n", module, strings.TrimSpace(string(version)))
	fmt.Fprintf(&b, "# Made by go generate ./langid (internal/genprofiles); do not edit.\n")
	fmt.Fprintf(&b, "# A line: whatlanggo's name of the language, a tab, its trigrams most frequent first, separated by one space; '_' stands for a space.\n")
	for _, l := range strings.Split(*langs, ",") {
		list, ok := profiles[l]
		if !ok {
			log.Fatalf("%s: no profile of %s", src, l)
		}
		words := make([]string, len(list))
		for i, t := range list {
			if strings.ContainsAny(t, "_\t\n") {
				log.Fatalf("%s: trigram %q of %s holds '_' or a tab", src, t, l)
			}
			words[i] = strings.ReplaceAll(t, " ", "_")
		}
		fmt.Fprintf(&b, "%s\t%s\n", l, strings.Join(words, " "))
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
