// Package simhash computes 64-bit SimHash fingerprints of text, for finding
// near-duplicate articles: the same story syndicated with a changed word, a
// different footer or a trimmed byline.
//
// Sum folds the text to lower case, splits it into words (runs of letters and
// digits), hashes every run of three consecutive words (a word 3-shingle) and
// combines the shingle hashes by bitwise majority. Texts that share most of
// their shingles get fingerprints that differ in few bits; Distance counts
// them:
//
//	if simhash.Distance(simhash.Sum(a), simhash.Sum(b)) <= 3 {
//		// a and b are very likely the same story
//	}
//
// The fingerprint of a text is fixed forever: stores keep it on disk, so the
// tokenisation and hash function must never change. Package simhash knows
// nothing about articles, storage or how near is near enough.
package simhash
