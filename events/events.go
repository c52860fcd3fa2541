// Package events is Kronika's event coder: it finds the acts that sentences
// report (who did what to whom, when) and codes them as PLOVER types with
// the nearest CAMEO code. The engine knows no language: each language gives
// it a trigger lexicon with case or position frames (lang.EventLexicon) and
// the noun phrases and verb groups of its sentences (lang.Chunker); the
// participants come from the entities and actors already linked.
package events

import (
	"slices"
	"sort"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/lang"
)

// Annotate codes the events of d, which must have its sentences, tokens,
// phrases, entities, times and quotes. It replaces d.Events. A language
// without an event lexicon gets none.
func Annotate(d *doc.Document, l *lang.Language) {
	d.Events = nil
	if l == nil || l.Events == nil || len(d.Sentences) == 0 {
		return
	}
	c := newCoder(d, l)
	var found []*candidate
	for si := range d.Sentences {
		found = append(found, c.sentence(si)...)
	}
	if c.x.Rules["showofforce"] {
		showOfForce(found)
	}
	d.Events = merge(d, found)
}

// coder holds the indexes one document's coding uses.
type coder struct {
	// things: a thing the actor base links to its owner may fill the
	// slot being filled, the target's (thing.go)
	things    bool
	d         *doc.Document
	l         *lang.Language
	x         *lang.EventLexicon
	tokEnt    []int32  // token → 1 + index of the entity a mention of which covers it; 0 for none
	tokPhrase []int32  // token → 1 + index of its phrase in d.Phrases; 0 for none
	sentPh    [][2]int // sentence → range of its phrases in d.Phrases
	phraseIdx []int    // 0, 1, … len(d.Phrases)-1, windowed by phrases
	tokQuote  []int32  // token → 1 + index of the quote that contains it; 0 for none
	// prevSubject is the subject of the last finite verb group of the
	// sentence before, for a subject dropped in the next one, and
	// sentSubject this sentence's, each read on first use: few verbs
	// want it (subjectBefore).
	prevSubject, sentSubject *subjectNote
	// lastTarget is the target of the last event coded that named it,
	// and lastTargetSent its sentence: implicit.go
	lastTarget     *filler
	lastTargetSent int
	lastActor      *filler          // that event's source
	passage        []string         // sentence → country of its passage, "?" before passage.go looks
	inOffice       bool             // en_office.go is looking back: no lookup within
	relSpans       map[int][][2]int // sentence → its relative clauses: relative.go
	main           string           // the article's main country (doc.Document.MainCountry)
	sentTimes      [][]int          // sentence → indexes of the DATE times inside it
	dateTok        []bool           // token → inside a DATE time (inDate), made on first use
	entityByID     map[string]int   // entity ID → index in d.Entities
	thenSent       int              // the sentence thenWord looked at last, and its word
	then           string
	// lastDate is the date of the last event dated by a time expression,
	// for a later "wtedy"/"then"
	lastDate, lastDateFrom string
	// pronounHops counts the English pronouns an antecedent search has
	// gone back through: en_pronoun.go
	pronounHops int
	// namedCountries are the countries the article's entities other than
	// nationality words stand for, made on first use: en_demonym.go
	namedCountries map[string]bool
	// dateline is where the dash or colon after the article's dateline
	// stands ("TIRANA — …"), 0 for none: a dateline gives the story's
	// place, never a participant (dateline.go)
	dateline int
}

func newCoder(d *doc.Document, l *lang.Language) *coder {
	c := &coder{d: d, l: l, x: l.Events, main: d.MainCountry()}
	if c.main == "" {
		c.main = townCountry(d) // a local story that names only towns: towns.go
	}
	n := len(d.Tokens)
	c.tokEnt = make([]int32, n)
	c.tokPhrase = make([]int32, n)
	c.tokQuote = make([]int32, n)
	for ei, e := range d.Entities {
		for _, m := range e.Mentions {
			for _, t := range tokensIn(d, m.Span) {
				c.tokEnt[t] = int32(ei + 1)
			}
		}
	}
	for qi, q := range d.Quotes {
		for _, t := range tokensIn(d, q.Span) {
			c.tokQuote[t] = int32(qi + 1)
		}
	}
	var country string
	c.dateline, country = datelineEnd(d)
	if c.main == "" {
		// no country leads the count: the dateline's is the story's
		c.main = country
	}
	c.thenSent = -1
	c.entityByID = make(map[string]int, len(d.Entities))
	for i := range d.Entities {
		c.entityByID[d.Entities[i].ID] = i
	}
	c.sentTimes = make([][]int, len(d.Sentences))
	for i := range d.Times {
		t := &d.Times[i]
		if t.Type != "DATE" {
			continue
		}
		si := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > t.Start })
		if si < len(d.Sentences) && t.Start >= d.Sentences[si].Start && t.End <= d.Sentences[si].End {
			c.sentTimes[si] = append(c.sentTimes[si], i)
		}
	}
	c.phraseIdx = make([]int, len(d.Phrases))
	for i := range c.phraseIdx {
		c.phraseIdx[i] = i
	}
	c.sentPh = make([][2]int, len(d.Sentences))
	for i := range c.sentPh {
		c.sentPh[i] = [2]int{-1, -1}
	}
	for pi, p := range d.Phrases {
		for t := p.First; t < p.End && t < n; t++ {
			if c.tokPhrase[t] == 0 || p.Kind == doc.VerbGroup {
				c.tokPhrase[t] = int32(pi + 1)
			}
		}
		r := &c.sentPh[p.Sentence]
		if r[0] < 0 {
			r[0] = pi
		}
		r[1] = pi + 1
	}
	c.untimeLists()
	if c.x.Subject.Pos == "subj" {
		c.splitClauseLists() // English: a subject is a position
	}
	return c
}

// tokensIn returns the indexes of the tokens that overlap span s (a
// mention "Putin" covers the token "Putin's").
func tokensIn(d *doc.Document, s doc.Span) []int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > s.Start })
	var out []int
	for ; i < len(d.Tokens) && d.Tokens[i].Start < s.End; i++ {
		out = append(out, i)
	}
	return out
}

// candidate is one coded event mention before merging.
type candidate struct {
	entry      *lang.EventEntry
	trigger    int // token index
	sentence   int
	source     *filler
	target     *filler
	modality   string
	obliged    int  // 1 + the token of a word of obligation before the trigger ("musi wycofać"), or 0: modality.go
	asked      bool // an act a request asks for in the clause after it: modality.go
	date       string
	dateFrom   string
	attrib     *doc.Participant
	confidence float64
	explain    []string
}

