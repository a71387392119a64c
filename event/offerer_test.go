package event

import "testing"

// TestAcceptedInvitation checks that accepting an invitation that names
// no one who made it is aimed at whoever invited the accepting actor or
// its country earlier in the article, and at no one else.
func TestAcceptedInvitation(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile invited Peru to talks in Santiago next week. Peru accepted the invitation on Thursday.", []string{"PER>CHL:036"}, nil},
		{"Chile invited the Peruvian foreign minister to talks in Santiago. The Peruvian government accepted the invitation on Thursday.", []string{"PERGOV>CHL:036"}, nil},
		{"Peru accepted Chile's invitation on Thursday.", []string{"PER>CHL:036"}, nil},
		// Nothing was offered to Peru: an attack is no invitation, and
		// an invitation to another is not Peru's to accept.
		{"Chile attacked a Peruvian border post. Peru accepted the invitation on Thursday.", nil, []string{"PER>CHL:036"}},
		{"Chile invited Bolivia to talks in Santiago. Peru accepted the invitation on Thursday.", nil, []string{"PER>CHL:036", "PER>BOL:036"}},
		// Talks between the two are no one's invitation; the third
		// country's is.
		{"Bolivia invited Peru to talks in La Paz. Peru and Chile held talks on the fishing dispute. Peru accepted the invitation on Thursday.", []string{"PER>BOL:036"}, []string{"PER>CHL:036"}},
	})
}

// TestRejectedCriticism checks that rejecting criticism or a complaint
// that names no one who made it is aimed at whoever criticised or
// complained about the rejecting actor's country before, and at no one
// when no one did.
func TestRejectedCriticism(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru criticised Chile over the fishing dispute. Chile rejected the criticism.", []string{"CHL>PER:120"}, nil},
		{"The Chilean president complained to Peru about the fishing dispute. Lima rejected the complaint.", []string{"PER>CHLGOV:120"}, nil},
		// No one criticised anyone before.
		{"Chile rejected the criticism on Monday.", nil, []string{"CHL>*:120"}},
		// A deal with Chile is no criticism of it, nor is criticism of
		// Bolivia.
		{"Peru signed a trade agreement with Chile. Chile rejected the criticism.", nil, []string{"CHL>PER:120"}},
		{"Peru criticised Bolivia over the fishing dispute. Chile rejected the criticism.", nil, []string{"CHL>PER:120"}},
	})
}

// TestWelcomedRelease checks that welcoming a release that names no one
// who released is aimed at whoever held the welcoming actor's people,
// else at whoever released others' people, and at no one when no one
// held or released anyone.
func TestWelcomedRelease(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile released two Peruvian fishermen on Friday. Peru welcomed the release.", []string{"PER>CHL:051"}, nil},
		{"Chile detained two Peruvian fishermen last month. Peru welcomed the release on Friday.", []string{"PER>CHL:051"}, nil},
		// A third party welcomes the release of others' people.
		{"Chile released two Bolivian fishermen on Friday. Peru welcomed the release.", []string{"PER>CHL:051"}, nil},
		// Criticism holds no one.
		{"Chile criticised Peru on Monday. Peru welcomed the release on Friday.", nil, []string{"PER>CHL:051"}},
		{"Peru welcomed the release on Friday.", nil, []string{"PER>*:051"}},
	})
}
