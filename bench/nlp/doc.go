// Command nlp measures casus's language engine beside prose v2
// (github.com/jdkato/prose/v2), the only other pure-Go English pipeline, in
// one process on the same data: part-of-speech accuracy, attachment scores,
// name F1, sentence-boundary F1 and throughput.
//
//	cd bench/nlp && go run . -data ../../../shared/data -cpus 1 -passes 5
//
// prints a Markdown report; -write ../../docs/BENCHMARKS.md also puts it in
// the "Language engine" section of that file, leaving the other sections as
// they are. -speedonly times casus's throughput rows alone (no prose, no
// accuracy, no report; the rates and the load average go to standard
// error) in a few seconds, for runs repeated to see how rates spread from
// run to run. -mintime 5s goes on with each row's passes until they span
// 5 s, so that a short row is less likely to fall wholly in one of the
// machine's slow spells.
//
// The command lives in a module of its own so that prose never enters
// casus's go.mod. It knows the evaluation data's formats and how to feed both
// engines; it must not change either engine or train anything, and it never
// reads GUM for anything but scoring.
package main
