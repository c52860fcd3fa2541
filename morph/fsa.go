// Package morph reads Morfologik morphological dictionaries (CFSA2 or FSA5
// automata with a .info file) and looks up the (lemma, tag) readings of a
// word form. Despite its name it is not a morphological analyzer: it is a
// reader of one file format and knows no language; Polish morphology (the
// analyzer, the guesser for unknown words, the tagger) is lang/pl, built on
// it.
package morph

import (
	"errors"
	"fmt"
)

// The binary automaton formats handled here are those written by
// Morfologik's FSA builders. Both start with the magic bytes "\fsa" and a
// version byte.
//
// CFSA2 (version 0xc6): a big-endian 16-bit flag word, a label table (one
// length byte and up to 32 bytes, entry 0 unused), then the arcs. An arc is
// a flag byte (bit 7: the target node follows this node's last arc; bit 6:
// last arc of its node; bit 5: final arc; bits 0-4: index into the label
// table, or 0 when an explicit label byte follows), then, unless bit 7 is set, the target
// address as a little-endian base-128 varint. With the NUMBERS flag every
// node starts with a varint count of the strings below it.
//
// FSA5 (version 5): a filler byte, an annotation byte, and a byte whose low
// nibble is the width of target addresses and whose high nibble the width of
// per-node numbers. An arc is a label byte and a little-endian field whose
// low three bits are flags (final, last, target-next) and the rest the
// target address; with target-next only the flag byte is stored.

const (
	versionCFSA2 = 0xc6
	versionFSA5  = 5

	flagNumbers    = 1 << 8
	flagSeparators = 1 << 9
	knownFlags     = 1<<0 | 1<<1 | 1<<2 | 1<<3 | flagNumbers | flagSeparators

	cfsa2Next  = 1 << 7
	cfsa2Last  = 1 << 6
	cfsa2Final = 1 << 5
	cfsa2Label = 1<<5 - 1

	fsa5Final = 1 << 0
	fsa5Last  = 1 << 1
	fsa5Next  = 1 << 2
)

// ErrFormat is wrapped by every error about a malformed automaton.
var ErrFormat = errors.New("morph: malformed automaton")

// FSA is a read-only finite-state automaton over bytes. Nodes and arcs are
// byte offsets into the automaton's data; 0 stands for "none".
//
// Every method checks its offsets, so a corrupted automaton yields wrong or
// no answers but never a panic.
type FSA struct {
	version byte
	arcs    []byte
	labels  [32]byte // CFSA2 label table; index 0 unused
	numbers bool     // CFSA2: nodes carry a varint count
	gtl     int      // FSA5: address width in bytes
	ndl     int      // FSA5: width of per-node numbers
	root    int

	// fastNodes index the arcs of busy CFSA2 nodes near the root by label;
	// rootFast is the root's (index + 1, 0 when none).
	fastNodes []fastNode
	rootFast  int
	fast      bool // CFSA2 small enough for the int32 fast paths
}

// ReadFSA parses an automaton held in data. The FSA keeps a reference to data
// and never modifies it.
func ReadFSA(data []byte) (*FSA, error) {
	if len(data) < 5 || string(data[:4]) != "\\fsa" {
		return nil, fmt.Errorf("%w: no \\fsa header", ErrFormat)
	}
	f := &FSA{version: data[4]}
	switch f.version {
	case versionCFSA2:
		if len(data) < 8 {
			return nil, fmt.Errorf("%w: short CFSA2 header", ErrFormat)
		}
		flags := int(data[5])<<8 | int(data[6])
		if flags&^knownFlags != 0 {
			return nil, fmt.Errorf("%w: unknown flags %#x", ErrFormat, flags)
		}
		f.numbers = flags&flagNumbers != 0
		n := int(data[7])
		if n > 32 || len(data) < 8+n {
			return nil, fmt.Errorf("%w: bad label table size %d", ErrFormat, n)
		}
		copy(f.labels[:], data[8:8+n])
		f.arcs = data[8+n:]
	case versionFSA5:
		if len(data) < 8 {
			return nil, fmt.Errorf("%w: short FSA5 header", ErrFormat)
		}
		h := data[7]
		f.gtl = int(h & 0x0f)
		f.ndl = int(h >> 4)
		if f.gtl < 1 || f.gtl > 4 || f.ndl > 4 {
			return nil, fmt.Errorf("%w: bad FSA5 address width %#x", ErrFormat, h)
		}
		f.arcs = data[8:]
	default:
		return nil, fmt.Errorf("%w: unsupported version %#x", ErrFormat, f.version)
	}
	if len(f.arcs) == 0 {
		return nil, fmt.Errorf("%w: no arcs", ErrFormat)
	}
	// The node at offset 0 is a dummy; its first arc leads to the root (for
	// FSA5 through one more epsilon node).
	if f.version == versionCFSA2 {
		f.root = f.Target(f.FirstArc(0))
	} else {
		eps := f.skipArc5(f.FirstArc(0))
		f.root = f.Target(f.FirstArc(eps))
	}
	if f.root <= 0 || f.root >= len(f.arcs) {
		return nil, fmt.Errorf("%w: root node out of range", ErrFormat)
	}
	if f.version == versionCFSA2 && len(f.arcs) < 1<<31 {
		f.fast = true
		f.buildIndex()
	}
	return f, nil
}

