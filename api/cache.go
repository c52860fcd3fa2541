package api

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

// respCache keeps recent successful JSON answers by request (path and
// query in a canonical order). The server never writes the database, but
// another process may (kronika ingest beside kronika serve): every lookup
// first reads SQLite's data_version, and a change empties the cache, so
// an answer is never older than the last commit.
type respCache struct {
	mu      sync.Mutex
	version int64
	m       map[string]*cached
	order   []string // keys in insertion order, for eviction
	size    int      // bytes held
	max     int      // bytes at most
	hits    int64
	misses  int64
}

type cached struct {
	body  []byte
	ctype string
	lang  string // Content-Language of a page, "" for JSON
}

// maxCachedBody is the largest answer kept.
const maxCachedBody = 1 << 20

func newRespCache(maxBytes int) *respCache {
	return &respCache{m: map[string]*cached{}, max: maxBytes}
}

// cacheKey is the request's path and its parameters sorted, after the
// interface language for a page (which Accept-Language may choose).
func cacheKey(r *http.Request) string {
	q := r.URL.Query()
	k := r.URL.Path + "?" + url.Values(q).Encode()
	if !strings.HasPrefix(r.URL.Path, "/api/") {
		k = uiLang(r) + " " + k
	}
	return k
}

// get returns the answer stored under key at database version v.
func (c *respCache) get(key string, v int64) *cached {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.version {
		c.m, c.order, c.size, c.version = map[string]*cached{}, nil, 0, v
	}
	e := c.m[key]
	if e == nil {
		c.misses++
	} else {
		c.hits++
	}
	return e
}

// put stores an answer computed at database version v.
func (c *respCache) put(key string, v int64, e *cached) {
	if len(e.body) > maxCachedBody {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.version {
		return // the database changed while the answer was computed
	}
	if _, ok := c.m[key]; ok {
		return
	}
	for c.size+len(e.body) > c.max && len(c.order) > 0 {
		old := c.order[0]
		c.order = c.order[1:]
		if o, ok := c.m[old]; ok {
			c.size -= len(o.body)
			delete(c.m, old)
		}
	}
	c.m[key] = e
	c.order = append(c.order, key)
	c.size += len(e.body)
}

// captureWriter passes a response through and keeps a copy of its body.
type captureWriter struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
	over   bool
}

func (w *captureWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *captureWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	if !w.over {
		if w.buf.Len()+len(b) > maxCachedBody {
			w.over = true
			w.buf = bytes.Buffer{}
		} else {
			w.buf.Write(b)
		}
	}
	return w.ResponseWriter.Write(b)
}

// cachedHandler answers from the cache when it can, else runs h and
// keeps a 200 answer (JSON, or a page's HTML).
func (s *Server) cachedHandler(h http.Handler) http.Handler {
	if s.cache == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
		v, err := s.version.Get(ctx)
		cancel()
		if err != nil {
			h.ServeHTTP(w, r) // no version, no cache
			return
		}
		key := cacheKey(r)
		if e := s.cache.get(key, v); e != nil {
			hd := w.Header()
			hd.Set("Content-Type", e.ctype)
			if e.lang != "" {
				hd.Set("Content-Language", e.lang)
				hd.Set("Vary", "Accept-Language")
			}
			hd.Set("Cache-Control", "no-store")
			hd.Set("X-Kronika-Cache", "hit")
			w.WriteHeader(http.StatusOK)
			if r.Method != http.MethodHead {
				w.Write(e.body)
			}
			return
		}
		cw := &captureWriter{ResponseWriter: w}
		w.Header().Set("X-Kronika-Cache", "miss")
		h.ServeHTTP(cw, r)
		if cw.status == http.StatusOK && !cw.over && r.Method == http.MethodGet {
			s.cache.put(key, v, &cached{body: bytes.Clone(cw.buf.Bytes()), ctype: w.Header().Get("Content-Type"),
				lang: w.Header().Get("Content-Language")})
		}
	})
}
