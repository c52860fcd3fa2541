package pl

import "strings"

// combiningForms returns the adjectives the first part of a compound
// adjective stands for: the adjective in "-ski", "-cki" whose stem it is,
// ending in "-o" ("polsko" → "polski", "niemiecko" → "niemiecki",
// "amerykańsko" → "amerykański"), and the few forms of another stem
// ("anglo" → "angielski", "austro" → "austriacki").
func combiningForms(part string) []string {
	w := strings.ToLower(part)
	switch w {
	case "anglo":
		return []string{"angielski"}
	case "austro":
		return []string{"austriacki"}
	}
	for _, e := range []string{"sko", "cko"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+1 {
			return []string{strings.TrimSuffix(w, "o") + "i"}
		}
	}
	return nil
}
