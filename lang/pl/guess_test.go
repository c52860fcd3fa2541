package pl

import "testing"

func TestGuess(t *testing.T) {
	tests := []struct{ form, lemma, tagPrefix string }{
		{"Kima", "Kim", "subst:sg:"},
		{"Una", "Un", "subst:sg:"},
		{"Zełenskiego", "Zełenski", "subst:sg:"},
		{"Trumpa", "Trump", "subst:sg:"},
		{"Merza", "Merz", "subst:sg:"},
		{"Dzong", "Dzong", "subst:sg:"},
		{"Kim", "Kim", "subst:sg:nom"},
		{"Pjongjangu", "Pjongjang", "subst:sg:"},
		{"Scholza", "Scholz", "subst:sg:"},
		{"PiS-u", "PiS", "subst:sg:gen"},
		{"MSZ", "MSZ", "subst:sg:"},
		{"brexitu", "brexit", "subst:sg:"},
	}
	for _, tt := range tests {
		as := Guess(tt.form)
		if len(as) == 0 {
			t.Errorf("%s: no guess", tt.form)
			continue
		}
		if as[0].Lemma != tt.lemma || len(as[0].XPOS) < len(tt.tagPrefix) || as[0].XPOS[:len(tt.tagPrefix)] != tt.tagPrefix {
			t.Errorf("%s: best guess %s %s, want %s %s…", tt.form, as[0].Lemma, as[0].XPOS, tt.lemma, tt.tagPrefix)
		}
		for _, a := range as {
			if a.Source != FromGuess {
				t.Errorf("%s: %+v not marked as a guess", tt.form, a)
			}
		}
	}
	if as := Guess(""); len(as) != 0 {
		t.Errorf("Guess(\"\") = %v", as)
	}
}

func TestAnalyzeKnownNames(t *testing.T) {
	tests := []struct{ form, lemma, xpos, upos string }{
		{"Putina", "Putin", "subst:sg:gen:m1", "PROPN"},
		{"Władimira", "Władimir", "subst:sg:gen:m1", "PROPN"},
		{"odwiedził", "odwiedzić", "praet:sg:m1:perf", "VERB"},
		{"w", "w", "prep:loc:nwok", "ADP"},
		{"się", "się", "part", "PRON"},
		{"nie", "nie", "part", "PART"},
		{",", ",", "interp", "PUNCT"},
		{"2024", "2024", "dig", "NUM"},
	}
	for _, tt := range tests {
		as := Analyze(tt.form, false)
		if len(as) == 0 {
			t.Fatalf("%s: no analysis", tt.form)
		}
		a := as[0]
		u, _ := a.UD()
		if a.Lemma != tt.lemma || a.XPOS != tt.xpos || u != tt.upos {
			t.Errorf("%s: got %s %s %s, want %s %s %s", tt.form, a.Lemma, a.XPOS, u, tt.lemma, tt.xpos, tt.upos)
		}
	}
}
