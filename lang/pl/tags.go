package pl

import (
	"sort"
	"strings"
)

// Tags of the Polish dictionary follow the NKJP/SGJP tagset with a few
// differences: verb classes carry a "verb:" prefix, verbs a refl/nonrefl
// slot, conditionals are "verb:pot", the past tense has a person slot (no
// separate aglt), neuters are n1/n2 and pluralia tantum p1/p2/p3. One
// dictionary tag may hold several readings joined by "+", and one slot
// several alternatives joined by ".": "adj:sg:nom.voc:m1.m2.m3:pos".
//
// ParseTags turns such a tag into Tag values; Tag.Expand resolves the
// alternatives into single NKJP readings (Morph) in the form of the XPOS
// column of UD Polish PDB, and Morph.UD maps one to UD UPOS and FEATS.

// Attr is a grammatical category of the tagset.
type Attr uint8

// The categories. Every value of the tagset belongs to exactly one, so a
// slot's category is known from its values alone.
const (
	Number Attr = iota
	Case
	Gender
	Person
	Degree
	Aspect
	Negation
	Accommodability // congr, rec
	Accentability   // akc, nakc
	PostPrep        // praep, npraep
	Agglutination   // agl, nagl
	Vocalicity      // wok, nwok
	Fullstop        // pun, npun
	Reflexivity     // refl, nonrefl (dictionary only)
	Collectivity    // col, ncol, pcol
	numAttrs
)

var attrNames = [numAttrs]string{"number", "case", "gender", "person", "degree", "aspect",
	"negation", "accommodability", "accentability", "post-prepositionality",
	"agglutination", "vocalicity", "fullstoppedness", "reflexivity", "collectivity"}

func (a Attr) String() string {
	if a < numAttrs {
		return attrNames[a]
	}
	return "unknown"
}

// attrOf maps every value of the tagset to its category.
var attrOf = map[string]Attr{
	"sg": Number, "pl": Number,
	"nom": Case, "gen": Case, "dat": Case, "acc": Case, "inst": Case, "loc": Case, "voc": Case,
	"m1": Gender, "m2": Gender, "m3": Gender, "f": Gender, "n": Gender,
	"n1": Gender, "n2": Gender, "p1": Gender, "p2": Gender, "p3": Gender,
	"pri": Person, "sec": Person, "ter": Person,
	"pos": Degree, "com": Degree, "sup": Degree,
	"imperf": Aspect, "perf": Aspect,
	"aff": Negation, "neg": Negation,
	"congr": Accommodability, "rec": Accommodability,
	"akc": Accentability, "nakc": Accentability,
	"praep": PostPrep, "npraep": PostPrep,
	"agl": Agglutination, "nagl": Agglutination,
	"wok": Vocalicity, "nwok": Vocalicity,
	"pun": Fullstop, "npun": Fullstop,
	"refl": Reflexivity, "nonrefl": Reflexivity,
	"col": Collectivity, "ncol": Collectivity, "pcol": Collectivity,
}

// Tag is one reading of a dictionary tag: a class and, per category, the
// alternative values ("." in the tag). Categories the class lacks are nil.
type Tag struct {
	// Class is the NKJP grammatical class: subst, adj, fin, praet, ...
	// (the dictionary's "verb:" prefix removed, "verb:pot" read as praet
	// with Cond set, "qub" kept as qub).
	Class string
	Cond  bool // a conditional form (dictionary "verb:pot")
	Attrs [numAttrs][]string
	// Unknown holds slot values outside the tagset, in order.
	Unknown []string
}

// Get returns the alternatives of category a.
func (t *Tag) Get(a Attr) []string { return t.Attrs[a] }

// ParseTags parses a dictionary tag into its readings ("+" separated).
func ParseTags(s string) []Tag {
	var out []Tag
	for _, r := range strings.Split(s, "+") {
		if r == "" {
			continue
		}
		out = append(out, ParseTag(r))
	}
	return out
}

