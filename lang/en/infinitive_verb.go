package en

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// nameVerbTo reads a plural noun right after a name and before "to" and
// a base verb as the finite verb of the third person it is when the
// sentence has no other finite verb after it: "officials said Russia plans
// to attack Kyiv", "said Turkey needs to return the S-400", "Iran seeks
// to expand". The tagger, which has seen "plans", "needs" and "seeks"
// mostly as nouns after a noun ("peace plans"), makes the name and the
// word one noun phrase, and the clause loses its verb (and with it its
// modality: a plan, a need). The word's stem must be a verb of the lemma
// lexicon; a finite verb later in the sentence keeps the noun ("U.S.
// talks to end the war began Monday"), and so does anything else before
// it than a name ("Russia's plans to", "the peace talks to").
func nameVerbTo(toks []doc.Token, d *doc.Document) {
	// finiteFrom[k]: a finite verb at k or after it, marked once, so that
	// the loop stays linear in the sentence (the loop retags only token i,
	// never one after i+2)
	var finiteFrom []bool
	for i := 1; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.XPOS != "NNS" || (toks[i-1].XPOS != "NNP" && toks[i-1].XPOS != "NNPS") || toks[i+1].XPOS != "TO" || toks[i+2].XPOS != "VB" {
			continue
		}
		form := d.Text[t.Start:t.End]
		if capitalised(form) || !strings.HasSuffix(form, "s") {
			continue
		}
		lemma, verb := verbLemma(form, "VBZ")
		if !verb {
			continue
		}
		if finiteFrom == nil {
			finiteFrom = make([]bool, len(toks)+1)
			for k := len(toks) - 1; k >= 0; k-- {
				switch toks[k].XPOS {
				case "VBD", "VBZ", "VBP", "MD":
					finiteFrom[k] = true
				default:
					finiteFrom[k] = finiteFrom[k+1]
				}
			}
		}
		if finiteFrom[i+3] {
			continue
		}
		setTag(t, "VBZ", lemma)
	}
}

// verbLemma returns the lemma of form read with the Penn tag tag, and
// whether the lemma lexicon knows that lemma as a verb.
func verbLemma(form, tag string) (string, bool) {
	lemma := englishLemma(form, tag)
	return lemma, lemmaLexicon().classes[lemma]&classV != 0
}

// quotedVerb reads an "-ed" word that a writer sets in quotation marks
// right after its subject, alone or after adverbs ("its intelligence
// service \"successfully eliminated\" an IS leader"), as the finite past
// verb it is: the tagger, which has seen an opening quotation mark mostly
// before quoted speech, takes the word for a participle. The quotation
// closes right after the word and an object follows it (a determiner, a
// pronoun's possessive, a number, an adjective or a noun).
func quotedVerb(toks []doc.Token, d *doc.Document) {
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].XPOS != "``" || !strings.HasPrefix(toks[i-1].XPOS, "NN") {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].XPOS == "RB" {
			j++
		}
		if j+2 >= len(toks) || toks[j+1].XPOS != "''" {
			continue
		}
		t := &toks[j]
		form := d.Text[t.Start:t.End]
		if t.XPOS != "VBN" && t.XPOS != "JJ" || !strings.HasSuffix(form, "ed") || capitalised(form) {
			continue
		}
		switch toks[j+2].XPOS {
		case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		lemma, verb := verbLemma(form, "VBD")
		if !verb {
			continue
		}
		setTag(t, "VBD", lemma)
	}
}

// commonSubjectVerb reads an "-ed" word right after a common noun or a
// pronoun, or after adverbs that follow one ("The junta imposed martial
// law", "the group immediately claimed responsibility", "Nine rights
// groups this week called for his release"), as the finite past verb
// when the sentence still has no finite verb, as nameSubjectVerb does
// after a name: every sentence that reports an act has one. Not before
// "by" (a participle's agent: "a ceasefire brokered by Egypt"); only the
// first such word.
func commonSubjectVerb(toks []doc.Token, d *doc.Document) {
	if hasFinite(toks) {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		form := d.Text[t.Start:t.End]
		if t.XPOS != "JJ" && t.XPOS != "VBN" || !strings.HasSuffix(form, "ed") || capitalised(form) || toks[i+1].Kind != doc.Word {
			continue
		}
		k := i - 1
		for k > 0 && toks[k].XPOS == "RB" {
			k--
		}
		switch toks[k].XPOS {
		case "NN", "NNS", "PRP":
		default:
			continue
		}
		if strings.EqualFold(d.Text[toks[i+1].Start:toks[i+1].End], "by") {
			return
		}
		lemma, verb := verbLemma(form, "VBD")
		if !verb {
			continue
		}
		setTag(t, "VBD", lemma)
		return
	}
}

// commonSubjectPresent reads a plural noun ending in "s" right after a
// noun or a pronoun (adverbs between) as the finite present verb when the
// sentence still has no finite verb and the word's stem is a verb, before
// a preposition, a determiner, a number, an adverb, an adjective or a
// name ("The Quad consists of Japan …", "UNHCR shares that concern", "The
// base also reportedly houses U.S. nuclear weapons", "Pakistani military
// rescues nearly 200 passengers"). Only the first such word; a
// capitalised one (a headline's "Shifts") is left alone.
func commonSubjectPresent(toks []doc.Token, d *doc.Document) {
	if hasFinite(toks) {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		form := d.Text[t.Start:t.End]
		if t.XPOS != "NNS" || !strings.HasSuffix(form, "s") || capitalised(form) {
			continue
		}
		k := i - 1
		for k > 0 && toks[k].XPOS == "RB" {
			k--
		}
		switch toks[k].XPOS {
		case "NN", "NNS", "NNP", "NNPS", "PRP", "JJ":
		default:
			continue
		}
		switch toks[i+1].XPOS {
		case "IN", "DT", "PRP$", "CD", "TO", "RB", "JJ", "NNP", "NNPS", "PRP":
		default:
			continue
		}
		lemma, verb := verbLemma(form, "VBZ")
		if !verb {
			continue
		}
		setTag(t, "VBZ", lemma)
		return
	}
}

// initialPlural reports whether toks[i], the capitalised first word of
// its sentence, tagged as a proper noun, is the plural of a common noun
// that a finite verb follows (after adverbs): "Troops killed 20
// militants", "Rebels attacked a village". The tagger, which sees a
// capital and an unknown context, takes it for a name; the plural's stem
// must be a noun of the lemma lexicon and the word no people, place or
// listed name ("Reuters said", "Democrats won" keep theirs). It returns
// the noun's lemma, or "".
func initialPlural(d *doc.Document, toks []doc.Token, i int, L *nerLists) string {
	if i+1 >= len(toks) || !sentenceInitial(toks, i) || toks[i].Kind != doc.Word ||
		toks[i].XPOS != "NNP" && toks[i].XPOS != "NNPS" {
		return ""
	}
	f := bare(d.Form(toks[i].Span))
	w := strings.ToLower(f)
	if !capitalised(f) || allCaps(f) || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") ||
		L.demonyms[w] || nationality(w) || listedType(d, toks, i, i+1, L) != "" {
		return ""
	}
	if t := baseType(f); t != "" {
		return "" // a name the lists know
	}
	k := i + 1
	for k < len(toks) && toks[k].XPOS == "RB" {
		k++
	}
	if k >= len(toks) {
		return ""
	}
	switch toks[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return ""
	}
	lemma := englishLemma(w, "NNS")
	if lemma == w || lemmaLexicon().classes[lemma]&classN == 0 {
		return ""
	}
	return lemma
}
