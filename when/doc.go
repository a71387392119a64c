// Package when finds time expressions in English news text and resolves
// them against the article's date, so that each event can carry its own
// date rather than the day it was reported.
//
//	ref := time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC) // the dateline
//	for _, x := range when.Find("Albania on Wednesday severed ties. In 1986, Iran asked France to expel the group.", ref) {
//		fmt.Println(x.Text, x.From.Format(time.DateOnly), x.Precision)
//	}
//	// on Wednesday 2022-09-07 day
//	// In 1986 1986-01-01 year
//
// Weekdays resolve to the latest such day not after the reference date
// ("on Wednesday" in an article of Thursday 8 September 2022 is 7
// September); month names and days without a year to the latest such date
// not after it; "last year", "three days ago", "since 1979", "the 1980-88
// war" and decades are understood. "Last week", "this week" and "next week"
// are calendar weeks, Monday to Sunday ("last week" in an article of
// Thursday 15 January 2026 is 5 to 11 January); "the past week" is the
// seven days up to the article's; "earlier this month" ends at the article's
// day; "over the weekend" (or at, during, on or throughout it) is the
// latest Saturday not after the article's day and its Sunday. "The same
// day", "the next day" and "two days later" count from the day named just
// before in the same or the previous paragraph; after a month, a year or
// nothing they are left undated (CountsFromBefore tells a caller that
// such words are there, so that it dates nothing by the article's day
// instead). Every Expression says how it was resolved (Reason), for
// explanations.
//
// Impossible dates ("Feb 30", "31 April 2024") are skipped, never adjusted,
// and give no month or year either (FindWithImpossible). The package
// knows text and calendars only: nothing of events, tokens or storage.
package when
