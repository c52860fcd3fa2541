package lang

import (
	"os"
	"strings"
	"testing"
)

func TestParseSpeechFiles(t *testing.T) {
	for _, name := range []string{"pl/speech_verbs.tsv", "en/speech_verbs.tsv"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		x, err := ParseSpeech(name, string(data))
		if err != nil {
			t.Fatal(err)
		}
		if x.Len() < 100 {
			t.Errorf("%s: only %d entries", name, x.Len())
		}
	}
}

func TestParseSpeech(t *testing.T) {
	x, err := ParseSpeech("s.tsv", "# c\nverb\tpowiedzieć powiedział powiedziała\nthat\tże iż\noption\tbareclause yes\noption\tprodrop no\nfirstend\tśmy\n")
	if err != nil {
		t.Fatal(err)
	}
	if x.Kind("powiedział")&SpeechVerb == 0 || x.Kind("powiedzieć") != 0 || x.LemmaKind("powiedzieć")&SpeechVerb == 0 {
		t.Error("verb line: the lemma must match lemmas only, the forms forms")
	}
	if x.Kind("iż")&ClauseIntro == 0 || !x.BareClause || x.ProDrop || x.NamedSpeaker {
		t.Error("that line or options not read")
	}
	if y, err := ParseSpeech("n.tsv", "option\tnamedspeaker yes\n"); err != nil || !y.NamedSpeaker || y.NoOneWord {
		t.Errorf("namedspeaker option: %v", err)
	}
	if y, err := ParseSpeech("o.tsv", "option\toneword no\n"); err != nil || !y.NoOneWord {
		t.Errorf("oneword option: %v", err)
	}
	if y, err := ParseSpeech("t.tsv", "option\tloneturn yes\n"); err != nil || !y.LoneTurn || x.LoneTurn {
		t.Errorf("loneturn option: %v", err)
	}
	if y, err := ParseSpeech("l.tsv", "title\tszef prezes rzecznik\nleader\tszef prezes\n"); err != nil ||
		y.Kind("prezes") != Title|Leader || y.Kind("rzecznik") != Title {
		t.Errorf("leader line: %v", err)
	}
	if y, err := ParseSpeech("p.tsv", "title\turzędniczka rzeczniczka\nperson\turzędniczka\n"); err != nil ||
		y.Kind("urzędniczka") != Title|PersonNoun || y.Kind("rzeczniczka") != Title {
		t.Errorf("person line: %v", err)
	}
	if y, err := ParseSpeech("b.tsv", "body\tprzewoźnik spółka\n"); err != nil || y.Kind("spółka") != BodyNoun {
		t.Errorf("body line: %v", err)
	}
	if y, err := ParseSpeech("d.tsv", "document\tkomunikat\n"); err != nil || y.Kind("komunikat") != DocNoun {
		t.Errorf("document line: %v", err)
	}
	if y, err := ParseSpeech("a.tsv", "nameend\tego emu\n"); err != nil ||
		y.BaseName("O'Leary'ego") != "O'Leary" || y.BaseName("Jeremy’emu") != "Jeremy" || y.BaseName("O'Leary") != "" || y.BaseName("'ego") != "" {
		t.Errorf("nameend line: %v", err)
	}
	if y, err := ParseSpeech("r.tsv", "role\tadwokat mecenas\nrole\trzecznik rzeczniczka\n"); err != nil ||
		!y.SameRole("adwokat", "mecenas") || y.SameRole("adwokat", "rzecznik") || y.SameRole("adwokat", "sędzia") || y.SameRole("sędzia", "prokurator") {
		t.Errorf("role lines: %v", err)
	}
	if y, err := ParseSpeech("c.tsv", "cite\tcytować cytuje\n"); err != nil || y.LemmaKind("cytować") != CiteVerb || y.Kind("cytuje") != CiteVerb || y.Kind("cytować") != 0 {
		t.Errorf("cite line: %v", err)
	}
	if y, err := ParseSpeech("e.tsv", "ending\tem m\n"); err != nil || y.Kind("em") != PersonEnding || y.Kind("m") != PersonEnding || y.Kind("emy") != 0 {
		t.Errorf("ending line: %v", err)
	}
	if !x.FirstPersonEnding("jesteśmy") || x.FirstPersonEnding("śmy") {
		t.Error("first-person endings")
	}
	for _, c := range []struct{ in, want string }{
		{"verb\n", "s.tsv:1: want"},
		{"# x\nnoun\tdom\n", "s.tsv:2: unknown kind"},
		{"verb\tPowiedział\n", "not lower case"},
		{"option\tbareclause maybe\n", "bad option"},
		{"option\tfoo yes\n", "unknown option"},
	} {
		if _, err := ParseSpeech("s.tsv", c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.in, err, c.want)
		}
	}
}
