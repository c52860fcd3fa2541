// Command morphsuffix learns the ending rules of a Morfologik dictionary
// (see morph.LearnSuffixes) and writes them as TSV to standard output. The
// rules guess lemmas and tags of words the dictionary lacks.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/kronika/kronika/morph"
)

func main() {
	dictPath := flag.String("dict", "", "the .dict file")
	infoPath := flag.String("info", "", "the .info file (default: beside -dict)")
	maxLen := flag.Int("maxlen", 6, "longest ending, in letters")
	maxCommon := flag.Int("maxlen-common", 3, "longest ending of words whose lemma is not capitalised")
	minCount := flag.Int("mincount", 3, "fewest entries per ending")
	flag.Parse()
	if *dictPath == "" {
		fmt.Fprintln(os.Stderr, "usage: morphsuffix -dict FILE.dict [-info FILE.info] > suffixes.tsv")
		os.Exit(2)
	}
	if *infoPath == "" {
		*infoPath = (*dictPath)[:len(*dictPath)-len(".dict")] + ".info"
	}
	if err := run(*dictPath, *infoPath, *maxLen, *maxCommon, *minCount); err != nil {
		fmt.Fprintln(os.Stderr, "morphsuffix:", err)
		os.Exit(1)
	}
}

func run(dictPath, infoPath string, maxLen, maxCommon, minCount int) error {
	dict, err := os.ReadFile(dictPath)
	if err != nil {
		return err
	}
	info, err := os.ReadFile(infoPath)
	if err != nil {
		return err
	}
	d, err := morph.Load(dict, info)
	if err != nil {
		return fmt.Errorf("%s: %w", dictPath, err)
	}
	t, err := morph.LearnSuffixes(d, morph.LearnOptions{
		MaxLen:   maxLen,
		MinCount: minCount,
		MaxLenOf: func(class string) int {
			if class == "c" {
				return maxCommon
			}
			return maxLen
		},
	})
	if err != nil {
		return err
	}
	_, err = t.WriteTo(os.Stdout)
	return err
}
