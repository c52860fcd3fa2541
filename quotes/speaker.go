package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// speaker is a resolved speaker: its words in the text (a token range) or,
// for a phrase that names nobody, just the phrase.
type speaker struct {
	from, to int // tokens; -1 when unknown
	text     string
}

// resolve sets the speaker and verb of quotation i.
func (a *annotator) resolve(i int) {
	f := &a.found[i]
	if f.verbTok >= 0 {
		f.Verb = a.form(f.verbTok)
	}
	f.gender = a.givenGender(f)
	if f.gender == "" && f.verbTok >= 0 {
		f.self = a.selfGender(f)
	}
	var sp speaker
	if f.answer {
		if p := a.interviewee(i); p >= 0 {
			f.Speaker = a.found[p].Speaker
			f.spkFrom, f.spkTo = a.found[p].spkFrom, a.found[p].spkTo
			return
		}
	}
	if f.unnamed || f.verbTok >= 0 && a.firstPersonVerb(f.verbTok) {
		// "– … – powiedziałem.": the writer speaks, whom no one names.
		return
	}
	if f.wantPrev && f.verbTok >= 0 && a.otherAfter(f.verbTok) {
		// "- Cieśla - mówi pierwszy.": one of several, not the person
		// named before.
		return
	}
	if sp, ok := a.cited(i); ok {
		f.spkFrom, f.spkTo = sp.from, sp.to
		f.Speaker = doc.Speaker{Text: sp.text, Entity: a.entityAt(sp)}
		return
	}
	switch {
	case f.cont:
		p := a.previous(i)
		if p >= 0 && a.otherPersonBetween(i, p) {
			// "„…” – mówiła Szydło. ¶ Marszałek Jan Lis zabrał głos. ¶
			// „…”": a paragraph of its own after a sentence that names
			// someone else is that person's, not the quotation's before.
			if sp, ok := a.sentenceBefore(i); ok {
				f.spkFrom, f.spkTo = sp.from, sp.to
				f.Speaker = doc.Speaker{Text: sp.text, Entity: a.entityAt(sp)}
				return
			}
		}
		if p < 0 {
			p = a.previousInterview(i)
		}
		if p >= 0 {
			f.Speaker = a.found[p].Speaker
			f.spkFrom, f.spkTo = a.found[p].spkFrom, a.found[p].spkTo
			return
		}
		// "„…”. To słowa Bidena …": the sentence after names the speaker.
		if sp, ok := a.wordsOf(f.End); ok {
			sp.text = a.span(sp.from, sp.to)
			f.spkFrom, f.spkTo = sp.from, sp.to
			f.Speaker = doc.Speaker{Text: sp.text, Entity: a.entityAt(sp)}
			return
		}
		// "Asia odpowiedziała, że tego nie zrobi. „Wyznaję …”", "Szef
		// związku nie krył zadowolenia. „To nasz sukces”.": the sentence
		// before names who speaks.
		if sp, ok := a.sentenceBefore(i); ok {
			f.spkFrom, f.spkTo = sp.from, sp.to
			f.Speaker = doc.Speaker{Text: sp.text, Entity: a.entityAt(sp)}
			return
		}
		f.drop = true
		return
	case f.spkFrom >= 0 && !f.wantPrev && a.roleOfBody(f.spkFrom, f.spkTo):
		// "– powiedziała przedstawicielka Departamentu Stanu": a person
		// in an office of a body, not the body.
		sp = speaker{from: f.spkFrom, to: f.spkTo, text: a.span(f.spkFrom, f.spkTo)}
		if named, ok := a.namedInRole(sp); ok {
			sp, f.anon = named, named.from < 0
		} else if ante, ok := a.antecedent(i, f.verbTok, true); ok && !a.other(f.spkFrom, f.spkTo) {
			sp = ante
		}
	case f.spkFrom >= 0 && !f.wantPrev && a.x.NamedSpeaker && a.commonHead(f.spkFrom, f.spkTo):
		// "– narzekają mieszkańcy os. Zachód": people the text does not
		// name, the place or body after them is where they are from.
		f.spkFrom, f.spkTo = -1, -1
		return
	case f.spkFrom >= 0 && !f.wantPrev && a.bodyPhrase(f.spkFrom, f.spkTo, lang.BodyNoun|lang.DocNoun):
		// "Ryanair …. „…” – zapewnia przewoźnik", "prospekt Gazpromu.
		// „…” – głosi dokument": the organisation named before.
		sp = speaker{from: -1, to: -1}
		if b, ok := a.lastBodyBefore(i, !a.bodyPhrase(f.spkFrom, f.spkTo, lang.BodyNoun)); ok {
			sp = b
		}
	case f.spkFrom >= 0 && !f.wantPrev && a.x.NamedSpeaker && a.possessorRole(f.spkFrom, f.spkTo):
		// "– napisał prawnik Asi Bibi", "– powiedział adwokat Jana
		// Lisa": the person in the genitive is whose lawyer speaks, not
		// who speaks; the lawyer named before ("jej prawnik Saif
		// ul-Mulook"), else someone the text does not name.
		owner := a.entityAt(speaker{from: f.spkFrom + 1, to: f.spkTo})
		sp = speaker{from: -1, to: -1}
		title := speaker{from: f.spkFrom, to: f.spkFrom + 1, text: a.span(f.spkFrom, f.spkFrom+1)}
		if named, ok := a.namedInRole(title); ok && named.from >= 0 && a.entityAt(named) != owner {
			sp = named
		} else {
			f.anon = true
		}
	case f.spkFrom >= 0 && !f.wantPrev:
		var title bool
		sp, title = a.phrase(f.spkFrom, f.spkTo)
		if named, ok := a.namedInRole(sp); ok {
			sp, f.anon = named, named.from < 0
		} else if (title || a.rolePhrase(sp) || a.demonymPerson(sp)) && !a.other(f.spkFrom, f.spkTo) {
			if ante, ok := a.antecedent(i, f.verbTok, true); ok {
				sp = ante
			}
		} else if p, ok := a.nounAnaphor(i, f.spkFrom, f.spkTo); ok {
			sp = p
		}
	case f.verbTok >= 0 && a.bareMedium(f.verbTok):
		// "Według dziennika Handelsblatt …. – … – podaje gazeta.": the
		// medium named before, not a person named near it.
		if m, ok := a.lastMediumBefore(i); ok {
			sp = m
		}
	case f.verbTok >= 0 && a.impersonal(f.verbTok) && a.signers(f.verbTok):
		// "„…” – napisano w liście podpisanym przez X, Y i Z": an
		// impersonal verb and a list of signers name no one speaker;
		// otherwise ("– zaznaczono w Berlinie") the speaker before goes
		// on, as for a dropped subject.
	default:
		sentTok := f.verbTok
		if sentTok < 0 {
			sentTok = a.tokenAt(f.Start)
		}
		if own, ok := a.subjectBeforeQuote(f); ok {
			sp = own
		} else if ante, ok := a.antecedent(i, sentTok, false); ok {
			sp = ante
		}
	}
	if ext, ok := a.spacedHyphenName(sp); ok {
		sp = ext
	}
	f.spkFrom, f.spkTo = sp.from, sp.to
	f.Speaker = doc.Speaker{Text: sp.text, Entity: a.entityAt(sp)}
	if e := a.fullForInitial(sp); e != nil {
		// "Janusza Weretkę …. – … – mówi J. Weretka.": the person named
		// in full before.
		f.Speaker = doc.Speaker{Text: e.Name, Entity: e.ID}
	}
	if f.Speaker.Entity == "" && sp.from >= 0 {
		f.Speaker.Entity = a.describedBy(sp)
	}
}

// nounAnaphor finds the person a speaker given as one common noun in the
// singular ("– mówi emeryt") stands for: the noun said of a person before
// the quotation, within eight sentences and outside quotations, in
// apposition to the person's name ("Jan Lis, emeryt z Polnej, …",
// "emeryt Jan Lis") or opening the sentence after the one that names them
// ("Jan Lis od 30 lat mieszka przy Polnej. Emeryt nie kryje złości."),
// with no other person named from there to the quotation.
func (a *annotator) nounAnaphor(i, from, to int) (speaker, bool) {
	if to != from+1 || from < 0 || a.toks[from].cap || a.toks[from].kind&(lang.Title|lang.Other|lang.Medium|lang.Common) != 0 ||
		a.d.Tokens[from].UPOS != "NOUN" || !strings.Contains(a.d.Tokens[from].Feats, "Number=Sing") || caseOf(a.d.Tokens[from].Feats) != "Nom" ||
		a.entityIndexAt(from) >= 0 || len(a.d.Entities) == 0 {
		return speaker{}, false
	}
	f := a.found[i]
	first := f.firstSent
	if first < 0 {
		return speaker{}, false
	}
	for si := first - 1; si >= 0 && si >= first-8; si-- {
		s := a.d.Sentences[si]
		for j := s.EndToken - 1; j >= s.FirstToken; j-- {
			if a.toks[j].quoted || a.d.Tokens[j].UPOS != "NOUN" || a.toks[j].cap && !a.opensSentenceAt(j, s.FirstToken) || !a.sameNoun(j, from) {
				continue
			}
			var pf, pt int
			ok := false
			if j+1 < s.EndToken && a.personStartsAt(j+1) {
				pf, pt, ok = j+1, a.mentionEndAt(j+1), true // "emeryt Jan Lis"
			} else if k := a.commaBefore(j, s.FirstToken); k > s.FirstToken {
				pf, pt, ok = a.personEndingAt(max(s.FirstToken, k-5), k) // "Jan Lis, emeryt"
			} else if a.opensSentenceAt(j, s.FirstToken) && si > 0 && a.d.Sentences[si-1].Block == s.Block {
				ps := a.d.Sentences[si-1]
				pf, pt, ok = a.subjectPerson(ps.FirstToken, ps.EndToken)
			}
			if !ok || pt-pf < 2 || !a.nominativeName(pf, pt) {
				return speaker{}, false
			}
			// No one else named between the person and the quotation.
			e := a.entityIndexAt(pf)
			for _, r := range a.mentionsFrom(a.d.Tokens[pt-1].End) {
				if r.start >= f.Start {
					break
				}
				if r.start >= a.d.Tokens[pt-1].End && a.d.Entities[r.e].Type == "PERSON" && r.e != e {
					return speaker{}, false
				}
			}
			sp, _ := a.phrase(pf, pt)
			return sp, true
		}
	}
	return speaker{}, false
}

// commaBefore returns the comma right before token j, after adjectives
// (", emeryt", ", starszy rolnik"), no further back than first; or -1.
func (a *annotator) commaBefore(j, first int) int {
	k := j - 1
	for k >= first && a.toks[k].word && !a.toks[k].cap && a.d.Tokens[k].UPOS == "ADJ" {
		k--
	}
	if k >= first && a.form(k) == "," {
		return k
	}
	return -1
}

// opensSentenceAt reports whether token j opens its sentence, after
// adjectives ("Starszy rolnik nie kryje …").
func (a *annotator) opensSentenceAt(j, first int) bool {
	k := j - 1
	for k >= first && a.toks[k].word && a.d.Tokens[k].UPOS == "ADJ" {
		k--
	}
	return k < first
}

