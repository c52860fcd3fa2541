package en

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math"
	"strings"
	"testing"

	"github.com/kronika/kronika/segment"
)

func TestPOSSentences(t *testing.T) {
	m, err := posTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ words, want string }{
		{"The ministers said Turkey 's leaders were making bigger plans .",
			"DT NNS VBD NNP POS NNS VBD VBG JJR NNS ."},
		{"He did n't go to Washington on Monday , officials said .",
			"PRP VBD RB VB TO NNP IN NNP , NNS VBD ."},
		{"In 2024 , the U.S. imposed sanctions on 14 Russian banks .",
			"IN CD , DT NNP JJ NNS IN CD JJ NNS ."}, // as prose: "imposed" JJ
		{"“ We will not retreat , ” she told reporters at www.voanews.com .",
			"NN PRP MD RB VB , VB PRP VBD NNS IN NN ."}, // straight quotes are not in the training data
		{"A well-known 0 - * -LRB- test", "DT JJ -NONE- - -NONE- -LRB- NN"},
	} {
		got := m.tagWords(strings.Fields(tc.words))
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.words, strings.Join(got, " "), tc.want)
		}
	}
}

func TestPOSNormalize(t *testing.T) {
	b := new(posBuf)
	for w, want := range map[string]string{
		"well-known": "!HYPHEN", "-5": "-5", "1999": "!YEAR", "+123": "!YEAR", "12345": "!DIGITS",
		"3rd": "!DIGITS", "Kraków": "kraków", "ŁÓDŹ": "łódź", "USA": "usa", "--": "--",
	} {
		b.reset()
		b.addWord(w)
		b.normalize(0)
		s := b.ctx[0]
		if got := string(b.text[s[0]:s[1]]); got != want {
			t.Errorf("normalize(%q) = %q, want %q", w, got, want)
		}
	}
	b.reset()
	b.addWord("don’t “x” &rsquo;")
	if got := string(b.word(0)); got != `don't "x" '` {
		t.Errorf("addWord: %q", got)
	}
}

func TestPOSSpecial(t *testing.T) {
	for w, want := range map[string]bool{
		"0": true, "*": true, "*T*": true, "*?*": true, "*-1": true, "*-123": true, "*EXP*-2": true,
		"*-1234": false, "**": false, "*ab*": false, "00": false, "*A*-": false, "x": false,
	} {
		if emptyElement([]byte(w)) != want {
			t.Errorf("emptyElement(%q) = %v", w, !want)
		}
	}
}

func TestPOSTagAllocs(t *testing.T) {
	m, err := posTagger()
	if err != nil {
		t.Fatal(err)
	}
	d, toks := sentence("Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that Ankara would retaliate if the U.S. Senate imposed sanctions over the purchase of Russian missiles.")
	b := new(posBuf)
	run := func() {
		b.reset()
		for _, tk := range toks {
			b.addWord(d.Text[tk.Start:tk.End])
		}
		m.tag(b)
	}
	run()
	if n := testing.AllocsPerRun(100, run); n != 0 {
		t.Errorf("%v allocations per sentence", n)
	}
}

func TestPOSModelCorrupt(t *testing.T) {
	if _, err := loadPOSModel(posModelData); err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(posModelData)
	bad[len(bad)/2] ^= 1
	if _, err := loadPOSModel(bad); err == nil {
		t.Error("a changed byte was not noticed")
	}
	body := posModelData[:len(posModelData)-4]
	for _, n := range []int{0, 3, 4, 6, 7, 100, 5000, len(body) / 2, len(body) - 1} {
		if _, err := parsePOSModel(body[:n]); err == nil {
			t.Errorf("model cut at %d bytes read without error", n)
		}
	}
}

// tinyPOSModel builds a small valid model file (without its checksum):
// two classes, one dictionary word, two features.
func tinyPOSModel() []byte {
	var b []byte
	str8 := func(s string) { b = append(append(b, byte(len(s))), s...) }
	str16 := func(s string) { b = append(binary.LittleEndian.AppendUint16(b, uint16(len(s))), s...) }
	b = append(b, "KPOS"...)
	b = binary.LittleEndian.AppendUint16(b, posVersion)
	b = append(b, 2)
	str8("NN")
	str8("DT")
	b = binary.LittleEndian.AppendUint16(b, 1)
	str8(":-)")
	str16(`x\.y`)
	str16(`a@b`)
	b = binary.LittleEndian.AppendUint32(b, 1)
	str8("the")
	b = append(b, 1)
	b = binary.LittleEndian.AppendUint32(b, 2)
	b = binary.LittleEndian.AppendUint32(b, 3)
	b = binary.LittleEndian.AppendUint64(b, hBias)
	b = binary.LittleEndian.AppendUint64(b, fnvString(hWord, "test"))
	b = append(b, 2, 1, 0, 1, 0)
	for _, w := range []float32{0.5, -0.5, 2} {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	return b
}

func TestPOSTinyModel(t *testing.T) {
	m, err := parsePOSModel(tinyPOSModel())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.tagWords([]string{"the", "test", "x", ":-)"}), " "); got != "DT NN NN SYM" {
		t.Errorf("tiny model: %s", got)
	}
}

func FuzzPOSModel(f *testing.F) {
	tiny := tinyPOSModel()
	f.Add(tiny)
	f.Add(binary.LittleEndian.AppendUint32(bytes.Clone(tiny), crc32.ChecksumIEEE(tiny)))
	f.Add(posModelData[:300])
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parsePOSModel(b)
		if err == nil {
			m.tagWords([]string{"A", "test", ".", "the", "0"})
		}
		loadPOSModel(b)
	})
}

func BenchmarkPOSLoad(b *testing.B) {
	for range b.N {
		if _, err := loadPOSModel(posModelData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPOSTag(b *testing.B) {
	m, _ := posTagger()
	d, toks := sentence("Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that Ankara would retaliate if the U.S. Senate imposed sanctions over the purchase of Russian missiles.")
	pb := new(posBuf)
	b.ResetTimer()
	for range b.N {
		pb.reset()
		for _, tk := range toks {
			pb.addWord(d.Text[tk.Start:tk.End])
		}
		m.tag(pb)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func TestPOSPennWords(t *testing.T) {
	for _, tc := range []struct{ text, words, tags string }{
		{`He said “it’s done” and they can’t — not yet.`,
			"He said `` it 's done '' and they ca n't -- not yet .",
			"PRP VBD `` PRP VBN '' CC PRP MD : RB RB ."},
		{`The group's "senior" leaders won't go.`,
			"The group 's `` senior '' leaders wo n't go .",
			"DT NN `` JJ '' NNS MD VB ."},
	} {
		d := segment.Text(tc.text, New())
		toks := d.SentenceTokens(0)
		b := new(posBuf)
		b.addTokens(d, toks)
		var words []string
		for i := range b.words {
			words = append(words, string(b.word(i)))
		}
		if got := strings.Join(words, " "); got != tc.words {
			t.Errorf("%s\n words %s\n want  %s", tc.text, got, tc.words)
		}
		Analyzer{}.Analyze(d, toks)
		var tags []string
		for _, tk := range toks {
			tags = append(tags, tk.XPOS)
		}
		if got := strings.Join(tags, " "); got != tc.tags {
			t.Errorf("%s\n tags %s\n want %s", tc.text, got, tc.tags)
		}
	}
}
