package lang

import (
	"fmt"
	"strings"
)

// ParseHeadTitles reads a list of the titles of heads of state or
// government (head_titles.tsv): one title a line, lower case, words
// separated by single spaces. Blank lines and lines starting with # are
// skipped. Errors name the file and line.
func ParseHeadTitles(name, data string) (map[string]bool, error) {
	out := map[string]bool{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if line != strings.ToLower(line) || strings.Join(strings.Fields(line), " ") != line {
			return nil, fmt.Errorf("%s:%d: want a lower-case title, words separated by single spaces, got %q", name, n+1, line)
		}
		out[line] = true
	}
	return out, nil
}