// filler is a participant found in a slot.
type filler struct {
	part   doc.Participant
	phrase int    // index in d.Phrases
	via    int    // the phrase that named the actor: phrase, or a genitive or apposition after it
	slot   string // the slot it filled, for --explain
	how    string // how the participant was resolved
	ent    int    // 1 + entity index, 0 for a description
	agree  doc.Agreement
	// guessed: the country is the article's main one, not the actor's
	guessed bool
	// body: a country's body named by a noun ("kanclerz Niemiec", "U.S.
	// officials"), not the entity itself
	body bool
	// local: guessed from the place the sentence is set in, not from the
	// article's main country (setting.go)
	local bool
	// thing: an owned thing that stands for its owner (thing.go)
	thing bool
}

// reach is how many tokens around a trigger its participants are looked
// for: it keeps the work per trigger bounded however long a sentence is.
const reach = 40

// near returns the indexes of the phrases of sentence si that overlap
// tokens [ti-reach, ti+reach).
func (c *coder) near(si, ti int) []int {
	ph := c.phrases(si)
	lo := sort.Search(len(ph), func(i int) bool { return c.d.Phrases[ph[i]].End > ti-reach })
	hi := sort.Search(len(ph), func(i int) bool { return c.d.Phrases[ph[i]].First >= ti+reach })
	if lo > hi {
		lo = hi
	}
	return ph[lo:hi:hi]
}

// phrases returns the indexes in d.Phrases of the phrases of sentence si
// (a window on one shared slice: nothing is allocated per call).
func (c *coder) phrases(si int) []int {
	r := c.sentPh[si]
	if r[0] < 0 {
		return nil
	}
	return c.phraseIdx[r[0]:r[1]:r[1]]
}

// sentence codes the events of sentence si.
func (c *coder) sentence(si int) []*candidate {
	c.prevSubject, c.sentSubject = c.sentSubject, nil
	out := c.sentenceWith(si)
	if len(out) == 0 && c.x.Fallback != nil && c.isLead(si) {
		out = c.fallback(si) // fallback.go
	}
	c.noteSubject(si)
	return out
}

// sentenceWith codes the events of sentence si with lexicon c.x.
func (c *coder) sentenceWith(si int) (out []*candidate) {
	d := c.d
	s := d.Sentences[si]
	used := map[int]bool{} // tokens already a trigger or companion
	for ti := s.FirstToken; ti < s.EndToken; ti++ {
		if used[ti] {
			continue
		}
		t := &d.Tokens[ti]
		if t.Kind != doc.Word || c.tokEnt[ti] != 0 && !c.isNORP(ti) && t.UPOS != "VERB" {
			continue
		}
		idx := c.formTriggers(t, c.triggers(t.Lemma))
		if len(idx) == 0 {
			continue
		}
		if t.UPOS == "NOUN" && c.companionOfLater(si, ti) {
			continue // "Ukrainie pomoc zaoferowały władze Francji": the verb's
		}
		var unit []int    // companions of a light verb that matched but coded nothing
		compound := false // a compound noun's entry matched but coded nothing: compound.go
		for k, ei := range idx {
			e := &c.x.Entries[ei]
			if compound && len(e.Words) == 1 {
				continue
			}
			if e.Sequence != nil && c.auxiliary(ti) {
				continue // an imported verb is a verb phrase's head: petrarch_match.go
			}
			nominal, ok := c.matchesPOS(e, t)
			if !ok || c.reflexiveOther(e, ti, nominal) {
				continue // (a reflexive verb is another verb: reflexive.go)
			}
			comp, ok := c.companions(e, si, ti)
			if !ok {
				continue
			}
			cands := c.code(e, si, ti, nominal, comp)
			if len(cands) == 0 {
				if unit == nil && !nominal {
					unit = c.objectCompanions(ti, comp)
				}
				compound = compound || c.compoundMatched(e, nominal, ti, comp)
				continue
			}
			unit = nil
			c.finerCompanion(cands, e, si, comp)
			used[ti] = true
			for _, k := range comp {
				used[k] = true
			}
			out = append(out, cands...)
			c.noteTarget(si, cands)
			out = append(out, c.paired(idx[k+1:], e, si, ti, nominal, comp)...)
			break
		}
		// "oddalił pozew pilotów": the noun of a light verb is no act of
		// its own, even when the verb's frame found no participants
		// (pl_topic.go's topicNoun is the same idea for prepositions)
		for _, k := range unit {
			used[k] = true
		}
	}
	return out
}

// authorityActs are the PLOVER types whose act, told in an impersonal or
// agentless passive verb ("zatrzymano demonstrantów", "został skazany"),
// is the authorities' of the country the story is about.
var authorityActs = map[string]bool{"COERCE": true, "SANCTION": true, "ACCUSE": true, "RETREAT": true, "ASSAULT": true}

// targetless are the PLOVER types whose events may stand without a
// target (a demonstration, a mobilisation); every other event needs two
// participants, whatever its entry allows.
var targetless = map[string]bool{"PROTEST": true, "MOBILIZE": true}

// cue returns the cue kinds of word w (a lemma, a form or a preposition),
// whatever its case.
func (c *coder) cue(w string) lang.CueKind {
	if textutil.LowerASCII(w) {
		return c.x.Cues[w] // most lemmas: no copy to make
	}
	var buf [64]byte
	return c.x.Cues[string(textutil.AppendLower(buf[:0], w))]
}

// triggers returns the entries whose head is lemma.
func (c *coder) triggers(lemma string) []int {
	if textutil.LowerASCII(lemma) {
		return c.x.Triggers(lemma)
	}
	var buf [64]byte
	return c.x.Triggers(string(textutil.AppendLower(buf[:0], lemma)))
}

// heads reports whether lemma heads an entry of the lexicon that ok
// accepts.
func (c *coder) heads(lemma string, ok func(*lang.EventEntry) bool) bool {
	for _, i := range c.triggers(lemma) {
		if ok(&c.x.Entries[i]) {
			return true
		}
	}
	return false
}

// ofType accepts the entries of type typ.
func ofType(typ string) func(*lang.EventEntry) bool {
	return func(e *lang.EventEntry) bool { return e.Type == typ }
}

// oneWordVerb accepts the entries of a verb alone (no companion words) of
// one of types.
func oneWordVerb(types ...string) func(*lang.EventEntry) bool {
	return func(e *lang.EventEntry) bool {
		return e.POS == "verb" && len(e.Words) == 1 && slices.Contains(types, e.Type)
	}
}

func (c *coder) isNORP(ti int) bool {
	e := c.tokEnt[ti]
	return e != 0 && c.d.Entities[e-1].Type == "NORP"
}

