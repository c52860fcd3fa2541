package lang

import (
	"fmt"
	"regexp"
	"strings"
)

// BoilerplateRule recognises a paragraph, or the start of a run of
// paragraphs, that is not article text.
type BoilerplateRule struct {
	Kind string // related, share, cookie, footer, ad, ...
	// Pattern matches the paragraph text; rules are compiled
	// case-insensitively.
	Pattern *regexp.Regexp
	// Block is true when the match opens a block: the short headline-like
	// paragraphs that follow belong to it too ("Czytaj też:" then links).
	Block bool
}

// ParseBoilerplate reads boilerplate rules: one rule a line, three fields
// separated by tabs: kind, "line" or "block", and a regular expression
// (RE2 syntax, matched case-insensitively against a paragraph). Blank lines
// and lines starting with # are skipped. Errors name the file and line.
func ParseBoilerplate(name, data string) ([]BoilerplateRule, error) {
	var rules []BoilerplateRule
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || f[0] == "" || f[2] == "" {
			return nil, fmt.Errorf("%s:%d: want \"kind<TAB>line|block<TAB>pattern\", got %q", name, n+1, line)
		}
		if f[1] != "line" && f[1] != "block" {
			return nil, fmt.Errorf("%s:%d: scope %q: want line or block", name, n+1, f[1])
		}
		re, err := regexp.Compile("(?i)" + f[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n+1, err)
		}
		rules = append(rules, BoilerplateRule{Kind: f[0], Pattern: re, Block: f[1] == "block"})
	}
	return rules, nil
}
