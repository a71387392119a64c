package parse

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sync"
)

const (
	punctMagic   = "casuspct"
	punctVersion = 1
)

// Save writes p in the stage's model format: a header (magic, version,
// hash width), the number of non-zero weights, then each as the gap from
// the previous one's index and its zig-zag value, all varints.
func (p *Punct) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	bw.WriteString(punctMagic)
	uv(punctVersion)
	uv(uint64(p.bits))
	nz := 0
	for _, v := range p.w {
		if v != 0 {
			nz++
		}
	}
	uv(uint64(nz))
	last := 0
	for i, v := range p.w {
		if v != 0 {
			uv(uint64(i - last))
			bw.Write(tmp[:binary.PutVarint(tmp[:], int64(v))])
			last = i
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: save punct: %w", err)
	}
	return nil
}

// LoadPunct reads a punctuation stage written by Punct.Save.
func LoadPunct(r io.Reader) (*Punct, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load punct: %w", err)
	}
	return decodePunct(data)
}

// decodePunct decodes a punctuation stage from the bytes Punct.Save wrote.
func decodePunct(data []byte) (*Punct, error) {
	if !bytes.HasPrefix(data, []byte(punctMagic)) {
		return nil, fmt.Errorf("parse: load punct: %w: bad magic", ErrFormat)
	}
	data = data[len(punctMagic):]
	uv := func(what string, most uint64) (uint64, error) {
		v, k := binary.Uvarint(data)
		if k <= 0 {
			return 0, fmt.Errorf("parse: load punct: %w: %s cut short", ErrFormat, what)
		}
		if v > most {
			return 0, fmt.Errorf("parse: load punct: %w: %s %d above %d", ErrFormat, what, v, most)
		}
		data = data[k:]
		return v, nil
	}
	v, err := uv("version", punctVersion)
	if err != nil {
		return nil, err
	}
	if v != punctVersion {
		return nil, fmt.Errorf("parse: load punct: %w: version %d", ErrFormat, v)
	}
	bits, err := uv("hash width", maxBits)
	if err != nil {
		return nil, err
	}
	if bits == 0 {
		return nil, fmt.Errorf("parse: load punct: %w: hash width 0", ErrFormat)
	}
	nz, err := uv("weights", 1<<bits)
	if err != nil {
		return nil, err
	}
	p := &Punct{bits: uint(bits), w: make([]int16, 1<<bits)}
	at := uint64(0)
	for k := range nz {
		gap, err := uv("index", 1<<bits)
		if err != nil {
			return nil, err
		}
		at += gap
		if at >= 1<<bits || (k > 0 && gap == 0) {
			return nil, fmt.Errorf("parse: load punct: %w: weight index %d", ErrFormat, at)
		}
		w, n := binary.Varint(data)
		if n <= 0 {
			return nil, fmt.Errorf("parse: load punct: %w: weight cut short", ErrFormat)
		}
		if w < math.MinInt16 || w > math.MaxInt16 {
			return nil, fmt.Errorf("parse: load punct: %w: weight %d", ErrFormat, w)
		}
		data = data[n:]
		p.w[at] = int16(w)
	}
	if len(data) != 0 {
		return nil, fmt.Errorf("parse: load punct: %w: %d bytes after the weights", ErrFormat, len(data))
	}
	return p, nil
}

// punctData is the embedded punctuation stage, trained by TrainPunct.
//
//go:embed model/punct.bin
var punctData []byte

var loadPunct = sync.OnceValues(func() (*Punct, error) {
	return decodePunct(punctData)
})

// DefaultPunct returns the embedded punctuation stage, trained on UD
// English EWT, which Default's model applies. It is loaded once, on first
// use; later calls return the same Punct.
func DefaultPunct() (*Punct, error) { return loadPunct() }
