package eval

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
)

// What the reports of kronika eval share when they are written out.

// marshalReport writes a report as one JSON object: "schema" first (when
// schema is not ""), then the fields of plain (the report converted to a
// type without a MarshalJSON method), then "errors", the report's errors
// as strings ([] when there are none).
func marshalReport(schema string, plain any, errs []error) ([]byte, error) {
	body, err := marshal(plain)
	if err != nil {
		return nil, err
	}
	if len(body) < 2 || body[0] != '{' || body[len(body)-1] != '}' {
		return nil, fmt.Errorf("eval: a %T is not written as a JSON object", plain)
	}
	msgs := make([]string, 0, len(errs))
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	tail, err := marshal(msgs)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteByte('{')
	if schema != "" {
		s, err := marshal(schema)
		if err != nil {
			return nil, err
		}
		b.WriteString(`"schema":`)
		b.Write(s)
		b.WriteByte(',')
	}
	if fields := body[1 : len(body)-1]; len(fields) > 0 {
		b.Write(fields)
		b.WriteByte(',')
	}
	b.WriteString(`"errors":`)
	b.Write(tail)
	b.WriteByte('}')
	return b.Bytes(), nil
}

// writeShares prints a line per key of shares, sorted: two spaces, the key
// padded to ten columns, a space and the share.
func writeShares(w io.Writer, shares map[string]*Acc) {
	for _, k := range slices.Sorted(maps.Keys(shares)) {
		fmt.Fprintf(w, "  %-10s %s\n", k, shares[k])
	}
}

// writeList prints a heading with the number of items ("title (3):"), then
// the items, one per line, indented by two spaces.
func writeList(w io.Writer, title string, items []string) error {
	_, err := fmt.Fprintf(w, "%s (%d):\n", title, len(items))
	for _, it := range items {
		if err != nil {
			break
		}
		_, err = fmt.Fprintln(w, "  "+it)
	}
	return err
}