// fullForInitial finds the person a speaker written as an initial and a
// surname stands for ("J. Weretka", "M. Nowak"): the only person in the
// document whose base name has a first name with that initial and ends
// in that surname ("Janusz Weretka"); or nil.
func (a *annotator) fullForInitial(sp speaker) *doc.Entity {
	if sp.from < 0 || sp.to-sp.from < 3 || a.form(sp.from+1) != "." {
		return nil
	}
	initial := []rune(a.form(sp.from))
	if len(initial) != 1 || !unicode.IsUpper(initial[0]) {
		return nil
	}
	surname := strings.Fields(a.span(sp.from+2, sp.to))
	var found *doc.Entity
	for n := range a.d.Entities {
		e := &a.d.Entities[n]
		w := strings.Fields(e.Name)
		if e.Type != "PERSON" || len(w) < len(surname)+1 {
			continue
		}
		first := []rune(w[0])
		if len(first) < 2 || first[len(first)-1] == '.' || unicode.ToLower(first[0]) != unicode.ToLower(initial[0]) ||
			!strings.EqualFold(strings.Join(w[len(w)-len(surname):], " "), strings.Join(surname, " ")) {
			continue
		}
		if found != nil && found.ID != e.ID {
			return nil
		}
		found = e
	}
	return found
}

// possessorRole reports whether speaker words [from, to) are a title and,
// after it, only a person's mention whose first word is a genitive the
// morphology inflects ("prawnik Asi Bibi", "rzecznik Putina"): the
// title's holder speaks, whom the phrase does not name. A title itself
// inflected in the genitive agrees with the name ("Zdaniem premiera
// Morawieckiego" is one person); one that is its own lemma ("Adwokat")
// is in the nominative whatever the tagger says. A name in the
// nominative after the genitive ("rzecznik Putina Dmitrij Pieskow") or
// one the morphology does not inflect ("ambasador Nikki Haley") is left
// to phrase.
func (a *annotator) possessorRole(from, to int) bool {
	if to-from < 2 || a.toks[from].kind&lang.Title == 0 {
		return false
	}
	if t := a.d.Tokens[from]; caseOf(t.Feats) == "Gen" && !strings.EqualFold(t.Lemma, a.form(from)) {
		return false
	}
	for k := from + 2; k < to; k++ {
		if caseOf(a.d.Tokens[k].Feats) == "Nom" {
			return false
		}
	}
	if t := a.d.Tokens[from+1]; !a.toks[from+1].cap || caseOf(t.Feats) != "Gen" || t.Lemma == "" || t.Lemma == a.form(from+1) {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !a.toks[k].cap {
			return false
		}
	}
	_, _, ok := a.personIn(from+1, to)
	return ok
}

// other reports whether speaker words [from, to) say that someone else
// than the people named before speaks ("lider innej grupy", "kolejny
// uczestnik").
func (a *annotator) other(from, to int) bool {
	for k := max(from, 0); k < to && k < len(a.toks); k++ {
		if a.toks[k].kind&lang.Other != 0 {
			return true
		}
	}
	return false
}

// cited finds the speaker of quotation i whose verb is one of citing:
// the person in the verb's object ("Agencja Reuters cytuje wypowiedź
// premier Theresy May: „…”"), or the person a title there stands for
// ("„…” – cytuje ministra dziennik „The Guardian”"). Without either, the
// verb is read as any other.
func (a *annotator) cited(i int) (speaker, bool) {
	v := a.found[i].verbTok
	if v < 0 || a.toks[v].kind&lang.CiteVerb == 0 || a.toks[v].sent < 0 {
		return speaker{}, false
	}
	end := v + 1
	for end < len(a.toks) && a.toks[end].sent == a.toks[v].sent && !a.toks[end].quoted && !a.isQuoteMark(end) && a.form(end) != ":" && !a.sentenceEnd(end) {
		end++
	}
	if end == v+1 {
		return speaker{}, false
	}
	if pf, pt, ok := a.personIn(v+1, end); ok {
		sp, _ := a.phrase(pf, pt)
		return sp, true
	}
	if k := v + 1; a.toks[k].kind&lang.Title != 0 && a.d.Tokens[k].UPOS == "NOUN" && !a.toks[k].cap {
		role, _ := a.phrase(k, k+1)
		if named, ok := a.namedInRole(role); ok {
			return named, true
		}
		if ante, ok := a.antecedent(i, v, true); ok {
			return ante, true
		}
	}
	return speaker{}, false
}

// sentenceBefore finds the speaker of quotation i, a sentence of its own
// with no verb of saying, in the sentence right before it: the named
// subject of a verb of saying there, else the person the sentence is
// about (its subject). A sentence that holds a quotation gives none.
func (a *annotator) sentenceBefore(i int) (speaker, bool) {
	open := a.tokenAt(a.found[i].Start) - 1
	if open < 0 || a.toks[open].sent <= 0 {
		return speaker{}, false
	}
	si := int(a.toks[open].sent) - 1
	if !a.content(si) {
		return speaker{}, false
	}
	s := a.d.Sentences[si]
	if a.quotedRange(s.FirstToken, s.EndToken) {
		return speaker{}, false
	}
	for k := s.FirstToken; k < s.EndToken; k++ {
		if !a.speechOrStance(k) {
			continue
		}
		from, to, pron := a.subjectOf(k)
		if pron || from < 0 {
			continue
		}
		if nf, nt, ok := a.nameIn(from, to, false); ok {
			if sp, _ := a.phrase(nf, nt); a.fits(i, sp, true) {
				return sp, true
			}
		}
	}
	if pf, pt, ok := a.subjectPerson(s.FirstToken, s.EndToken); ok {
		if sp, _ := a.phrase(pf, pt); a.fits(i, sp, true) {
			return sp, true
		}
	}
	return speaker{}, false
}

// roleOfBody reports whether speaker words [from, to) name a person by
// an office in a body: a title in lower case among the first two words,
// the mention of an entity that is no person after it, and no person's
// mention ("wiceszef PE", "przedstawicielka Departamentu Stanu",
// "rzecznik Kremla").
func (a *annotator) roleOfBody(from, to int) bool {
	if from < 0 || to <= from || to > len(a.toks) || a.toks[from].cap && !a.opensSentence(from) || len(a.d.Entities) == 0 {
		return false
	}
	head := -1
	for k := from; k < to && k < from+2; k++ {
		// "Premier Wielkiej Brytanii powiedziała": a capital where the
		// title opens the sentence.
		if a.toks[k].kind&lang.Title != 0 && (!a.toks[k].cap || k == from && a.opensSentence(k)) && a.d.Tokens[k].UPOS == "NOUN" {
			head = k
			break
		}
	}
	if head < 0 {
		return false
	}
	if _, _, ok := a.personIn(from, to); ok {
		return false
	}
	for k := head + 1; k < to; k++ {
		if a.bodyName(k) {
			return true
		}
	}
	return false
}

// rolePhrase reports whether speaker words sp name a person by office
// alone, in lower case: a title noun with adjectives, other titles and
// words in the genitive or acronyms that qualify it ("unijny negocjator",
// "lider opozycji", "rzecznik MSZ"), no name.
func (a *annotator) rolePhrase(sp speaker) bool {
	if sp.from < 0 || sp.to <= sp.from || sp.to-sp.from > 4 {
		return false
	}
	head := false
	for k := sp.from; k < sp.to; k++ {
		t, tok := a.toks[k], a.d.Tokens[k]
		switch {
		case !t.word:
			return false
		case t.kind&lang.Title != 0 && tok.UPOS == "NOUN" && (!t.cap || k == sp.from && a.opensSentence(k)):
			head = true
		case t.caps && k > sp.from:
		case t.cap:
			return false
		case tok.UPOS == "ADJ" || t.kind&lang.Title != 0 || caseOf(tok.Feats) == "Gen" && k > sp.from:
		default:
			return false
		}
	}
	return head
}

// opensSentence reports whether token k is the first word of its
// sentence, or follows a dash or an opening mark there.
func (a *annotator) opensSentence(k int) bool {
	if a.toks[k].sent < 0 {
		return false
	}
	return k == a.d.Sentences[a.toks[k].sent].FirstToken || k > 0 && a.isOpenPunct(k-1)
}

// subjectBeforeQuote finds the speaker of a quotation whose verb after it
// has no subject of its own in the sentence the quotation stands in: the
// person the sentence opens with before the quotation ("Sędzia Saqib
// Nasir, który przewodniczył rozprawie, zacytował Koran: „…” – napisał";
// "Smith, in a statement, quoted the law: "…," he wrote").
func (a *annotator) subjectBeforeQuote(f *found) (speaker, bool) {
	v := f.verbTok
	if v < 0 || a.d.Tokens[v].Start < f.End || a.toks[v].sent < 0 {
		return speaker{}, false
	}
	open := a.tokenAt(f.Start) - 1
	if open < 0 || a.toks[open].sent != a.toks[v].sent {
		return speaker{}, false
	}
	s := a.d.Sentences[a.toks[v].sent]
	if pf, pt, ok := a.personIn(s.FirstToken, open); ok {
		sp, _ := a.phrase(pf, pt)
		return sp, true
	}
	return speaker{}, false
}

// describedBy links a describing phrase ("podkreślił urzędnik") to the
// nationality or place that qualified the same noun earlier in the text
// ("wyproszeni przez północnokoreańskiego urzędnika"), so that the speaker
// has a country where the text gives one. It returns the entity ID or "".
func (a *annotator) describedBy(sp speaker) string {
	if len(a.d.Entities) == 0 {
		return ""
	}
	head := -1
	for k := sp.to - 1; k >= sp.from; k-- {
		if a.toks[k].word {
			if a.toks[k].cap {
				return "" // a name, not a description
			}
			if head < 0 {
				head = k
			}
		}
	}
	if head < 0 {
		return ""
	}
	// The last word before the phrase that is a form of its head and has
	// a nationality or place just before it.
	qual, qualOf := a.qualifiedTokens()
	ix := a.index()
	key := a.d.Tokens[head].Lemma + "\x00" + a.form(head)
	same, ok := ix.described[key]
	if !ok {
		for _, k := range qual {
			if a.sameNoun(k, head) {
				same = append(same, k)
			}
		}
		if ix.described == nil {
			ix.described = map[string][]int{}
		}
		ix.described[key] = same
	}
	i := sort.SearchInts(same, sp.from) - 1
	if i < 0 {
		return ""
	}
	return qualOf[same[i]]
}

// sameNoun reports whether tokens i and j are forms of one word: the same
// lemma when the morphology gave both, else the same stem (all but the
// last two letters of the shorter, at least four bytes).
func (a *annotator) sameNoun(i, j int) bool {
	ti, tj := a.d.Tokens[i], a.d.Tokens[j]
	if ti.Lemma != "" && tj.Lemma != "" {
		return ti.Lemma == tj.Lemma
	}
	fi, fj := strings.ToLower(a.form(i)), strings.ToLower(a.form(j))
	n := min(len(fi), len(fj)) - 2
	return n >= 4 && fi[:n] == fj[:n]
}

// previous returns the quotation before i if it ends at most two
// sentences before i starts, or -1.
func (a *annotator) previous(i int) int {
	if i == 0 {
		return -1
	}
	p := a.found[i-1]
	last := a.tokenBefore(p.End)
	if last < 0 || a.toks[last].sent < 0 {
		return -1
	}
	if f := a.found[i].firstSent; f >= 0 && f-int(a.toks[last].sent) <= 2 {
		return i - 1
	}
	return -1
}

// otherPersonBetween reports whether quotation i opens a paragraph and a
// sentence after the one where quotation p ends, before i, names a
// person other than p's speaker.
func (a *annotator) otherPersonBetween(i, p int) bool {
	if len(a.d.Entities) == 0 {
		return false
	}
	f, q := a.found[i], a.found[p]
	first := a.tokenAt(f.Start) - 1
	pl := a.tokenBefore(q.End)
	if first < 0 || pl < 0 || a.toks[first].sent < 0 || a.toks[pl].sent < 0 {
		return false
	}
	s := a.d.Sentences[a.toks[first].sent]
	if a.d.Tokens[first].Start > a.d.Blocks[s.Block].Start {
		return false
	}
	ps := int(a.toks[pl].sent) + 1
	if ps >= int(a.toks[first].sent) {
		return false
	}
	start, end := a.d.Tokens[a.d.Sentences[ps].FirstToken].Start, f.Start
	spk := -1
	if q.spkFrom >= 0 {
		spk = a.entityIndexAt(q.spkFrom)
	}
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if e := a.d.Entities[r.e]; r.start >= start && e.Type == "PERSON" && r.e != spk && e.ID != q.Speaker.Entity {
			return true
		}
	}
	return false
}

