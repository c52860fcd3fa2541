package en_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// entityList runs text through p as an English article and returns its
// entities, each written by item, sorted and joined by " | ".
func entityList(t *testing.T, p *pipeline.Pipeline, text string, item func(e doc.Entity) string) string {
	t.Helper()
	d := &doc.Document{Text: text, Lang: "en", Date: "2024-05-10"}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Entities {
		got = append(got, item(e))
	}
	sort.Strings(got)
	return strings.Join(got, " | ")
}

// typeAndName writes an entity as its type and name ("ORG NATO").
func typeAndName(e doc.Entity) string { return e.Type + " " + e.Name }
