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

// formCache maps word forms to values, up to max forms of each kind
// (inside a sentence, first word), for the caches of analyses that every
// pass after the tagger reads.
type formCache[V any] struct {
	m   [2]growMap[string, V] // by "initial" (0: inside a sentence, 1: first word)
	max int
}

func (c *formCache[V]) load(form string, initial bool) (V, bool) {
	if initial {
		return c.m[1].load(form)
	}
	return c.m[0].load(form)
}

func (c *formCache[V]) store(form string, initial bool, v V) {
	k := 0
	if initial {
		k = 1
	}
	if _, ok := c.m[k].load(form); !ok {
		c.m[k].store(strings.Clone(form), v, c.max)
	}
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

// store puts k in its slot, in place of the key there before unless that
// is the same text at another address (two copies of one tag would take
// the slot in turns, each time a new entry).
func (c *byIdentity[V]) store(k string, v V) {
	s := &c.slots[identSlot(k)]
	if e := s.Load(); e != nil && e.key == k {
		return
	}
	s.Store(&identEntry[V]{key: k, v: v})
}

// growMap is a cache map that grows and never forgets, read on every
// token by several goroutines at once. Reads of what it has published
// take no lock and write nothing shared (a sync.RWMutex's read lock
// writes its counter, and two cores reading at once pass that cache
// line back and forth at every token); new entries wait in a small map
// behind a mutex until they are published in a new copy of the read map,
// when they are many enough or looked up often enough. A lookup that
// misses takes the mutex only while entries wait, and a store into a full
// map takes none (a full map publishes what waits): once a map is full or
// all published, as the caches are after the first documents, the words
// they do not hold cost no lock either. An entry, once in, keeps its
// value. The zero growMap is empty and ready to use.
type growMap[K comparable, V any] struct {
	read    atomic.Pointer[map[K]V] // never changed once published
	waiting atomic.Int64            // len(dirty), set under mu after dirty changes
	n       atomic.Int64            // entries in read and dirty, set under mu; it only grows

	mu    sync.Mutex
	dirty map[K]V // entries not in read yet
	hits  int     // lookups that found their key in dirty since the last publication
}

// growMap publishes its new entries when there are at least
// growPublishMin of them and half as many as read has, or when lookups
// have found them growPublishMin times and an eighth of read's size, or
// when the map is full.
const growPublishMin = 64

func (g *growMap[K, V]) load(k K) (V, bool) {
	r := g.read.Load()
	if r != nil {
		if v, ok := (*r)[k]; ok {
			return v, true
		}
	}
	if g.waiting.Load() == 0 {
		// Nothing waits: k is in no map, unless a publication came since
		// the look above (publish stores the new read map before it
		// empties dirty, so that map is the one read holds now).
		if r2 := g.read.Load(); r2 != r {
			v, ok := (*r2)[k]
			return v, ok
		}
		var zero V
		return zero, false
	}
	g.mu.Lock()
	// Published since the look above?
	if r := g.read.Load(); r != nil {
		if v, ok := (*r)[k]; ok {
			g.mu.Unlock()
			return v, true
		}
	}
	v, ok := g.dirty[k]
	if ok {
		g.hits++
		if g.hits >= growPublishMin && g.hits >= g.readLen()/8 {
			g.publish()
		}
	}
	g.mu.Unlock()
	return v, ok
}

// store adds k with v unless k is there already or the map holds max
// entries (0: no bound); it reports whether it added k.
func (g *growMap[K, V]) store(k K, v V, max int) bool {
	if max > 0 && g.n.Load() >= int64(max) {
		return false // full, and n never falls
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if r := g.read.Load(); r != nil {
		if _, ok := (*r)[k]; ok {
			return false
		}
	}
	if _, ok := g.dirty[k]; ok || max > 0 && g.n.Load() >= int64(max) {
		return false
	}
	if g.dirty == nil {
		g.dirty = map[K]V{}
	}
	g.dirty[k] = v
	g.waiting.Store(int64(len(g.dirty)))
	n := g.n.Add(1)
	if len(g.dirty) >= growPublishMin && len(g.dirty) >= g.readLen()/2 || max > 0 && n >= int64(max) {
		g.publish()
	}
	return true
}

// readLen returns the size of the published map.
func (g *growMap[K, V]) readLen() int {
	if r := g.read.Load(); r != nil {
		return len(*r)
	}
	return 0
}

// publish makes a new read map of read and dirty (g.mu held).
func (g *growMap[K, V]) publish() {
	old := g.read.Load()
	size := len(g.dirty)
	if old != nil {
		size += len(*old)
	}
	m := make(map[K]V, size)
	if old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	for k, v := range g.dirty {
		m[k] = v
	}
	g.read.Store(&m)
	g.dirty, g.hits = nil, 0
	g.waiting.Store(0) // after read: a lookup that sees 0 finds m there
}

// len returns the number of entries.
func (g *growMap[K, V]) len() int {
	return int(g.n.Load())
}
