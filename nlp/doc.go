// Package nlp is casus's language engine behind one call: it splits text
// into sentences and tokens (package segment), tags parts of speech and
// lemmas (tag), parses Universal Dependencies (parse) and finds names
// (ner), with the models embedded in the binary.
//
//	a, err := nlp.Default()
//	if err != nil { ... }
//	doc := a.Analyze("Albania on Wednesday severed diplomatic ties with Iran.")
//	for _, s := range doc.Sentences {
//		for _, t := range s.Tokens {
//			fmt.Println(t.Form, t.XPOS, t.Head, t.DepRel)
//		}
//	}
//	for _, e := range doc.Entities {
//		fmt.Println(e.Text, e.Kind)
//	}
//
// Analyze runs each stage over all of a text's sentences before the next
// stage, and AnalyzeAll (AnnotateAll for articles) over many texts: the
// stages' weight tables are large, and a stage run over many sentences
// at once finds more of its table in the processor's caches. The output
// is the same as sentence by sentence.
//
// AnalyzeUnparsed and Parse split Analyze in two, so that a caller that
// needs the parse of only some sentences (the event coder's) parses only
// those: parsing is the costliest stage. Names do not depend on the
// parse, so they are found before it. AnalyzeUnparsedAll is
// AnalyzeUnparsed over many texts, each stage over all of them first.
//
// An Analyzer is safe for concurrent use; the models are loaded once,
// the first time an Analyzer needs them, each in its own goroutine.
// Options turn stages off (WithoutParser, WithoutNames) or put other models
// in. The package knows the language stages and the document model; it
// knows nothing of pages, events or storage.
package nlp
