package en

import "testing"

func TestEnglishLemma(t *testing.T) {
	for _, c := range []struct{ form, tag, want string }{
		{"visited", "VBD", "visit"},
		{"agreed", "VBD", "agree"},
		{"praised", "VBD", "praise"},
		{"released", "VBN", "release"},
		{"invaded", "VBD", "invade"},
		{"negotiated", "VBD", "negotiate"},
		{"expelled", "VBD", "expel"},
		{"offered", "VBD", "offer"},
		{"welcomed", "VBD", "welcome"},
		{"ties", "NNS", "tie"},
		{"fought", "VBD", "fight"},
		{"forgave", "VBD", "forgive"},
		{"met", "VBD", "meet"},
		{"held", "VBN", "hold"},
		{"struck", "VBD", "strike"},
		{"seized", "VBD", "seize"},
		{"freed", "VBD", "free"},
		{"sanctioned", "VBD", "sanction"},
		{"fled", "VBD", "flee"},
		{"led", "VBD", "lead"},
		{"bombed", "VBD", "bomb"},
		{"shelled", "VBD", "shell"},
		{"accused", "VBD", "accuse"},
		{"denied", "VBD", "deny"},
		{"urged", "VBD", "urge"},
		{"stopped", "VBD", "stop"},
		{"hoping", "VBG", "hope"},
		{"hoped", "VBD", "hope"},
		{"hopping", "VBG", "hop"},
		{"making", "VBG", "make"},
		{"dying", "VBG", "die"},
		{"died", "VBD", "die"},
		{"countries", "NNS", "country"},
		{"crises", "NNS", "crisis"},
		{"analyses", "NNS", "analysis"},
		{"bases", "NNS", "base"},
		{"boxes", "NNS", "box"},
		{"movies", "NNS", "movie"},
		{"spokesmen", "NNS", "spokesman"},
		{"troops", "NNS", "troop"},
		{"news", "NNS", "news"},
		{"leaves", "NNS", "leaf"},
		{"added", "VBD", "add"},
		{"called", "VBD", "call"},
		{"used", "VBN", "use"},
		{"agrees", "VBZ", "agree"},
		{"ties", "VBZ", "tie"},
		{"pushes", "VBZ", "push"},
		{"studies", "VBZ", "study"},
		{"larger", "JJR", "large"},
		{"bigger", "JJR", "big"},
		{"latest", "JJS", "late"},
		{"lay", "VB", "lay"},
		{"n't", "RB", "not"},
		{"'s", "VBZ", "be"},
		{"'s", "POS", "'s"},
		{"ca", "MD", "can"},
		{"would", "MD", "will"}, // the convention lang/en/data/event-cues.tsv relies on
		{"Turkish", "JJ", "Turkish"},
	} {
		if got := englishLemma(c.form, c.tag); got != c.want {
			t.Errorf("englishLemma(%q, %s) = %q, want %q", c.form, c.tag, got, c.want)
		}
	}
}

func TestAnalyzeLemmas(t *testing.T) {
	for text, want := range map[string]string{
		"Russia visited Ukraine.":                           "Russia/PROPN visit/VERB Ukraine/PROPN ./PUNCT",
		"The ministers agreed and praised the deal.":        "the/DET minister/NOUN agree/VERB and/CCONJ praise/VERB the/DET deal/NOUN ./PUNCT",
		"The rebels withdrew from the city.":                "the/DET rebel/NOUN withdraw/VERB from/ADP the/DET city/NOUN ./PUNCT",
		"He forgave them.":                                  "he/PRON forgive/VERB them/PRON ./PUNCT",
		"The army has fought the rebels for years.":         "the/DET army/NOUN have/AUX fight/VERB the/DET rebel/NOUN for/ADP year/NOUN ./PUNCT",
		"Officials welcomed the envoy and expressed hopes.": "official/NOUN welcome/VERB the/DET envoy/NOUN and/CCONJ express/VERB hope/NOUN ./PUNCT",
		"They found the bodies.":                            "they/PRON find/VERB the/DET body/NOUN ./PUNCT",
		"Donald Tusk spoke by phone with Macron.":           "Donald/PROPN Tusk/PROPN speak/VERB by/ADP phone/NOUN with/ADP Macron/PROPN ./PUNCT",
	} {
		d, toks := sentence(text)
		Analyzer{}.Analyze(d, toks)
		var got string
		for i, tk := range toks {
			if i > 0 {
				got += " "
			}
			got += tk.Lemma + "/" + tk.UPOS
		}
		if got != want {
			t.Errorf("%s\n got %s\nwant %s", text, got, want)
		}
	}
}

func TestLemmaLexicon(t *testing.T) {
	l := lemmaLexicon()
	if len(l.classes) < 4000 {
		t.Errorf("lexicon has %d lemmas", len(l.classes))
	}
	for w, class := range map[string]uint8{"negotiate": classV, "visit": classV, "soldier": classN, "crisis": classN} {
		if l.classes[w]&class == 0 {
			t.Errorf("%q lacks class %b", w, class)
		}
	}
	if pastForms["withdrew"] != "VBD" || pastForms["forgiven"] != "VBN" {
		t.Errorf("pastForms: withdrew %q, forgiven %q", pastForms["withdrew"], pastForms["forgiven"])
	}
	if l.classes["forgave"] != 0 {
		t.Error("forgave is listed as a lemma")
	}
}
