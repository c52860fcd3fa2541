package en

import "strings"

// combiningForms returns the nationality adjectives that the Latin
// combining forms of English compounds stand for ("Sino-Russian",
// "Franco-German", "Anglo-Irish", "Russo-Ukrainian"). Other first parts
// are adjectives or names of states themselves ("Polish-German",
// "US-China") and need none.
func combiningForms(part string) []string {
	switch strings.ToLower(part) {
	case "sino":
		return []string{"Chinese"}
	case "franco":
		return []string{"French"}
	case "anglo":
		return []string{"British"}
	case "russo":
		return []string{"Russian"}
	case "italo":
		return []string{"Italian"}
	case "austro":
		return []string{"Austrian"}
	case "indo":
		return []string{"Indian"}
	case "turko":
		return []string{"Turkish"}
	case "greco":
		return []string{"Greek"}
	}
	return nil
}
