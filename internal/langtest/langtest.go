// Package langtest gives tests the languages built from their data files
// alone (lang.Load over lang/<code>/*.tsv), without the analyzers, so that
// a stage's tests need not wait for the morphology and models of a language
// package to build and load.
package langtest

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/kronika/kronika/lang"
)

var (
	mu    sync.Mutex
	cache = map[string]*lang.Language{}
)

// Get returns the language code loaded from the repository's lang/<code>
// directory, failing the test when its files do not load.
func Get(t testing.TB, code string) *lang.Language {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	if l, ok := cache[code]; ok {
		return l
	}
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("langtest: cannot locate the repository")
	}
	dir := filepath.Join(filepath.Dir(self), "..", "..", "lang", code)
	l, err := lang.Load(code, code, os.DirFS(dir))
	if err != nil {
		t.Fatalf("langtest: %v", err)
	}
	cache[code] = l
	return l
}
