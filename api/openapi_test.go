package api

import (
	"bufio"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/store"
)

// spec is the OpenAPI description, for checking answers against it.
type spec struct {
	paths   map[string]any
	schemas map[string]any
}

func loadSpec(t *testing.T) spec {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(openapiJSON, &m); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if v, _ := m["openapi"].(string); !strings.HasPrefix(v, "3.") {
		t.Fatalf("openapi %v", m["openapi"])
	}
	return spec{m["paths"].(map[string]any), m["components"].(map[string]any)["schemas"].(map[string]any)}
}

// resolve follows a $ref.
func (sp spec) resolve(s map[string]any) map[string]any {
	for {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		next, ok := sp.schemas[strings.TrimPrefix(ref, "#/components/schemas/")].(map[string]any)
		if !ok {
			return map[string]any{"x-missing": ref}
		}
		s = next
	}
}

// check returns where v breaks schema s: a wrong type, a required field
// missing, a field the description does not name, at any depth.
func (sp spec) check(at string, v any, s map[string]any) []string {
	s = sp.resolve(s)
	if ref, ok := s["x-missing"]; ok {
		return []string{fmt.Sprintf("%s: schema %v is not in the description", at, ref)}
	}
	if v == nil {
		if s["nullable"] == true {
			return nil
		}
		return []string{at + ": null, and the description does not say nullable"}
	}
	var bad []string
	if all, ok := s["allOf"].([]any); ok {
		for _, sub := range all {
			bad = append(bad, sp.check(at, v, sub.(map[string]any))...)
		}
	}
	typ, _ := s["type"].(string)
	switch typ {
	case "object":
		o, ok := v.(map[string]any)
		if !ok {
			return append(bad, fmt.Sprintf("%s: %T, want an object", at, v))
		}
		props, _ := s["properties"].(map[string]any)
		req, _ := s["required"].([]any)
		for _, f := range req {
			if _, ok := o[f.(string)]; !ok {
				bad = append(bad, fmt.Sprintf("%s: field %q the description requires is missing", at, f))
			}
		}
		extra, _ := s["additionalProperties"].(map[string]any)
		for k, fv := range o {
			if ps, ok := props[k].(map[string]any); ok {
				bad = append(bad, sp.check(at+"."+k, fv, ps)...)
			} else if extra != nil {
				bad = append(bad, sp.check(at+"."+k, fv, extra)...)
			} else {
				bad = append(bad, fmt.Sprintf("%s: field %q is not in the description", at, k))
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return append(bad, fmt.Sprintf("%s: %T, want an array", at, v))
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, x := range a {
				bad = append(bad, sp.check(fmt.Sprintf("%s[%d]", at, i), x, items)...)
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			bad = append(bad, fmt.Sprintf("%s: %T, want a string", at, v))
		}
	case "integer":
		if f, ok := v.(float64); !ok || f != float64(int64(f)) {
			bad = append(bad, fmt.Sprintf("%s: %v, want an integer", at, v))
		}
	case "number":
		if _, ok := v.(float64); !ok {
			bad = append(bad, fmt.Sprintf("%s: %T, want a number", at, v))
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			bad = append(bad, fmt.Sprintf("%s: %T, want a boolean", at, v))
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		bad = append(bad, fmt.Sprintf("%s: %v is not one of %v", at, v, enum))
	}
	return bad
}

// response is the description of a path's answer with a status and a
// content type.
func (sp spec) response(t *testing.T, path, status, ctype string) map[string]any {
	t.Helper()
	op, ok := sp.paths[path].(map[string]any)["get"].(map[string]any)
	if !ok {
		t.Fatalf("%s: no GET in the description", path)
	}
	r, ok := op["responses"].(map[string]any)[status].(map[string]any)
	if !ok {
		t.Fatalf("%s: status %s not described", path, status)
	}
	c, ok := r["content"].(map[string]any)[ctype].(map[string]any)
	if !ok {
		t.Fatalf("%s %s: content %s not described", path, status, ctype)
	}
	return c
}

// TestOpenAPI checks the description against the server: every API path
// the server routes is described (and nothing else), and real answers of
// each — JSON bodies, and each line of the JSON Lines exports — hold
// exactly what the description says, field by field at every depth.
func TestOpenAPI(t *testing.T) {
	sp := loadSpec(t)
	db, err := store.OpenReadOnly(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	srv, err := New(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	implemented := slices.Clone(srv.apiPaths)
	srv.Close()
	sort.Strings(implemented)
	var described []string
	for p := range sp.paths {
		described = append(described, p)
	}
	sort.Strings(described)
	if !slices.Equal(described, implemented) {
		t.Errorf("openapi.json describes %v, the server routes %v", described, implemented)
	}

	ts := newServer(t, Options{})
	m := getJSON(t, ts, "/api/v1/events?q=ostrzelala", 200)
	ev := m["events"].([]any)[0].(map[string]any)
	id := int(ev["global_id"].(float64))
	doc := ev["mentions"].([]any)[0].(map[string]any)["document"].(string)
	tested := map[string]bool{}
	checkJSON := func(path, url, status string) {
		t.Helper()
		tested[path] = true
		code := 0
		fmt.Sscan(status, &code)
		got := getJSON(t, ts, url, code)
		sch := sp.response(t, path, status, "application/json")["schema"].(map[string]any)
		for _, b := range sp.check(url, any(got), sch) {
			t.Error(b)
		}
	}
	checkJSON("/events", "/api/v1/events?limit=3", "200")
	checkJSON("/events", "/api/v1/events?limit=3&mentions=0", "200")
	checkJSON("/events", "/api/v1/events?quad=9", "400")
	checkJSON("/events/{id}", fmt.Sprintf("/api/v1/events/%d", id), "200")
	checkJSON("/events/{id}", "/api/v1/events/1", "200") // synthetic, with a place
	checkJSON("/events/{id}", "/api/v1/events/99999999", "404")
	checkJSON("/events/{id}/explain", fmt.Sprintf("/api/v1/events/%d/explain", id), "200")
	checkJSON("/events/{id}/explain", "/api/v1/events/1/explain", "200") // not found again
	checkJSON("/events/{id}/explain", "/api/v1/events/99999999/explain", "404")
	checkJSON("/documents/{id}", "/api/v1/documents/"+doc, "200")
	checkJSON("/documents/{id}", "/api/v1/documents/a.b", "400")
	checkJSON("/documents/{id}/analysis", "/api/v1/documents/"+doc+"/analysis", "200")
	checkJSON("/documents/{id}/analysis", "/api/v1/documents/nosuchdoc/analysis", "404")
	checkJSON("/counts", "/api/v1/counts?by=quad&interval=week", "200")
	checkJSON("/counts", "/api/v1/counts?by=x", "400")
	checkJSON("/network", "/api/v1/network", "200")
	checkJSON("/actors", "/api/v1/actors?q=RUS", "200")
	checkJSON("/actors", "/api/v1/actors", "400")
	checkJSON("/actors/{code}", "/api/v1/actors/RUS", "200")
	checkJSON("/actors/{code}", "/api/v1/actors/QQQQ", "404")
	checkJSON("/documents", "/api/v1/documents?limit=2", "200")
	checkJSON("/documents", "/api/v1/documents?cursor=x", "400")
	checkJSON("/openapi.json", "/api/v1/openapi.json", "200")
	for _, p := range []string{"/events.csv", "/events.gdelt.tsv", "/events.jsonl", "/events.plover.jsonl", "/mentions.gdelt.tsv", "/events.daily.tsv", "/export"} {
		checkJSON(p, "/api/v1"+p+"?type=lowercase", "400")
	}

	// The exports: the content type described, and each line of the
	// JSON Lines ones by its line schema.
	for _, c := range []struct{ path, url, ctype string }{
		{"/events.csv", "/api/v1/events.csv?limit=5", "text/csv"},
		{"/events.gdelt.tsv", "/api/v1/events.gdelt.tsv?limit=5", "text/tab-separated-values"},
		{"/mentions.gdelt.tsv", "/api/v1/mentions.gdelt.tsv?limit=5", "text/tab-separated-values"},
		{"/events.daily.tsv", "/api/v1/events.daily.tsv?type=ASSAULT", "text/tab-separated-values"},
		{"/events.jsonl", "/api/v1/events.jsonl?limit=40", "application/jsonl"},
		{"/events.jsonl", "/api/v1/events.jsonl?q=ostrzelala", "application/jsonl"},
		{"/events.plover.jsonl", "/api/v1/events.plover.jsonl?limit=40", "application/jsonl"},
		{"/events.plover.jsonl", "/api/v1/events.plover.jsonl?q=ostrzelala", "application/jsonl"},
		{"/export", "/api/v1/export?format=csv&limit=2", "text/plain"},
	} {
		resp, body := get(t, ts, c.url)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", c.url, resp.StatusCode, body)
		}
		desc := sp.response(t, c.path, "200", c.ctype)
		if c.ctype != "text/plain" && !strings.HasPrefix(resp.Header.Get("Content-Type"), c.ctype) {
			t.Errorf("%s: Content-Type %q, described %s", c.url, resp.Header.Get("Content-Type"), c.ctype)
		}
		line, ok := desc["x-line-schema"].(map[string]any)
		if !ok {
			continue
		}
		sc := bufio.NewScanner(strings.NewReader(body))
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			var v any
			if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
				t.Fatalf("%s line %d: %v", c.url, n+1, err)
			}
			n++
			for _, b := range sp.check(fmt.Sprintf("%s line %d", c.url, n), v, line) {
				t.Error(b)
			}
		}
		if n == 0 {
			t.Errorf("%s: no lines", c.url)
		}
	}
	for _, p := range described {
		if !tested[p] {
			t.Errorf("%s: no answer checked against the description", p)
		}
	}
}

// TestSpecCheckFails shows that the check finds what it should: each
// kind of mismatch between an answer and a schema.
func TestSpecCheckFails(t *testing.T) {
	sp := loadSpec(t)
	span := map[string]any{"$ref": "#/components/schemas/TextSpan"}
	for _, c := range []struct {
		name string
		v    any
		want string
	}{
		{"missing", map[string]any{"text": "a", "start": 1.0}, `"end" the description requires is missing`},
		{"extra", map[string]any{"text": "a", "start": 1.0, "end": 2.0, "x": 1.0}, `field "x" is not in the description`},
		{"type", map[string]any{"text": 1.0, "start": 1.0, "end": 2.0}, "want a string"},
		{"integer", map[string]any{"text": "a", "start": 1.5, "end": 2.0}, "want an integer"},
		{"null", nil, "does not say nullable"},
	} {
		bad := sp.check(c.name, c.v, span)
		if len(bad) != 1 || !strings.Contains(bad[0], c.want) {
			t.Errorf("%s: %v, want one error with %q", c.name, bad, c.want)
		}
	}
	if bad := sp.check("ok", map[string]any{"text": "a", "start": 1.0, "end": 2.0}, span); len(bad) != 0 {
		t.Errorf("a right span: %v", bad)
	}
}
