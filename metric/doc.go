// Package metric holds the counts and measures that casus's evaluations
// share: precision, recall and F1 over gold and predicted items.
//
// It knows numbers only: what an item is (a name, a sentence boundary)
// and how items are matched belong to the package that scores them.
package metric