// ParseTag parses one reading: "class(:slot)*", a slot being "value(.value)*".
// It accepts both the dictionary's and NKJP's spelling of classes, and a
// trailing ":" (as NKJP corpora write "interp:").
func ParseTag(s string) Tag {
	s = strings.TrimSuffix(s, ":")
	parts := strings.Split(s, ":")
	var t Tag
	t.Class = parts[0]
	parts = parts[1:]
	if t.Class == "verb" && len(parts) > 0 {
		t.Class = parts[0]
		parts = parts[1:]
		if t.Class == "pot" {
			t.Class = "praet"
			t.Cond = true
		}
	}
	for _, p := range parts {
		vals := strings.Split(p, ".")
		a, ok := attrOf[vals[0]]
		if !ok {
			t.Unknown = append(t.Unknown, p)
			continue
		}
		t.Attrs[a] = append(t.Attrs[a], vals...)
	}
	return t
}

// slotsOf lists, per NKJP class, the categories of its XPOS in order.
// Optional trailing categories are written only when known.
var slotsOf = map[string][]Attr{
	"subst":   {Number, Case, Gender},
	"depr":    {Number, Case, Gender},
	"adj":     {Number, Case, Gender, Degree},
	"adja":    nil,
	"adjp":    nil,
	"adjc":    nil,
	"adv":     {Degree},
	"num":     {Number, Case, Gender, Accommodability, Collectivity},
	"numcol":  {Number, Case, Gender, Accommodability},
	"ppron12": {Number, Case, Gender, Person, Accentability},
	"ppron3":  {Number, Case, Gender, Person, Accentability, PostPrep},
	"siebie":  {Case},
	"fin":     {Number, Person, Aspect},
	"bedzie":  {Number, Person, Aspect},
	"aglt":    {Number, Person, Aspect, Vocalicity},
	"praet":   {Number, Gender, Aspect, Agglutination},
	"impt":    {Number, Person, Aspect},
	"imps":    {Aspect},
	"inf":     {Aspect},
	"pcon":    {Aspect},
	"pant":    {Aspect},
	"ger":     {Number, Case, Gender, Aspect, Negation},
	"pact":    {Number, Case, Gender, Aspect, Negation},
	"ppas":    {Number, Case, Gender, Aspect, Negation},
	"winien":  {Number, Gender, Aspect},
	"prep":    {Case, Vocalicity},
	"brev":    {Fullstop},
}

// Morph is one fully resolved reading: an NKJP class and one value per
// category.
type Morph struct {
	Class string
	Vals  [numAttrs]string
	// Ptan marks a plurale tantum (dictionary genders p1, p2, p3).
	Ptan bool
	// NounCol is the collectivity of a neuter noun, "col" (dictionary
	// gender n1: "dziecko", "oko") or "ncol" (n2: "okno"), which UD
	// Polish PDB appends to the XPOS of nouns ("subst:sg:gen:n:ncol").
	NounCol string
	// Cond marks a conditional ("zrobiłby"), which NKJP splits into
	// praet + "by" + aglt.
	Cond bool
}

// Get returns the value of category a, "" when none.
func (m *Morph) Get(a Attr) string { return m.Vals[a] }

// nkjpGender maps a dictionary gender to the NKJP one, whether it marks a
// plurale tantum (p1, p2, p3), and the collectivity it implies for a
// neuter noun (n1: "col", n2: "ncol").
func nkjpGender(g string) (gender string, ptan bool, col string) {
	switch g {
	case "n1":
		return "n", false, "col"
	case "n2":
		return "n", false, "ncol"
	case "p1":
		return "m1", true, ""
	case "p2", "p3":
		return "n", true, ""
	}
	return g, false, ""
}

