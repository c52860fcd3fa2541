package en

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// markLists marks the noun phrases of a list written with commas as
// coordinated with its first: "Mordor, Rohan, Fornost and Bree", "Evil
// Mordor, the awful Fornost, and good Gondor". The chunker marks only a
// phrase right after "and"/"or"; here, when such a phrase closes a run
// of phrases separated by single commas (with or without a comma before
// the conjunction), each phrase of the run after the first is marked too,
// with the first's preposition. A run not closed by a conjunction is an
// apposition ("Dagolath, its biggest trading partner,") and stays as it
// is, and so does an opening prepositional phrase ("In Paris, France and
// Germany signed"). The phrases of sentence sent are d.Phrases[from:].
func markLists(d *doc.Document, sent, from int) {
	markLinked(d, from)
	ph := d.Phrases
	for k := from; k < len(ph); k++ {
		if ph[k].Kind != doc.NounPhrase {
			continue
		}
		if ph[k].Prep != "" && openingAdverbial(d, sent, ph[k].End) {
			// an opening adverbial: "In Paris, France and Germany signed",
			// "With the signing of the accord, the government and the
			// rebels agreed"
			continue
		}
		// the longest run k, k+1, …, each after a lone comma
		last := k
		for n := k + 1; n < len(ph) && ph[n].Kind == doc.NounPhrase && ph[n].Sentence == ph[k].Sentence; n++ {
			if !commaBetween(d, ph[last].End, ph[n].First) {
				break
			}
			last = n
		}
		if last == k {
			continue
		}
		// the run ends in a conjunction and a phrase: either the one after
		// the last comma begins with it (", and good Gondor": the chunker
		// left it unmarked) or a marked phrase follows the run's last
		closed := false
		var tail int
		if n := last + 1; n < len(ph) && ph[n].Kind == doc.NounPhrase && ph[n].Coordinated &&
			(ph[n].First == ph[last].End+1 || linkAt(d, ph[last].End, ph[n].Prep) == ph[n].First) {
			closed, tail = true, n
		}
		if !closed && conjunctionAt(d, ph[last].First-1) {
			// ", and good Gondor": the comma and the conjunction before it
			closed, tail = true, last
		}
		if !closed && bareNameList(d, ph, k, last) {
			// "France, Germany, Italy condemned Russia": names alone,
			// three or more, with no conjunction
			closed, tail = true, last
		}
		if !closed {
			k = last
			continue
		}
		for n := k + 1; n <= tail; n++ {
			ph[n].Coordinated = true
			ph[n].Prep = ph[k].Prep
		}
		k = tail
	}
}

// bareNameList reports whether the run of noun phrases ph[k..last], each
// after a lone comma, is a list written without a conjunction, as
// headlines and terse reports write them ("France, Germany, Italy
// condemned Russia", "sanctioned Iran, Syria, Venezuela"): three phrases
// or more, each a name and nothing else (every word a proper noun), the
// first a subject, an object or a passive agent (no preposition but
// "by": "in Springfield, Illinois, USA" names a place), and no comma
// right after the last. Two
// names are a place and its country ("Paris, France") as often as a list;
// a name followed by a description is an apposition ("Kim Jong Un, North
// Korea's leader,"), a pronoun and a verb a parenthetical ("Russia, he
// said, attacked"), and a run that a comma closes may be one more
// apposition or a parenthetical ("Lyon, France, Europe's …").
func bareNameList(d *doc.Document, ph []doc.Phrase, k, last int) bool {
	if last-k < 2 || ph[k].Prep != "" && ph[k].Prep != "by" {
		return false
	}
	if e := ph[last].End; e < len(d.Tokens) && d.Form(d.Tokens[e].Span) == "," {
		return false
	}
	for n := k; n <= last; n++ {
		if n > k && ph[n].First-ph[n-1].End != 1 {
			return false // ", and": a conjunction without a phrase after it
		}
		for t := ph[n].First; t < ph[n].End; t++ {
			if d.Tokens[t].UPOS != "PROPN" {
				return false
			}
		}
	}
	return true
}

