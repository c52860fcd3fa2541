package pl

import (
	"strings"
	"sync"
	"sync/atomic"
)

// readMostly is a map for small key sets that are read on every token
// and written only the first time a key is met (tags, tag and lemma
// classes): reads take no lock and, unlike sync.Map with a string key,
// allocate nothing; a write copies the map.
type readMostly[K comparable, V any] struct {
	p  atomic.Pointer[map[K]V]
	mu sync.Mutex
}

func (r *readMostly[K, V]) load(k K) (V, bool) {
	if m := r.p.Load(); m != nil {
		v, ok := (*m)[k]
		return v, ok
	}
	var zero V
	return zero, false
}

func (r *readMostly[K, V]) store(k K, v V) {
	r.mu.Lock()
	defer r.mu.Unlock()
	old := r.p.Load()
	n := map[K]V{}
	if old != nil {
		if _, ok := (*old)[k]; ok {
			return
		}
		n = make(map[K]V, len(*old)+1)
		for a, b := range *old {
			n[a] = b
		}
	}
	n[k] = v
	r.p.Store(&n)
}

// formCache maps word forms to values, up to max forms, for the caches
// of analyses that every pass after the tagger reads.
type formCache[V any] struct {
	mu  sync.RWMutex
	m   [2]map[string]V // by "initial" (0: inside a sentence, 1: first word)
	max int
}

func (c *formCache[V]) load(form string, initial bool) (V, bool) {
	k := 0
	if initial {
		k = 1
	}
	c.mu.RLock()
	v, ok := c.m[k][form]
	c.mu.RUnlock()
	return v, ok
}

func (c *formCache[V]) store(form string, initial bool, v V) {
	k := 0
	if initial {
		k = 1
	}
	c.mu.Lock()
	if c.m[k] == nil {
		c.m[k] = map[string]V{}
	}
	if len(c.m[0])+len(c.m[1]) < c.max {
		if _, ok := c.m[k][form]; !ok {
			c.m[k][strings.Clone(form)] = v
		}
	}
	c.mu.Unlock()
}