// matchesPOS tells whether token t can be the head of entry e, and whether
// it then stands as a noun (a noun entry, or a verb entry met as its
// gerund).
func (c *coder) matchesPOS(e *lang.EventEntry, t *doc.Token) (nominal, ok bool) {
	vnoun := strings.Contains(t.Feats, "VerbForm=Vnoun")
	switch e.POS {
	case "verb":
		if vnoun {
			return true, true
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return false, true
		}
		// a passive participle: "wyproszeni", "expelled"
		if strings.Contains(t.Feats, "Voice=Pass") {
			return false, true
		}
	case "noun":
		if t.UPOS == "NOUN" && !vnoun {
			return true, true
		}
	}
	return false, false
}

// companions finds the companion words of e near trigger ti in its
// sentence; ok is false when one is missing.
func (c *coder) companions(e *lang.EventEntry, si, ti int) (found []int, ok bool) {
	if len(e.Words) == 1 {
		return nil, true
	}
	if e.Sequence != nil {
		return c.sequence(e, si, ti) // an imported pattern: petrarch_match.go
	}
	s := c.d.Sentences[si]
	lo, hi := max(s.FirstToken, ti-4), c.companionEnd(s.EndToken, ti)
	for _, w := range e.Words[1:] {
		k := -1
		for j := lo; j < hi; j++ {
			t := &c.d.Tokens[j]
			if j == ti || !strings.EqualFold(t.Lemma, w) && !strings.EqualFold(c.d.Form(t.Span), w) || slices.Contains(found, j) {
				continue
			}
			// a particle or preposition belongs to its verb only right
			// after it: "stand with", not "stands accused … with"
			// (or right after its short object: "shut the electricity off")
			if (t.UPOS == "ADP" || t.UPOS == "PART") && (j < ti || j > ti+2) && !c.negationBefore(j, ti) && !c.splitParticle(ti, j) {
				continue
			}
			k = j
			break
		}
		if k < 0 {
			return nil, false
		}
		found = append(found, k)
	}
	return found, true
}

// verbGroup returns the verb group that holds token ti, or -1.
func (c *coder) verbGroup(ti int) int {
	p := int(c.tokPhrase[ti]) - 1
	if p >= 0 && c.d.Phrases[p].Kind == doc.VerbGroup {
		return p
	}
	return -1
}

// nounPhrase returns the noun phrase that holds token ti, or -1.
func (c *coder) nounPhrase(ti int) int {
	p := int(c.tokPhrase[ti]) - 1
	if p >= 0 && c.d.Phrases[p].Kind == doc.NounPhrase {
		return p
	}
	// a verb group may have claimed a token a noun phrase also covers
	si := c.sentenceOf(ti)
	for _, pi := range c.near(si, ti) {
		p := &c.d.Phrases[pi]
		if p.Kind == doc.NounPhrase && p.First <= ti && ti < p.End {
			return pi
		}
	}
	return -1
}

func (c *coder) sentenceOf(ti int) int {
	return sort.Search(len(c.d.Sentences), func(i int) bool { return c.d.Sentences[i].EndToken > ti })
}

