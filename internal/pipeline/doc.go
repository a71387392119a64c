// Package pipeline runs documents through the casus stages in parallel:
// decode the charset, extract the article, then any analysis stages, and
// hands back the results in input order.
//
// Extraction and the stages run in two sets of workers joined by a
// queue, so that documents are read and extracted while the stages wait
// for what they need (Pipeline.Ready: models decoded in the background
// at start-up). A worker may take several extracted articles at once
// (up to Pipeline.Group, and at most half its share of those waiting, so
// that the groups shrink as the queue drains) and run each stage up to the last BatchStage over all
// of them before the next (a BatchStage annotates them in one call); the
// stages after it run article by article, and each article's result is
// handed back as soon as it is done. A Profile adds up the time of each
// stage.
//
// The package knows the stages' functions but not where documents come
// from or where articles go: ingest feeds it, and the caller stores or
// prints what it yields. It knows nothing of what a stage does.
package pipeline