// interviewee returns the labelled answer an interview's answer turn i
// goes on from ("BP JAN LIS: - Na początku … ¶ - Jaka jest …? ¶ - Przez
// wspólnotę przeszło …": the bishop answers again), or -1. Between them
// stand only turns that no one is named for (questions, turns labelled
// with initials) and answers, with no run of narration between them; any
// other quotation (a labelled question too) ends the interview.
func (a *annotator) interviewee(i int) int {
	next := a.found[i].Start
	for j := i - 1; j >= 0; j-- {
		p := &a.found[j]
		if a.narrationBetween(p.End, next) {
			return -1
		}
		next = p.Start
		label := p.verbTok < 0 && !p.wantPrev && !p.cont && p.spkFrom >= 0 && p.Speaker.Text != ""
		switch {
		case p.unnamed && p.Speaker.Text == "":
			continue
		case label && a.asks(p):
			// "Anna Nowak: - Czy …?": the journalist's label, or an
			// answer that opens with a question of its own ("Jan Lis: -
			// Może najpierw zastanówmy się, dlaczego …?"): who answers
			// after it is not known.
			return -1
		case label, p.answer && p.Speaker.Text != "":
			return j
		default:
			return -1
		}
	}
	return -1
}

// narrationBetween reports whether sentences of the text's own stand
// between offsets end and start: more than two whole sentences outside
// the quotations that end and start there ("… ¶ Świat z trudem akceptuje
// … ¶ Trzeba więc … ¶ Ale jak? ¶ - …"), as between the articles of a
// sample, where an interview's turns follow one another (one or two may
// be an answer going on past where its turn was taken to end: "BP JAN
// LIS: - Na początku … ¶ Trafił on do … ¶ - Jaka …?").
func (a *annotator) narrationBetween(end, start int) bool {
	e, b := a.tokenBefore(end), a.tokenAt(start)
	if e < 0 || b >= len(a.toks) || a.toks[e].sent < 0 || a.toks[b].sent < 0 {
		return true
	}
	n := 0
	for si := int(a.toks[e].sent) + 1; si < int(a.toks[b].sent); si++ {
		if a.content(si) {
			n++
		}
	}
	return n > 2
}

// asks reports whether quotation q ends with a question mark.
func (a *annotator) asks(q *found) bool {
	t := strings.TrimRight(a.d.Text[q.Start:q.End], " \t\n.…\"”»")
	return strings.HasSuffix(t, "?")
}

// previousInterview returns the quotation before i when i is a paragraph
// of its own in quotation marks, the one before ends at most six
// sentences earlier and has a speaker, and no other person is named in
// between ("„…” – mówi Jan Górski. ¶ Kopalnia zatrudnia … ¶ „…”"); or -1.
func (a *annotator) previousInterview(i int) int {
	if i == 0 || len(a.d.Entities) == 0 {
		return -1
	}
	f, p := a.found[i], a.found[i-1]
	first, last := a.tokenAt(f.Start)-1, a.tokenBefore(f.End)+1
	if first < 0 || last >= len(a.toks) || a.toks[first].sent < 0 {
		return -1
	}
	s := a.d.Sentences[a.toks[first].sent]
	b := a.d.Blocks[s.Block]
	if a.d.Tokens[first].Start > b.Start || p.Speaker.Text == "" || p.spkFrom < 0 {
		return -1
	}
	pl := a.tokenBefore(p.End)
	if pl < 0 || a.toks[pl].sent < 0 || int(a.toks[first].sent)-int(a.toks[pl].sent) > 6 {
		return -1
	}
	start, end := p.End, f.Start
	speakerEntity := a.entityIndexAt(p.spkFrom)
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.start >= start && a.d.Entities[r.e].Type == "PERSON" && r.e != speakerEntity {
			return -1
		}
	}
	return i - 1
}

// phrase turns speaker tokens into a speaker: the name in them, widened to
// the fullest form of that name in the document; or the phrase itself.
// title is true when the phrase names no one and is made of title words
// ("minister", "amerykański prezydent", "prezydent Francji").
func (a *annotator) phrase(from, to int) (speaker, bool) {
	nf, nt, ok := a.nameIn(from, to, false)
	efrom, eto := from, to
	if ok && nt-nf >= 3 {
		// "rzecznik Tehreek-e-Labaik Yah Rasool Allah Pakistan Ejaz
		// Ashrafi": a body's name, then a person's name of two or more
		// words after it: the body qualifies the title, the tail speaks.
		if b := a.bodyTail(nf, nt); b > nf {
			nf, efrom, eto = b, b, nt
		}
	}
	if ef, et, eok := a.entityIn(efrom, eto); eok {
		ef, et = a.titledPersonAfter(ef, et, eto)
		// A person's mention wins over a run of name words it does not
		// touch; one inside a run widens to the run ("Kim" + "Dzong Un")
		// unless the rest of the run is another entity ("Ministerstwa
		// Spraw Zagranicznych Federacji Rosyjskiej Maria Zacharowa").
		if !ok || et <= nf || nt <= ef {
			nf, nt = ef, et
		} else if ei := a.entityIndexAt(ef); ei >= 0 && (a.otherEntityIn(nf, ef, ei) || a.otherEntityIn(et, nt, ei)) {
			nf, nt = ef, et
		} else {
			nf, nt = min(nf, ef), max(nt, et)
			// "the German Marshall Fund's Jane Doe": a possessive name
			// before the mention is whose the person is, not part of
			// the name.
			for k := ef - 1; k >= nf; k-- {
				if a.possessive(k) {
					nf = k + 1
					break
				}
			}
		}
		// "Mawlawi Hibatullah Akhundzada": titles off the front; and
		// words a recognizer took in ("Według Sikory"); and a body or a
		// medium in another case than the name after it ("prezes
		// Wintershalla Mario Mehren", "mówi Radiu Watykańskiemu
		// Alessandro Monteduro").
		for nt-nf > 1 && (a.toks[nf].kind&(lang.Title|lang.Source|lang.Stop|lang.Skip) != 0 || nt-nf > 2 && !a.sameCase(nf, nt-1) && a.sameCase(nf+1, nt-1) && a.sameCase(nf+1, nf+2)) {
			nf++
		}
		sp := speaker{from: nf, to: nt, text: a.span(nf, nt)}
		if nt-nf == 1 {
			if full := a.fullName(nf, nt); full != "" {
				sp.text = full
			}
		}
		return sp, false
	}
	if ok {
		// One capitalised word after a title is a country or an office
		// ("prezydent Francji") unless the document gives it as a
		// surname somewhere ("Dmytro Kułeba" … "minister Kułeba").
		full := ""
		if nt-nf == 1 {
			full = a.fullName(nf, nt)
		}
		if nt-nf == 1 && nf > from && a.toks[nf-1].kind&lang.Title != 0 && full == "" {
			return speaker{from: from, to: to, text: a.span(from, to)}, true
		}
		if full != "" {
			return speaker{from: nf, to: nt, text: full}, false
		}
		return speaker{from: nf, to: nt, text: a.span(nf, nt)}, false
	}
	title := true
	for k := from; k < to; k++ {
		if a.toks[k].word && a.toks[k].kind&lang.Title == 0 {
			title = false
		}
	}
	// Trim skip words ("the", "also") from the ends.
	for from < to-1 && a.toks[from].kind&lang.Skip != 0 {
		from++
	}
	for to > from+1 && a.toks[to-1].kind&lang.Skip != 0 {
		to--
	}
	return speaker{from: from, to: to, text: a.span(from, to)}, title
}

func (a *annotator) span(from, to int) string {
	return a.d.Text[a.d.Tokens[from].Start:a.d.Tokens[to-1].End]
}

// antecedent finds who a pronoun, a dropped subject or a bare title
// points to, for quotation i whose verb (or first token) is tok: the
// speaker of a quotation or a speech verb in the same sentence before tok
// or in up to three sentences before, else the first name in the sentence
// before.
func (a *annotator) antecedent(i, tok int, person bool) (speaker, bool) {
	fits := func(sp speaker) bool { return a.fits(i, sp, person) }
	if tok < 0 || tok >= len(a.toks) || a.toks[tok].sent < 0 {
		return speaker{}, false
	}
	cur := int(a.toks[tok].sent)
	qStartSent := a.found[i].firstSent
	if qStartSent < 0 || qStartSent > cur {
		qStartSent = cur
	}
	if sp, ok := a.ownSentence(i, fits); ok {
		return sp, true
	}
	lastName := -1
	chain := false // a sentence in the window speaks with its subject dropped
	for si := qStartSent - 1; si >= 0 && si >= qStartSent-3; si-- {
		if !a.content(si) {
			continue
		}
		// A quotation whose verb is in that sentence.
		js := a.quotesWithVerbIn(si)
		for n := len(js) - 1; n >= 0; n-- {
			if j := js[n]; j < i && si == qStartSent-1 && a.anonymous(j) {
				// "– … – powiedział adwokat Asii Bibi. – … – dodał
				// (mężczyzna).": the one who spoke just before, whom the
				// text does not name, goes on.
				return speaker{}, false
			}
			if j := js[n]; j < i && a.found[j].Speaker.Text != "" {
				p := a.found[j]
				if sp := (speaker{from: p.spkFrom, to: p.spkTo, text: p.Speaker.Text}); fits(sp) {
					return sp, true
				}
			}
		}
		s := a.d.Sentences[si]
		// A speech verb outside quotations, with a named subject.
		dropped := false
		for k := s.FirstToken; k < s.EndToken; k++ {
			if !a.speechOrStance(k) || a.toks[k].quoted {
				continue
			}
			// "Projekt został skrytykowany przez ministra …, który
			// ocenił": a passive participle's subject is what was
			// spoken of, not who spoke.
			if f := a.d.Tokens[k].Feats; strings.Contains(f, "VerbForm=Part") && strings.Contains(f, "Voice=Pass") {
				continue
			}
			from, to, pron := a.subjectOf(k)
			if k > s.FirstToken && a.toks[k-1].dash && !a.toks[k-1].quoted {
				// "… – poinformował w środę jej prawnik Jan Lis.": the
				// subject follows a verb after a dash.
				from, to, pron = a.npAfterOrNone(k)
			}
			if pron || from < 0 {
				dropped, chain = true, true
				continue
			}
			if a.x.NamedSpeaker && a.commonHead(from, to) {
				// "– … – narzekają mieszkańcy os. Zachód. – …": the
				// nearest speakers are people the text does not name.
				return speaker{}, false
			}
			if nf, nt, ok := a.nameIn(from, to, false); ok {
				if sp, _ := a.phrase(nf, nt); fits(sp) {
					return sp, true
				}
			} else if sp, ok := a.roleSubject(from, to); ok && a.toks[sp.from].sent >= int32(qStartSent-3) && fits(sp) {
				// "Premier zapewnił, że …. … – mówił.": the office
				// stands for the person named in it before.
				return sp, true
			}
		}
		if si == qStartSent-1 && !dropped {
			lastName = si
			// A person who is the subject of the sentence just before
			// ("Prezydent Andrzej Duda przyjechał do Kijowa. – … –
			// powiedział.", "Senator Tom Hill spoke after the vote. "…,"
			// he said.") is nearer than the speaker of a quotation in an
			// earlier paragraph; in the same paragraph, that speaker goes
			// on.
			if pf, pt, ok := a.subjectPerson(s.FirstToken, s.EndToken); ok && (!a.speakerInBlock(i, s.Block) || a.newSubject(i, si)) {
				if sp, _ := a.phrase(pf, pt); fits(sp) {
					return sp, true
				}
			}
		}
	}
	// "Minister Jan Lis powiedział, że …. … Jak dodał, …. … –
	// powiedział.": speech with dropped subjects goes on from the last
	// named speaker of the paragraph, further back than three sentences.
	if chain {
		for si := qStartSent - 4; si >= 0 && si >= qStartSent-10 && a.d.Sentences[si].Block == a.d.Sentences[qStartSent].Block; si-- {
			if sp, named, ok := a.namedSpeaker(si); ok && named {
				if fits(sp) {
					return sp, true
				}
				break
			}
		}
	}
	// The speaker of a quotation not far before.
	for j := i - 1; j >= 0; j-- {
		p := a.found[j]
		last := a.tokenBefore(p.End)
		if last < 0 || a.toks[last].sent < 0 || qStartSent-int(a.toks[last].sent) > 6 {
			break
		}
		if sp := (speaker{from: p.spkFrom, to: p.spkTo, text: p.Speaker.Text}); p.Speaker.Text != "" && fits(sp) {
			return sp, true
		}
	}
	// A name in the sentence just before.
	if lastName >= 0 {
		s := a.d.Sentences[lastName]
		if nf, nt, ok := a.nameIn(s.FirstToken, s.EndToken, true); ok && !a.quotedRange(nf, nt) {
			if sp, _ := a.phrase(nf, nt); fits(sp) {
				return sp, true
			}
		}
	}
	// "Minister Anna Moskwa spotkała się …. ¶ …. …. ¶ – … – zapewniła.":
	// the person named last before, further back, when the verb's
	// gender is hers.
	if sp, ok := a.lastOfGender(i, qStartSent); ok && fits(sp) {
		return sp, true
	}
	return speaker{}, false
}