// code fills the frame of entry e triggered by token ti and returns the
// events it yields (several when a slot holds coordinated phrases).
func (c *coder) code(e *lang.EventEntry, si, ti int, nominal bool, comp []int) []*candidate {
	vg := -1
	var clauseAgent *filler // the agent of an English participle's clause: en_participle.go
	if !nominal {
		vg = c.verbGroup(ti)
		if vg >= 0 && c.d.Phrases[vg].Form == "part" && !c.d.Phrases[vg].Passive {
			agent, clause := c.participleClause(si, vg)
			if !clause {
				return nil // a participle that modifies a noun: "visiting minister"
			}
			clauseAgent = agent
		}
	}
	if vg >= 0 && c.d.Phrases[vg].Negated && c.cue(c.d.Tokens[ti].Lemma)&lang.CueHypothetical != 0 {
		// "nie wyklucza współpracy" rules nothing out: it makes the act
		// after it possible, and is no act of its own
		return nil
	}
	if !nominal && c.addressedSpeech(e, si, vg) {
		return nil // "zwracając się do córki, papież powiedział": pl_address.go
	}
	excl := map[int]bool{}
	own := c.nounPhrase(ti)
	if own >= 0 {
		excl[own] = true
	}
	if nominal && c.topicNoun(e, own) || c.askedAct(si, ti) || c.threatCondition(si, ti) || c.releasedThing(e, ti, nominal) || c.purposeAct(si, ti) {
		// "mówił o współpracy", "Czy KK popiera WOŚP?", "zagrozili
		// protestami, jeśli Bibi zostanie uwolniona": no act (pl_topic.go,
		// pl_question.go, pl_roles.go); "released a report": en_release.go;
		// "in an effort to pressure": purpose.go
		return nil
	}
	var actorComp []int // companion phrases that name actors: targets still
	for _, k := range comp {
		if e.Sequence != nil {
			break // an imported pattern's words leave the phrases to the actors they name
		}
		if np := c.nounPhrase(k); np >= 0 && c.d.Tokens[k].UPOS != "ADP" {
			excl[np] = true
			if c.x.Sectors[strings.ToLower(c.d.Tokens[k].Lemma)] != "" {
				actorComp = append(actorComp, np)
			}
		}
	}
	f := &frame{c: c, e: e, si: si, ti: ti, vg: vg, nominal: nominal, excl: excl, own: own}
	var src *filler
	srcFit := false
	if vg < 0 || c.d.Phrases[vg].Form != "imps" {
		// an impersonal form ("zakazano", "zatrzymano") has no subject
		src, srcFit = f.fillAny(e.Source)
	}
	if clauseAgent != nil {
		src, srcFit = clauseAgent, true // "issued a statement condemning …"
	}
	var patient *filler // the genitive of an act noun with an agent: pl_nominal.go
	if agent, pt := f.nominalAgent(); agent != nil {
		src, srcFit, patient = agent, true, pt // "zaatakowanie Ukrainy przez Rosję"
	}
	participle := false // "dziennikarz zatrzymany przez milicję": pl_nominal.go
	if agent, pt := f.participleAgent(); agent != nil {
		src, srcFit, patient, participle = agent, true, pt, true
	}
	srcPronoun := f.pronoun // the subject's pronoun, when f.anaphor
	if f.pronounBefore(src) {
		src = nil // "X, who is Y, said he is …": en_pronoun.go
	}
	if e.Source[0].Pos == "reporter" {
		// the subject of a reporting verb, or no event: obligation.go
		if src = f.reporter(e.Source); src == nil {
			return nil
		}
		srcFit = true
	}
	srcAnaphor := src == nil && f.anaphor
	if !nominal && vg >= 0 {
		// the addressee of a request is the subject of the clause it is
		// asked to act in: "apelował do posłów, by poparli projekt"
		if k := c.controller(si, vg); k >= 0 && (src == nil || src.phrase < 0 || c.d.Phrases[src.phrase].First <= c.d.Phrases[k].First) {
			if src = c.participant(k); src == nil {
				return nil // the one asked is no actor
			}
			src.slot = "addressee of the request before"
			srcFit = true
		}
		// the object of the verb before an English infinitive acts in it:
		// "hired Mehdiyev to kill Alinejad" (clauses.go)
		if k := f.objectController(); k >= 0 {
			if src = c.participant(k); src == nil {
				return nil
			}
			src.slot = "object of the verb before the infinitive"
			srcFit = true
		}
	}
	spoken := false // the speaker of a quotation acts, in the first person
	if !nominal && vg >= 0 && src != nil && src.phrase >= 0 && c.firstPersonSubject(si, vg) {
		// "If Canada escalates, we will impose tariffs": the phrase the
		// slot found stands farther from the verb than its own "we",
		// which is the speaker's (the rule for a subject left unfilled
		// follows below)
		if sp := c.speaker(ti); sp != nil {
			src, srcFit, spoken = sp, true, true
		}
	}
	accused := false // the accused acts in the clause of the accusation: pl_accused.go
	if o := f.accusedSubject(src); o != nil {
		src, accused = o, true
	}
	var tgt *filler
	if src != nil {
		excl[src.phrase] = true
		if src.via >= 0 {
			excl[src.via] = true // the phrase that named it: "2 tys. | demonstrantów"
		}
		// the rest of the subject's name chain is not the object:
		// "Prezydent USA Donald Trump skrytykował …" is not about the USA
		for _, pi := range c.nameChain(src.phrase) {
			excl[pi] = true
		}
	}
	for _, np := range actorComp {
		// a companion noun is no participant, unless it names the actors
		// acted on ("wydaliła trzech polskich dyplomatów")
		if src == nil || np != src.phrase {
			delete(excl, np)
		}
	}
	tgt, tgtFit := f.actAgentTarget(), true // "potępiła aresztowanie X przez Y": pl_nominal.go
	if tgt == nil {
		tgt = f.englishActAgentTarget() // "condemned the arrest of X by Y": en_actagent.go
	}
	if tgt == nil {
		tgt = f.releaseHolder(comp) // "demanded the release of prisoners held in Israel": en_holder.go
	}
	tgtTop := -1 // the phrase that fit the target slot best, named or not
	if tgt == nil {
		tgt, tgtFit = f.fillTarget(e.Target) // (a thing stands for its owner: thing.go)
		tgtTop = f.top
	}
	if tgt == nil {
		tgt = f.participleAuthor() // "z zapowiedzianym przez premiera przesunięciem": pl_author.go
	}
	if tgt != nil && tgt.phrase >= 0 && c.inComplexPrep(tgt.phrase) {
		// "in addition to North Korea" names no target: en_object.go
		excl[tgt.phrase] = true
		tgt, tgtFit = f.fillTarget(e.Target)
	}
	if c.hostsThing(e, tgt) || !nominal && (c.hostsThingObject(e, vg) || c.hostsHired(e, ti, vg, src, tgt) || c.releasedThingPassive(e, vg, nominal, tgt)) {
		return nil // no guest: see host.go, pl_object.go, pl_hire.go
	}
	if tgt == nil {
		tgt = f.clauseAddressee() // "demanded that its partners refuse": demandclause.go
	}
	if tgt == nil {
		tgt = f.plClauseAddressee() // "zażądała, by Polska wycofała": pl_demandclause.go
	}
	if tgt == nil {
		tgt = f.placeTarget() // an act of force on a thing in a place: place.go
	}
	if tgt == nil {
		tgt = f.conditionTarget() // a threat to the subject of its condition: clauses.go
	}
	if patient != nil && (tgt == nil || same(tgt, src) || participle) {
		tgt = patient
	}
	if tgt == nil && tgtFit {
		tgt = f.authorTarget() // "rejected calls by Poland": author.go
	}
	if tgt == nil && tgtFit {
		tgt = f.objectComplement() // "boycott contact with the US": en_object.go
	}
	if tgt == nil && tgtFit && c.x.Subject.Pos == "subj" {
		// "Opposition lawmakers denounced the extension": addressee.go
		// (English; Polish not measured)
		tgt = f.ownGovernment(src)
	}
	conf := 0.9
	if spoken {
		conf -= 0.1
	}
	if accused {
		conf -= 0.2 // an act the accuser alleges, not one seen done
	}
	var notes []string
	if src == nil && srcFit && !nominal {
		if src = f.documentAuthor(); src != nil {
			conf -= 0.15 // "The statement threatened sanctions": en_document.go
		}
	}
	if src == nil && (!srcFit || srcAnaphor) && !nominal && vg >= 0 && !c.d.Phrases[vg].Passive && c.d.Phrases[vg].Form == "fin" && c.subjectActs(e) {
		// a subject dropped in this clause: the previous sentence's, when
		// it agrees with the verb
		if p := c.subjectBefore(); p != nil && c.d.Phrases[vg].Agree.Agrees(p.agree) && (tgt == nil || !same(p, tgt)) {
			cp := *p
			cp.slot = "subject of the sentence before"
			src = &cp
			conf -= 0.15
		}
	}
	if tgt == nil && f.anaphor {
		// a pronoun object points back: "Prokuratura postawiła im zarzuty";
		// after a dropped subject, to another than that subject ("Prezydent
		// przyjął ambasadora. Wezwał go do wyjaśnień.")
		if tgt = c.antecedentOf(f.pronoun, src); tgt != nil {
			conf -= 0.15
		}
	}
	if tgt == nil {
		// "Został zatrzymany przez policję": the one the sentence
		// before named (pl_passive.go)
		if tgt = f.droppedPassiveSubject(src, tgtFit); tgt != nil {
			conf -= 0.15
		}
	}
	if src == nil && srcAnaphor && !nominal {
		// a pronoun subject the previous sentence's subject does not
		// explain: "demonstracje radykalnych islamistów. Zagrozili oni …"
		if src = c.antecedentOf(srcPronoun, tgt); src != nil {
			conf -= 0.15
		}
	}
	if src == nil && !nominal && vg >= 0 && (c.d.Phrases[vg].Agree&doc.Person1 != 0 && c.d.Phrases[vg].Agree&doc.Person3 == 0 || c.firstPersonSubject(si, vg)) {
		// "nakładamy sankcje na Rosję" in a quotation: the speaker (and
		// the body the speaker stands for) acts; in English the subject
		// pronoun says so ("I will impose tariffs on Canada")
		if sp := c.speaker(ti); sp != nil && (tgt == nil || !same(sp, tgt)) {
			src = sp
			conf -= 0.1
		}
	}
	if tgt == nil && len(comp) > 0 {
		// the genitive after a light verb's noun: "zamyka konsulaty Litwy",
		// "imposed a blockade of Gaza"
		tgt = f.afterCompanion(comp)
		if c.authorOfCompanion(e, src, tgt) {
			tgt = nil // "wyrok sądu" is the court's: selfpair.go
		}
		if tgt == nil {
			tgt = f.companionPossessor(comp) // "froze Iran's assets": en_companion.go
		}
	}
	if src == nil && vg >= 0 && tgt != nil {
		src = f.battleAgent() // "was killed in a gun battle with police": en_battle.go
	}
	if src == nil && vg >= 0 && tgt != nil {
		src = f.attackAgent() // "were killed in a Hezbollah rocket attack": en_battle.go
	}
	if src == nil && !srcFit && vg >= 0 && tgt != nil && c.main != "" {
		// an impersonal verb or a passive without agent ("zatrzymano
		// demonstrantów", "zostali aresztowani"): in a story about one
		// country, its authorities
		// (not against the country itself: "omawiano współpracę z Rosją")
		// (people only, named or described: "przywrócona została
		// krytyka #NS2" tells of no body's act on another)
		// (acts of the authorities only: arrests, charges, sentences,
		// releases, force; "wezwano pracowników pogotowia", "rury zostały
		// dostarczone" name no act of a state; in a language whose slots
		// are cases: English not measured)
		// (an English subject that undergoes the act in the active
		// voice, "X remains in custody", "X stands accused of fraud",
		// as the subject of a passive does)
		main, about := c.mainAt(si)
		if v := &c.d.Phrases[vg]; main != "" && (authorityActs[e.Type] || !c.cased()) && (v.Form == "imps" || (v.Passive || c.undergoneBy(e, v, tgt)) && tgt.part.Country == main) && tgt.part.Actor != main &&
			(tgt.ent == 0 || tgt.body || c.d.Entities[tgt.ent-1].Type == "PERSON") && !c.privateViolence(e.Type, tgt) {
			src = &filler{phrase: -1, via: -1, guessed: true, slot: "unnamed agent",
				how:  "impersonal or agentless verb in " + about,
				part: doc.Participant{Actor: main + "GOV", Country: main, Text: ""}}
		}
	}
	if c.endangered(e, vg, src) {
		return nil // "życie nie jest zagrożone": at risk, no threat (pl_object.go)
	}
	if c.thingArrives(e, nominal, src) {
		return nil // "the vaccine batch arrived in Kyiv": arrival.go
	}
	deployed := false
	if c.troopsArrive(e, nominal, src) {
		// "European peacekeepers arrived in Bosnia": deployed (en_deploy.go)
		e, deployed = deployedArrival(e), true
		f.e = e
	}
	if src == nil && nominal && !f.judgedAct() { // ("condemned the killing": en_actnoun.go)
		if src = f.governor(false); src != nil {
			conf -= 0.1
		} else if e.Flags&lang.Symmetric != 0 && tgt != nil {
			if src = f.governor(true); src != nil {
				conf -= 0.2
			}
		}
		if src == nil && e.Flags&lang.Symmetric != 0 && tgt != nil {
			if src = f.governorAfter(tgt); src != nil {
				conf -= 0.2 // "X w rozmowie z Y wezwał": pl_meeting.go
			}
		}
	}
	if src == nil && nominal {
		if src = f.gerundGovernor(); src != nil {
			conf -= 0.1 // "In announcing the sanctions on X, Y said": en_participle.go
		}
	}
	if src == nil && nominal {
		if src = f.visitor(tgt); src != nil {
			conf -= 0.2 // "said during a visit to Beijing": en_visit.go
		}
	}
	if src == nil && !nominal && vg >= 0 {
		src = f.deployedForces() // "Kenyan troops were deployed to Somalia": en_deploy.go
	}
	if e.Flags&lang.Symmetric != 0 && (src == nil || tgt == nil) {
		if a, b := f.between(); a != nil {
			src, tgt = a, b
		}
	}
	if s, t, ok := f.decreedRoles(src, tgt); ok {
		src, tgt = s, t // "zarządziły aresztowanie dziennikarza": pl_decree.go
		conf -= 0.1
	}
	if src == nil || f.actSubject(src) {
		return nil // (a phrase naming an act is no actor of another: en_actnoun.go)
	}
	// a joint act with both parties in one phrase: "Rosja i Korea podpisały",
	// "rozmowy między Rosją i Koreą"
	// three or four parties: "Russia, Ukraine and Belarus met" is one
	// event for each pair of them (jointParties); a meeting of five
	// presidents or more is a summit with no pairs to tell
	var parties []*filler
	if tgt == nil && e.Flags&lang.Symmetric != 0 {
		if nx := f.coordinatedOf(src); len(nx) == 1 {
			tgt = nx[0]
		} else if len(nx) >= 2 && len(nx) <= maxJointParties-1 {
			parties, tgt = append([]*filler{src}, nx...), nx[0]
		} else if nx := f.headlineList(src); len(nx) == 1 {
			tgt = nx[0] // "Ukraine, Poland agree …": en_headline.go
		}
	}
	if tgt == nil && e.Mode == "visit" && e.CAMEO != "043" && e.Flags&lang.Weak == 0 && !src.guessed {
		// (a host needs a visitor, not a host; a weak trigger, "udać
		// się", and a visitor guessed from the article's country name
		// their host in their clause or not at all)
		// a visit has a host: when its sentence names none ("Komunikat o
		// wizycie rosyjskiej delegacji"), the nearest country named in the
		// sentences around it other than the visitor's
		if tgt = c.host(si, src); tgt != nil {
			conf -= 0.3
		}
	}
	if tgt == nil && !nominal && vg >= 0 && !src.guessed {
		// "Tehran rejected its offer": the pronoun's party (en_possessed.go)
		if tgt = f.possessorParty(src); tgt != nil {
			conf -= 0.25
		}
	}
	if tgt == nil && !tgtFit && !nominal && vg >= 0 && !src.guessed {
		// no phrase can be the object: the party acted on just before
		// ("Azylu odmówiła Wielka Brytania"): implicit.go
		if tgt = c.implicitTarget(e, si, src, &c.d.Phrases[vg]); tgt != nil {
			conf -= 0.25
		} else if tgt = c.officialImplicit(e, si, src, &c.d.Phrases[vg]); tgt != nil {
			conf -= 0.25 // "Zagrzeb zaprotestował": pl_official.go
		}
	}
	if tgt == nil && tgtFit && !nominal && vg >= 0 && !src.guessed {
		// "The statement threatened sanctions": the party just acted on (en_object.go)
		if tgt = f.threatenedParty(src); tgt != nil {
			conf -= 0.25
		}
	}
	if tgt == nil && tgtFit && !nominal && vg >= 0 && !src.guessed && f.answersEarlierAct() {
		// "Trump denied the request": the party of the act just told (en_object.go)
		if tgt = f.answeredParty(src); tgt != nil {
			conf -= 0.25
		}
	}
	if tgt == nil && tgtFit && !nominal && vg >= 0 && !src.guessed {
		// "Polska nie zgodziła się na to": the one whose act "to" points
		// back to (pl_demonstrative.go)
		if tgt = f.demonstrativeParty(tgtTop, src); tgt != nil {
			conf -= 0.25
		}
	}
	if tgt == nil && tgtTop >= 0 && src != nil {
		// "withdrawal of U.S. troops from the country": the country
		// named before (en_office.go)
		tgt = f.countryNamedBefore(tgtTop, src)
	}
	if tgt == nil && (e.Flags&lang.NoTarget == 0 || !targetless[e.Type]) {
		return nil
	}
	c.domestic(e, src, tgt)
	if p := f.jointPartner(src, tgt); p != nil {
		tgt = p // "Duterte and Suga spoke about Suga's visit": en_sector.go
	}
	if tgt != nil && (same(src, tgt) || ownCountry(src, tgt) && !c.againstOwnState(e, src, tgt) || c.selfPair(e, src, tgt)) {
		return nil
	}
	if c.companionInSubject(src, comp, ti) {
		return nil // the light verb's noun is the subject's: selfpair.go
	}
	if e.Flags&lang.Weak != 0 {
		conf -= 0.2
	}
	for _, f := range []*filler{src, tgt} {
		switch {
		case f == nil:
		case f.guessed:
			conf -= 0.2
		case f.ent == 0:
			conf -= 0.1
		}
	}
	if nominal || participle {
		// a noun names acts as topics as often as it reports them; a
		// participle, an act told as background ("systemy wysłane przez
		// Berlin", often reported by a verb nearby)
		conf -= 0.1
	}
	if c.tokQuote[ti] != 0 {
		conf -= 0.2 // quoted rhetoric often reports no act
		notes = append(notes, "inside a quotation")
	}
	base := &candidate{entry: e, trigger: ti, sentence: si, source: src, target: tgt, confidence: conf}
	if deployed {
		base.explain = append(base.explain, "troops that arrive are deployed: "+e.Type+" "+e.Mode+" "+e.CAMEO)
	}
	c.modality(base, vg)
	c.obligationStated(base) // "said Russia must not attack": obligation_stated.go
	if !negativeEntry(base) {
		return nil // "pozwolili jej opuścić kraj" restricts no one (refusal.go)
	}
	c.headlineFuture(base, vg)  // "Japan's PM to Visit India": en_headline.go
	c.coordinatedMood(base, vg) // "may consider X or ask Y": en_modality.go
	f.threatenedAct(base)       // "threatened to deliver blows to X": threatened.go
	c.intent(base)
	if c.interview(base) || c.travel(base) {
		return nil // a talk with the media (interview.go), a private journey (travel.go)
	}
	f.announced(base)
	f.proposedFor(base) // proposalfor.go
	f.refused(base)
	f.pledged(base)
	if !f.threatenedNoun(base) || !officialProtest(base) || f.requestedAct() || f.allegedAct() {
		return nil
	}
	c.workplace(base) // "kopalnia strajkuje": its workers (pl_workplace.go)
	if base.entry.Type == "PROTEST" && tgt == nil && src.part.Country != "" {
		// workers strike against the company they work for when the
		// text names it (pl_employer.go)
		if tgt = f.employer(src); tgt == nil {
			tgt = f.enEmployer(src) // en_employer.go
		}
		if tgt != nil && c.protestedThing(e, si, ti, vg) {
			tgt = nil // "protestowali przeciwko ustawie": protested.go
		}
		if tgt != nil {
			base.target = tgt
			base.confidence -= 0.1
		}
	}
	if base.entry.Type == "PROTEST" && tgt == nil && src.part.Country != "" {
		// people protest to their own government unless the text names
		// another addressee ("przeciwko rządowi", "against Ryanair")
		tgt = &filler{phrase: -1, via: -1, guessed: true, slot: "addressee of a protest",
			how:  "no addressee named: the government of the protesters' country, " + src.part.Country,
			part: doc.Participant{Actor: src.part.Country + "GOV", Country: src.part.Country}}
		base.target = tgt
	}
	ownExcl := map[int]bool{src.phrase: true}
	if tgt != nil {
		ownExcl[tgt.phrase] = true
	}
	base.attrib = c.attribution(si, ti, vg, ownExcl)
	c.backgroundMeeting(base) // "who had negotiated with": en_background.go
	c.conditionAct(base)      // "if North Korea conducts a test": en_background.go
	base.explain = append(base.explain, notes...)
	// coordinated participants: "spotkał się z Kimem i Łukaszenką" is two
	// events, "Rosja i Chiny zaatakowały Ukrainę i Polskę" four (a joint
	// act's coordinated sources are its other parties, not more sources)
	sources := []*filler{src}
	if e.Flags&lang.Symmetric == 0 {
		sources = append(sources, f.coordinatedOf(src)...)
		sources = append(sources, f.comitative(src)...)
		sources = append(sources, f.headlineList(src)...)
	} else {
		sources = append(sources, f.jointSources(src, tgt)...) // en_coordination.go
	}
	targets := []*filler{tgt}
	if tgt != nil {
		targets = append(targets, f.coordinatedOf(tgt)...)
		targets = append(targets, f.headlineObjects(tgt)...)
	}
	var out []*candidate
	for _, s := range sources {
		for _, t := range targets {
			if t != nil && same(s, t) {
				continue
			}
			cp := *base
			cp.source, cp.target = s, t
			out = append(out, &cp)
		}
	}
	if parties != nil {
		out = jointPairs(base, parties)
	}
	// coordinated parties that resolve to one actor make one event, not
	// two reports of it
	seen := map[string]bool{}
	kept := out[:0]
	for _, cd := range out {
		cd.confidence = clamp(cd.confidence)
		if k := eventKey(cd); !seen[k] {
			seen[k] = true
			kept = append(kept, cd)
		}
	}
	return kept
}

