package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// The state of followed feeds (kronika ingest --follow): each feed's
// validators for a conditional request, and every item fetched, so that
// no item is fetched twice. Writes go through the writer connection and
// so into the transaction Add has open: an item is marked in the same
// commit as its documents.

// FeedState returns the validators (ETag, Last-Modified) stored for a
// feed, empty when it was never polled.
func (s *Store) FeedState(ctx context.Context, url string) (etag, lastModified string, err error) {
	w, err := s.prepare(ctx)
	if err != nil {
		return "", "", err
	}
	err = w.conn.QueryRowContext(ctx, "SELECT etag, last_modified FROM feeds WHERE url = ?", url).Scan(&etag, &lastModified)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return etag, lastModified, err
}

// SetFeedState records a feed's validators and the time of the poll.
func (s *Store) SetFeedState(ctx context.Context, url, etag, lastModified string) error {
	w, err := s.prepare(ctx)
	if err != nil {
		return err
	}
	_, err = w.conn.ExecContext(ctx, `INSERT INTO feeds(url, etag, last_modified, polled_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled_at = excluded.polled_at`,
		url, etag, lastModified, s.now().UTC().Format(time.RFC3339))
	return err
}

// SeenFeedItem reports whether an item (by its id, or its link) was
// fetched already.
func (s *Store) SeenFeedItem(ctx context.Context, id, link string) (bool, error) {
	w, err := s.prepare(ctx)
	if err != nil {
		return false, err
	}
	var seen bool
	err = w.conn.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM feed_items WHERE id = ?)
		OR ? <> '' AND EXISTS(SELECT 1 FROM feed_items WHERE link = ?)`, id, link, link).Scan(&seen)
	return seen, err
}

// MarkFeedItem records an item as fetched.
func (s *Store) MarkFeedItem(ctx context.Context, id, feed, link string) error {
	w, err := s.prepare(ctx)
	if err != nil {
		return err
	}
	_, err = w.conn.ExecContext(ctx, `INSERT INTO feed_items(id, feed, link, fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
		id, feed, link, s.now().UTC().Format(time.RFC3339))
	return err
}
