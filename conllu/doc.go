// Package conllu reads and writes CoNLL-U, the tab-separated format of
// Universal Dependencies treebanks (https://universaldependencies.org/format.html).
//
// A Reader yields one sentence per call to Read, io.EOF at the end:
//
//	r := conllu.NewReader(f)
//	for {
//		s, err := r.Read()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err // a *ParseError names the line
//		}
//		use(s)
//	}
//
// Multiword-token lines (1-2) and empty nodes (1.1) are kept in
// Sentence.Multiword and Sentence.Empty, so that Write reproduces them, but
// are not counted among Sentence.Words: the words are the syntactic units a
// tagger and a parser work on.
//
// The package knows the file format only; it knows nothing of tagging,
// parsing or casus's document model.
package conllu
