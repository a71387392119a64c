package event

import "testing"

// TestEventDate checks which time expression dates an event: its own
// clause's, not one of a clause below it; a governing clause's for a
// participle; the paragraph's past date only for a past main clause; the
// story's day for events the text does not date. The articles are dated
// Thursday 8 September 2022.
func TestEventDate(t *testing.T) {
	tests := []struct {
		name, text      string
		pred            string // the event's predicate as written
		date, precision string
	}{
		{"participle takes its governor's day",
			"Peru on Wednesday severed diplomatic relations with Chile, accusing Santiago of orchestrating an attack on its border posts in July.",
			"accusing", "2022-09-07", "day"},
		{"the charged deed keeps its own month",
			"Peru on Wednesday severed diplomatic relations with Chile, accusing Santiago of orchestrating an attack on its border posts in July.",
			"attack", "2022-07-01", "month"},
		{"infinitive complement's time",
			"Peru applied to join the Andean Community in 2011 and became a member in 2014.",
			"applied", "2011-01-01", "year"},
		{"relative clause on the object dates the object",
			"Peru expelled the Chilean diplomats who had arrived in 2019.",
			"expelled", "2022-09-08", "day"},
		{"present tense is not the paragraph's past",
			"In 2019, Peru accused Chile of spying on its navy. Chile denies spying on Peru.",
			"denies", "2022-09-08", "day"},
		{"a past main clause dates its paragraph",
			"In 2019, Peru accused Chile of spying on its navy. Chile then expelled two Peruvian diplomats.",
			"expelled", "2019-01-01", "year"},
		{"a phrase's past date does not",
			"Peru recalled its ambassador from Chile on Wednesday over a border post that Chile built in 2016. Peru also expelled two Chilean diplomats.",
			"expelled", "2022-09-07", "day"},
		{"relative clause on the subject dates the subject",
			"Peru's foreign minister, who was appointed in 2021, met the Chilean ambassador.",
			"met", "2022-09-08", "day"},
		{"relative clause on the subject, parsed as a complement, does not date the paragraph",
			"Benjamin Netanyahu, who first took office in 1996, met Joe Biden.",
			"met", "2022-09-08", "day"},
		{"relative clause on the subject, a perfect",
			"Peru's president, who was elected in 2021, has criticised Chile.",
			"criticised", "2022-09-08", "day"},
		{"relative clause on the subject, the verb's own time after",
			"Peru's president, who took office in 2021, criticised Chile on Wednesday.",
			"criticised", "2022-09-07", "day"},
		{"the relative clause's own event keeps its year",
			"Peru condemned Chile, which expelled two Peruvian diplomats in 2019.",
			"expelled", "2019-01-01", "year"},
		{"an appeal is not dated by the deed it asks for",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nThe Bolivian president urged Chile to restore the envoy's accreditation before the summit in July.",
			"urged", "2022-09-07", "day"},
		{"nor by a deadline, the paragraph after it either",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nBolivia asked Chile to withdraw its troops by the end of March. Ecuador criticised Chile.",
			"criticised", "2022-09-07", "day"},
		{"a time of the appeal itself still dates it",
			"In May, Bolivia urged Chile to withdraw its troops.",
			"urged", "2022-05-01", "month"},
		{"a time before an event noun dates that event, not the verb",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nChile has denied any role in the Aug. 30 bombing of the Peruvian consulate.",
			"denied", "2022-09-07", "day"},
		{"a possessive time before an event noun",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nBolivia condemned Sunday's attack on the Peruvian consulate by Chile.",
			"condemned", "2022-09-07", "day"},
		{"a time after the noun still dates the verb",
			"Bolivia condemned Chile's attack on Peru on Monday.",
			"condemned", "2022-09-05", "day"},
		{"a time right after the verb's object dates it, whatever the parse",
			"Chile deported more than 3,000 Bolivians over the past week, the migration office said on Thursday, as La Paz protested.",
			"deported", "2022-09-01", "week"},
		{"a time after a verb of the object's clause does not",
			"Peru condemned the Chilean troops who crossed the border on Monday.",
			"condemned", "2022-09-08", "day"},
		{"a past perfect takes no time of the clause that reports it",
			"Peru said on Wednesday that Chile had attacked Peru.",
			"attacked", "", ""},
		{"nor the story's day",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nPeruvian media reported that Chilean agents had hacked the ministry's computers.",
			"hacked", "", ""},
		{"a past perfect's own time still dates it",
			"Peru said on Wednesday that Chile had attacked Peru on Monday.",
			"attacked", "2022-09-05", "day"},
		{"a deed counted from another deed is not the story's day",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nBolivia accused Chile of spying two weeks after the talks collapsed.",
			"accused", "", ""},
		{"words before the verb count another verb's time",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nThe recall came two weeks after Bolivia accused Chile of spying.",
			"accused", "2022-09-07", "day"},
		{"undated events take the story's day",
			"LIMA - Peru on Wednesday recalled its ambassador from Chile.\n\nPeru also expelled two Chilean diplomats.",
			"expelled", "2022-09-07", "day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPredicateDate(t, tt.text, tt.pred, tt.date, tt.precision)
		})
	}
}
