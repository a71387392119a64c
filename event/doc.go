// Package event codes the events an analysed article reports: who did
// what to whom in CAMEO terms, when, on whose word, and why casus thinks
// so.
//
//	c, err := event.New(d) // d from dict.Default() or dict.LoadDir
//	doc := analyzer.Analyze(art.Text)
//	evs := c.Code(ctx, art, doc, quotes, framing)
//
// For every verb that the verb dictionary knows, the Coder matches the
// verb's patterns (particles, objects, prepositional phrases, synsets)
// against the words around it, takes the source from the actor before the
// verb (the agent after "by" for a passive, the governing clause's subject
// for a participle such as "..., accusing it of") and the target from the
// pattern's target slot or the first actor after the verb, joined members
// of compound actors ("Canada, the United States and Japan") giving one
// event each. It works on part-of-speech tags and word order, reading the
// dependency parse only where it helps, so that parse errors cost little.
//
// Each event carries a claim status: negated ("has not yet reacted"),
// hypothetical (modals, plans and threats, calls and demands,
// conditions), disputed (a scare-quoted or "so-called" term in its
// clause, from the framing marks passed in), claimed (reported through
// someone: "Rama said", "according to", inside a quotation, whose speaker
// becomes AttributedTo) or asserted. Its date comes from the time
// expressions of its sentence (package when), else from an explicit date
// earlier in its paragraph, else the article's date; events before the
// article's week are background, and no event of a paragraph about the
// past is given the article's date. Evidence holds the byte spans of the
// sentence, source, target and predicate and the dictionary entries and
// pattern that fired.
//
// EvalDemo, EvalPetrarch and EvalTabari score the coder against the demo
// corpus's gold events and the PETRARCH and TABARI validation suites.
//
// The package knows the document model, the dictionaries, actor
// resolution, the CAMEO ontology and time expressions. It does not
// segment, tag or parse text itself (the caller passes the analysis in),
// it does not find quotations (the caller passes them in), and it knows
// nothing of storage, HTTP or the command line.
package event
