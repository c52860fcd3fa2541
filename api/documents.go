package api

import (
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"

	"github.com/kronika/kronika/store"
)

// documentsPage is one page of the documents list.
type documentsPage struct {
	Documents []store.DocPageItem `json:"documents"`
	Next      *string             `json:"next"` // cursor of the next page; null on the last
	Limit     int                 `json:"limit"`
}

func encodeDocCursor(row int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte("d1|" + strconv.FormatInt(row, 10)))
}

func decodeDocCursor(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	bad := badRequest("cursor %q is not one this server gave (use the next value of a previous page)", s)
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(s) > 100 {
		return 0, bad
	}
	n, ok := strings.CutPrefix(string(b), "d1|")
	row, err := strconv.ParseInt(n, 10, 64)
	if !ok || err != nil || row <= 0 {
		return 0, bad
	}
	return row, nil
}

// apiDocuments lists documents, the latest ingested first, by language,
// site, date and words of their sentences.
func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, []string{"lang", "source", "since", "until", "q", "limit", "cursor"}); err != nil {
		return err
	}
	// The event filter's checks of these parameters.
	ef, err := parseFilter(q, "lang")
	if err != nil {
		return err
	}
	f := store.DocPageFilter{Lang: ef.Lang, Source: ef.Source, Since: ef.Since, Until: ef.Until, Q: ef.Q}
	limit, err := intParam(q, "limit", DefaultLimit, 1, MaxLimit)
	if err != nil {
		return err
	}
	before, err := decodeDocCursor(q.Get("cursor"))
	if err != nil {
		return err
	}
	docs, err := s.db.DocumentPage(r.Context(), f, before, limit+1)
	if err != nil {
		return err
	}
	p := documentsPage{Documents: docs, Limit: limit}
	if len(docs) > limit {
		p.Documents = docs[:limit]
		n := encodeDocCursor(docs[limit-1].Row)
		p.Next = &n
	}
	return writeJSON(w, http.StatusOK, p)
}
