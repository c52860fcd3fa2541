package eval

import "unicode/utf8"

// cpIndex converts byte offsets of a text to code-point offsets, the unit
// of the kronika/1 contract and of SlavicNER's annotations.
type cpIndex []int32

func newCPIndex(text string) cpIndex {
	idx := make(cpIndex, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for j := 0; j < size; j++ {
			idx[i+j] = n
		}
		n++
		i += size
	}
	idx[len(text)] = n
	return idx
}

// at returns the code-point offset of byte offset b, clamped to the text.
func (c cpIndex) at(b int) int {
	if b < 0 {
		return 0
	}
	if b >= len(c) {
		return int(c[len(c)-1])
	}
	return int(c[b])
}