// anonymous reports whether quotation j's speaker is someone the text
// does not name: a role given only as someone's, or (where speakers must
// be named) a phrase with no name and no entity ("– mówi wicedyrektorka").
func (a *annotator) anonymous(j int) bool {
	p := a.found[j]
	if p.anon {
		return true
	}
	return a.x.NamedSpeaker && !p.wantPrev && p.Speaker.Entity == "" && p.spkFrom >= 0 && !a.namesSomeone(p.spkFrom, p.spkTo)
}

// lastOfGender finds the person a verb with a dropped subject or a title
// points back to when nothing nearer does: the last person's mention in
// the eight sentences before sentence first, outside quotations, if it is
// a name of two words or more in the nominative, the verb has a gender (a
// past tense: "zapewniła") and the person's first name is tagged with that
// gender. A person named last in another case, or by one word, gives
// none: the text may mean them.
func (a *annotator) lastOfGender(i, first int) (speaker, bool) {
	v := a.found[i].verbTok
	if v < 0 || len(a.d.Entities) == 0 || first <= 0 || first >= len(a.d.Sentences) {
		return speaker{}, false
	}
	g := genderOf(a.d.Tokens[v].Feats)
	// A pronoun's gender ("“…,” she said") where the verb has none: the
	// name's own tag is not asked (names in such a language carry no
	// gender), only that nothing known of the person contradicts it.
	byPronoun := false
	if g == "" {
		g, byPronoun = a.found[i].gender, true
	}
	// A verb with no gender ("– mówi.", "– przyznaje emeryt.") may point
	// back to the only person the window names ("Jan Nowak od lat
	// prowadzi warsztat. Ceny rosną. ¶ – … – mówi.").
	sole := g == ""
	start, end := a.d.Sentences[max(first-8, 0)].Start, a.d.Sentences[first].Start
	mf, mt, me, people := -1, -1, -1, 0
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.start < start || a.d.Entities[r.e].Type != "PERSON" {
			continue
		}
		f, t := a.tokenAt(r.start), a.tokenBefore(r.end)+1
		if f >= t || a.toks[f].sent < 0 || a.quotedRange(f, t) || a.toks[f].named {
			continue
		}
		if r.e != me {
			people++
		}
		mf, mt, me = f, t, r.e
	}
	if mf < 0 || mt-mf < 2 || sole && people != 1 || !a.nominativeName(mf, mt) {
		return speaker{}, false
	}
	if t := a.d.Tokens[mf]; t.UPOS != "PROPN" || !sole && !byPronoun && genderOf(t.Feats) != g {
		return speaker{}, false
	}
	sp, _ := a.phrase(mf, mt)
	return sp, true
}

// otherAfter reports whether the word after the speech verb at v (after
// words such as "wówczas") says that someone not named speaks ("– mówi
// drugi", "– dodaje inny").
func (a *annotator) otherAfter(v int) bool {
	sent := a.toks[v].sent
	for j := v + 1; j < len(a.toks) && j <= v+3 && a.toks[j].sent == sent; j++ {
		if a.toks[j].kind&lang.Other != 0 {
			return true
		}
		if a.toks[j].kind&lang.Skip == 0 {
			return false
		}
	}
	return false
}

// roleSubject gives the person a subject made only of an office stands
// for ("Premier" after "premierem Jerzym Buzkiem").
func (a *annotator) roleSubject(from, to int) (speaker, bool) {
	sp, title := a.phrase(from, to)
	if !title && !a.rolePhrase(sp) || a.other(from, to) {
		return speaker{}, false
	}
	if named, ok := a.namedInRole(sp); ok && named.from >= 0 {
		return named, true
	}
	return speaker{}, false
}

// namedSpeaker finds the first speech verb outside quotations in sentence
// si: ok when there is one, named when its subject holds a name, which sp
// gives.
func (a *annotator) namedSpeaker(si int) (sp speaker, named, ok bool) {
	s := a.d.Sentences[si]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if !a.verb(k) || a.toks[k].quoted {
			continue
		}
		from, to, pron := a.subjectOf(k)
		if pron || from < 0 {
			return speaker{}, false, true
		}
		if nf, nt, ok := a.nameIn(from, to, false); ok {
			sp, _ := a.phrase(nf, nt)
			return sp, true, true
		}
		return speaker{}, false, true
	}
	return speaker{}, false, false
}

// ownSentence finds who a dropped subject points to in the sentence the
// quotation i opens in, before its opening mark: the speaker of a
// quotation whose verb stands there, the subject of a coordinated verb
// ("– … – mówi Jan Lis i pyta: „…”"); else the person the main clause
// opens with, before any reported clause ("Rzeczniczka Ewa Lis wyraziła
// opinię, że projekt „…. …” – podkreśliła", a quotation of several
// sentences whose verb stands in another sentence than its opening).
// A name inside the reported clause ("powiedziała, że Jezus oddał życie
// i zapytała: „…”") is not that clause's speaker.
func (a *annotator) ownSentence(i int, fits func(speaker) bool) (speaker, bool) {
	open := a.tokenAt(a.found[i].Start) - 1
	if open < 0 || open >= len(a.toks) || a.toks[open].sent < 0 {
		return speaker{}, false
	}
	si := int(a.toks[open].sent)
	s := a.d.Sentences[si]
	js := a.quotesWithVerbIn(si)
	for n := len(js) - 1; n >= 0; n-- {
		j := js[n]
		if p := a.found[j]; j < i && p.verbTok < open && p.Speaker.Text != "" {
			if sp := (speaker{from: p.spkFrom, to: p.spkTo, text: p.Speaker.Text}); fits(sp) {
				return sp, true
			}
			break
		}
	}
	end := open
	for k := s.FirstToken; k < open; k++ {
		if a.toks[k].quoted || a.toks[k].kind&lang.ClauseIntro != 0 || a.form(k) == ";" || a.form(k) == ":" {
			end = k
			break
		}
	}
	if end <= s.FirstToken {
		return speaker{}, false
	}
	if pf, pt, ok := a.personIn(s.FirstToken, end); ok && a.nominativeName(pf, pt) {
		if sp, _ := a.phrase(pf, pt); fits(sp) {
			return sp, true
		}
	}
	return speaker{}, false
}

// nominativeName reports whether the name at tokens [from, to) may be a
// subject: its last word may be in the nominative.
// The last word is asked, or the first one of a name of two or more when
// the morphology says it is in the nominative: a foreign surname may be
// given any case ("Asia Bibi" with "Bibi" read as a genitive).
func (a *annotator) nominativeName(from, to int) bool {
	return to > from && (a.nominative(to-1) || to-from >= 2 && a.nominalCase(from))
}

// fits reports whether sp may be the speaker quotation i points back to:
// for a bare title (person), no entity that is not a person ("– dodała
// rzeczniczka" is not Germany); and a verb whose gender the morphology
// gives agrees with what is known of sp's ("zapewnił" is not "Ewa Mróz").
func (a *annotator) fits(i int, sp speaker, person bool) bool {
	if sp.from < 0 || sp.to <= sp.from {
		return true
	}
	if person {
		if e := a.entityAt(sp); e != "" {
			for _, ent := range a.d.Entities {
				if ent.ID == e && ent.Type != "PERSON" {
					return false
				}
			}
		} else if len(a.d.Entities) > 0 && sp.to-sp.from < 2 && a.toks[sp.from].sent >= 0 &&
			sp.from == a.d.Sentences[a.toks[sp.from].sent].FirstToken && a.usage(sp.from)&seenCapsInside == 0 {
			// One word that no entity holds, capitalised only where it
			// opens a sentence ("Pięciopunktowy tekst umowy … – precyzuje
			// AFP"), is no person a title stands for.
			return false
		}
	}
	if person && (!a.sameRole(a.found[i], sp) || !a.named(sp) || !a.describedPerson(i, sp)) {
		return false
	}
	if f := a.found[i]; person && !f.wantPrev && a.otherCountry(sp, a.phraseCountry(f.spkFrom, f.spkTo)) {
		return false // "– zapewnił rosyjski prezydent": not the American one
	}
	v := a.found[i].verbTok
	if v >= 0 && strings.Contains(a.d.Tokens[v].Feats, "Number=Plur") {
		// "– napisali": not one person.
		return !a.onePerson(sp)
	}
	if p := a.speakerPronoun(&a.found[i]); p >= 0 && genderOf(a.d.Tokens[p].Feats) == "Neut" && a.onePerson(sp) {
		// "“…,” it said": a body, not a person.
		return false
	}
	g := a.found[i].gender
	if g == "" {
		// "– … nigdy nikogo nie zabiłam …": the speaker's own words
		// tell her gender where the verb does not.
		g = a.found[i].self
	}
	if g == "" {
		return true
	}
	fem, masc := a.speakerGender(i, sp)
	return !(g == "Fem" && masc && !fem || g == "Masc" && fem && !masc)
}

// named reports whether speaker words sp hold a name: a title stands for
// a person, not for another title ("– ogłasza konferansjerka").
func (a *annotator) named(sp speaker) bool {
	for k := sp.from; k < sp.to; k++ {
		if a.isName(k) {
			return true
		}
	}
	return a.entityAt(sp) != ""
}

// sameRole reports whether the person at sp may hold the office that
// quotation f's speaker phrase names by title alone ("– zapewnił
// wojewoda"): yes when the phrase has no title noun, or the document
// gives the person no title, or one of the person's titles is that one
// (or both head a body: "szef" and "przewodniczący"). "rzecznik rządu
// Piotr Nowicki" is not "wojewoda".
func (a *annotator) sameRole(f found, sp speaker) bool {
	head := -1
	for k := max(f.spkFrom, 0); k < f.spkTo && k < len(a.toks); k++ {
		if a.toks[k].kind&lang.Title != 0 && a.d.Tokens[k].UPOS == "NOUN" {
			head = k
			break
		}
	}
	// The head of a body may be any office's holder ("szefowa rządu"
	// is the prime minister); a word that names no office ("urzędniczka",
	// "mężczyzna") any person.
	if head < 0 || a.toks[head].kind&(lang.Leader|lang.PersonNoun) != 0 || sp.from < 0 || sp.to <= sp.from {
		return true
	}
	titles := a.titlesOf(sp)
	for _, t := range titles {
		if a.sameTitle(t, head) {
			return true
		}
	}
	return len(titles) == 0
}

