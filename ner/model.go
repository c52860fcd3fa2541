package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math"
)

// The model file is a header and a body of varints, read without
// decompression so that loading is a single pass:
//
//	"KRNER" version(1 byte)
//	body =
//	  uvarint bits, uvarint ntypes, ntypes × (uvarint len, bytes)
//	  float32 scale (little-endian)
//	  labels² transition weights (zig-zag varints)
//	  uvarint rows; rows × (uvarint bucket delta, labels zig-zag varints)
//	  uint32 CRC-32 (IEEE) of everything before it in the body
//
// Only buckets with a non-zero weight are stored. The version changes with
// the feature templates: version 3 reads the language's token classes
// (TagWith).

const (
	magic    = "KRNER"
	version  = 3
	maxBits  = 24
	maxTypes = 32
)

// Save writes the model in its file format.
func (m *Model) Save(w io.Writer) error {
	var body bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { body.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	sv := func(x int64) { body.Write(tmp[:binary.PutVarint(tmp[:], x)]) }
	uv(uint64(m.bits))
	uv(uint64(len(m.types)))
	for _, t := range m.types {
		uv(uint64(len(t)))
		body.WriteString(t)
	}
	binary.LittleEndian.PutUint32(tmp[:4], math.Float32bits(m.scale))
	body.Write(tmp[:4])
	for _, v := range m.trans {
		sv(int64(v))
	}
	L := m.nlabel
	B := len(m.w) / L
	rows := 0
	for b := 0; b < B; b++ {
		if nonZero(m.w[b*L : b*L+L]) {
			rows++
		}
	}
	uv(uint64(rows))
	last := 0
	for b := 0; b < B; b++ {
		row := m.w[b*L : b*L+L]
		if !nonZero(row) {
			continue
		}
		uv(uint64(b - last))
		last = b
		for _, v := range row {
			sv(int64(v))
		}
	}
	binary.LittleEndian.PutUint32(tmp[:4], crc32.ChecksumIEEE(body.Bytes()))
	body.Write(tmp[:4])

	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	bw.WriteByte(version)
	bw.Write(body.Bytes())
	return bw.Flush()
}

func nonZero(row []int16) bool {
	for _, v := range row {
		if v != 0 {
			return true
		}
	}
	return false
}

// Load reads a model written by Save. Corrupt or truncated data gives an
// error, never a panic.
func Load(r io.Reader) (*Model, error) {
	head := make([]byte, len(magic)+1)
	if _, err := io.ReadFull(r, head); err != nil || string(head[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	if head[len(magic)] != version {
		return nil, fmt.Errorf("ner: model file version %d, this program reads %d", head[len(magic)], version)
	}
	// The body of a real model is a few tens of megabytes at most; refuse
	// more so that a hostile file cannot exhaust memory.
	const maxBody = 1 << 28
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok && l.Len() <= maxBody {
		buf.Grow(l.Len() + bytes.MinRead) // ReadFrom wants MinRead free bytes to see the end
	}
	_, err := buf.ReadFrom(io.LimitReader(r, maxBody+1))
	body := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("ner: model body: %w", err)
	}
	if len(body) > maxBody || len(body) < 4 {
		return nil, fmt.Errorf("ner: model body of %d bytes", len(body))
	}
	sum := binary.LittleEndian.Uint32(body[len(body)-4:])
	body = body[:len(body)-4]
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("ner: model checksum mismatch")
	}
	p := &parser{b: body}
	m := &Model{}
	bits := p.uv()
	if bits < 8 || bits > maxBits {
		return nil, fmt.Errorf("ner: model feature bits %d out of range", bits)
	}
	m.bits = uint(bits)
	nt := p.uv()
	if nt == 0 || nt > maxTypes {
		return nil, fmt.Errorf("ner: model with %d types", nt)
	}
	for i := uint64(0); i < nt; i++ {
		n := p.uv()
		if n == 0 || n > 64 || n > uint64(len(p.b)) {
			return nil, fmt.Errorf("ner: bad type name in model")
		}
		m.types = append(m.types, string(p.b[:n]))
		p.b = p.b[n:]
	}
	if len(p.b) < 4 {
		return nil, ErrFormat
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(p.b))
	p.b = p.b[4:]
	L := labelCount(len(m.types))
	m.nlabel = L
	m.trans = make([]int16, L*L)
	for i := range m.trans {
		m.trans[i] = p.i16()
	}
	B := 1 << m.bits
	if B*L > 1<<26 {
		return nil, fmt.Errorf("ner: model of %d weights is too large", B*L)
	}
	rows := p.uv()
	if rows > uint64(B) {
		return nil, fmt.Errorf("ner: model with %d rows for %d buckets", rows, B)
	}
	m.w = make([]int16, B*L)
	b := uint64(0)
	for r := uint64(0); r < rows && p.err == nil; r++ {
		b += p.uv()
		if b >= uint64(B) {
			return nil, fmt.Errorf("ner: model bucket %d out of range", b)
		}
		row := m.w[int(b)*L : int(b)*L+L]
		for k := range row {
			// Most weights fit in one byte: decode those inline.
			if len(p.b) > 0 && p.b[0] < 0x80 {
				c := int16(p.b[0])
				row[k] = c>>1 ^ -(c & 1)
				p.b = p.b[1:]
				continue
			}
			row[k] = p.i16()
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	if len(p.b) != 0 {
		return nil, fmt.Errorf("ner: %d bytes after the model", len(p.b))
	}
	m.cache = m.newOwnCache()
	m.ftrans = make([]float32, L*L)
	for i, v := range m.trans {
		m.ftrans[i] = float32(v)
	}
	return m, nil
}

// parser reads varints, remembering the first error.
type parser struct {
	b   []byte
	err error
}

func (p *parser) uv() uint64 {
	if p.err != nil {
		return 0
	}
	x, n := binary.Uvarint(p.b)
	if n <= 0 {
		p.err = ErrFormat
		return 0
	}
	p.b = p.b[n:]
	return x
}

func (p *parser) i16() int16 {
	if p.err != nil {
		return 0
	}
	x, n := binary.Varint(p.b)
	if n <= 0 || x < math.MinInt16 || x > math.MaxInt16 {
		p.err = ErrFormat
		return 0
	}
	p.b = p.b[n:]
	return int16(x)
}
