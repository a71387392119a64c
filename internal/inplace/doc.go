// Package inplace reads the arrays of numbers of the model and dictionary
// files the casus binary embeds where they lie, without decoding them:
// on a little-endian machine, from bytes aligned for their type, a
// []uint32 or a []float32 of a file is a view of the file's bytes, so that
// a model loads in the time it takes to check it. Elsewhere the values
// are decoded into a copy, so the files work on any machine.
//
// The files are little-endian. The package knows nothing of what the
// arrays hold; each format's package lays its arrays out aligned and
// checks that its structs are laid out in memory as its file lays them
// out (unsafe.Sizeof, unsafe.Offsetof) before it views them.
package inplace
