package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

// ActorScore measures actor linking on SlavicNER, whose gold mentions carry
// cross-lingual ids ("GPE-Russia", "PER-Vladimir-Putin"). The actor of an
// id is what the actor base finds for its name part, so "GPE-Great-Britain"
// and a predicted canonical "United Kingdom" are one actor.
//
//   - Linked: of all gold mentions, those overlapped by a predicted mention
//     (as in ScoreSlavic) whose entity's canonical name is the id's actor,
//     or spells the id's name.
//   - Dictionary: of all gold mentions, those whose gold lemma or own text,
//     looked up in the actor base without the pipeline, finds the id's
//     actor first (a nationality word finds its country: SlavicNER marks
//     "Polacy" as a mention of GPE-Poland); a one-word name of a person that names several is read
//     among the people named in full in the document (KB.InContext). This
//     is the figure for a language without a recognizer.
//   - DictionaryKnown: the same over the mentions whose id the base knows.
//   - Coverage: per id type (GPE, PER, ORG, LOC, EVT, PRO), the distinct
//     gold ids whose name the base knows.
type ActorScore struct {
	Docs            int
	Linked          Acc
	LinkedKnown     Acc // Linked over the mentions whose id the base knows
	Dictionary      Acc
	DictionaryKnown Acc
	// Wrong counts the pipeline's errors on mentions whose id the base
	// knows, by Confusion.
	Wrong map[Confusion]int
}

// Confusion is a linking error: a gold id the base knows, and what the
// pipeline linked a mention of it to ("" when the mention was found but
// not linked; mentions not found are not counted).
type Confusion struct{ ID, Got string }

// Add adds the counts of o to s.
func (s *ActorScore) Add(o ActorScore) {
	s.Docs += o.Docs
	s.Linked.Add(o.Linked)
	s.LinkedKnown.Add(o.LinkedKnown)
	s.Dictionary.Add(o.Dictionary)
	s.DictionaryKnown.Add(o.DictionaryKnown)
	for c, n := range o.Wrong {
		if s.Wrong == nil {
			s.Wrong = map[Confusion]int{}
		}
		s.Wrong[c] += n
	}
}

// ActorReport holds the actor-linking figures of one language of a
// SlavicNER tree.
type ActorReport struct {
	Lang     string
	Topics   map[string]*ActorScore
	Splits   map[string]*ActorScore // by split of the held-out protocol (SlavicSplit)
	Overall  ActorScore
	Coverage map[string]*Acc // by id type: distinct ids the base knows
	// SplitCoverage: by split, the distinct ids of its topics the base knows.
	SplitCoverage map[string]*Acc
	// Missing: ids of the tuning split's topics the base does not know, with
	// their mention counts (held-out ids are never listed: eval/README.md).
	Missing map[string]int
	Errors  []error
}

// actorOf returns the actor the base finds for a name, nil when none.
func actorOf(kb *actors.KB, name string) *actors.Actor {
	if ms := kb.Lookup(name); len(ms) > 0 && !ms[0].Adjective {
		return ms[0].Actor
	}
	return nil
}

// mentionActor returns the actor a mention's words name: what the base
// finds for them, a nationality word ("Polacy") giving its country.
func mentionActor(kb *actors.KB, name string) *actors.Actor {
	if ms := kb.Lookup(name); len(ms) > 0 {
		return ms[0].Actor
	}
	return nil
}

// idActor returns the actor of a cross-lingual id: its name part with
// hyphens as spaces, looked up in the base. Ids that put an abbreviation
// before the name ("ORG-PiS-Law-and-Justice", "ORG-DUP-Democratic-Unionist-
// Party") or a qualifier after it ("ORG-BBC-Ltd", "ORG-Labour-Party-UK")
// are tried without it, then the abbreviation alone.
func idActor(kb *actors.KB, id string) *actors.Actor {
	words := strings.Split(idName(id), "-")
	tries := [][]string{words}
	if n := len(words); n > 1 {
		if qualifiers[strings.ToLower(words[n-1])] {
			tries = append(tries, words[:n-1])
		}
		if abbrev(words[0]) {
			tries = append(tries, words[1:], words[:1])
		}
	}
	for _, w := range tries {
		if a := actorOf(kb, strings.Join(w, " ")); a != nil {
			return a
		}
	}
	return nil
}

// qualifiers are the words ids add after a name to tell it apart.
var qualifiers = map[string]bool{
	"ltd": true, "inc": true, "se": true, "plc": true, "ag": true, "company": true,
	"uk": true, "usa": true, "ngo": true, "office": true, "agency": true, "group": true,
}

