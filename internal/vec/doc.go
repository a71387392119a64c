// Package vec adds vectors of int32 element by element, for the models'
// scoring loops, which add rows of integer class scores many times a
// word: on amd64 four elements an instruction (SSE2, which every amd64
// processor has), elsewhere one at a time in Go.
//
// The sums are of integers, wrapping as Go's do, so they are the same in
// any order and on any architecture.
package vec
