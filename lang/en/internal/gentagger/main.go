// Command gentagger converts the trained weights of the English
// part-of-speech tagger shipped with github.com/jdkato/prose/v2 (an
// averaged perceptron over Penn Treebank tags, MIT licence) into Kronika's
// compact model file, lang/en/data/pos.model, read by lang/en/postag.go.
// It is the only program that imports prose; run it with `go generate` in
// lang/en.
//
// The file (all integers little-endian):
//
//	magic "KPOS", version uint16 (1)
//	classes:    count uint8, then per class: length uint8, bytes
//	emoticons:  count uint16, then per string: length uint8, bytes
//	link regexp, e-mail regexp: each length uint16, bytes
//	tag dictionary: count uint32, then per word (sorted): length uint8,
//	            bytes, class uint8
//	features:   count uint32 (F), entries uint32 (E), F feature hashes
//	            uint64 (FNV-1a 64 of the feature string, ascending), F entry
//	            counts uint8, E classes uint8, E weights float32
//	CRC-32 (IEEE) of everything before it, uint32
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"hash/crc32"
	"hash/fnv"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

func main() {
	out := flag.String("o", "data/pos.model", "output file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gentagger: ")

	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	decode("classes.gob", &classes)
	decode("tags.gob", &tags)
	decode("weights.gob", &weights)
	if len(classes) == 0 || len(classes) > 64 {
		log.Fatalf("%d classes; the model format holds 1 to 64", len(classes))
	}
	class := map[string]int{}
	for i, c := range classes {
		class[c] = i
	}
	emoticons := emoticonList()

	var b bytes.Buffer
	b.WriteString("KPOS")
	put(&b, uint16(1))
	put(&b, uint8(len(classes)))
	for _, c := range classes {
		str8(&b, c)
	}
	put(&b, uint16(len(emoticons)))
	for _, e := range emoticons {
		str8(&b, e)
	}
	str16(&b, commonregex.LinkPattern)
	str16(&b, commonregex.EmailPattern)

	words := make([]string, 0, len(tags))
	for w := range tags {
		words = append(words, w)
	}
	sort.Strings(words)
	put(&b, uint32(len(words)))
	for _, w := range words {
		c, ok := class[tags[w]]
		if !ok {
			log.Fatalf("tag %q of %q is not a class", tags[w], w)
		}
		str8(&b, w)
		put(&b, uint8(c))
	}

	type feature struct {
		hash    uint64
		classes []uint8
		weights []float32
	}
	feats := make([]feature, 0, len(weights))
	entries := 0
	for f, ws := range weights {
		h := fnv.New64a()
		h.Write([]byte(f))
		ft := feature{hash: h.Sum64()}
		cs := make([]string, 0, len(ws))
		for c := range ws {
			cs = append(cs, c)
		}
		sort.Slice(cs, func(i, j int) bool { return class[cs[i]] < class[cs[j]] })
		for _, c := range cs {
			k, ok := class[c]
			if !ok {
				log.Fatalf("feature %q: weight for unknown class %q", f, c)
			}
			w := ws[c]
			if math.Abs(w) > math.MaxFloat32 {
				log.Fatalf("feature %q: weight %g out of float32 range", f, w)
			}
			ft.classes = append(ft.classes, uint8(k))
			ft.weights = append(ft.weights, float32(w))
		}
		entries += len(cs)
		feats = append(feats, ft)
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].hash < feats[j].hash })
	for i := 1; i < len(feats); i++ {
		if feats[i].hash == feats[i-1].hash {
			log.Fatalf("two features share the hash %016x", feats[i].hash)
		}
	}
	put(&b, uint32(len(feats)))
	put(&b, uint32(entries))
	for _, f := range feats {
		put(&b, f.hash)
	}
	for _, f := range feats {
		put(&b, uint8(len(f.classes)))
	}
	for _, f := range feats {
		b.Write(f.classes)
	}
	for _, f := range feats {
		for _, w := range f.weights {
			put(&b, math.Float32bits(w))
		}
	}
	put(&b, crc32.ChecksumIEEE(b.Bytes()))

	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gentagger: %s: %d classes, %d dictionary words, %d features, %d weights, %d bytes\n",
		*out, len(classes), len(words), len(feats), entries, b.Len())
}

// decode reads one gob file of the tagger's model from prose's assets.
func decode(name string, v any) {
	data, err := prose.Asset("model/AveragedPerceptron/" + name)
	if err != nil {
		log.Fatal(err)
	}
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil {
		log.Fatalf("%s: %v", name, err)
	}
}

// emoticonList returns the emoticons prose's tagger tags SYM, read from the
// map literal named emoticons in the module's tokenize.go.
func emoticonList() []string {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v2").Output()
	if err != nil {
		log.Fatalf("go list: %v", err)
	}
	path := filepath.Join(strings.TrimSpace(string(dir)), "tokenize.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		log.Fatal(err)
	}
	var list []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "emoticons" || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			k, ok := kv.Key.(*ast.BasicLit)
			if !ok || k.Kind != token.STRING {
				continue
			}
			s, err := strconv.Unquote(k.Value)
			if err != nil {
				log.Fatal(err)
			}
			list = append(list, s)
		}
		return false
	})
	if len(list) == 0 {
		log.Fatalf("%s: no emoticons found", path)
	}
	sort.Strings(list)
	return list
}

func put(b *bytes.Buffer, v any) {
	if err := binary.Write(b, binary.LittleEndian, v); err != nil {
		log.Fatal(err)
	}
}

func str8(b *bytes.Buffer, s string) {
	if len(s) > math.MaxUint8 {
		log.Fatalf("string too long: %q", s)
	}
	put(b, uint8(len(s)))
	b.WriteString(s)
}

func str16(b *bytes.Buffer, s string) {
	if len(s) > math.MaxUint16 {
		log.Fatalf("string too long: %.40q", s)
	}
	put(b, uint16(len(s)))
	b.WriteString(s)
}
