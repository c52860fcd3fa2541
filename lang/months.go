package lang

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseMonthNames reads the month names of a language as dates on web pages
// write them (months.tsv): one name a line, lower case, a tab, and the
// month's number (1-12). Blank lines and lines starting with # are skipped.
// Errors name the file and line.
func ParseMonthNames(name, data string) (map[string]int, error) {
	out := map[string]int{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, num, ok := strings.Cut(line, "\t")
		m, err := strconv.Atoi(num)
		if !ok || word == "" || word != strings.ToLower(word) || strings.ContainsAny(word, " \t") || err != nil || m < 1 || m > 12 {
			return nil, fmt.Errorf("%s:%d: want \"lower-case name<TAB>month 1-12\", got %q", name, n+1, line)
		}
		out[word] = m
	}
	return out, nil
}
