package store

import "context"

// DocumentText returns the title and text of a stored document by its
// content hash, or ErrNoRow: what the event page shows around its
// evidence, in one prepared statement (DocumentByID also reads the
// document's sentences, entities and mentions).
func (s *Store) DocumentText(ctx context.Context, id string) (title, text string, err error) {
	rows, err := s.query(ctx, "SELECT title, text FROM documents WHERE id = ?", id)
	if err != nil {
		return "", "", err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return "", "", err
		}
		return "", "", ErrNoRow
	}
	if err := rows.Scan(&title, &text); err != nil {
		return "", "", err
	}
	return title, text, rows.Close()
}
