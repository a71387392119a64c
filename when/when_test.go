package when

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// ref is Thursday 8 September 2022.
var ref = time.Date(2022, 9, 8, 15, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFind(t *testing.T) {
	tests := []struct {
		text       string
		want       string // text of the expression
		from, to   string
		precision  string
		background bool
	}{
		{"Albania on Wednesday severed diplomatic ties with Iran.", "Wednesday", "2022-09-07", "2022-09-07", Day, false},
		{"The talks ended on Thursday.", "Thursday", "2022-09-08", "2022-09-08", Day, false},
		{"Ministers met last Thursday.", "Thursday", "2022-09-01", "2022-09-01", Day, false},
		{"They will meet next Monday.", "Monday", "2022-09-12", "2022-09-12", Day, false},
		{"The attack took place in July.", "July", "2022-07-01", "2022-07-31", Month, true},
		{"Elections are due in October.", "October", "2021-10-01", "2021-10-31", Month, true},
		{"Elections are due next October.", "October", "2022-10-01", "2022-10-31", Month, false},
		{"In 1986, Iran asked France to expel the group.", "1986", "1986-01-01", "1986-12-31", Year, true},
		{"The group has been based in Albania since 2013.", "since 2013", "2013-01-01", "2022-09-08", Range, false},
		{"Relations have been frozen since 1979.", "since 1979", "1979-01-01", "2022-09-08", Range, false},
		{"He fought in the 1980-88 war with Iraq.", "1980-88", "1980-01-01", "1988-12-31", Range, true},
		{"Between 1980 and 1988 the two countries fought.", "Between 1980 and 1988", "1980-01-01", "1988-12-31", Range, true},
		{"In the July fighting the two armies exchanged fire.", "July", "2022-07-01", "2022-07-31", Month, true},
		{"Turkey condemned the October attack.", "October", "2021-10-01", "2021-10-31", Month, true},
		{"The cyberattack hit Albania in July 2022.", "July 2022", "2022-07-01", "2022-07-31", Month, true},
		{"TIRANA, Sept. 7, 2022 (MPA) - Albania cut ties.", "Sept. 7, 2022", "2022-09-07", "2022-09-07", Day, false},
		{"On 15 July the servers went down.", "15 July", "2022-07-15", "2022-07-15", Day, true},
		{"Talks resume on December 2.", "December 2", "2021-12-02", "2021-12-02", Day, true},
		{"The law was passed last year.", "last year", "2021-01-01", "2021-12-31", Year, true},
		{"The talks collapsed in February last year.", "February last year", "2021-02-01", "2021-02-28", Month, true},
		{"The border closed in November of last year.", "November of last year", "2021-11-01", "2021-11-30", Month, true},
		{"Elections are due in May next year.", "May next year", "2023-05-01", "2023-05-31", Month, false},
		{"The accord was signed on March 3 last year.", "March 3 last year", "2021-03-03", "2021-03-03", Day, true},
		{"The accord was signed on 3 March last year.", "3 March last year", "2021-03-03", "2021-03-03", Day, true},
		{"Prices rose in March this year.", "March this year", "2022-03-01", "2022-03-31", Month, true},
		{"Exports fell this year.", "this year", "2022-01-01", "2022-12-31", Year, false},
		{"The envoy arrived three days ago.", "three days ago", "2022-09-05", "2022-09-05", Day, false},
		{"Protests began two years ago.", "two years ago", "2020-01-01", "2020-12-31", Year, true},
		{"Militias grew in the 1990s.", "1990s", "1990-01-01", "1999-12-31", Range, true},
		{"The statement was issued yesterday.", "yesterday", "2022-09-07", "2022-09-07", Day, false},
		{"Published 2022-09-06 by the ministry.", "2022-09-06", "2022-09-06", "2022-09-06", Day, false},
		{"Troops exchanged fire over the weekend.", "the weekend", "2022-09-03", "2022-09-04", Range, false},
		{"Rebels attacked two villages at the weekend.", "the weekend", "2022-09-03", "2022-09-04", Range, false},
		{"Wednesday, Sept. 7: the embassy closed.", "Wednesday, Sept. 7", "2022-09-07", "2022-09-07", Day, false},
		{"The envoy toured the region from 5-6 April 2021.", "5-6 April 2021", "2021-04-05", "2021-04-06", Range, true},
		{"The minister was in Lagos on 2–4 September.", "2–4 September", "2022-09-02", "2022-09-04", Range, false},
		{"Talks were held from 12 to 14 August.", "12 to 14 August", "2022-08-12", "2022-08-14", Range, true},
		{"The summit met between 3 and 5 May 2020.", "3 and 5 May 2020", "2020-05-03", "2020-05-05", Range, true},
		{"The delegation stayed March 6-8, 2019.", "March 6-8, 2019", "2019-03-06", "2019-03-08", Range, true},
		{"The delegation stayed Sept. 1 to 3.", "Sept. 1 to 3", "2022-09-01", "2022-09-03", Range, false},
		{"The visit lasted from 30 March to 2 April 2021.", "from 30 March to 2 April 2021", "2021-03-30", "2021-04-02", Range, true},
		{"The visit lasted from December 30 to January 2, 2021.", "from December 30 to January 2, 2021", "2020-12-30", "2021-01-02", Range, true},
		{"Fighting raged between June 28 and July 3.", "between June 28 and July 3", "2022-06-28", "2022-07-03", Range, true},
		{"The troops stayed from March to May 2021.", "from March to May 2021", "2021-03-01", "2021-05-31", Range, true},
		{"Fighting raged from August 30 to September 10.", "from August 30 to September 10", "2022-08-30", "2022-09-10", Range, false},
		{"Fighting raged from December 30 to January 4.", "from December 30 to January 4", "2021-12-30", "2022-01-04", Range, true},
		{"Chile condemned Sunday's attack on its consulate.", "Sunday", "2022-09-04", "2022-09-04", Day, false},
		{"Chile condemned Sunday’s attack on its consulate.", "Sunday", "2022-09-04", "2022-09-04", Day, false},
		{"The envoy spoke after yesterday's vote.", "yesterday", "2022-09-07", "2022-09-07", Day, false},
		{"Ministers prepared for last week's summit.", "last week", "2022-08-29", "2022-09-04", Week, false},
		{"Delegates left before last year's talks ended.", "last year", "2021-01-01", "2021-12-31", Year, true},
		{"Flights stopped on 4-6 September.", "4-6 September", "2022-09-04", "2022-09-06", Range, false},
		{"The fair ran on 10-12 June last year.", "10-12 June last year", "2021-06-10", "2021-06-12", Range, true},
		{"The fair ran on June 10 to 12 of last year.", "June 10 to 12 of last year", "2021-06-10", "2021-06-12", Range, true},
	}
	for _, tt := range tests {
		xs := Find(tt.text, ref)
		if len(xs) != 1 {
			t.Errorf("Find(%q) = %d expressions %v, want 1", tt.text, len(xs), xs)
			continue
		}
		x := xs[0]
		if x.Text != tt.want || tt.text[x.Start:x.End] != x.Text {
			t.Errorf("Find(%q) text %q at %d-%d, want %q", tt.text, x.Text, x.Start, x.End, tt.want)
		}
		if !x.From.Equal(day(tt.from)) || !x.To.Equal(day(tt.to)) || x.Precision != tt.precision {
			t.Errorf("Find(%q) = %s..%s %s, want %s..%s %s (%s)", tt.text,
				x.From.Format(time.DateOnly), x.To.Format(time.DateOnly), x.Precision, tt.from, tt.to, tt.precision, x.Reason)
		}
		if got := Background(x, ref); got != tt.background {
			t.Errorf("Background(%q) = %v, want %v", x.Text, got, tt.background)
		}
		if x.Reason == "" {
			t.Errorf("Find(%q): no reason", tt.text)
		}
	}
}

func TestNotTime(t *testing.T) {
	for _, text := range []string{
		"Iran may retaliate, officials said.",
		"Thousands march in Tirana.",
		"The sunday edition sold out.",
		"The army deployed 1500 troops.",
		"Talks on Feb 30 were cancelled.",
		"Flight 2022 landed.",
		"The ministers made plans for the weekend.",
		"It cost 3,000 dollars.",
		"The May government fell.",
		"The March drew thousands to the square.",
		"They met at the August Hotel.",
		"The vote went 6-8 against the motion.",
		"The court ruled 3 to 2 in March's case.",
		"Voters turned against May's cabinet.",
		"The court ruled in May’s favour.",
		"",
		"\xff\xfe invalid",
	} {
		if xs := Find(text, ref); len(xs) != 0 {
			t.Errorf("Find(%q) = %v, want none", text, xs)
		}
	}
}

// TestPossessive checks that a time in the possessive before a noun, with
// a straight or a curly apostrophe, is marked as the noun's.
func TestPossessive(t *testing.T) {
	tests := []struct {
		text       string
		possessive bool
	}{
		{"Chile condemned Sunday's attack.", true},
		{"Chile condemned Sunday’s attack.", true},
		{"Ministers prepared for last week's summit.", true},
		{"Chile condemned the attack on Sunday.", false},
		{"Talks ended last week, officials said.", false},
	}
	for _, tt := range tests {
		xs := Find(tt.text, ref)
		if len(xs) != 1 || xs[0].Possessive != tt.possessive {
			t.Errorf("Find(%q) = %v, want one with Possessive %v", tt.text, xs, tt.possessive)
		}
	}
}

func TestSeveral(t *testing.T) {
	text := "On Wednesday Albania cut ties. The group moved there in 2013, after years in Iraq since 1986."
	xs := Find(text, ref)
	var got []string
	for _, x := range xs {
		got = append(got, x.Text)
	}
	if strings.Join(got, "|") != "Wednesday|2013|since 1986" {
		t.Errorf("got %q", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Albania on Wednesday severed ties; in 1986 Iran asked; since 1979; the 1980-88 war; Sept. 7, 2022")
	f.Add("Feb 30 2020-02-30 9999-99-99 May May")
	f.Add("will meet on Friday in March on December 2 the July fighting two weeks after the vote")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, x := range Find(text, ref) {
			if x.Start < last || x.End <= x.Start || x.End > len(text) || text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %d-%d after %d in %q", x.Start, x.End, last, text)
			}
			if x.To.Before(x.From) {
				t.Fatalf("%q: to %v before from %v", x.Text, x.To, x.From)
			}
			if a := Ahead(x, ref); a.To.Before(a.From) || x.Bare != NotBare && a.From.Before(ref.Truncate(24*time.Hour)) {
				t.Fatalf("%q: Ahead gives %v..%v", x.Text, a.From, a.To)
			}
			last = x.End
		}
		CountsFromDeed(text)
		for _, c := range DeedCounts(text) {
			if c.Start < 0 || c.End <= c.Start || c.End > len(text) {
				t.Fatalf("deed count's span %d-%d in %q", c.Start, c.End, text)
			}
		}
		_, bad := FindWithImpossible(text, ref)
		for _, sp := range bad {
			if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("impossible day's span %d-%d in %q", sp.Start, sp.End, text)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Albania on Wednesday severed diplomatic ties with Iran, accusing it of a cyberattack in July. In 1986, Iran asked France to expel the group, which has been in Albania since 2013. ", 30)
	b.SetBytes(int64(len(text)))
	for range b.N {
		Find(text, ref)
	}
}

// TestRelativePeriods checks "last week", "this month" and the like
// against article days on several weekdays and across month and year ends.
func TestRelativePeriods(t *testing.T) {
	tests := []struct {
		article  string // the article's day
		text     string
		from, to string
		prec     string
	}{
		// Thursday: last week is Monday to Sunday of the week before.
		{"2026-01-15", "Rebels seized the town last week.", "2026-01-05", "2026-01-11", Week},
		{"2026-01-15", "Talks resumed this week.", "2026-01-12", "2026-01-18", Week},
		{"2026-01-15", "The envoy flies out next week.", "2026-01-19", "2026-01-25", Week},
		// Monday and Sunday: the week is still Monday to Sunday.
		{"2026-01-12", "Rebels seized the town last week.", "2026-01-05", "2026-01-11", Week},
		{"2026-01-18", "Rebels seized the town last week.", "2026-01-05", "2026-01-11", Week},
		{"2026-01-18", "Talks resumed this week.", "2026-01-12", "2026-01-18", Week},
		// Across a year's end.
		{"2026-01-02", "Rebels seized the town last week.", "2025-12-22", "2025-12-28", Week},
		{"2025-12-31", "The envoy flies out next week.", "2026-01-05", "2026-01-11", Week},
		{"2026-01-15", "Prices rose over the past week.", "2026-01-08", "2026-01-15", Week},
		// "The weekend" after a preposition: the latest Saturday and its
		// Sunday (2026-01-17 is a Saturday).
		{"2026-01-19", "Troops exchanged fire over the weekend.", "2026-01-17", "2026-01-18", Range},
		{"2026-01-18", "Protesters marched during the weekend.", "2026-01-17", "2026-01-18", Range},
		{"2026-01-17", "Talks went on throughout the weekend.", "2026-01-17", "2026-01-18", Range},
		{"2026-01-22", "Rebels shelled the port on the weekend.", "2026-01-17", "2026-01-18", Range},
		// Months.
		{"2026-01-15", "The army withdrew last month.", "2025-12-01", "2025-12-31", Month},
		{"2026-03-31", "The army withdrew last month.", "2026-02-01", "2026-02-28", Month},
		{"2025-12-10", "The vote is due next month.", "2026-01-01", "2026-01-31", Month},
		{"2026-01-15", "Exports fell this month.", "2026-01-01", "2026-01-31", Month},
		{"2026-01-15", "The pact was signed earlier this month.", "2026-01-01", "2026-01-15", Month},
		{"2026-01-15", "The court rules later this month.", "2026-01-15", "2026-01-31", Month},
		// Years.
		{"2026-01-15", "The law was passed last year.", "2025-01-01", "2025-12-31", Year},
		{"2025-12-31", "The law was passed last year.", "2024-01-01", "2024-12-31", Year},
		{"2026-06-03", "The pact was signed earlier this year.", "2026-01-01", "2026-06-03", Year},
	}
	for _, tt := range tests {
		xs := Find(tt.text, day(tt.article))
		if len(xs) != 1 {
			t.Errorf("Find(%q, %s) = %d expressions, want 1", tt.text, tt.article, len(xs))
			continue
		}
		x := xs[0]
		if !x.From.Equal(day(tt.from)) || !x.To.Equal(day(tt.to)) || x.Precision != tt.prec {
			t.Errorf("Find(%q, %s) = %s..%s %s, want %s..%s %s (%s)", tt.text, tt.article,
				x.From.Format(time.DateOnly), x.To.Format(time.DateOnly), x.Precision, tt.from, tt.to, tt.prec, x.Reason)
		}
	}
}

// TestAnchoredDays checks "the same day" and "a week later", which count
// from the day named just before, and stay undated when none is.
func TestAnchoredDays(t *testing.T) {
	article := day("2026-01-15") // a Thursday
	tests := []struct {
		text string
		want string // the anchored expression's text
		day  string // its day, "" for no expression
	}{
		{"Militants attacked a convoy on Monday. The army struck back the same day.", "the same day", "2026-01-12"},
		{"Militants attacked a convoy on Monday. Police arrested two men the next day.", "the next day", "2026-01-13"},
		{"The ceasefire began on 2 January. A day later, shelling resumed.", "A day later", "2026-01-03"},
		{"The ceasefire began on 2 January. Two weeks later, shelling resumed.", "Two weeks later", "2026-01-16"},
		{"The ceasefire began on 2 January. Shelling resumed a week after.", "a week after", "2026-01-09"},
		{"The minister resigned yesterday and his deputy followed three days later.", "three days later", "2026-01-17"},
		// No day before it: not clear, so no date.
		{"The army struck back the same day.", "", ""},
		{"Shelling resumed a week later.", "", ""},
		// A month is no day to count from.
		{"The strike began in December. Talks opened the same day.", "", ""},
		// "a week after the vote" counts from the vote.
		{"The ceasefire began on 2 January. Shelling resumed a week after the vote.", "", ""},
		// "several days later" names no day.
		{"The ceasefire began on 2 January. Several days later, shelling resumed.", "", ""},
		// A day named three paragraphs before is too far.
		{"The ceasefire began on 2 January.\n\nTalks stalled.\n\nAid was cut.\n\nShelling resumed a day later.", "", ""},
	}
	for _, tt := range tests {
		xs := Find(tt.text, article)
		var got *Expression
		for i := range xs {
			if strings.Contains(xs[i].Reason, "named before") {
				got = &xs[i]
			}
		}
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("Find(%q) anchored %q to %s, want none", tt.text, got.Text, got.From.Format(time.DateOnly))
		case tt.want != "" && got == nil:
			t.Errorf("Find(%q) found no %q", tt.text, tt.want)
		case tt.want != "" && (got.Text != tt.want || !got.From.Equal(day(tt.day)) || got.Precision != Day):
			t.Errorf("Find(%q) = %q %s %s, want %q %s day", tt.text, got.Text, got.From.Format(time.DateOnly), got.Precision, tt.want, tt.day)
		}
	}
}

func TestCountsFromBefore(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The army struck back the same day.", true},
		{"Police arrested two men the following day.", true},
		{"Shelling resumed two days later.", true},
		{"Shelling resumed a week after.", true},
		{"Shelling resumed a week after the vote.", false},
		{"Shelling resumed several days later.", false},
		{"Shelling resumed on the day of the vote.", false},
		{"Shelling resumed later that day.", false},
		// A count of days is not one from before without its closing word
		// (laterWords tests that word first).
		{"The talks lasted two days in all.", false},
	}
	for _, tt := range tests {
		if got := CountsFromBefore(tt.text); got != tt.want {
			t.Errorf("CountsFromBefore(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCountsFromDeed(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Chile accused Peru of spying two weeks after the talks collapsed.", true},
		{"Shelling resumed a week after the vote.", true},
		{"Protesters returned days before the election.", true},
		{"The junta dissolved parliament three months after the coup.", true},
		{"Shelling resumed a week after.", false},
		{"Shelling resumed two days later.", false},
		{"Talks resumed after the vote.", false},
		{"The two men met a day earlier.", false},
		{"The release came hours after the talks.", false},
	}
	for _, tt := range tests {
		if got := CountsFromDeed(tt.text); got != tt.want {
			t.Errorf("CountsFromDeed(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDeedCounts checks what the words of CountsFromDeed count: an exact
// count, or 0 where it is rough, vague or missing.
func TestDeedCounts(t *testing.T) {
	tests := []struct {
		text   string
		want   string // the words counted
		n      int
		unit   string
		before bool
	}{
		{"The border reopened two weeks after the ceasefire.", "two weeks after", 2, "week", false},
		{"Troops left a month before the vote.", "a month before", 1, "month", true},
		{"The embassy closed 3 days after the protest.", "3 days after", 3, "day", false},
		{"Ties were cut ten years after the war.", "ten years after", 10, "year", false},
		{"Shelling resumed several days after the truce.", "several days after", 0, "day", false},
		{"Shelling resumed days after the truce.", "days after", 0, "day", false},
		{"Talks failed about two weeks after the summit.", "two weeks after", 0, "week", false},
		{"Talks failed less than a year after the summit.", "a year after", 0, "year", false},
	}
	for _, tt := range tests {
		cs := DeedCounts(tt.text)
		if len(cs) != 1 {
			t.Errorf("DeedCounts(%q) = %v, want one count", tt.text, cs)
			continue
		}
		c := cs[0]
		if got := tt.text[c.Start:c.End]; got != tt.want || c.N != tt.n || c.Unit != tt.unit || c.Before != tt.before {
			t.Errorf("DeedCounts(%q) = %q %d %s before=%v, want %q %d %s before=%v", tt.text, got, c.N, c.Unit, c.Before, tt.want, tt.n, tt.unit, tt.before)
		}
	}
	if cs := DeedCounts("Shelling resumed a week after."); len(cs) != 0 {
		t.Errorf("a count closing its clause counts from no deed, got %v", cs)
	}
}

func TestFindWithImpossible(t *testing.T) {
	tests := []struct {
		text string
		want string // the impossible day's words, "" for none
		n    int    // the expressions found
	}{
		{"Talks on Feb 30 were cancelled.", "Feb 30", 0},
		{"Ministers met on 30 February 2025 and again in March 2025.", "30 February 2025", 1},
		{"The ceasefire of June 31, 2023 held until July.", "June 31, 2023", 1},
		{"The border closed on 31 April 2024.", "31 April 2024", 0},
		{"The treaty of 2023-02-29 lapsed.", "2023-02-29", 0},
		{"They met on February 31 in Geneva.", "February 31", 0},
		{"They met on Feb 28 in Geneva.", "", 1},
		{"The leap day 2024-02-29 passed quietly.", "", 1},
		{"Flight 30 landed in May.", "", 1},
		{"Talks resume on Friday.", "", 1},
		{"", "", 0},
	}
	for _, tt := range tests {
		xs, bad := FindWithImpossible(tt.text, ref)
		var got []string
		for _, sp := range bad {
			got = append(got, tt.text[sp.Start:sp.End])
		}
		if want := []string{tt.want}; tt.want == "" && len(got) != 0 || tt.want != "" && !slices.Equal(got, want) {
			t.Errorf("FindWithImpossible(%q): impossible days %q, want %q", tt.text, got, tt.want)
		}
		if len(xs) != tt.n {
			t.Errorf("FindWithImpossible(%q) found %d expressions, want %d", tt.text, len(xs), tt.n)
		}
		// The impossible day's words give no time at all: not the day,
		// nor the month or year within them.
		for _, x := range xs {
			for _, sp := range bad {
				if x.Start < sp.End && sp.Start < x.End {
					t.Errorf("FindWithImpossible(%q) found %q within the impossible %q", tt.text, x.Text, tt.text[sp.Start:sp.End])
				}
			}
		}
	}
}
