package ru

import "strings"

// combiningForms returns the adjectives the first part of a compound
// adjective stands for: the adjective in "-ский", "-цкий" whose stem it
// is, ending in "-о" ("российско" → "российский", "немецко" →
// "немецкий"), the adjective in "-ский" of a stem joined by "-о"
// ("американо" → "американский", "германо" → "германский"), and the few
// forms of another stem ("англо" → "английский", "франко" →
// "французский", "итало" → "итальянский").
func combiningForms(part string) []string {
	w := strings.ToLower(part)
	switch w {
	case "англо":
		return []string{"английский"}
	case "франко":
		return []string{"французский"}
	case "итало":
		return []string{"итальянский"}
	}
	stem, ok := strings.CutSuffix(w, "о")
	if !ok || len([]rune(stem)) < 3 {
		return nil
	}
	if strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк") {
		return []string{stem + "ий"}
	}
	return []string{stem + "ский"}
}