// speaker returns the speaker of the quotation that holds token ti as a
// participant, or nil when it has none the actor base places.
func (c *coder) speaker(ti int) *filler {
	q := c.tokQuote[ti]
	if q == 0 {
		return nil
	}
	sp := c.d.Quotes[q-1].Speaker
	i, ok := c.entityByID[sp.Entity]
	if !ok || c.d.Entities[i].Country == "" {
		return nil
	}
	e := &c.d.Entities[i]
	return &filler{phrase: -1, via: -1, ent: i + 1, slot: "speaker", how: "the first person in a quotation of " + e.ID + " " + e.Name,
		part: doc.Participant{Entity: e.ID, Actor: e.Actor, Country: e.Country, Text: sp.Text}}
}

// nameChain returns the noun phrases without a preposition that touch
// phrase pi on either side, with no word between them: a title, a
// genitive and a name that make one description ("Prezydent | USA |
// Donald Trump").
func (c *coder) nameChain(pi int) []int {
	if pi < 0 {
		return nil
	}
	d := c.d
	r := c.sentPh[d.Phrases[pi].Sentence]
	var out []int
	first, end := d.Phrases[pi].First, d.Phrases[pi].End
	for k := pi - 1; k >= r[0]; k-- {
		q := &d.Phrases[k]
		if q.End != first || q.Kind != doc.NounPhrase || q.Prep != "" ||
			c.cue(d.Tokens[q.Head].Lemma)&lang.CueRelative != 0 {
			// (a relative pronoun is no part of a name: "którą | Rosja")
			break
		}
		out = append(out, k)
		first = q.First
	}
	for k := pi + 1; k < r[1]; k++ {
		q := &d.Phrases[k]
		if q.First != end || q.Kind != doc.NounPhrase || q.Prep != "" || q.Coordinated {
			break
		}
		out = append(out, k)
		end = q.End
	}
	return out
}

