// Package minhash finds texts that share most of their word 3-shingles:
// the same news story syndicated with a changed sentence, another footer or
// a dropped paragraph.
//
// Shingles reduces a text to the set of hashes of its word 3-shingles (runs
// of three consecutive lower-cased words). Jaccard and Containment compare
// two such sets exactly. Sign condenses a set into a Signature of Size
// minimum hashes, one per hash function, and Signature.Bands cuts it into
// Bands keys of Rows values each. Two sets with Jaccard similarity J agree
// on a given band with probability J^Rows, so they share at least one band
// key with probability 1-(1-J^Rows)^Bands: about 0.995 at J = 0.5 and
// 1-10^-12 at J = 0.8, but only 0.001 at J = 0.03. Storing the band keys
// in an index and looking up a newcomer's keys finds its likely near
// duplicates (candidates); comparing the candidates' shingle sets exactly
// decides:
//
//	sh := minhash.Shingles(text)
//	for _, key := range minhash.Sign(sh).Bands() {
//		// look key up among stored texts, then store it
//	}
//	if minhash.Jaccard(sh, minhash.Shingles(candidate)) >= 0.8 {
//		// the same story
//	}
//
// Words are maximal runs of Unicode letters and digits, lower-cased; a text
// of one or two words is a single shingle; a text without words has no
// shingles, an empty Signature and no bands. Everything here is a fixed
// function of the text: band keys are kept on disk, so tokenisation, hash
// functions and the band layout must never change.
//
// Package minhash knows nothing of articles, storage or how similar is
// similar enough.
package minhash
