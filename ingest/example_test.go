package ingest_test

import (
	"fmt"

	"github.com/kronika/kronika/ingest"
)

func ExampleRead() {
	data := []byte(" date 2024-07\n\nDelegacja w Gdańsku\n\nPrzedstawiciele rządu spotkali się w piątek z władzami miasta.\n")
	docs, errs := ingest.Read("gdansk.txt", data)
	if len(errs) > 0 {
		fmt.Println(errs)
		return
	}
	d := docs[0]
	fmt.Println(d.Format, d.Date, d.Title)
	for _, b := range d.Blocks {
		fmt.Printf("%s %d-%d %q\n", b.Kind, b.Start, b.End, d.Text[b.Start:b.End])
	}
	// Output:
	// text 2024-07 Delegacja w Gdańsku
	// header 0-13 " date 2024-07"
	// title 15-35 "Delegacja w Gdańsku"
}

func ExampleExpand() {
	inputs, errs := ingest.Expand([]string{"-", "https://example.org/article.html", "testdata/missing.txt"})
	fmt.Println(inputs)
	fmt.Println(errs)
	// Output:
	// [- https://example.org/article.html]
	// [testdata/missing.txt: no such file or directory]
}