// titlesOf returns the title nouns the document puts before the name at
// sp wherever its last word stands as a name ("rzecznik rządu Piotr
// Nowicki", "minister Nowicki"): the title nouns among the four words
// before the name (the tagger may read "Minister" as a genitive, so the
// case is not asked).
func (a *annotator) titlesOf(sp speaker) []int {
	var titles []int
	last := a.form(sp.to - 1)
	for _, k := range a.foldedTokens(last) {
		if !strings.EqualFold(a.form(k), last) || !a.isName(k) {
			continue
		}
		s := k
		for s > 0 && a.toks[s-1].sent == a.toks[k].sent && a.isName(s-1) && a.sameCase(s-1, k) && !a.possessive(s-1) {
			s--
		}
		found := len(titles)
		for j, n := s-1, 0; j >= 0 && n < 4 && a.toks[j].sent == a.toks[k].sent && a.toks[j].word; j, n = j-1, n+1 {
			t := a.d.Tokens[j]
			if a.toks[j].kind&lang.Title != 0 && t.UPOS == "NOUN" {
				titles = append(titles, j)
			}
		}
		if len(titles) > found {
			continue
		}
		// "Minister ds. religii i harmonii międzywyznaniowej Jan Lis": a
		// long office in lower case, abbreviations in it, before the
		// name; the title that opens it.
		for j, n := s-1, 0; j >= 0 && n < 8 && a.toks[j].sent == a.toks[k].sent && (a.toks[j].word || a.abbrevPoint(j)); j, n = j-1, n+1 {
			if a.toks[j].kind&lang.Title != 0 && a.d.Tokens[j].UPOS == "NOUN" {
				titles = append(titles, j)
				break
			}
			if a.toks[j].cap {
				break
			}
		}
	}
	return titles
}

// onePerson reports whether sp is one person's mention and nothing more.
func (a *annotator) onePerson(sp speaker) bool {
	start, end := a.d.Tokens[sp.from].Start, a.d.Tokens[sp.to-1].End
	one := -1
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.end <= start {
			continue
		}
		if one >= 0 && r.e != one || a.d.Entities[r.e].Type != "PERSON" {
			return false
		}
		one = r.e
	}
	return one >= 0
}

// speakerGender tells what is known of the gender of the person at sp:
// feminine when its first name or the title before it is tagged so
// ("Ewa Mróz", "rzeczniczka"); either, from the
// verbs of the quotations before i already given to that person.
func (a *annotator) speakerGender(i int, sp speaker) (fem, masc bool) {
	// The title before the name, and the first name of a name of two
	// words or more (surnames are tagged at random).
	for _, k := range []int{sp.from - 1, sp.from} {
		if k < 0 || k == sp.from && sp.to-sp.from < 2 {
			continue
		}
		t := a.d.Tokens[k]
		if k < sp.from && (a.toks[k].kind&lang.Title == 0 || t.UPOS != "NOUN") {
			continue
		}
		// A title the dictionary also reads as masculine ("Minister",
		// "premier") names a man or a woman, whatever reading the
		// tagger chose.
		if k < sp.from && t.AgreeSet&(doc.Masc1|doc.Masc2|doc.Masc3) != 0 {
			continue
		}
		// A name read as a vocative is the tagger taking a foreign man's
		// first name for a woman's called by hers ("Dmytro" as of
		// "Dmytra"; see nominalCase): it tells no gender.
		if (t.UPOS == "PROPN" || t.UPOS == "NOUN") && genderOf(t.Feats) == "Fem" && !a.vocativeName(k) {
			fem = true
		}
	}
	for j := 0; j < i; j++ {
		p := a.found[j]
		if p.gender == "" || p.Speaker.Text == "" || p.Speaker.Text != a.spanText(sp) {
			continue
		}
		switch p.gender {
		case "Fem":
			fem = true
		case "Masc":
			masc = true
		}
	}
	return fem, masc
}

func (a *annotator) spanText(sp speaker) string {
	if sp.text != "" {
		return sp.text
	}
	return a.span(sp.from, sp.to)
}

// genderOf returns the value of the Gender feature, or "".
func genderOf(feats string) string { return feature(feats, "Gender=") }

// wordsOf reads the sentence after a quotation ending at byte end for "To
// słowa Bidena" / "These were the words of X": a words noun and a name.
func (a *annotator) wordsOf(end int) (speaker, bool) {
	k := a.tokenAt(end)
	if k >= len(a.toks) || a.toks[k].sent < 0 {
		return speaker{}, false
	}
	si := int(a.toks[k].sent)
	if k < len(a.toks) && a.isQuoteMark(k) {
		// past the closing mark and a full stop into the next sentence
		for k < len(a.toks) && a.isPunct(k) {
			k++
		}
		if k >= len(a.toks) || a.toks[k].sent < 0 {
			return speaker{}, false
		}
		si = int(a.toks[k].sent)
	}
	s := a.d.Sentences[si]
	for j := s.FirstToken; j < s.EndToken && j < s.FirstToken+4; j++ {
		if a.toks[j].kind&lang.Words != 0 {
			// The name qualifies the noun ("słowa Bidena", "słowa
			// prezydenta Bidena"), with no preposition before it: not one
			// in another phrase ("te słowa miała wypowiedzieć po
			// opuszczeniu więzienia w Multanie").
			nf, nt, ok := a.nameIn(j+1, s.EndToken, false)
			// A person's mention after a body's name ("Tak twierdzi
			// prezes Banku Anglii Mark Carney"), or after "z ust" ("Te
			// słowa padły z ust prezesa …").
			if pf, pt, pok := a.personIn(j+1, s.EndToken); pok && (!ok || pf >= nf) {
				return speaker{from: pf, to: pt}, true
			}
			if ok && !a.stopBetween(j+1, nf) {
				return speaker{from: nf, to: nt}, true
			}
		}
	}
	return speaker{}, false
}

// stopBetween reports whether a word that ends a speaker phrase (a
// preposition, a conjunction) stands in tokens [from, to).
func (a *annotator) stopBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if a.toks[k].kind&lang.Stop != 0 {
			return true
		}
	}
	return false
}

func (a *annotator) quotedRange(from, to int) bool {
	for k := from; k < to; k++ {
		if a.toks[k].quoted {
			return true
		}
	}
	return false
}

// sameCase reports whether tokens i and j may be in one case: the
// morphology gives both a case and it is the same, or one of them has
// none or is its own lemma (a foreign name as good as uninflected).
func (a *annotator) sameCase(i, j int) bool {
	ci, cj := caseOf(a.d.Tokens[i].Feats), caseOf(a.d.Tokens[j].Feats)
	if ci == "" || cj == "" || ci == cj {
		return true
	}
	ti, tj := a.d.Tokens[i], a.d.Tokens[j]
	return strings.EqualFold(ti.Lemma, a.d.Text[ti.Start:ti.End]) && strings.EqualFold(tj.Lemma, a.d.Text[tj.Start:tj.End])
}

// fullName returns the longest run of name words in the document that
// ends with the last word of the name at tokens [from, to) and is longer
// than it ("Cavusoglu" → "Mevlut Cavusoglu"), or "".
func (a *annotator) fullName(from, to int) string {
	last := a.form(to - 1)
	best, bestLen := "", to-from
	ix := a.index()
	if b, ok := ix.full[fullKey{last, bestLen}]; ok {
		return b
	}
	if ix.full == nil {
		ix.full = map[fullKey]string{}
	}
	defer func() { ix.full[fullKey{last, to - from}] = best }()
	// "O'Leary'ego": the name as the text gives it without the case
	// ending, when it does ("Michael O'Leary").
	if base := a.x.BaseName(last); base != "" {
		for _, k := range a.foldedTokens(base) {
			if !strings.EqualFold(a.form(k), base) || !a.isName(k) {
				continue
			}
			s := k
			for s > 0 && a.toks[s-1].sent == a.toks[k].sent && a.isName(s-1) && k+1-s < 4 && !a.possessive(s-1) {
				s--
			}
			s = a.trimRun(s, k+1)
			if n := k + 1 - s; n >= bestLen && (best == "" || n > bestLen) {
				best, bestLen = a.span(s, k+1), n
			}
		}
		if best != "" {
			return best
		}
	}
	for _, k := range a.foldedTokens(last) {
		f := a.form(k)
		if len(f) < len(last) || !strings.EqualFold(f, last) && !(len(f) > len(last) && f[len(f)-len(last)-1] == '-' && strings.EqualFold(f[len(f)-len(last):], last)) {
			continue
		}
		if !a.isName(k) {
			continue
		}
		s := k
		for s > 0 && a.toks[s-1].sent == a.toks[k].sent && a.isName(s-1) && a.sameCase(s-1, k) && !a.possessive(s-1) {
			s--
		}
		s = a.trimRun(s, k+1)
		if n := k + 1 - s; n > bestLen && n <= 4 {
			best, bestLen = a.span(s, k+1), n
		}
	}
	return best
}

// entityIn returns the tokens of a person's (or else any entity's)
// mention inside tokens [from, to).
func (a *annotator) entityIn(from, to int) (int, int, bool) {
	if len(a.d.Entities) == 0 || from < 0 || to <= from {
		return 0, 0, false
	}
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	// The first person's mention inside, in the order of the entities
	// and their mentions, else the first mention of any entity.
	bf, bt, person := -1, -1, false
	var best mentionRef
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.start < start || r.end > end {
			continue
		}
		isPerson := a.d.Entities[r.e].Type == "PERSON"
		if bf >= 0 && (person && !isPerson || person == isPerson && best.before(r)) {
			continue
		}
		mf, mt := a.tokenAt(r.start), a.tokenBefore(r.end)+1
		if mf < mt {
			bf, bt, person, best = mf, mt, isPerson, r
		}
	}
	return bf, bt, bf >= 0 && person
}

// personIn returns the tokens of the first person's mention inside tokens
// [from, to) that does not belong to a prepositional phrase or a phrase
// about a medium ("Minister spraw zagranicznych Ukrainy Dmytro Kułeba w
// rozmowie z agencją Reuters": Kułeba, not Reuters; "Przewodniczący
// Komisji … Bob Menendez": Menendez, not the committee).
func (a *annotator) personIn(from, to int) (int, int, bool) {
	if len(a.d.Entities) == 0 || from < 0 || to <= from {
		return 0, 0, false
	}
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.start < start || r.end > end || a.d.Entities[r.e].Type != "PERSON" {
			continue
		}
		mf, mt := a.tokenAt(r.start), a.tokenBefore(r.end)+1
		if mf >= mt || a.oblique(mf, from) || a.quotedRange(mf, mt) || a.toks[mf].named || a.obliqueCases(mf, mt) {
			continue
		}
		// A mention the recognizer cut short widens to the name words
		// around it that no other entity holds ("Kim" + "Dzong Un").
		for mf > from && a.isName(mf-1) && !a.otherEntityIn(mf-1, mf, r.e) {
			mf--
		}
		for mt < to && a.isName(mt) && !a.otherEntityIn(mt, mt+1, r.e) {
			mt++
		}
		return mf, mt, true
	}
	return 0, 0, false
}

