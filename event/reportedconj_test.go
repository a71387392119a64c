package event

import "testing"

// TestReportedConj checks that a second verb the parse joins to a
// reported clause is the reporting clause's when the reported subject
// would act on its own country with it, and the reported subject's
// otherwise.
func TestReportedConj(t *testing.T) {
	tests := []eventCase{
		{"Pakistan said India had violated its airspace on Monday and summoned the Indian envoy.", []string{"PAKGOV>INDGOV:114"}, nil},
		{"The Philippines said Chinese ships had blocked its supply boat and summoned the Chinese ambassador.", []string{"PHLGOV>CHNGOV:114"}, nil},
		// The reported subject's own deed against another.
		{"Kenya said Somali militants had attacked a base and kidnapped two Ugandan soldiers.", nil, []string{"KEN>UGAMIL:*"}},
	}
	checkEventCases(t, tests)
}
