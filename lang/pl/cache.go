package pl

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
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

// byIdentity is a direct-mapped front for a small string-keyed cache
// whose keys come again and again as the very same strings (a token's
// tag is one of the tagger's cached candidates): a slot is found from
// the address and length of the key, and a hit compares the two, not the
// bytes. A slot keeps its key alive, so another string with the same
// address and length while it is there has the same bytes (strings do not
// change); a string with the same bytes elsewhere only misses and is
// looked up the slow way. Slots are replaced whole, atomically: readers
// take no lock.
type byIdentity[V any] struct {
	slots [identSlots]atomic.Pointer[identEntry[V]]
}

const identBits = 12
const identSlots = 1 << identBits

type identEntry[V any] struct {
	key string
	v   V
}

func identSlot(k string) uint64 {
	h := uint64(uintptr(unsafe.Pointer(unsafe.StringData(k))))*0x9E3779B97F4A7C15 + uint64(len(k))
	return (h * 0x9E3779B97F4A7C15) >> (64 - identBits)
}

func (c *byIdentity[V]) load(k string) (V, bool) {
	if e := c.slots[identSlot(k)].Load(); e != nil && len(e.key) == len(k) && unsafe.StringData(e.key) == unsafe.StringData(k) {
		return e.v, true
	}
	var zero V
	return zero, false
}

// store puts k in its slot, in place of the key there before.
func (c *byIdentity[V]) store(k string, v V) {
	c.slots[identSlot(k)].Store(&identEntry[V]{key: k, v: v})
}
