package timex_test

import (
	"fmt"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/timex"
)

// The event coder takes a calendar date from a time: a week becomes the
// month of its Thursday, a range what its ends share, and a duration
// nothing.
func ExampleEventDate() {
	for _, t := range []doc.Time{
		{Value: "2024-06-19", Type: "DATE", Precision: "day"},
		{Value: "2024-W25", Type: "DATE", Precision: "week"},
		{Value: "2024-05-17/2024-05-18", Type: "DATE", Precision: "day"},
		{Value: "PT2H", Type: "DURATION"},
	} {
		fmt.Printf("%q\n", timex.EventDate(t))
	}
	// Output:
	// "2024-06-19"
	// "2024-06"
	// "2024-05"
	// ""
}
