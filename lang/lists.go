package lang

import (
	"fmt"
	"sort"
	"strings"
)

// Lists is a data file of named word lists, read by ParseLists: for each
// list name, its rows in file order.
type Lists map[string][]ListRow

// ListRow is one line of a list: the fields after the list name and the
// line number (for messages).
type ListRow struct {
	Fields []string
	Line   int
}

// ParseLists reads a data file of named word lists, one entry a line:
// "list<TAB>field<TAB>field…". kinds gives, for every list name the file
// may use, the number of fields its lines have after the name. A field
// may not be empty (files write "-" where a rule needs the empty string,
// and say so at their top). Blank lines and lines starting with # are
// skipped. Errors name the file and the line.
func ParseLists(name, data string, kinds map[string]int) (Lists, error) {
	out := Lists{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		want, ok := kinds[fields[0]]
		if !ok {
			names := make([]string, 0, len(kinds))
			for k := range kinds {
				names = append(names, k)
			}
			sort.Strings(names)
			return nil, fmt.Errorf("%s:%d: unknown list %q (want one of %s)", name, n+1, fields[0], strings.Join(names, ", "))
		}
		if len(fields)-1 != want {
			return nil, fmt.Errorf("%s:%d: list %s wants %d field(s) after its name, got %d in %q", name, n+1, fields[0], want, len(fields)-1, line)
		}
		for _, f := range fields[1:] {
			if strings.TrimSpace(f) != f || f == "" {
				return nil, fmt.Errorf("%s:%d: empty field or stray space in %q", name, n+1, line)
			}
		}
		out[fields[0]] = append(out[fields[0]], ListRow{Fields: fields[1:], Line: n + 1})
	}
	return out, nil
}

// Set returns the first fields of the rows of list as a set.
func (l Lists) Set(list string) map[string]bool {
	s := make(map[string]bool, len(l[list]))
	for _, r := range l[list] {
		s[r.Fields[0]] = true
	}
	return s
}

// Words returns the first fields of the rows of list, in file order.
func (l Lists) Words(list string) []string {
	w := make([]string, 0, len(l[list]))
	for _, r := range l[list] {
		w = append(w, r.Fields[0])
	}
	return w
}

// Map returns the rows of a two-field list as a map from the first field
// to the second.
func (l Lists) Map(list string) map[string]string {
	m := make(map[string]string, len(l[list]))
	for _, r := range l[list] {
		m[r.Fields[0]] = r.Fields[1]
	}
	return m
}
