package event

import "testing"

// TestAbuseCharge checks that an abuse of human rights a speaker names
// as someone's ("unlawful killings by Chilean police") is the speaker's
// accusation (1122), whether the speaker says it before or after, and
// that killings no word makes unlawful, a denial, an abuse named by no
// actor and an abuse with no "by" are none.
func TestAbuseCharge(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile said torture by Peruvian police was widespread.", []string{"CHL>PERCOP:1122"}, nil},
		{"Video footage reveals a pattern of unlawful killings by Peruvian security forces, said Amnesty International on Tuesday.", []string{"NGOHRIAMN>PERCOP:1122"}, nil},
		{"Human Rights Watch documented arbitrary detentions by Chilean police, the group said.", []string{"NGOHRI>CHLCOP:1122"}, nil},
		{"Chile said killings by Peruvian police were rising.", nil, []string{"CHL>PERCOP:1122"}},
		{"Peru's police denied that torture by its officers was common.", nil, []string{"*>PERCOP:1122"}},
		{"Analysts said torture by Peruvian police was widespread.", nil, []string{"*>PERCOP:1122"}},
		{"Chile said Peruvian torture was widespread.", nil, []string{"CHL>*:1122"}},
	})
}
