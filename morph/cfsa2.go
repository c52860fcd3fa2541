package morph

// Fast paths for CFSA2, the format of the Polish dictionary. They decode
// each arc once and index the arcs of the busiest nodes near the root, where
// a lookup would otherwise scan dozens of arcs per byte.

const (
	// indexDepth: nodes up to this many bytes below the root may be indexed.
	indexDepth = 3
	// indexMinArcs: nodes with fewer arcs are scanned.
	indexMinArcs = 8
)

// arc2 decodes the CFSA2 arc at p: its flag byte, label, the offset just
// past it and its explicit target (0 when terminal or when the target is the
// next node). ok is false when the arc runs off the data.
func (f *FSA) arc2(p int) (flags, label byte, after, target int, ok bool) {
	a := f.arcs
	if uint(p) >= uint(len(a)) {
		return
	}
	flags = a[p]
	p++
	if i := flags & cfsa2Label; i != 0 {
		label = f.labels[i]
	} else {
		if uint(p) >= uint(len(a)) {
			return
		}
		label = a[p]
		p++
	}
	if flags&cfsa2Next == 0 {
		v, shift := 0, 0
		for {
			if uint(p) >= uint(len(a)) || shift > 28 {
				return
			}
			b := a[p]
			p++
			v |= int(b&0x7f) << shift
			if b < 0x80 {
				break
			}
			shift += 7
		}
		if v >= len(a) {
			return
		}
		target = v
	}
	return flags, label, p, target, true
}

// first2 returns the first arc of a CFSA2 node.
func (f *FSA) first2(node int) int {
	if f.numbers {
		node = f.skipVarint(node)
		if node < 0 {
			return 0
		}
	}
	return node
}

// end2 returns the offset after the last arc of the node whose arc at p is
// given, i.e. the node that target-next arcs of that node lead to; 0 when
// the data is malformed.
func (f *FSA) end2(p int) int {
	for n := 0; n < 512; n++ {
		flags, _, after, _, ok := f.arc2(p)
		if !ok {
			return 0
		}
		if flags&cfsa2Last != 0 {
			if after >= len(f.arcs) {
				return 0
			}
			return after
		}
		p = after
	}
	return 0
}

// step2 follows the arc labelled c out of node and returns the arc and its
// target node (0, 0 when there is none).
func (f *FSA) step2(node int, c byte, idx *[256]int32) (arc, next int) {
	p := 0
	if idx != nil {
		p = int(idx[c])
		if p == 0 {
			return 0, 0
		}
	} else {
		p = f.first2(node)
		for {
			flags, label, after, _, ok := f.arc2(p)
			if !ok {
				return 0, 0
			}
			if label == c {
				break
			}
			if flags&cfsa2Last != 0 {
				return 0, 0
			}
			p = after
		}
	}
	flags, _, after, target, ok := f.arc2(p)
	if !ok {
		return 0, 0
	}
	if flags&cfsa2Next != 0 {
		if flags&cfsa2Last != 0 {
			target = after
		} else {
			target = f.end2(after)
		}
		if target >= len(f.arcs) {
			target = 0
		}
	}
	return p, target
}

// fastNode holds, for one busy node, its arcs by label: the target node,
// whether the arc is final, and the fastNode of the target (index + 1, 0
// when the target is not indexed).
type fastNode struct {
	target [256]int32
	child  [256]uint16
	final  [256]bool
}

// nodeArcs fills fn with the arcs of node (the first arc of each label)
// and appends their targets to targets; it returns the number of arcs
// read (at most 256) and targets.
func (f *FSA) nodeArcs(node int, fn *fastNode, targets []int) (int, []int) {
	n := 0
	p := f.first2(node)
	for p != 0 && n < 256 {
		flags, label, after, target, ok := f.arc2(p)
		if !ok {
			break
		}
		if flags&cfsa2Next != 0 {
			target = f.end2(p)
		}
		if fn.target[label] == 0 && target > 0 {
			fn.target[label] = int32(target)
			fn.final[label] = flags&cfsa2Final != 0
			targets = append(targets, target)
		}
		n++
		if flags&cfsa2Last != 0 {
			break
		}
		p = after
	}
	return n, targets
}

// buildIndex indexes the arcs of the nodes with many arcs near the root.
func (f *FSA) buildIndex() {
	if f.version != versionCFSA2 {
		return
	}
	ids := map[int]int{} // node → index into f.fast
	// First the nodes to index, in breadth-first order; then their tables,
	// made in place in a slice of the right length (appending 1.8 KB
	// tables one at a time copied them over and over).
	type item struct{ node, depth int }
	queue := []item{{f.root, 0}}
	var order, targets []int
	var scratch fastNode
	for len(queue) > 0 && len(order) < 1<<16-1 {
		it := queue[0]
		queue = queue[1:]
		if _, ok := ids[it.node]; ok {
			continue
		}
		scratch = fastNode{}
		var n int
		n, targets = f.nodeArcs(it.node, &scratch, targets[:0])
		if n < indexMinArcs {
			continue
		}
		ids[it.node] = len(order)
		order = append(order, it.node)
		if it.depth < indexDepth {
			for _, t := range targets {
				queue = append(queue, item{t, it.depth + 1})
			}
		}
	}
	f.fastNodes = make([]fastNode, len(order))
	for i, node := range order {
		_, targets = f.nodeArcs(node, &f.fastNodes[i], targets[:0])
	}
	// Link each table to the tables of its targets.
	for _, id := range ids {
		fn := &f.fastNodes[id]
		for c := 0; c < 256; c++ {
			if t := fn.target[c]; t != 0 {
				if cid, ok := ids[int(t)]; ok {
					fn.child[c] = uint16(cid + 1)
				}
			}
		}
	}
	if id, ok := ids[f.root]; ok {
		f.rootFast = id + 1
	}
}
