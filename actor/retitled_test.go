package actor

import "testing"

// TestTitleRelayed checks that a bare "the president" stands for the
// president the article named in full, however far back, where the
// article kept calling the holder by the title alone between, and that
// the title named once, too far back, with nothing between, is left to
// the older rules.
func TestTitleRelayed(t *testing.T) {
	filler := func(n int) []string {
		var s []string
		for range n {
			s = append(s, "Peru criticised/VERB Chile")
		}
		return s
	}
	story := func(parts ...[]string) []string {
		var s []string
		for _, p := range parts {
			s = append(s, p...)
		}
		return s
	}
	named := []string{"Kenyan/ADJ President [Ana Wanjiru] visited/VERB Bolivia"}
	again := []string{"The/DET president/NOUN praised/VERB Ecuador"}
	last := []string{"Brazil/PROPN criticised/VERB the/DET president/NOUN"}
	checkLast(t, New(dicts(t)), []lastCase{
		{"the title used between keeps the holder near",
			story(named, filler(15), again, filler(15), last),
			"Brazil=BRA|president=KENGOV"},
		{"near the holder named in full",
			story(named, filler(5), last),
			"Brazil=BRA|president=KENGOV"},
	})
}
