package lang

import (
	"fmt"
	"io/fs"
)

// Load builds a language from the data files of its package, found in fsys
// (the package's embedded files): abbreviations.tsv, boilerplate.tsv,
// timex.tsv and speech_verbs.tsv, for a language that codes events,
// data/events.tsv and data/event-cues.tsv, and, where the language has
// them, months.tsv (month names on web pages) and head_titles.tsv (the
// titles of heads of state, when the actor base's titles are in the
// language), each described at its top. The analyzers
// (Morph, NER, LemmatizeName) are code, which the language package sets on
// the result. Errors name the file and line.
func Load(code, name string, fsys fs.FS) (*Language, error) {
	read := func(file string) (string, string, error) {
		data, err := fs.ReadFile(fsys, file)
		path := "lang/" + code + "/" + file
		if err != nil {
			return "", path, fmt.Errorf("%s: %w", path, err)
		}
		return string(data), path, nil
	}
	l := &Language{Code: code, Name: name}
	data, path, err := read("abbreviations.tsv")
	if err == nil {
		l.Abbrev, err = ParseAbbrev(path, data)
	}
	if err == nil {
		if data, path, err = read("boilerplate.tsv"); err == nil {
			l.Boilerplate, err = ParseBoilerplate(path, data)
		}
	}
	if err == nil {
		if data, path, err = read("timex.tsv"); err == nil {
			l.Timex, err = ParseTimex(path, data)
		}
	}
	if err == nil {
		if data, path, err = read("speech_verbs.tsv"); err == nil {
			l.Speech, err = ParseSpeech(path, data)
		}
	}
	if err == nil {
		l.Events, err = loadEvents(fsys, read)
	}
	if _, serr := fs.Stat(fsys, "months.tsv"); err == nil && serr == nil {
		if data, path, err = read("months.tsv"); err == nil {
			l.MonthNames, err = ParseMonthNames(path, data)
		}
	}
	if _, serr := fs.Stat(fsys, "head_titles.tsv"); err == nil && serr == nil {
		if data, path, err = read("head_titles.tsv"); err == nil {
			l.HeadTitles, err = ParseHeadTitles(path, data)
		}
	}
	if err != nil {
		return nil, err
	}
	return l, nil
}

// loadEvents reads data/events.tsv and data/event-cues.tsv when the
// language has them; a language without them codes no events.
func loadEvents(fsys fs.FS, read func(string) (string, string, error)) (*EventLexicon, error) {
	if _, err := fs.Stat(fsys, "data/events.tsv"); err != nil {
		return nil, nil
	}
	data, path, err := read("data/events.tsv")
	if err != nil {
		return nil, err
	}
	cues, cuesPath, err := read("data/event-cues.tsv")
	if err != nil {
		return nil, err
	}
	return ParseEvents(path, data, cuesPath, cues)
}

// MustLoad is Load for the data embedded in a language package: an error
// there is a programming error (the package's tests load the same files),
// so it panics.
func MustLoad(code, name string, fsys fs.FS) *Language {
	l, err := Load(code, name, fsys)
	if err != nil {
		panic(err)
	}
	return l
}
