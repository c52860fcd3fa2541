package actors

import (
	"bytes"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
)

// User dictionaries: files a user brings to extraction (kronika extract
// --actors FILE), added on top of the embedded base. See data/README.md,
// "Your own dictionaries".

// Clone returns a copy of kb with its own actors and tables, which can be
// added to without changing kb.
func (kb *KB) Clone() *KB {
	c := newKB()
	c.user = kb.user
	to := make(map[*Actor]*Actor, len(kb.Actors))
	for _, a := range kb.Actors {
		b := *a
		b.Aliases = slices.Clone(a.Aliases)
		b.Tenures = slices.Clone(a.Tenures)
		to[a] = &b
		c.Actors = append(c.Actors, &b)
	}
	copyTable := func(dst, src map[string][]*Actor) {
		for k, as := range src {
			out := make([]*Actor, len(as))
			for i, a := range as {
				out[i] = to[a]
			}
			dst[k] = out
		}
	}
	copyTable(c.names, kb.names)
	copyTable(c.last, kb.last)
	copyTable(c.surname, kb.surname)
	maps.Copy(c.common, kb.common)
	for k, a := range kb.adj {
		c.adj[k] = to[a]
	}
	for k, a := range kb.code {
		c.code[k] = to[a]
	}
	for k, rs := range kb.roles {
		c.roles[k] = slices.Clone(rs)
	}
	return c
}

// AddUserFile adds a user's dictionary to kb: a file in Kronika's own
// format when its name ends in .tsv (countries*, people*, orgs*, places*
// or roles*.tsv, as in data/), else a PETRARCH/TABARI actors or agents
// file. A user's entry comes before the base's: a name both know finds the
// user's actor first, and an entry whose name is the canonical name of one
// actor of the base (of the same kind, for a .tsv file) adds its tenures
// and aliases to that actor, its tenures chosen over the base's where they
// overlap. kb is changed: add to a Clone of Default.
//
// A line of a .tsv file that cannot be read is an error naming the file
// and line, and nothing after it is added. The lines of a PETRARCH/TABARI
// file it cannot read are left out and returned as warnings
// ("FILE:LINE: what"); a file with no usable actor or agent is an error.
func (kb *KB) AddUserFile(name string, data []byte) (warnings []string, err error) {
	if kb.canon == nil {
		kb.canon = map[string][]*Actor{}
		for _, a := range kb.Actors {
			k := Key(a.ID())
			kb.canon[k] = append(kb.canon[k], a)
		}
	}
	kb.user = true
	if strings.HasSuffix(strings.ToLower(path.Base(name)), ".tsv") {
		if !hasEntries(data) {
			return nil, fmt.Errorf("%s: no entries (every line is blank or a comment)", name)
		}
		return nil, kb.AddFile(name, data)
	}
	dict, err := ImportPETRARCH(bytes.NewReader(data), name)
	if err != nil {
		return nil, err
	}
	if kb.addImported(dict, name) == 0 {
		msg := "no actor with a usable code and no agent"
		if len(dict.Problems) > 0 {
			msg += "; first problem: " + dict.Problems[0]
		}
		return dict.Problems, fmt.Errorf("%s: not a PETRARCH/TABARI actors or agents file: %s", name, msg)
	}
	return dict.Problems, nil
}

// hasEntries reports whether a .tsv file has a line that is not blank or a
// comment.
func hasEntries(data []byte) bool {
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			return true
		}
	}
	return false
}

// baseActor returns the one actor of kb, before any user file, whose ID
// has the key of name and whose kind is kind (any kind for kind < 0); nil
// when none or several have.
func (kb *KB) baseActor(name string, kind int) *Actor {
	var found *Actor
	for _, a := range kb.canon[Key(name)] {
		if kind >= 0 && a.Kind != Kind(kind) {
			continue
		}
		if found != nil {
			return nil
		}
		found = a
	}
	return found
}

// extend adds a user's tenures and aliases to an actor of the base: the
// tenures after those the user gave it before (n of them) and before the
// base's.
func (kb *KB) extend(a *Actor, n int, tenures []Tenure, aliases []string) {
	a.Tenures = slices.Insert(a.Tenures, n, tenures...)
	for _, al := range aliases {
		a.Aliases = append(a.Aliases, al)
		kb.index(a, al)
	}
}