func clamp(v float64) float64 {
	switch {
	case v < 0.05:
		return 0.05
	case v > 0.99:
		return 0.99
	}
	return float64(int(v*100+0.5)) / 100
}

// same reports whether two fillers name one actor: the same entity, or,
// when one is a description, the same actor code.
func same(a, b *filler) bool {
	if a.ent != 0 && b.ent != 0 {
		// two entities are two actors even with one code: Trump and
		// Biden are both USAGOV
		return a.ent == b.ent
	}
	if a.part.Actor != "" && a.part.Actor == b.part.Actor {
		return true
	}
	return a.part.Actor == "" && b.part.Actor == "" && a.part.Country != "" && a.part.Country == b.part.Country
}

// ownCountry reports whether target tgt is the country of source src, a
// body or people of it ("fińska agencja … w strefie Finlandii"): no act
// of a country's own on itself as a whole is news. (A capital as the
// source, "Islamabad", is its government acting at home.)
func ownCountry(src, tgt *filler) bool {
	return tgt.ent != 0 && !tgt.body && tgt.part.Actor == tgt.part.Country && src.part.Country == tgt.part.Country &&
		(src.ent == 0 || src.body || src.guessed)
}

// noteSubject remembers the subject of the last finite verb group of
// sentence si for the next sentence.
func (c *coder) noteSubject(si int) {
	ph := c.phrases(si)
	for k := len(ph) - 1; k >= 0; k-- {
		vg := &c.d.Phrases[ph[k]]
		if vg.Kind != doc.VerbGroup || vg.Form != "fin" {
			continue
		}
		// the last finite verb only: its subject, or none; read when it
		// is wanted, with the lexicon in use now and the subject of the
		// sentence before
		c.sentSubject = &subjectNote{vg: ph[k], x: c.x, before: c.prevSubject}
		return
	}
}