// abbrev reports whether w is written as an abbreviation: two or more
// letters, most of them capitals ("PiS", "DUP", "UOKiK").
func abbrev(w string) bool {
	upper, n := 0, 0
	for _, r := range w {
		n++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return n >= 2 && upper*2 > n
}

// idType returns the type prefix of a cross-lingual id ("GPE"), "" when it
// has none.
func idType(id string) string {
	if n := idName(id); n != id {
		return strings.ToUpper(id[:len(id)-len(n)-1])
	}
	return ""
}

// ScoreActors scores the actor linking of d against the gold mentions of
// one SlavicNER file; d may be nil (no pipeline), and only the dictionary
// figures count.
func ScoreActors(kb *actors.KB, gold []SlavicMention, d *doc.Document) ActorScore {
	s := ActorScore{Docs: 1}
	g := append([]SlavicMention(nil), gold...)
	sort.SliceStable(g, func(i, j int) bool { return g[i].Start < g[j].Start })
	var pred []predMention
	match := make([]int, len(g))
	for i := range match {
		match[i] = -1
	}
	if d != nil {
		pred = slavicPredictions(d, kb)
		match = matchMentions(g, pred, func(a SlavicMention, b predMention) bool {
			return a.Start < b.end && b.start < a.End
		})
	}
	// Dictionary linking, as the pipeline does, reads a one-word name of a
	// person in the light of the people named in full in the document.
	dict := make([]*actors.Actor, len(g))
	var linked []*actors.Actor
	for i, m := range g {
		if dict[i] = mentionActor(kb, m.Lemma); dict[i] == nil {
			dict[i] = mentionActor(kb, m.Text)
		}
		if dict[i] != nil && strings.Contains(strings.TrimSpace(m.Text), " ") {
			linked = append(linked, dict[i])
		}
	}
	for i, m := range g {
		if dict[i] == nil {
			if dict[i] = kb.InContext(m.Text, linked); dict[i] == nil {
				dict[i] = kb.InContext(m.Lemma, linked)
			}
		}
	}
	for i, m := range g {
		want := idActor(kb, m.ID)
		s.Linked.Total++
		s.Dictionary.Total++
		if want != nil {
			s.LinkedKnown.Total++
			s.DictionaryKnown.Total++
		}
		right := false
		if j := match[i]; j >= 0 && pred[j].canonical != "" {
			c := pred[j].canonical
			if foldID(c) == foldID(idName(m.ID)) || want != nil && actorOf(kb, c) == want {
				right = true
				s.Linked.Correct++
				if want != nil {
					s.LinkedKnown.Correct++
				}
			}
		}
		if j := match[i]; j >= 0 && !right && want != nil {
			if s.Wrong == nil {
				s.Wrong = map[Confusion]int{}
			}
			s.Wrong[Confusion{m.ID, pred[j].canonical}]++
		}
		if want == nil {
			continue
		}
		if dict[i] == want {
			s.Dictionary.Correct++
			s.DictionaryKnown.Correct++
		}
	}
	return s
}

// RunActorLinking scores actor linking on every DIR/ner/<topic>/<lang>/*.tsv
// of a SlavicNER tree, with the pipeline r over the raw texts when r is not
// nil, with up to workers documents at a time.
func RunActorLinking(r Runner, kb *actors.KB, dir, lang string, workers int) *ActorReport {
	rep := &ActorReport{Lang: lang, Topics: map[string]*ActorScore{}, Splits: map[string]*ActorScore{},
		Coverage: map[string]*Acc{}, SplitCoverage: map[string]*Acc{}, Missing: map[string]int{}}
	seenIn := map[string]bool{} // split + id
	files, err := slavicFiles(dir, lang)
	if err != nil {
		rep.Errors = append(rep.Errors, err)
		return rep
	}
	type result struct {
		score ActorScore
		gold  []SlavicMention
		err   error
	}
	results := make([]result, len(files))
	parallel(len(files), workers, func(i int) {
		results[i].score, results[i].gold, results[i].err = actorDoc(r, kb, dir, lang, files[i])
	})
	seen := map[string]bool{}
	for i, f := range files {
		res := results[i]
		if res.err != nil {
			rep.Errors = append(rep.Errors, res.err)
			continue
		}
		topic := filepath.Base(filepath.Dir(filepath.Dir(f)))
		if rep.Topics[topic] == nil {
			rep.Topics[topic] = &ActorScore{}
		}
		rep.Topics[topic].Add(res.score)
		split := SlavicSplit(topic)
		if rep.Splits[split] == nil {
			rep.Splits[split] = &ActorScore{}
			rep.SplitCoverage[split] = &Acc{}
		}
		rep.Splits[split].Add(res.score)
		rep.Overall.Add(res.score)
		for _, m := range res.gold {
			known := idActor(kb, m.ID) != nil
			if !known && split == SplitTune {
				rep.Missing[m.ID]++
			}
			if !seenIn[split+"\x00"+m.ID] {
				seenIn[split+"\x00"+m.ID] = true
				rep.SplitCoverage[split].Total++
				if known {
					rep.SplitCoverage[split].Correct++
				}
			}
			if seen[m.ID] {
				continue
			}
			seen[m.ID] = true
			t := idType(m.ID)
			if rep.Coverage[t] == nil {
				rep.Coverage[t] = &Acc{}
			}
			rep.Coverage[t].Total++
			if known {
				rep.Coverage[t].Correct++
			}
		}
	}
	return rep
}

func actorDoc(r Runner, kb *actors.KB, dir, lang, tsv string) (ActorScore, []SlavicMention, error) {
	data, err := os.ReadFile(tsv)
	if err != nil {
		return ActorScore{}, nil, err
	}
	gold, errs := ParseSlavicTSV(tsv, data)
	if errs != nil {
		return ActorScore{}, nil, errs[0]
	}
	var d *doc.Document
	if r != nil {
		topic := filepath.Base(filepath.Dir(filepath.Dir(tsv)))
		raw := filepath.Join(dir, "raw", topic, lang, strings.TrimSuffix(filepath.Base(tsv), ".tsv")+".txt")
		docs, errs := r.Extract(raw, nil)
		if len(errs) > 0 {
			return ActorScore{}, nil, fmt.Errorf("%s: %w", raw, errs[0])
		}
		if len(docs) != 1 {
			return ActorScore{}, nil, fmt.Errorf("%s: the pipeline made %d documents of it, want 1", raw, len(docs))
		}
		d = docs[0]
	}
	return ScoreActors(kb, gold, d), gold, nil
}

// WriteTable writes the report as a table: per topic and overall, then the
// coverage by id type, the most frequent ids the base does not know (up to
// missing) and the most frequent linking errors on ids it knows (up to
// wrong).
func (rep *ActorReport) WriteTable(w io.Writer, missing, wrong int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TOPIC\tSPLIT\tDOCS\tLINKED (PIPELINE)\tOF KNOWN IDS\tDICTIONARY ONLY\tOF KNOWN IDS\tIDS KNOWN")
	topics := make([]string, 0, len(rep.Topics))
	for t := range rep.Topics {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	row := func(name, split string, s ActorScore, known string) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", name, split, s.Docs, s.Linked, s.LinkedKnown, s.Dictionary, s.DictionaryKnown, known)
	}
	present := map[string]bool{}
	for _, t := range topics {
		row(t, SlavicSplit(t), *rep.Topics[t], "")
		present[SlavicSplit(t)] = true
	}
	for _, sp := range splitOrder(present) {
		if s := rep.Splits[sp]; s != nil {
			row(sp+" ("+rep.Lang+")", sp, *s, rep.SplitCoverage[sp].String())
		}
	}
	row("all ("+rep.Lang+")", "all", rep.Overall, "")
	fmt.Fprintln(tw, "\nID TYPE\tIDS KNOWN TO THE ACTOR BASE")
	types := make([]string, 0, len(rep.Coverage))
	for t := range rep.Coverage {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(tw, "%s\t%s\n", t, rep.Coverage[t])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if missing > 0 {
		ids := make([]string, 0, len(rep.Missing))
		for id := range rep.Missing {
			if t := idType(id); t == "GPE" || t == "PER" || t == "ORG" {
				ids = append(ids, id)
			}
		}
		sort.Slice(ids, func(i, j int) bool {
			if rep.Missing[ids[i]] != rep.Missing[ids[j]] {
				return rep.Missing[ids[i]] > rep.Missing[ids[j]]
			}
			return ids[i] < ids[j]
		})
		if len(ids) > missing {
			ids = ids[:missing]
		}
		fmt.Fprintf(w, "\nmost mentioned GPE, PER and ORG ids of the tuning topics the base does not know:\n")
		for _, id := range ids {
			fmt.Fprintf(w, "  %6d  %s\n", rep.Missing[id], id)
		}
	}
	if wrong > 0 {
		// the tuning split's errors only: held-out topics are scored, never read
		var n map[Confusion]int
		if s := rep.Splits[SplitTune]; s != nil {
			n = s.Wrong
		}
		cs := make([]Confusion, 0, len(n))
		for c := range n {
			cs = append(cs, c)
		}
		sort.Slice(cs, func(i, j int) bool {
			if n[cs[i]] != n[cs[j]] {
				return n[cs[i]] > n[cs[j]]
			}
			return cs[i].ID < cs[j].ID || cs[i].ID == cs[j].ID && cs[i].Got < cs[j].Got
		})
		if len(cs) > wrong {
			cs = cs[:wrong]
		}
		fmt.Fprintf(w, "\nmost frequent linking errors on ids the base knows, tuning topics (mentions found, linked to another actor or, \"-\", to none):\n")
		for _, c := range cs {
			got := c.Got
			if got == "" {
				got = "-"
			}
			fmt.Fprintf(w, "  %6d  %s -> %s\n", n[c], c.ID, got)
		}
	}
	return nil
}

// MarshalJSON writes the figures with their counts.
func (rep *ActorReport) MarshalJSON() ([]byte, error) {
	score := func(s ActorScore) map[string]any {
		return map[string]any{"docs": s.Docs, "linked": s.Linked, "linked_known": s.LinkedKnown,
			"dictionary": s.Dictionary, "dictionary_known": s.DictionaryKnown}
	}
	topics := map[string]any{}
	for t, s := range rep.Topics {
		topics[t] = score(*s)
	}
	cov := map[string]Acc{}
	for t, a := range rep.Coverage {
		cov[t] = *a
	}
	return json.Marshal(map[string]any{"lang": rep.Lang, "topics": topics, "overall": score(rep.Overall), "coverage": cov})
}