// Expand resolves the alternatives of t into single readings, NKJP genders
// and classes, duplicates removed. Categories that NKJP does not use for
// the class (the dictionary's person of the past tense, reflexivity) are
// dropped.
func (t *Tag) Expand() []Morph {
	class := t.Class
	if class == "qub" {
		class = "part" // as UD Polish PDB writes particles
	}
	slots := slotsOf[class]
	out := []Morph{{Class: class, Cond: t.Cond}}
	for _, a := range slots {
		vals := t.Attrs[a]
		if len(vals) == 0 {
			continue
		}
		next := out[:0:0]
		for _, m := range out {
			for _, v := range vals {
				mm := m
				if a == Gender {
					g, pt, col := nkjpGender(v)
					v = g
					mm.Ptan = mm.Ptan || pt
					if class == "subst" {
						mm.NounCol = col
					}
				}
				mm.Vals[a] = v
				dup := false
				for _, x := range next {
					if x == mm {
						dup = true
						break
					}
				}
				if !dup {
					next = append(next, mm)
				}
			}
		}
		out = next
	}
	if class == "num" {
		for i := range out {
			if out[i].Vals[Collectivity] == "" {
				out[i].Vals[Collectivity] = "ncol"
			}
		}
	}
	return out
}

// XPOS returns the reading as an NKJP tag in the form of UD Polish PDB's
// XPOS column, e.g. "subst:sg:gen:m1", "praet:sg:f:perf", "prep:loc:nwok",
// "subst:pl:nom:n:pt".
func (m *Morph) XPOS() string {
	var b strings.Builder
	b.WriteString(m.Class)
	for _, a := range slotsOf[m.Class] {
		if v := m.Vals[a]; v != "" {
			b.WriteByte(':')
			b.WriteString(v)
		}
	}
	if m.Ptan {
		b.WriteString(":pt")
	}
	return b.String()
}

// withNounCol appends the collectivity of a neuter noun to its XPOS as UD
// Polish PDB writes it ("subst:sg:gen:n" → "subst:sg:gen:n:ncol").
// Statistics and lexicons key readings by the XPOS without it, as NKJP-1M
// writes them.
func (m *Morph) withNounCol(xpos string) string {
	if m.NounCol == "" || m.Ptan {
		return xpos
	}
	return xpos + ":" + m.NounCol
}

// ParseXPOS reads an NKJP tag such as UD's XPOS column or an NKJP corpus
// ctag into a Morph, normalised as Expand does (qub → part, num with a
// collectivity slot). Where a slot has alternatives the first is taken.
func ParseXPOS(s string) Morph {
	t := ParseTag(s)
	var m Morph
	if ms := t.Expand(); len(ms) > 0 {
		m = ms[0]
	}
	m.Cond = t.Cond
	if m.Class == "subst" && len(t.Attrs[Collectivity]) > 0 {
		m.NounCol = t.Attrs[Collectivity][0]
	}
	for _, u := range t.Unknown {
		if u == "pt" {
			m.Ptan = true
		}
	}
	return m
}

var (
	udCase = map[string]string{"nom": "Nom", "gen": "Gen", "dat": "Dat", "acc": "Acc",
		"inst": "Ins", "loc": "Loc", "voc": "Voc"}
	udPerson = map[string]string{"pri": "1", "sec": "2", "ter": "3"}
	udDegree = map[string]string{"pos": "Pos", "com": "Cmp", "sup": "Sup"}
	udAspect = map[string]string{"imperf": "Imp", "perf": "Perf"}
)