// A subjectNote is the subject a sentence carries on (carrySubject of
// its last finite verb group vg, with lexicon x), read on first use: a
// language whose subject may itself be carried on from the sentence
// before reads that one's, before, first. Most are never wanted.
type subjectNote struct {
	vg     int
	x      *lang.EventLexicon
	before *subjectNote
	read   bool
	s      *filler
}

// subjectBefore returns the subject of the sentence before, reading it
// first when it is not read yet.
func (c *coder) subjectBefore() *filler {
	return c.readSubject(c.prevSubject)
}

// readSubject returns the subject n notes (nil for none), read with the
// lexicon and the sentence before that were in place when it was noted.
func (c *coder) readSubject(n *subjectNote) *filler {
	if n == nil {
		return nil
	}
	if !n.read {
		own, ownPrev := c.x, c.prevSubject
		c.x, c.prevSubject = n.x, n.before // the fallback lexicon may have been in use (fallback.go)
		vg := &c.d.Phrases[n.vg]
		f := &frame{c: c, si: vg.Sentence, ti: vg.Head, vg: n.vg, excl: map[int]bool{}, own: -1}
		n.s, n.read, n.before = c.carrySubject(f, vg), true, nil
		c.x, c.prevSubject = own, ownPrev
	}
	return n.s
}

// host returns the country of a visit whose sentence names no host: the
// first place or country entity, other than the visitor's country, in
// sentence si or the two after it, else the one before.
func (c *coder) host(si int, visitor *filler) *filler {
	d := c.d
	for _, k := range []int{si, si + 1, si + 2, si - 1} {
		if k < 0 || k >= len(d.Sentences) {
			continue
		}
		s := d.Sentences[k]
		for t := s.FirstToken; t < s.EndToken; t++ {
			ei := c.tokEnt[t]
			if ei == 0 {
				continue
			}
			e := &d.Entities[ei-1]
			if e.Type != "GPE" || e.Country == "" || e.Country == visitor.part.Country {
				continue
			}
			return &filler{phrase: -1, via: -1, ent: int(ei), slot: "host named nearby",
				how:  "entity " + e.ID + " " + e.Name + " in a sentence near the visit",
				part: doc.Participant{Entity: e.ID, Actor: e.Actor, Country: e.Country, Text: d.Form(d.Tokens[t].Span)}}
		}
	}
	return nil
}