// Root returns the start node.
func (f *FSA) Root() int { return f.root }

// Size returns the size of the arc data in bytes.
func (f *FSA) Size() int { return len(f.arcs) }

// skipVarint returns the offset after the varint at p, or -1.
func (f *FSA) skipVarint(p int) int {
	for i := 0; i < 5; i++ {
		if uint(p) >= uint(len(f.arcs)) {
			return -1
		}
		b := f.arcs[p]
		p++
		if b < 0x80 {
			return p
		}
	}
	return -1
}

// varint reads the varint at p; it returns -1 when it runs off the data.
func (f *FSA) varint(p int) int {
	v, shift := 0, 0
	for i := 0; i < 5; i++ {
		if uint(p) >= uint(len(f.arcs)) {
			return -1
		}
		b := f.arcs[p]
		p++
		v |= int(b&0x7f) << shift
		if b < 0x80 {
			if v < 0 {
				return -1
			}
			return v
		}
		shift += 7
	}
	return -1
}

// FirstArc returns the first arc of node, or 0 when node is invalid.
func (f *FSA) FirstArc(node int) int {
	if f.version == versionCFSA2 {
		if f.numbers {
			node = f.skipVarint(node)
		}
	} else {
		node += f.ndl
	}
	if node < 0 || node >= len(f.arcs) {
		return 0
	}
	return node
}

// flags5 returns the flag byte of an FSA5 arc.
func (f *FSA) flags5(arc int) byte {
	if uint(arc+1) >= uint(len(f.arcs)) {
		return fsa5Last // an arc off the end ends its node
	}
	return f.arcs[arc+1]
}

// Label returns the label of arc.
func (f *FSA) Label(arc int) byte {
	if uint(arc) >= uint(len(f.arcs)) {
		return 0
	}
	b := f.arcs[arc]
	if f.version != versionCFSA2 {
		return b
	}
	if i := b & cfsa2Label; i != 0 {
		return f.labels[i]
	}
	if uint(arc+1) >= uint(len(f.arcs)) {
		return 0
	}
	return f.arcs[arc+1]
}

// Final reports whether arc ends an accepted sequence.
func (f *FSA) Final(arc int) bool {
	if f.version != versionCFSA2 {
		return f.flags5(arc)&fsa5Final != 0
	}
	return uint(arc) < uint(len(f.arcs)) && f.arcs[arc]&cfsa2Final != 0
}

// Last reports whether arc is the last arc of its node.
func (f *FSA) Last(arc int) bool {
	if f.version != versionCFSA2 {
		return f.flags5(arc)&fsa5Last != 0
	}
	return uint(arc) >= uint(len(f.arcs)) || f.arcs[arc]&cfsa2Last != 0
}

// NextArc returns the arc after arc in its node, or 0 after the last one.
func (f *FSA) NextArc(arc int) int {
	if f.Last(arc) {
		return 0
	}
	return f.skipArc(arc)
}

func (f *FSA) skipArc5(arc int) int {
	if f.flags5(arc)&fsa5Next != 0 {
		return arc + 2
	}
	return arc + 1 + f.gtl
}

// skipArc returns the offset just past arc, or 0 when that is off the data.
func (f *FSA) skipArc(arc int) int {
	var p int
	if f.version != versionCFSA2 {
		p = f.skipArc5(arc)
	} else {
		if uint(arc) >= uint(len(f.arcs)) {
			return 0
		}
		b := f.arcs[arc]
		p = arc + 1
		if b&cfsa2Label == 0 {
			p++
		}
		if b&cfsa2Next == 0 {
			p = f.skipVarint(p)
		}
	}
	if p <= 0 || p >= len(f.arcs) {
		return 0
	}
	return p
}

// Target returns the node arc leads to, or 0 when arc is terminal.
func (f *FSA) Target(arc int) int {
	if uint(arc) >= uint(len(f.arcs)) {
		return 0
	}
	if f.version != versionCFSA2 {
		if f.flags5(arc)&fsa5Next != 0 {
			return f.skipArc5(arc)
		}
		if arc+1+f.gtl > len(f.arcs) {
			return 0
		}
		v := 0
		for i := f.gtl - 1; i >= 0; i-- {
			v = v<<8 | int(f.arcs[arc+1+i])
		}
		v >>= 3
		if v >= len(f.arcs) {
			return 0
		}
		return v
	}
	b := f.arcs[arc]
	if b&cfsa2Next != 0 {
		// The target follows the last arc of this node.
		for n := 0; arc != 0 && !f.Last(arc); n++ {
			arc = f.skipArc(arc)
		}
		if arc == 0 {
			return 0
		}
		return f.skipArc(arc)
	}
	p := arc + 1
	if b&cfsa2Label == 0 {
		p++
	}
	v := f.varint(p)
	if v <= 0 || v >= len(f.arcs) {
		return 0
	}
	return v
}

// Arc returns the arc of node labelled label, or 0.
func (f *FSA) Arc(node int, label byte) int {
	for arc := f.FirstArc(node); arc != 0; arc = f.NextArc(arc) {
		if f.Label(arc) == label {
			return arc
		}
	}
	return 0
}