// entityIndexAt returns the index of the entity with a mention starting
// at token k, or -1.
func (a *annotator) entityIndexAt(k int) int {
	start := a.d.Tokens[k].Start
	for _, r := range a.mentionsFrom(start) {
		if r.start > start {
			break
		}
		if r.start == start {
			return r.e
		}
	}
	return -1
}

// speakerInBlock reports whether a quotation before i in paragraph block
// has a speaker.
func (a *annotator) speakerInBlock(i, block int) bool {
	for j := i - 1; j >= 0; j-- {
		p := a.found[j]
		k := a.tokenAt(p.Start)
		if k >= len(a.toks) || a.toks[k].sent < 0 {
			continue
		}
		if b := a.d.Sentences[a.toks[k].sent].Block; b != block {
			return false
		}
		if p.Speaker.Text != "" {
			return true
		}
	}
	return false
}

// subjectPersonBefore returns the person's mention that is the subject of
// the speech verb at v: looked for in the stretches between commas from
// the verb back ("Dodik's lawyer, Anto Nobilo, said"), stopping at the
// first stretch that holds a name, a person's or not, so that "Speaking
// after meeting Joe Biden, Macron said" stays Macron's.
func (a *annotator) subjectPersonBefore(start, v int) (int, int, bool) {
	end := v
	for k := v - 1; k >= start-1; k-- {
		if k >= start && a.form(k) != "," {
			continue
		}
		if pf, pt, ok := a.personIn(k+1, end); ok {
			return pf, pt, true
		}
		if _, _, ok := a.firstRun(k+1, end, false); ok {
			return 0, 0, false
		}
		end = k
	}
	return 0, 0, false
}

// subjectPerson returns the subject of the sentence in tokens [from, to)
// when it is a person's mention: the first name run in the nominative,
// outside quotations, that a PERSON mention covers.
func (a *annotator) subjectPerson(from, to int) (int, int, bool) {
	nf, nt, ok := a.nameIn(from, to, true)
	if !ok || a.quotedRange(nf, nt) {
		return 0, 0, false
	}
	pf, pt, ok := a.personIn(nf, nt)
	if !ok {
		return 0, 0, false
	}
	// "Adwokat Asii Bibi zdecydował się …": the lawyer is the
	// subject, not the person whose lawyer they are.
	if pf > from && a.x.NamedSpeaker && a.possessorRole(pf-1, pt) {
		return 0, 0, false
	}
	return pf, pt, true
}

// otherEntityIn reports whether a token of [from, to) lies in a mention
// of an entity other than ei.
func (a *annotator) otherEntityIn(from, to, ei int) bool {
	if from >= to {
		return false
	}
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.e != ei && r.end > start {
			return true
		}
	}
	return false
}

// entityAt returns the ID of the entity with a mention over the speaker's
// words, or "".
func (a *annotator) entityAt(sp speaker) string {
	if sp.from < 0 || sp.to <= sp.from || len(a.d.Entities) == 0 {
		return ""
	}
	start, end := a.d.Tokens[sp.from].Start, a.d.Tokens[sp.to-1].End
	best := mentionRef{e: -1}
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if start < r.end && (best.e < 0 || r.before(best)) {
			best = r
		}
	}
	if best.e >= 0 {
		return a.d.Entities[best.e].ID
	}
	// A surname alone: the person entity whose name ends with it.
	if ei := a.surnameEntity(strings.ToLower(a.form(sp.to - 1))); ei >= 0 {
		return a.d.Entities[ei].ID
	}
	return ""
}

// namedInRole finds the person a role phrase stands for ("szef gabinetu
// prezydenta", "rzeczniczka", "prezes UOKiK"): the name that follows the
// same words, in any case, at their nearest place before the phrase
// ("szef gabinetu prezydenta Krzysztof Szczerski"), else roleHolder's.
// The phrase must hold no name but that of a body ("prezes UOKiK"); one
// that does not open with a title ("agency chief") is left to
// roleHolder. A holder given only as someone's ("Adwokat Asii Bibi") and
// no named one gives a speaker with no words (from -1): someone unnamed.
func (a *annotator) namedInRole(sp speaker) (speaker, bool) {
	from, to := sp.from, sp.to
	if from < 0 || to <= from || to-from > 5 {
		return speaker{}, false
	}
	for k := from; k < to; k++ {
		if a.isName(k) && !a.bodyName(k) {
			return speaker{}, false
		}
	}
	if a.toks[from].kind&lang.Title == 0 {
		// "agency chief": the title after a word that qualifies it.
		return a.roleHolder(from, to)
	}
	n := to - from
	unnamed := false // the role's holder is given only as someone's
	// "Prezydent Jan Lis spotkał się z prezydentem Węgier Janem Nagyem.
	// … – oświadczył prezydent.": a holder named where the title is in
	// a case no subject takes (whom the subject met, spoke to) is kept
	// only if no holder is named where it is not.
	var aside speaker
	hasAside := false
	for k := from - 1; k >= 0; k-- {
		if a.toks[k].sent < 0 || a.toks[k].quoted || k+n >= len(a.toks) {
			continue
		}
		same := true
		for j := 0; j < n && same; j++ {
			same = a.toks[k+j].sent == a.toks[k].sent && a.sameWord(k+j, from+j)
		}
		if !same {
			continue
		}
		e := k + n
		for e < len(a.toks) && a.toks[e].sent == a.toks[k].sent && a.isName(e) && e-(k+n) < 6 {
			e++
		}
		// "rzeczniczka Departamentu Stanu USA Heather Nauert": the
		// person's mention after the body's name.
		lim := k + n
		for lim < len(a.toks) && lim < k+n+7 && a.toks[lim].sent == a.toks[k].sent && a.toks[lim].word && !a.toks[lim].quoted && (a.isName(lim) || a.toks[lim].caps) {
			lim++
		}
		if pf, pt, ok := a.personIn(k+n, lim); ok && pf == k+n && a.x.NamedSpeaker && a.possessorRole(pf-1, pt) {
			// "Adwokat Asii Bibi …. – … – powiedział adwokat": whose
			// lawyer, not the lawyer's name.
			unnamed = true
			continue
		}
		var named speaker
		if pf, pt, ok := a.personIn(k+n, lim); ok {
			named, _ = a.phrase(pf, pt)
		} else {
			if e-(k+n) > 4 {
				e = k + n + 4
			}
			if !(e-(k+n) >= 2 || e-(k+n) == 1 && a.fullName(k+n, e) != "") {
				continue
			}
			named, _ = a.phrase(k+n, e)
		}
		if a.obliqueCase(k) && !strings.Contains(a.d.Tokens[k].Feats, "Case=Nom") {
			if !hasAside {
				aside, hasAside = named, true
			}
			continue
		}
		return named, true
	}
	if hasAside {
		return aside, true
	}
	if sp, ok := a.roleHolder(from, to); ok || !unnamed {
		return sp, ok
	}
	return speaker{from: -1, to: -1}, true
}

// bodyTail returns where the name words after the last body's mention
// in the name run [from, to) start, when two or more of them follow it
// and no entity's mention but a person's starting there holds them; else
// from. A body's mention is one of an entity that is no person, or a
// person's mention (a recogniser's mistake) of several words or in the
// genitive ("Tehreek-e-Labaik"); "Kim" + "Dzong Un" stays whole.
func (a *annotator) bodyTail(from, to int) int {
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	b := from
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.end <= start || r.start < start {
			continue
		}
		mf, mt := a.tokenAt(r.start), a.tokenBefore(r.end)+1
		if mf == b && a.d.Entities[r.e].Type == "PERSON" && b > from {
			continue // the speaker's own mention after the body's
		}
		body := a.d.Entities[r.e].Type != "PERSON" || mt-mf >= 2 || caseOf(a.d.Tokens[mf].Feats) == "Gen"
		if !body || mt > to-2 {
			return from
		}
		b = mt
	}
	return b
}

// bodyName reports whether token k lies in the mention of an entity that
// is no person ("prezes UOKiK", "rzecznik Kremla").
func (a *annotator) bodyName(k int) bool {
	start := a.d.Tokens[k].Start
	for _, r := range a.mentionsFrom(start) {
		if r.start > start {
			break
		}
		if r.end > start {
			return a.d.Entities[r.e].Type != "PERSON"
		}
	}
	return false
}

// roleHolder finds the person a role phrase [from, to) stands for when
// the document names its holder in other words: the nearest person
// before it given that title, with words between the title and the name
// ("zakończył wiceminister" ← "Wiceminister energii Michał Kurtyka"), or
// another title for the head of the same body ("prezes UOKiK" ← "szef
// UOKiK Marek Niechciał"). The words after the phrase's title ("UOKiK")
// must stand between the title and the name. A phrase with such words
// may also take a holder named after it, when none is named before (an
// article that opens with "– … – powiedział prezes UOKiK").
func (a *annotator) roleHolder(from, to int) (speaker, bool) {
	head := -1
	for k := from; k < to; k++ {
		if a.toks[k].kind&lang.Title != 0 && (a.d.Tokens[k].UPOS != "ADJ" || a.toks[k].kind&lang.Leader != 0) {
			head = k
			break
		}
	}
	if head < 0 {
		return speaker{}, false
	}
	// The words that qualify the title ("UOKiK", "agency"); adjectives
	// and titles before it ("rosyjski", "former") are left out.
	var quals []int
	for k := from; k < to; k++ {
		if k != head && a.toks[k].word && a.toks[k].kind&(lang.Skip|lang.Stop) == 0 &&
			(k > head || a.toks[k].kind&lang.Title == 0 && a.d.Tokens[k].UPOS != "ADJ") {
			quals = append(quals, k)
		}
	}
	// "rosyjski prezydent": a holder of another country's office is not
	// the one meant.
	country := a.phraseCountry(from, to)
	unnamed := false // the nearest holder is given only as someone's
	for k := from - 1; k >= 0; k-- {
		sp, ok := a.holderAt(k, head, quals)
		if ok && sp.from < 0 {
			unnamed = true
			break
		}
		if ok && !a.otherCountry(sp, country) {
			return sp, true
		}
	}
	if unnamed {
		// "Adwokat Asii Bibi zdecydował …. – … – powiedział mecenas":
		// the lawyer speaks, whom the text does not name.
		return speaker{from: -1, to: -1}, true
	}
	if len(quals) == 0 {
		return speaker{}, false
	}
	for k := to; k < len(a.toks); k++ {
		if sp, ok := a.holderAt(k, head, quals); ok && !a.otherCountry(sp, country) {
			return sp, true
		}
	}
	return speaker{}, false
}

// phraseCountry returns the country of a demonym in tokens [from, to)
// (a NORP entity's mention with a country: "rosyjski prezydent",
// "amerykański dyplomata"), or "".
func (a *annotator) phraseCountry(from, to int) string {
	if from < 0 || to <= from || len(a.d.Entities) == 0 {
		return ""
	}
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if e := a.d.Entities[r.e]; r.start >= start && r.end <= end && e.Type == "NORP" && e.Country != "" {
			return e.Country
		}
	}
	return ""
}

// otherCountry reports whether speaker sp is an entity of a country other
// than country (both known).
func (a *annotator) otherCountry(sp speaker, country string) bool {
	if country == "" {
		return false
	}
	id := a.entityAt(sp)
	if id == "" {
		return false
	}
	for _, e := range a.d.Entities {
		if e.ID == id {
			return e.Country != "" && e.Country != country
		}
	}
	return false
}