// upos maps NKJP classes to UD parts of speech before lexical exceptions
// (see lexUPOS).
var upos = map[string]string{
	"subst": "NOUN", "depr": "NOUN", "ger": "NOUN", "brev": "NOUN", "burk": "NOUN",
	"adj": "ADJ", "adja": "ADJ", "adjp": "ADJ", "adjc": "ADJ", "pact": "ADJ", "ppas": "ADJ",
	"adv": "ADV", "num": "NUM", "numcol": "NUM", "dig": "NUM", "romandig": "NUM",
	"ppron12": "PRON", "ppron3": "PRON", "siebie": "PRON",
	"fin": "VERB", "praet": "VERB", "impt": "VERB", "imps": "VERB", "inf": "VERB",
	"pcon": "VERB", "pant": "VERB", "winien": "VERB", "pred": "VERB",
	"bedzie": "AUX", "aglt": "AUX",
	"prep": "ADP", "conj": "CCONJ", "comp": "SCONJ", "part": "PART", "qub": "PART",
	"interj": "INTJ", "interp": "PUNCT", "sym": "SYM", "xxx": "X", "ign": "X", "frag": "X",
}

// pronominal holds UD's reading of pronominal lemmas that NKJP tags as
// nouns, adjectives, numerals or adverbs: the part of speech and the
// features it adds.
var pronominal = map[string]struct{ upos, feats string }{}

func init() {
	add := func(upos, feats string, lemmas ...string) {
		for _, l := range lemmas {
			pronominal[l] = struct{ upos, feats string }{upos, feats}
		}
	}
	// Determiners (adjectival pronouns).
	add("DET", "PronType=Dem", "ten", "taki", "tamten", "ów", "tenże", "takiż", "owy")
	add("DET", "PronType=Rel", "który")
	add("DET", "PronType=Int", "jaki", "czyj")
	add("DET", "PronType=Ind", "jakiś", "pewien", "niektóry", "jakikolwiek", "czyjś", "niejaki",
		"niejeden", "któryś", "którykolwiek", "jakiś tam")
	add("DET", "PronType=Tot", "każdy", "wszystek", "wszelki")
	add("DET", "PronType=Neg", "żaden", "niczyj")
	add("DET", "Poss=Yes|PronType=Prs", "mój", "twój", "nasz", "wasz")
	add("DET", "Poss=Yes|PronType=Prs|Reflex=Yes", "swój")
	// Quantifying numerals.
	add("DET", "PronType=Ind", "kilka", "wiele", "więcej", "oba", "obydwa", "dużo", "sporo", "mało",
		"niewiele", "kilkanaście", "kilkadziesiąt", "kilkaset", "parę", "mniej", "najwięcej",
		"najmniej", "paręnaście", "parędziesiąt", "ileś", "tyle", "trochę")
	add("DET", "NumType=Card|PronType=Int", "ile")
	// Nominal pronouns.
	add("PRON", "PronType=Dem", "to", "tamto")
	add("PRON", "PronType=Int", "kto", "co", "cóż", "któż")
	add("PRON", "PronType=Ind", "ktoś", "coś", "ktokolwiek", "cokolwiek", "ktoś tam", "coś tam")
	add("PRON", "PronType=Tot", "wszystko", "wszyscy")
	add("PRON", "PronType=Neg", "nikt", "nic")
}

// punctTypes gives UD's PunctType (and PunctSide) of punctuation marks.
var punctTypes = map[string]string{
	".": "PunctType=Peri", ",": "PunctType=Comm", ":": "PunctType=Colo", ";": "PunctType=Semi",
	"?": "PunctType=Qest", "!": "PunctType=Excl", "-": "PunctType=Dash", "–": "PunctType=Dash",
	"—": "PunctType=Dash", "\"": "PunctType=Quot", "„": "PunctSide=Ini|PunctType=Quot",
	"”": "PunctSide=Fin|PunctType=Quot", "“": "PunctType=Quot", "«": "PunctSide=Ini|PunctType=Quot",
	"»": "PunctSide=Fin|PunctType=Quot", "'": "PunctType=Quot",
	"(": "PunctSide=Ini|PunctType=Brck", ")": "PunctSide=Fin|PunctType=Brck",
	"[": "PunctSide=Ini|PunctType=Brck", "]": "PunctSide=Fin|PunctType=Brck",
	"…": "PunctType=Elip", "...": "PunctType=Elip", "/": "PunctType=Slsh",
}

