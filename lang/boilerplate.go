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
	Scope   Scope
}

// Scope says how much text a boilerplate rule covers when it matches.
type Scope uint8

const (
	// WholeParagraph rules make the paragraph they match in boilerplate.
	WholeParagraph Scope = iota
	// MatchOnly rules make only the matched text boilerplate ("Czytaj
	// więcej w raporcie:" before the article text goes on).
	MatchOnly
	// OpensBlock rules start boilerplate at the match that runs to the end
	// of the paragraph and over the short headline-like paragraphs after
	// it ("Czytaj też:" followed by linked headlines).
	OpensBlock
)

var scopes = map[string]Scope{"paragraph": WholeParagraph, "match": MatchOnly, "block": OpensBlock}

// ParseBoilerplate reads boilerplate rules: one rule a line, three fields
// separated by tabs: kind, scope ("paragraph", "match" or "block", see
// Scope), and a regular expression (RE2 syntax, matched case-insensitively
// against a paragraph). Blank lines and lines starting with # are skipped.
// Errors name the file and line.
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
		scope, ok := scopes[f[1]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: scope %q: want paragraph, match or block", name, n+1, f[1])
		}
		re, err := regexp.Compile("(?i)" + f[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n+1, err)
		}
		rules = append(rules, BoilerplateRule{Kind: f[0], Pattern: re, Scope: scope})
	}
	return rules, nil
}