// markLinked marks as coordinated with the noun phrase before it a
// phrase joined to it by a conjunction of several words: "as well as"
// ("Britain as well as France", "by Britain, as well as by France"), and
// after a passive agent "along with", "together with" or "alongside"
// ("condemned by Britain along with France"), which elsewhere adds a
// companion to the subject and is read as one (events: comitative). The
// phrase takes the preposition of the one before it. The phrases of the
// sentence are d.Phrases[from:].
func markLinked(d *doc.Document, from int) {
	ph := d.Phrases
	for k := from + 1; k < len(ph); k++ {
		p, q := &ph[k-1], &ph[k]
		if p.Kind != doc.NounPhrase || q.Kind != doc.NounPhrase || q.Coordinated || p.Sentence != q.Sentence {
			continue
		}
		if linkAt(d, p.End, p.Prep) == q.First {
			q.Coordinated = true
			q.Prep = p.Prep
		}
	}
}

// linkWords are the conjunctions of several words that join two noun
// phrases, with the preposition the first must have ("" for any).
var linkWords = []struct {
	words []string
	prep  string
}{
	{[]string{"as", "well", "as"}, ""},
	{[]string{"along", "with"}, "by"},
	{[]string{"together", "with"}, "by"},
	{[]string{"alongside"}, "by"},
}

// linkAt returns the token after a conjunction of several words
// (linkWords) that starts at token i, or after a comma and one, and after
// the preposition repeated after it ("by Britain, as well as by France");
// -1 when none starts there. prep is the preposition of the phrase before.
func linkAt(d *doc.Document, i int, prep string) int {
	if i < len(d.Tokens) && d.Form(d.Tokens[i].Span) == "," {
		i++
	}
next:
	for _, l := range linkWords {
		if l.prep != "" && l.prep != prep {
			continue
		}
		for n, w := range l.words {
			if i+n >= len(d.Tokens) || !strings.EqualFold(d.Form(d.Tokens[i+n].Span), w) {
				continue next
			}
		}
		j := i + len(l.words)
		if prep != "" && j < len(d.Tokens) && strings.EqualFold(d.Form(d.Tokens[j].Span), prep) {
			j++
		}
		return j
	}
	return -1
}

// commaBetween reports whether a single comma token, or a comma and a
// conjunction, stands between tokens end-1 and first.
func commaBetween(d *doc.Document, end, first int) bool {
	switch first - end {
	case 1:
		return d.Form(d.Tokens[end].Span) == ","
	case 2:
		return d.Form(d.Tokens[end].Span) == "," && conjunctionAt(d, end+1)
	}
	return false
}

// conjunctionAt reports whether token i is "and" or "or".
func conjunctionAt(d *doc.Document, i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	w := strings.ToLower(d.Form(d.Tokens[i].Span))
	return w == "and" || w == "or"
}

// clauseConjunctions are prepositions that also open a clause: "after
// crowds trashed its embassy", "before the army withdrew".
var clauseConjunctions = map[string]bool{"after": true, "before": true, "since": true, "until": true,
	"till": true, "as": true, "once": true}

// opensClause reports whether toks[i], tagged as a preposition, opens a
// clause whose subject is the noun phrase toks[i+1:j]: it is one of
// clauseConjunctions and a finite verb follows the phrase ("after crowds
// trashed", "since the talks have"). The phrase is then the subject of
// that verb, not the object of a preposition.
func opensClause(d *doc.Document, toks []doc.Token, i, j int) bool {
	if !clauseConjunctions[strings.ToLower(d.Form(toks[i].Span))] || j >= len(toks) {
		return false
	}
	switch toks[j].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return toks[j].UPOS == "VERB" || toks[j].UPOS == "AUX"
	}
	return false
}

// openingAdverbial reports whether the comma at token end closes an
// adverbial that opens its sentence: the sentence begins with a
// preposition and no comma stands before this one.
func openingAdverbial(d *doc.Document, sent, end int) bool {
	if end >= len(d.Tokens) || d.Form(d.Tokens[end].Span) != "," {
		return false
	}
	s := d.Sentences[sent]
	if first := &d.Tokens[s.FirstToken]; first.UPOS != "ADP" && first.XPOS != "IN" {
		return false
	}
	for t := s.FirstToken; t < end; t++ {
		if d.Form(d.Tokens[t].Span) == "," {
			return false
		}
	}
	return true
}

// adverbPair reports whether toks[j] is a conjunction between two adverbs
// inside a verb group: "was heavily and unjustly criticized".
func adverbPair(toks []doc.Token, j int) bool {
	return toks[j].UPOS == "CCONJ" && j > 0 && j+1 < len(toks) &&
		toks[j-1].UPOS == "ADV" && toks[j+1].UPOS == "ADV"
}