// UD returns the UD part of speech and FEATS (sorted by feature name) of
// the reading m of a word with the given lemma.
func (m *Morph) UD(lemma string) (string, string) {
	u := upos[m.Class]
	if u == "" {
		u = "X"
	}
	var f []string
	add := func(s string) {
		if s != "" {
			f = append(f, strings.Split(s, "|")...)
		}
	}
	v := &m.Vals
	number := func() {
		switch {
		case m.Ptan:
			add("Number=Ptan")
		case v[Number] == "sg":
			add("Number=Sing")
		case v[Number] == "pl":
			add("Number=Plur")
		}
	}
	cas := func() {
		if c := udCase[v[Case]]; c != "" {
			add("Case=" + c)
		}
	}
	gender := func() {
		switch v[Gender] {
		case "m1":
			add("Gender=Masc|Animacy=Hum")
		case "m2":
			add("Gender=Masc|Animacy=Nhum")
		case "m3":
			add("Gender=Masc|Animacy=Inan")
		case "f":
			add("Gender=Fem")
		case "n":
			add("Gender=Neut")
		}
	}
	person := func() {
		if p := udPerson[v[Person]]; p != "" {
			add("Person=" + p)
		}
	}
	aspect := func() {
		if a := udAspect[v[Aspect]]; a != "" {
			add("Aspect=" + a)
		}
	}
	degree := func() {
		if d := udDegree[v[Degree]]; d != "" {
			add("Degree=" + d)
		}
	}
	polarity := func() {
		switch v[Negation] {
		case "aff":
			add("Polarity=Pos")
		case "neg":
			add("Polarity=Neg")
		}
	}
	variant := func(long, short string) {
		switch {
		case v[Accentability] == "akc" || v[Vocalicity] == long:
			add("Variant=Long")
		case v[Accentability] == "nakc" || v[Vocalicity] == short:
			add("Variant=Short")
		}
	}
	nominal := func() { number(); cas(); gender() }
	finite := func(tense string) {
		add("Mood=Ind|VerbForm=Fin|Voice=Act")
		if tense != "" {
			add("Tense=" + tense)
		}
	}
	switch m.Class {
	case "subst":
		nominal()
		if p, ok := pronominal[lemma]; ok && p.upos == "PRON" {
			u = "PRON"
			add(p.feats)
		} else if isTitle(lemma) {
			u = "PROPN"
		}
	case "depr":
		nominal()
		add("Polite=Depr")
	case "adj":
		nominal()
		if p, ok := pronominal[lemma]; ok && p.upos == "DET" {
			u = "DET"
			add(p.feats)
		} else {
			degree()
		}
	case "adja":
		add("Hyph=Yes")
	case "adjp":
		add("PrepCase=Pre")
	case "adjc":
		add("Variant=Short")
	case "adv":
		degree()
	case "num", "numcol":
		nominal()
		if p, ok := pronominal[lemma]; ok && p.upos == "DET" {
			u = "DET"
			add(p.feats)
		} else {
			add("NumForm=Word")
		}
	case "dig":
		add("NumForm=Digit|NumType=Card")
	case "romandig":
		add("NumForm=Roman|NumType=Card")
	case "ppron12", "ppron3":
		nominal()
		person()
		add("PronType=Prs")
		switch v[PostPrep] {
		case "praep":
			add("PrepCase=Pre")
		case "npraep":
			add("PrepCase=Npr")
		}
		variant("", "")
	case "siebie":
		cas()
		add("PronType=Prs|Reflex=Yes")
	case "fin":
		number()
		person()
		aspect()
		if v[Aspect] == "perf" {
			finite("Fut")
		} else {
			finite("Pres")
		}
	case "bedzie":
		number()
		person()
		aspect()
		add("Mood=Ind|Tense=Fut|VerbForm=Fin")
	case "aglt":
		number()
		person()
		aspect()
		variant("wok", "nwok")
	case "praet":
		number()
		gender()
		aspect()
		if m.Cond {
			add("Mood=Cnd|Tense=Past|VerbForm=Fin|Voice=Act")
		} else {
			finite("Past")
		}
	case "impt":
		number()
		person()
		aspect()
		add("Mood=Imp|VerbForm=Fin|Voice=Act")
	case "imps":
		aspect()
		add("Mood=Ind|Person=0|Tense=Past|VerbForm=Fin|Voice=Act")
	case "inf":
		aspect()
		add("VerbForm=Inf|Voice=Act")
	case "pcon":
		aspect()
		add("Tense=Pres|VerbForm=Conv|Voice=Act")
	case "pant":
		aspect()
		add("Tense=Past|VerbForm=Conv|Voice=Act")
	case "ger":
		nominal()
		aspect()
		polarity()
		add("VerbForm=Vnoun")
	case "pact":
		nominal()
		aspect()
		polarity()
		add("VerbForm=Part|Voice=Act")
	case "ppas":
		nominal()
		aspect()
		polarity()
		add("VerbForm=Part|Voice=Pass")
	case "winien":
		number()
		gender()
		aspect()
		add("Mood=Ind|Tense=Pres|VerbForm=Fin|VerbType=Mod|Voice=Act")
	case "pred":
		add("Mood=Ind|Tense=Pres|VerbForm=Fin|VerbType=Quasi")
		if lemma == "to" {
			u = "AUX"
		}
	case "prep":
		if lemma == "temu" {
			// A postposition: UD Polish PDB writes the case it governs.
			add("AdpType=Post|Case=Acc")
			break
		}
		add("AdpType=Prep")
		variant("wok", "nwok")
	case "part", "qub":
		switch lemma {
		case "się":
			u = "PRON"
			add("PronType=Prs|Reflex=Yes")
		case "nie":
			add("Polarity=Neg")
		case "by", "niech", "niechaj", "niechże":
			u = "AUX"
		}
	case "brev":
		add("Abbr=Yes")
		u = brevUPOS(lemma)
	case "interp":
		add(punctTypes[lemma])
	case "xxx", "ign":
		add("Foreign=Yes")
	}
	if lemma == "być" || lemma == "zostać" {
		switch m.Class {
		case "fin", "praet", "inf", "impt", "bedzie", "imps":
			u = "AUX"
		}
	}
	return u, joinFeats(f)
}