// holderAt reports whether token k is a title like head (the same word,
// or both heads of a body) with a person's name in its phrase — after it
// ("szef UOKiK Marek Niechciał", "Commission chairman John Smith") or,
// in apposition, before it and a comma ("Maria Lopez, the head of the
// agency") — and the words quals in the phrase; it returns the name.
func (a *annotator) holderAt(k, head int, quals []int) (speaker, bool) {
	t := a.toks[k]
	if t.sent < 0 || t.quoted || !t.word || t.kind&lang.Title == 0 {
		return speaker{}, false
	}
	if !a.sameTitle(k, head) {
		return speaker{}, false
	}
	inPhrase := func(j int) bool {
		tok := a.d.Tokens[j]
		return a.toks[j].sent == t.sent && !a.toks[j].quoted && tok.UPOS != "VERB" && tok.UPOS != "AUX" &&
			!a.speechOrStance(j) && (a.toks[j].word || tok.Kind == doc.Number || a.abbrevPoint(j))
	}
	// The title's phrase: up to three words before it and eight tokens
	// after it, no verb, no quotation, no punctuation but a comma before
	// a name.
	pstart := k
	for pstart > 0 && k-pstart < 3 && inPhrase(pstart-1) {
		pstart--
	}
	end := k + 1
	// After a comma, a name or a title and a name ("wiceprzewodniczący
	// Parlamentu Europejskiego, profesor Jan Lis").
	nameNext := func(j int) bool {
		return j < len(a.toks) && (a.isName(j) || a.toks[j].kind&lang.Title != 0 && j+1 < len(a.toks) && a.isName(j+1))
	}
	for end < len(a.toks) && end < k+9 && (inPhrase(end) || a.form(end) == "," && nameNext(end+1)) {
		end++
	}
	pf, pt, ok := a.personIn(k+1, end)
	if !ok {
		// No person's mention: a run of two name words no entity holds.
		for j := k + 1; j+1 < end && !ok; j++ {
			if a.isName(j) && a.isName(j+1) && !a.otherEntityIn(j, j+2, -1) {
				pf, pt, ok = j, j+2, true
				for pt < end && a.isName(pt) {
					pt++
				}
			}
		}
	}
	if !ok {
		// "klubu Zielonych w Bundestagu Katrin Goering-Eckardt", one
		// mention of a body to the recognizer: the name words after the
		// body's name in the genitive or another oblique case, two or
		// more, each a proper noun that may be in the nominative, that
		// end a mention opening with the body's name.
		for j := k + 1; j < end; j++ {
			if !a.isName(j) {
				continue
			}
			e := j
			for e < end && a.isName(e) {
				e++
			}
			b := j
			for e-b > 2 && (caseOf(a.d.Tokens[b].Feats) == "Gen" || a.obliqueCase(b)) {
				b++
			}
			if e-b >= 2 && b > j && a.properNominative(b, e) && a.mentionTail(j, b, e) {
				pf, pt, ok = b, e, true
			}
			j = e
		}
	}
	// "Jan Lis, adwokat Asii Bibi, …": the person after the title in
	// an oblique case is whose lawyer he is; the name before the comma
	// holds the office.
	if ok && (!a.nominative(pt-1) || pf == k+1 && a.x.NamedSpeaker && a.possessorRole(k, pt)) && pstart >= 2 && a.form(pstart-1) == "," && a.toks[pstart-1].sent == t.sent {
		if af, at, aok := a.personIn(max(pstart-5, 0), pstart-1); aok && at == pstart-1 && a.nominative(at-1) {
			sp, _ := a.phrase(af, at)
			return sp, true
		}
	}
	if ok && pf == k+1 && a.x.NamedSpeaker && a.possessorRole(k, pt) {
		// "Adwokat Asii Bibi zdecydował …": whose lawyer; the lawyer
		// is not named here (a holder with no words).
		return speaker{from: -1, to: -1}, true
	}
	qfrom, qto := pstart, pf
	if !ok {
		// "Maria Lopez, the head of …": a person's mention, a comma and
		// the title's phrase.
		b := pstart - 1
		if b < 1 || a.form(b) != "," || a.toks[b].sent != t.sent {
			return speaker{}, false
		}
		if pf, pt, ok = a.personIn(max(b-4, 0), b); !ok || pt != b {
			return speaker{}, false
		}
		qfrom, qto = pstart, end
	}
	for _, q := range quals {
		found := false
		for j := qfrom; j < qto && !found; j++ {
			found = j != k && (a.sameWord(j, q) || a.acronymOf(q, j, qto))
		}
		if !found {
			return speaker{}, false
		}
	}
	sp, _ := a.phrase(pf, pt)
	return sp, true
}

// acronymOf reports whether token q is an acronym ("KE", "MSZ") of the
// capitalised words from token j on, before token to ("Komisji
// Europejskiej", "Ministerstwa Spraw Zagranicznych"): "przewodniczący KE"
// and "szef Komisji Europejskiej Jean-Claude Juncker" name one person.
func (a *annotator) acronymOf(q, j, to int) bool {
	if !a.toks[q].caps {
		return false
	}
	letters := []rune(a.form(q))
	if len(letters) < 2 || len(letters) > 6 {
		return false
	}
	for _, r := range letters {
		if j >= to || !a.toks[j].word || !a.toks[j].cap || a.toks[j].caps {
			return false
		}
		first, _ := utf8.DecodeRuneInString(a.form(j))
		if first != r {
			return false
		}
		j++
		if j < to && a.toks[j].word && !a.toks[j].cap && a.toks[j].kind&lang.Stop != 0 {
			j++ // "Ministerstwo do Spraw …": a small word between
		}
	}
	return true
}

// mentionTail reports whether one entity mention runs from token j (or
// before) through tokens [b, e), ending with them.
func (a *annotator) mentionTail(j, b, e int) bool {
	start, end := a.d.Tokens[j].Start, a.d.Tokens[e-1].End
	for _, r := range a.mentionsFrom(start) {
		if r.start > start {
			break
		}
		if r.end == end && r.start < a.d.Tokens[b].Start {
			return true
		}
	}
	return false
}

// properNominative reports whether every token of [from, to) is a proper
// noun that may be in the nominative.
func (a *annotator) properNominative(from, to int) bool {
	for k := from; k < to; k++ {
		if a.d.Tokens[k].UPOS != "PROPN" || !a.nominative(k) {
			return false
		}
	}
	return true
}

// sameTitle reports whether title words i and j name one office: one
// word, both heads of a body ("szef", "prezes"), or one office by the
// lexicon ("adwokat", "mecenas").
func (a *annotator) sameTitle(i, j int) bool {
	if a.sameWord(i, j) || a.toks[i].kind&lang.Leader != 0 && a.toks[j].kind&lang.Leader != 0 {
		return true
	}
	li, lj := strings.ToLower(a.d.Tokens[i].Lemma), strings.ToLower(a.d.Tokens[j].Lemma)
	// One statement each: a.lower writes into one buffer, and both calls
	// of a pair would run before either conversion copies it.
	fi := string(a.lower(a.form(i)))
	fj := string(a.lower(a.form(j)))
	return a.x.SameRole(li, lj) || a.x.SameRole(fi, fj) || a.x.SameRole(li, fj) || a.x.SameRole(fi, lj)
}

// sameWord reports whether tokens i and j are one word: the same lemma,
// or the same form ignoring case.
func (a *annotator) sameWord(i, j int) bool {
	ti, tj := a.d.Tokens[i], a.d.Tokens[j]
	if ti.Lemma != "" && tj.Lemma != "" && strings.EqualFold(ti.Lemma, tj.Lemma) {
		return true
	}
	return strings.EqualFold(a.form(i), a.form(j))
}

// newSubject reports whether sentence si, the one just before quotation
// i, stands wholly after the quotation before i: no quotation of its
// own and none ending in it. Its subject is then nearer than that
// quotation's speaker, in one paragraph too ("„…” – powiedział Jan Lis.
// Minister Piotr Bąk dał do zrozumienia, że … „…” – zauważył.": Bąk).
// A question or a line with a colon is no such sentence: "Czytaj także:
// Gerhard Schroeder zostanie objęty sankcjami?", a link amid the text.
func (a *annotator) newSubject(i, si int) bool {
	s := a.d.Sentences[si]
	if a.quotedRange(s.FirstToken, s.EndToken) || s.EndToken <= s.FirstToken || a.form(s.EndToken-1) != "." {
		return false
	}
	for k := s.FirstToken; k < s.EndToken; k++ {
		if a.form(k) == ":" {
			return false
		}
	}
	if i == 0 {
		return true
	}
	last := a.tokenBefore(a.found[i-1].End)
	return last >= 0 && int(a.toks[last].sent) < si
}

// firstPersonVerb reports whether the verb at v is in the first or second
// person singular: by the morphology, by its ending, or by a person ending written
// apart after it ("powiedział em", "– … – dodała m."; not "dodał m.in.").
func (a *annotator) firstPersonVerb(v int) bool {
	feats := a.d.Tokens[v].Feats
	if strings.Contains(feats, "Number=Plur") {
		return false // "– czytamy w oświadczeniu MSZ": who writes is named after
	}
	if strings.Contains(feats, "Person=1") || strings.Contains(feats, "Person=2") || a.x.FirstPersonEnding(string(a.lower(a.form(v)))) {
		return true
	}
	k := v + 1
	if k >= len(a.toks) || a.toks[k].sent != a.toks[v].sent || a.toks[k].kind&lang.PersonEnding == 0 || a.d.Tokens[k].Start != a.d.Tokens[v].End+1 {
		return false
	}
	// a one-letter ending before a point and more words is an abbreviation
	return !(len(a.form(k)) == 1 && k+2 < len(a.toks) && a.form(k+1) == "." && a.toks[k+2].sent == a.toks[v].sent && a.toks[k+2].word)
}

// firstSingular reports whether the verb at v is in the first person
// singular, never the second ("zrobiłam", "zrobiła m" as NKJP spaces it;
// not "zrobiłaś", whose gender is the hearer's): by the morphology, by a
// first-person ending, or by a first-person ending written apart after it.
func (a *annotator) firstSingular(v int) bool {
	if strings.Contains(a.d.Tokens[v].Feats, "Person=1") || a.x.FirstPersonEnding(string(a.lower(a.form(v)))) {
		return true
	}
	k := v + 1
	return k < len(a.toks) && a.toks[k].sent == a.toks[v].sent && a.toks[k].kind&lang.PersonEnding != 0 &&
		a.d.Tokens[k].Start == a.d.Tokens[v].End+1 && strings.Contains(a.d.Tokens[k].Feats, "Person=1") &&
		!(len(a.form(k)) == 1 && k+2 < len(a.toks) && a.form(k+1) == "." && a.toks[k+2].sent == a.toks[v].sent && a.toks[k+2].word)
}

// describedPerson reports whether sp may be the person that quotation i's
// speaker phrase describes without an office ("– dodał mężczyzna", "–
// powiedziała urzędniczka"): yes for any other phrase; else sp must be the
// speaker of the turn right before or stand in i's paragraph, so that
// someone the text does not name ("Przyszli mieszkańcy wsi. – … –
// powiedział mężczyzna") is not taken for a speaker further back; and a
// person whose first name is masculine is no "kobieta" ("Minister Jan Bąk
// …. – … – powiedziała kobieta").
func (a *annotator) describedPerson(i int, sp speaker) bool {
	f := a.found[i]
	head := -1
	for k := max(f.spkFrom, 0); k < f.spkTo && k < len(a.toks); k++ {
		if a.toks[k].kind&lang.PersonNoun != 0 && a.d.Tokens[k].UPOS == "NOUN" {
			head = k
			break
		}
	}
	if head < 0 {
		return true
	}
	if a.toks[sp.from].sent < 0 {
		return false
	}
	// The verb's gender, else the noun's (a tagger may read "polityk"
	// as the genitive plural of "polityka").
	g := genderOf(a.d.Tokens[head].Feats)
	if f.verbTok >= 0 && strings.Contains(a.d.Tokens[f.verbTok].Feats, "Number=Sing") {
		if vg := genderOf(a.d.Tokens[f.verbTok].Feats); vg != "" {
			g = vg
		}
	}
	if g != "" && sp.to-sp.from >= 2 {
		first := a.d.Tokens[sp.from]
		if fem, _ := a.speakerGender(i, sp); first.UPOS == "PROPN" && genderOf(first.Feats) != g && !(g == "Fem" && fem) {
			return false
		}
	}
	if p := a.previous(i); p >= 0 && a.found[p].spkFrom == sp.from && a.found[p].spkTo == sp.to {
		if last := a.tokenBefore(a.found[p].End); f.firstSent-int(a.toks[last].sent) <= 1 {
			return true // the turn right before
		}
	}
	return a.d.Sentences[a.toks[sp.from].sent].Block == a.d.Sentences[a.toks[head].sent].Block
}

