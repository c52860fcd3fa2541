package lang

import (
	"bufio"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The languages must not import the actor base or the gazetteer: both ask
// the languages for base forms, and the cycle broke the build before. They
// reach them through this package's hooks (KnownPlace, ActorName, ...).
// External test packages (package x_test) may import them: no package
// imports a test package, so they make no cycle.
var forbiddenForLanguages = []string{"actors", "places"}

// TestLanguagesImportNeitherActorsNorPlaces parses the imports of every Go
// file under lang/ (this directory) and fails on one that imports a
// forbidden package.
func TestLanguagesImportNeitherActorsNorPlaces(t *testing.T) {
	module := modulePath(t)
	var forbidden []string
	for _, p := range forbiddenForLanguages {
		forbidden = append(forbidden, module+"/"+p)
	}
	fset := token.NewFileSet()
	dirs := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() {
			// The go tool ignores these directories too.
			if path != "." && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		if strings.HasSuffix(name, "_test.go") && strings.HasSuffix(f.Name.Name, "_test") {
			return nil
		}
		dirs[filepath.Dir(path)] = true
		for _, im := range f.Imports {
			ip, err := strconv.Unquote(im.Path.Value)
			if err != nil {
				t.Errorf("%s: import %s: %v", fset.Position(im.Pos()), im.Path.Value, err)
				continue
			}
			for _, p := range forbidden {
				if ip == p || strings.HasPrefix(ip, p+"/") {
					t.Errorf("%s: imports %s; languages reach it through the hooks of package lang", fset.Position(im.Pos()), ip)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The walk must have seen the languages, or it proved nothing.
	for _, d := range []string{".", "en", "pl", "ru"} {
		if !dirs[d] {
			t.Errorf("no Go file parsed in lang/%s", d)
		}
	}
}

// modulePath reads the module path from the go.mod above this directory.
func modulePath(t *testing.T) string {
	f, err := os.Open(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	t.Fatal("../go.mod names no module")
	return ""
}