// brevUPOS is the part of speech of an abbreviation, that of the words it
// stands for: "np." (na przykład), "m.in." and "tzw." are adverbs, "ok."
// (około) a particle, "św." and "zach." adjectives, "ul." a noun.
func brevUPOS(lemma string) string {
	switch {
	case strings.Contains(lemma, "_"):
		return "ADV"
	case lemma == "około":
		return "PART"
	case brevAdjectives[lemma]:
		return "ADJ"
	}
	return "NOUN"
}

// brevAdjectives are the adjectives written abbreviated: "św.", "zach.",
// "b." (były).
var brevAdjectives = map[string]bool{"święty": true, "zachodni": true, "wschodni": true,
	"północny": true, "południowy": true, "były": true, "dawny": true, "starszy": true,
	"młodszy": true, "parafialny": true, "wojewódzki": true, "powiatowy": true, "gminny": true}

// joinFeats sorts features by name (UD order) and joins them with "|".
func joinFeats(fs []string) string {
	if len(fs) == 0 {
		return ""
	}
	sort.Slice(fs, func(i, j int) bool { return strings.ToLower(fs[i]) < strings.ToLower(fs[j]) })
	out := fs[:1]
	for _, f := range fs[1:] {
		if f != out[len(out)-1] {
			out = append(out, f)
		}
	}
	return strings.Join(out, "|")
}
