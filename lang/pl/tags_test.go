package pl

import (
	"reflect"
	"testing"
)

func TestParseTag(t *testing.T) {
	tag := ParseTag("adj:sg:nom.voc:m1.m2.m3:pos")
	if tag.Class != "adj" || !reflect.DeepEqual(tag.Get(Case), []string{"nom", "voc"}) ||
		!reflect.DeepEqual(tag.Get(Gender), []string{"m1", "m2", "m3"}) || tag.Get(Degree)[0] != "pos" {
		t.Errorf("got %+v", tag)
	}
	v := ParseTag("verb:praet:sg:m1.m2.m3:ter:perf:refl.nonrefl")
	if v.Class != "praet" || v.Get(Person)[0] != "ter" || len(v.Get(Reflexivity)) != 2 {
		t.Errorf("got %+v", v)
	}
	c := ParseTag("verb:pot:sg:f:pri:imperf")
	if c.Class != "praet" || !c.Cond {
		t.Errorf("conditional: %+v", c)
	}
	if n := len(ParseTags("subst:sg:acc:m1+subst:sg:gen:m1")); n != 2 {
		t.Errorf("+ readings: %d", n)
	}
	if u := ParseTag("subst:xx:sg").Unknown; len(u) != 1 || u[0] != "xx" {
		t.Errorf("unknown slot: %v", u)
	}
}

func TestExpandXPOS(t *testing.T) {
	tests := []struct {
		tag  string
		want []string
	}{
		{"subst:sg:acc:m1+subst:sg:gen:m1", []string{"subst:sg:acc:m1", "subst:sg:gen:m1"}},
		{"adj:sg:nom.voc:n1.n2:pos", []string{"adj:sg:nom:n:pos", "adj:sg:voc:n:pos"}},
		{"verb:praet:sg:m1.m2.m3:ter:perf:refl.nonrefl", []string{"praet:sg:m1:perf", "praet:sg:m2:perf", "praet:sg:m3:perf"}},
		{"verb:fin:sg:ter:imperf:nonrefl", []string{"fin:sg:ter:imperf"}},
		{"subst:pl:nom:p2", []string{"subst:pl:nom:n:pt"}},
		{"subst:pl:acc:p1", []string{"subst:pl:acc:m1:pt"}},
		{"prep:loc:nwok", []string{"prep:loc:nwok"}},
		{"qub", []string{"part"}},
		{"num:pl:nom.acc.voc:m2.m3.n2:congr", []string{"num:pl:nom:m2:congr:ncol", "num:pl:nom:m3:congr:ncol",
			"num:pl:nom:n:congr:ncol", "num:pl:acc:m2:congr:ncol", "num:pl:acc:m3:congr:ncol", "num:pl:acc:n:congr:ncol",
			"num:pl:voc:m2:congr:ncol", "num:pl:voc:m3:congr:ncol", "num:pl:voc:n:congr:ncol"}},
		{"ppron3:sg:gen:m1.m2.m3:ter:akc:praep", []string{"ppron3:sg:gen:m1:ter:akc:praep", "ppron3:sg:gen:m2:ter:akc:praep", "ppron3:sg:gen:m3:ter:akc:praep"}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range ParseTags(tt.tag) {
			for _, m := range r.Expand() {
				got = append(got, m.XPOS())
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.tag, got, tt.want)
		}
	}
}

func TestUD(t *testing.T) {
	tests := []struct {
		xpos, lemma string
		upos, feats string
	}{
		{"subst:sg:nom:m1", "mężczyzna", "NOUN", "Animacy=Hum|Case=Nom|Gender=Masc|Number=Sing"},
		{"subst:sg:gen:m1", "Putin", "PROPN", "Animacy=Hum|Case=Gen|Gender=Masc|Number=Sing"},
		{"subst:pl:acc:n:pt", "drzwi", "NOUN", "Case=Acc|Gender=Neut|Number=Ptan"},
		{"subst:sg:nom:n", "to", "PRON", "Case=Nom|Gender=Neut|Number=Sing|PronType=Dem"},
		{"adj:sg:gen:f:pos", "duży", "ADJ", "Case=Gen|Degree=Pos|Gender=Fem|Number=Sing"},
		{"adj:sg:nom:m1:pos", "który", "DET", "Animacy=Hum|Case=Nom|Gender=Masc|Number=Sing|PronType=Rel"},
		{"prep:loc:nwok", "w", "ADP", "AdpType=Prep|Variant=Short"},
		{"fin:sg:ter:imperf", "kucać", "VERB", "Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act"},
		{"fin:sg:ter:imperf", "być", "AUX", "Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act"},
		{"praet:sg:m1:perf", "stracić", "VERB", "Animacy=Hum|Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"},
		{"ppron3:sg:gen:m1:ter:akc:praep", "on", "PRON", "Animacy=Hum|Case=Gen|Gender=Masc|Number=Sing|Person=3|PrepCase=Pre|PronType=Prs|Variant=Long"},
		{"pact:sg:acc:m1:imperf:aff", "jechać", "ADJ", "Animacy=Hum|Aspect=Imp|Case=Acc|Gender=Masc|Number=Sing|Polarity=Pos|VerbForm=Part|Voice=Act"},
		{"ger:sg:acc:n:perf:aff", "podpisać", "NOUN", "Aspect=Perf|Case=Acc|Gender=Neut|Number=Sing|Polarity=Pos|VerbForm=Vnoun"},
		{"part", "się", "PRON", "PronType=Prs|Reflex=Yes"},
		{"part", "nie", "PART", "Polarity=Neg"},
		{"interp", ",", "PUNCT", "PunctType=Comm"},
		{"aglt:sg:pri:imperf:wok", "być", "AUX", "Aspect=Imp|Number=Sing|Person=1|Variant=Long"},
		{"imps:perf", "włożyć", "VERB", "Aspect=Perf|Mood=Ind|Person=0|Tense=Past|VerbForm=Fin|Voice=Act"},
	}
	for _, tt := range tests {
		m := ParseXPOS(tt.xpos)
		if x := m.XPOS(); x != tt.xpos {
			t.Errorf("ParseXPOS(%q).XPOS() = %q", tt.xpos, x)
		}
		u, f := m.UD(tt.lemma)
		if u != tt.upos || f != tt.feats {
			t.Errorf("%s %s: got %s %s, want %s %s", tt.xpos, tt.lemma, u, f, tt.upos, tt.feats)
		}
	}
}

// TestNounCollectivity checks the XPOS written on neuter nouns: the
// dictionary's n1 is collective ("dziecko", "oko"), n2 not ("okno"), and
// pluralia tantum carry ":pt" only.
func TestNounCollectivity(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Dziecko płacze .", "subst:sg:nom:n:col"},
		{"Okno jest otwarte .", "subst:sg:nom:n:ncol"},
		{"Drzwiami trzasnął .", "subst:pl:inst:n:pt"},
		{"Domem się zajmę .", "subst:sg:inst:m3"},
	}
	for _, tt := range tests {
		d := sentenceDoc(tt.sentence)
		Analyzer{}.Analyze(d, d.Tokens)
		if got := d.Tokens[0].XPOS; got != tt.want {
			t.Errorf("%q: XPOS %q, want %q", tt.sentence, got, tt.want)
		}
	}
	if m := ParseXPOS("subst:sg:gen:n:ncol"); m.NounCol != "ncol" || m.withNounCol(m.XPOS()) != "subst:sg:gen:n:ncol" {
		t.Errorf("ParseXPOS(subst:sg:gen:n:ncol) = %+v", m)
	}
}