// officialProtest recodes a protest by a state or its government (no
// street demonstration: "przeciwko projektowi protestuje Polska") as an
// official complaint, ACCUSE 114; it reports false when that leaves an
// event without the target an accusation needs.
func officialProtest(cd *candidate) bool {
	if cd.entry.Type != "PROTEST" || cd.source == nil {
		return true
	}
	p := cd.source.part
	state := p.Actor == p.Country && cd.source.ent != 0 && !cd.source.body // the country named, not its people ("Nigerians")
	if p.Country == "" || !(state || strings.HasSuffix(p.Actor, "GOV") || strings.HasSuffix(p.Actor, "DIP")) {
		return true
	}
	if !state && cd.source.ent != 0 && !cd.source.body && labourAction(cd.entry) {
		// a named state body that strikes or holds a protest action
		// ("akcja protestacyjna Państwowej Straży Pożarnej") is its
		// employees: a state complains, it does not strike ("officials",
		// a description, may be telling of a military strike)
		cd.source.part.Actor = p.Country + "LAB"
		cd.source.how += "; a state body in a strike or protest action stands for its employees"
		return true
	}
	if cd.target == nil {
		return false
	}
	e := *cd.entry
	e.Type, e.Mode, e.CAMEO = "ACCUSE", "", "114"
	cd.entry = &e
	cd.explain = append(cd.explain, "a protest by a state or its government is an official complaint, ACCUSE 114")
	return true
}

// labourAction reports whether a protest entry names an act of people
// rather than an official complaint: a strike, a hunger strike, a
// blockade, a riot, or a protest action told by a noun with no narrower
// mode (CAMEO 140: "akcja protestacyjna", "nieposłuszeństwo").
func labourAction(e *lang.EventEntry) bool {
	switch e.Mode {
	case "strike", "hunger", "obstruct", "riot":
		return true
	case "":
		return e.POS == "noun" && e.CAMEO == "140"
	}
	return false
}

// intent recodes material cooperation or aid that is only planned,
// offered or not ruled out ("nie wyklucza współpracy wojskowej", "plans to
// send aid") as PLOVER's AGREE: the willingness to cooperate is the act
// the text reports, and it is asserted. CAMEO's 03x codes mirror 06x and
// 07x: 062 → 0312, 072 → 0332. An act someone else hopes for or asks
// about ("she hopes X can coordinate…") is no intent of its source
// (wishedByOthers, intent.go), nor is one its source must or should do
// ("rząd powinien pomóc": an obligation, modality.go).
func (c *coder) intent(cd *candidate) {
	if cd.modality != "future" && cd.modality != "hypothetical" || cd.obliged != 0 || cd.asked || c.wishedByOthers(cd) {
		return
	}
	e := cd.entry
	var code string
	switch {
	case e.Type == "CONSULT" && cd.modality == "future" && c.meetingToCome(cd):
		return // the meeting itself, still to come (meetingtocome.go)
	case e.Type == "CONSULT" && cd.modality == "future":
		// a meeting announced is an intent to meet: AGREE 036, the meeting
		// itself still to come
		agree := *e
		agree.Type, agree.Mode, agree.CAMEO = "AGREE", "", "036"
		cd.entry = &agree
		cd.explain = append(cd.explain, "a meeting to come (future CONSULT "+e.CAMEO+") is AGREE 036")
		return
	case e.Type == "COOPERATE" && strings.HasPrefix(e.CAMEO, "06"):
		code = "031" + e.CAMEO[2:]
	case e.Type == "AID" && strings.HasPrefix(e.CAMEO, "07") && e.CAMEO != "075":
		code = "033" + e.CAMEO[2:]
	case e.Type == "SUPPORT" && cd.modality == "future" && c.x.Rules["supportintent"]:
		// relations to be mended, an agreement to be signed: the intent to
		// cooperate diplomatically (CAMEO 032); a support only possible
		// ("could back") stays as it is
		code = "032"
	default:
		return
	}
	if code == "0310" || code == "0330" {
		code = code[:3]
	}
	agree := *e
	agree.Type, agree.Mode, agree.CAMEO = "AGREE", "", code
	cd.entry = &agree
	cd.explain = append(cd.explain, "an intent to cooperate ("+cd.modality+" "+e.Type+" "+e.CAMEO+") is AGREE "+code+", asserted")
	if cd.modality == "hypothetical" {
		cd.confidence += 0.3 // the penalty of a possible act, not of a stated intent
	} else {
		cd.confidence += 0.2
	}
	cd.modality = "asserted"
}

// maxJointParties is the most parties of a joint act named by one
// coordinated subject that make one event for each pair of them.
const maxJointParties = 4

// jointPairs returns a joint act's events, one for each pair of the
// parties its coordinated subject names ("Russia, Ukraine and Belarus
// met": three), each pair once and none of a party with itself.
func jointPairs(base *candidate, parties []*filler) []*candidate {
	var out []*candidate
	for i, s := range parties {
		for _, t := range parties[i+1:] {
			if same(s, t) {
				continue
			}
			cp := *base
			cp.source, cp.target = s, t
			out = append(out, &cp)
		}
	}
	return out
}

// firstPersonSubject reports whether the noun phrase right before verb
// group vg of sentence si, with only adverbs between and no preposition,
// is of the first person only: "I" or "we" as the language's phrases mark
// them ("we will impose tariffs").
func (c *coder) firstPersonSubject(si, vg int) bool {
	d := c.d
	first := d.Phrases[vg].First
	if v := &d.Phrases[vg]; v.Form == "inf" && first-2 > d.Sentences[si].FirstToken && d.Tokens[first-1].UPOS == "PART" {
		// "I will not hesitate to shut": the subject of the verb the
		// infinitive follows
		if p := int(c.tokPhrase[first-2]) - 1; p >= 0 && p != vg && d.Phrases[p].Kind == doc.VerbGroup {
			first = d.Phrases[p].First
		}
	}
	for first > d.Sentences[si].FirstToken && d.Tokens[first-1].UPOS == "ADV" {
		first--
	}
	for _, pi := range c.phrases(si) {
		p := &d.Phrases[pi]
		if p.Kind == doc.NounPhrase && p.End == first && p.Prep == "" {
			return p.Agree&doc.Person1 != 0 && p.Agree&doc.Person3 == 0
		}
	}
	return false
}

// undergoneBy reports whether target tgt of entry e is the subject of the
// active verb v that undergoes the act ("has been in custody since Feb.
// 24", "stands accused of incitement"): English only, where the slots are
// positions.
func (c *coder) undergoneBy(e *lang.EventEntry, v *doc.Phrase, tgt *filler) bool {
	return !c.cased() && !v.Passive && c.subjectUndergoes(e) && tgt.slot == c.x.Subject.String()
}

// splitParticle reports whether particle j of a phrasal verb stands right
// after the verb ti's object, a noun phrase of at most three tokens that
// follows the verb: "shut the electricity off", "cut the power off".
func (c *coder) splitParticle(ti, j int) bool {
	if j <= ti+2 || j > ti+4 {
		return false
	}
	p := c.nounPhrase(ti + 1)
	return p >= 0 && c.d.Phrases[p].First == ti+1 && c.d.Phrases[p].End == j && c.d.Phrases[p].Prep == ""
}
