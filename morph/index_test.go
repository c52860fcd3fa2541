package morph

import (
	"slices"
	"testing"
)

// buildIndexAppend is buildIndex making each node's table apart and
// appending it: the tables buildIndex must reproduce.
func (f *FSA) buildIndexAppend() ([]fastNode, int) {
	var nodes []fastNode
	ids := map[int]int{}
	type item struct{ node, depth int }
	queue := []item{{f.root, 0}}
	for len(queue) > 0 && len(nodes) < 1<<16-1 {
		it := queue[0]
		queue = queue[1:]
		if _, ok := ids[it.node]; ok {
			continue
		}
		var fn fastNode
		n, targets := f.nodeArcs(it.node, &fn, nil)
		if n < indexMinArcs {
			continue
		}
		ids[it.node] = len(nodes)
		nodes = append(nodes, fn)
		if it.depth < indexDepth {
			for _, t := range targets {
				queue = append(queue, item{t, it.depth + 1})
			}
		}
	}
	for _, id := range ids {
		fn := &nodes[id]
		for c := 0; c < 256; c++ {
			if t := fn.target[c]; t != 0 {
				if cid, ok := ids[int(t)]; ok {
					fn.child[c] = uint16(cid + 1)
				}
			}
		}
	}
	root := 0
	if id, ok := ids[f.root]; ok {
		root = id + 1
	}
	return nodes, root
}

func TestBuildIndexSameAsAppend(t *testing.T) {
	f := loadPolish(t).FSA()
	if f.version != versionCFSA2 {
		t.Skip("not a CFSA2 dictionary")
	}
	nodes, root := f.buildIndexAppend()
	if len(nodes) < 100 || root == 0 {
		t.Fatalf("%d indexed nodes, root %d", len(nodes), root)
	}
	if root != f.rootFast || !slices.Equal(nodes, f.fastNodes) {
		t.Errorf("%d nodes, root %d; buildIndex %d, root %d", len(nodes), root, len(f.fastNodes), f.rootFast)
	}
}