// commonHead reports whether speaker words [from, to) open with a noun for
// people by what they are ("mieszkańcy", "Czytelnik"), after adjectives,
// and hold no person's mention: whatever name follows says where they are
// from, not who they are.
func (a *annotator) commonHead(from, to int) bool {
	k := from
	for k < to && a.toks[k].word && a.d.Tokens[k].UPOS == "ADJ" && a.toks[k].kind&lang.Common == 0 {
		k++
	}
	if k >= to || a.toks[k].kind&lang.Common == 0 {
		return false
	}
	_, _, person := a.personIn(from, to)
	return !person
}

// demonymPerson reports whether speaker words sp are one noun for a person
// of a nation ("– podkreślił Francuz", "– dodał Niemiec"): one word in the
// singular, the mention of a nationality, or of a country where the
// morphology reads the word as a person. Like a title, it stands for the
// person named before.
func (a *annotator) demonymPerson(sp speaker) bool {
	if sp.from < 0 || sp.to != sp.from+1 || len(a.d.Entities) == 0 {
		return false
	}
	t := a.d.Tokens[sp.from]
	if !strings.Contains(t.Feats, "Number=Sing") {
		return false
	}
	ei := a.entityIndexAt(sp.from)
	if ei < 0 {
		return false
	}
	switch a.d.Entities[ei].Type {
	case "NORP":
		return true
	case "GPE":
		return strings.Contains(t.Feats, "Animacy=Hum")
	}
	return false
}

// bodyPhrase reports whether speaker words [from, to) are a noun of kind
// k, for an organisation by what it is ("przewoźnik", "irlandzkie linie
// lotnicze") or for a written statement ("dokument"), with adjectives only
// and no name.
func (a *annotator) bodyPhrase(from, to int, kind lang.SpeechKind) bool {
	head := false
	for k := from; k < to && k < len(a.toks); k++ {
		t := a.toks[k]
		switch {
		case !t.word || a.isName(k) && !(k == from && a.opensSentence(k)):
			return false
		case t.kind&kind != 0 && a.d.Tokens[k].UPOS == "NOUN":
			head = true
		case a.d.Tokens[k].UPOS != "ADJ":
			return false
		}
	}
	return head
}

// lastBodyBefore finds the organisation a body noun points back to for
// quotation i: the last mention of an organisation in the nominative in
// the six sentences before the quotation's, or in its own before it; for
// a written statement (anyCase), in any case in the three sentences
// before.
func (a *annotator) lastBodyBefore(i int, anyCase bool) (speaker, bool) {
	f := a.found[i]
	first := f.firstSent
	if first < 0 || first >= len(a.d.Sentences) || len(a.d.Entities) == 0 {
		return speaker{}, false
	}
	back := 6
	if anyCase {
		back = 3
	}
	start, end := a.d.Sentences[max(first-back, 0)].Start, f.Start
	bf, bt := -1, -1
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.start < start || a.d.Entities[r.e].Type != "ORG" {
			continue
		}
		mf, mt := a.tokenAt(r.start), a.tokenBefore(r.end)+1
		if mf >= mt || a.toks[mf].sent < 0 || a.quotedRange(mf, mt) || a.toks[mf].named || !anyCase && !a.nominative(mt-1) {
			continue
		}
		bf, bt = mf, mt
	}
	if bf < 0 {
		return speaker{}, false
	}
	return speaker{from: bf, to: bt, text: a.span(bf, bt)}, true
}

// titledPersonAfter returns the mention [ef, et) of the person who speaks
// in a phrase ending at to: a later person's mention that an office word
// joins to the first ("WindEurope's public affairs chief Jane Doe",
// "Acme spokesman John Roe": the recognizer may take the body for a
// person), or that follows a first mention made only of office words
// ("Gen. John Roe"), wins over it. Words of a clause (stop words),
// commas and other punctuation between keep the first mention.
func (a *annotator) titledPersonAfter(ef, et, to int) (int, int) {
	allTitle := true
	for k := ef; k < et; k++ {
		if a.toks[k].word && a.toks[k].kind&lang.Title == 0 {
			allTitle = false
		}
	}
	title := false
	for k := et; k < to; k++ {
		t := a.toks[k]
		if !t.word {
			w := a.form(k)
			if w != "." && w != "’s" && w != "'s" && w != "’" && w != "'" {
				return ef, et
			}
			continue
		}
		if t.kind&(lang.Stop|lang.Pronoun) != 0 {
			return ef, et
		}
		if t.kind&lang.Title != 0 {
			title = true
			continue
		}
		if !t.cap || !title && !allTitle {
			// A lower-case word, or a name before any office word.
			if t.cap || t.kind&lang.Skip != 0 {
				return ef, et
			}
			continue
		}
		ei := a.entityIndexAt(k)
		if ei < 0 || a.d.Entities[ei].Type != "PERSON" {
			return ef, et
		}
		start := a.d.Tokens[k].Start
		for _, r := range a.mentionsFrom(start) {
			if r.start != start || r.e != ei {
				continue
			}
			mf, mt := a.tokenAt(r.start), a.tokenBefore(r.end)+1
			if mf < mt && mt <= to {
				return mf, mt
			}
		}
		return ef, et
	}
	return ef, et
}

// givenGender returns the gender of quotation f's speaker that its verb
// gives ("powiedziała"), else the one a pronoun next to the verb standing
// for the speaker gives ("“…,” she said"), else "".
func (a *annotator) givenGender(f *found) string {
	if f.verbTok >= 0 {
		if g := genderOf(a.d.Tokens[f.verbTok].Feats); g != "" {
			return g
		}
	}
	if p := a.speakerPronoun(f); p >= 0 {
		if g := genderOf(a.d.Tokens[p].Feats); g == "Fem" || g == "Masc" {
			return g
		}
	}
	return ""
}

// selfGender returns the gender the speaker of quotation f gives
// themselves: that of the verbs in the first person singular that have a
// gender inside the quotation ("Nigdy nikogo nie zabiłam", "zrobiłem",
// "chciałabym"), if they all agree; else "".
func (a *annotator) selfGender(f *found) string {
	g := ""
	for k := a.tokenAt(f.Start); k >= 0 && k < len(a.toks) && a.d.Tokens[k].Start < f.End; k++ {
		t := a.d.Tokens[k]
		if t.UPOS != "VERB" && t.UPOS != "AUX" || !strings.Contains(t.Feats, "Number=Sing") {
			continue
		}
		kg := genderOf(t.Feats)
		if kg != "Fem" && kg != "Masc" || !a.firstSingular(k) {
			continue
		}
		if g != "" && g != kg {
			return ""
		}
		g = kg
	}
	return g
}

// speakerPronoun returns the pronoun next to quotation f's verb that
// stands for its speaker ("he said", "said she"), or -1.
func (a *annotator) speakerPronoun(f *found) int {
	if !f.wantPrev || f.verbTok < 0 {
		return -1
	}
	v := f.verbTok
	for _, k := range []int{v - 1, v + 1} {
		if k >= 0 && k < len(a.toks) && a.toks[k].sent == a.toks[v].sent && !a.toks[k].quoted && a.toks[k].kind&lang.Pronoun != 0 {
			return k
		}
	}
	return -1
}

// possessive reports whether token k is a name with a possessive ending
// ("Fund's", "Acme’s"): whose, not who.
func (a *annotator) possessive(k int) bool {
	w := a.form(k)
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}

// bareMedium reports whether the subject after the speech verb at v is a
// medium's common noun alone, in the nominative, closing the sentence
// ("– podaje gazeta.", "– pisze dziennik."), after adverbs and adjectives.
func (a *annotator) bareMedium(v int) bool {
	sent := a.toks[v].sent
	k := v + 1
	for k < len(a.toks) && a.toks[k].sent == sent && (a.toks[k].kind&lang.Skip != 0 || a.adverb(k) || a.d.Tokens[k].UPOS == "ADJ" && !a.toks[k].cap) {
		k++
	}
	if k >= len(a.toks) || a.toks[k].sent != sent || a.toks[k].cap || a.toks[k].kind&lang.Medium == 0 ||
		a.d.Tokens[k].UPOS != "NOUN" || caseOf(a.d.Tokens[k].Feats) != "Nom" {
		return false
	}
	k++
	return k >= len(a.toks) || a.toks[k].sent != sent || !a.toks[k].word
}

// lastMediumBefore finds the medium a bare medium noun points back to for
// quotation i: the last name after a medium's common noun ("dziennika
// Handelsblatt Global", "agencja Reuters") in the three sentences before
// the quotation's, or in its own before it, outside quotations.
func (a *annotator) lastMediumBefore(i int) (speaker, bool) {
	f := a.found[i]
	first := f.firstSent
	if first < 0 || first >= len(a.d.Sentences) {
		return speaker{}, false
	}
	from := a.d.Sentences[max(first-3, 0)].FirstToken
	end := a.tokenAt(f.Start)
	best := speaker{}
	for k := from; k < end && k < len(a.toks); k++ {
		if a.toks[k].kind&lang.Medium == 0 || a.toks[k].cap || a.toks[k].quoted {
			continue
		}
		j := k + 1
		for j < end && a.d.Tokens[j].UPOS == "ADJ" && !a.toks[j].cap {
			j++
		}
		open := j < end && a.isQuoteMark(j)
		if open {
			j++
		}
		e := j
		for e < end && a.toks[e].sent == a.toks[k].sent && (a.isName(e) || open && a.toks[e].named) && !a.toks[e].quoted {
			e++
		}
		if e > j && !a.personStartsAt(j) {
			best = speaker{from: j, to: e, text: a.span(j, e)}
		}
	}
	return best, best.from < best.to
}

// spacedHyphenName widens a speaker whose name goes on past a hyphen
// written with spaces round it, as NKJP's spacing and some pages give a
// double name ("mówi kierowniczka domu Maj - Britt Auning.", "–
// powiedziała Anna Wiśniewska - Kot."): the name, hyphen joined, when one
// or two capitalised words after the hyphen close the sentence.
func (a *annotator) spacedHyphenName(sp speaker) (speaker, bool) {
	k := sp.to
	if sp.from < 0 || k <= sp.from || k+1 >= len(a.toks) || !a.toks[k-1].cap || !a.toks[k].dash || a.form(k) != "-" ||
		a.toks[k].sent != a.toks[k-1].sent || a.d.Tokens[k].Start == a.d.Tokens[k-1].End || a.d.Tokens[k+1].Start == a.d.Tokens[k].End {
		return sp, false
	}
	e := k + 1
	for e < len(a.toks) && e-k <= 2 && a.toks[e].sent == a.toks[k].sent && a.toks[e].word && a.toks[e].cap && !a.toks[e].caps {
		e++
	}
	if e == k+1 || e < len(a.toks) && a.toks[e].sent == a.toks[k].sent && a.form(e) != "." {
		return sp, false
	}
	start := k - 1
	for start > sp.from && a.toks[start-1].cap && a.toks[start-1].word {
		start--
	}
	text := a.span(start, k) + "-" + a.span(k+1, e)
	return speaker{from: start, to: e, text: text}, true
}
