package ingest

// Page dates written with a month's name use the month names of the
// registered languages (lang.Language.MonthNames).
import (
	_ "github.com/kronika/kronika/lang/en"
	_ "github.com/kronika/kronika/lang/pl"
)
