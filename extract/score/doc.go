// Package score measures article-body extraction the way the ScrapingHub
// article-extraction-benchmark does: texts are split into \w+ tokens,
// tokens into 4-token shingles, and each page's shingle true positives,
// false positives and false negatives are normalised to sum to one so
// every page weighs the same. Summarize averages precision over pages
// with something predicted and recall over pages with something to find,
// and takes F1 of those averages.
//
// Load reads a folder in the benchmark's layout (html/<id>.html.gz plus
// ground-truth.json), one page at a time.
//
//	set, err := score.Load(dir)
//	for i := range set.Len() {
//		p, err := set.Page(i)
//		...
//		scores = append(scores, score.Score(p.ID, predicted, p.Gold))
//	}
//	r := score.Summarize(scores)
//
// The package knows nothing of HTML or of how a prediction was made.
package score
