package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestUnderModal checks that a verb the parse puts under a modal, a plan
// or a likelihood higher up than its own auxiliaries is hypothetical, and
// that a fact beside or after such a verb is not (coded as the peers'
// suites are, deeds that may happen included).
func TestUnderModal(t *testing.T) {
	tests := []statusCase{
		{"Peruvian farmers may choose to buy less Chilean copper, thereby hurting Chile's economy.", "PERAGR", "CHL", "180", model.Hypothetical},
		{"The Chilean envoy is likely to meet Peruvian lawmakers.", "CHLGOV", "PERLEG", "040", model.Hypothetical},
		{"The President of Chile has been eager to withdraw troops from Peru.", "CHLGOV", "PERMIL", "0874", model.Hypothetical},
		{"Peru's efforts to get Bolivia to expel Chilean diplomats failed.", "BOL", "CHLGOV", "174", model.Hypothetical},
		{"Bolivia expelled Chilean diplomats after Peru's efforts failed.", "BOL", "CHLGOV", "174", model.Asserted},
		{"The Chilean envoy met Peruvian lawmakers.", "CHLGOV", "PERLEG", "040", model.Asserted},
		{"The President of Chile withdrew troops from Peru.", "CHLGOV", "PERMIL", "0874", model.Asserted},
	}
	checkUnrealisedStatuses(t, tests)
}

// TestTypographicApostrophe checks that a negation or modal written with
// a typographic apostrophe ("won’t", "didn’t", "’ll") is read as one
// written plainly.
func TestTypographicApostrophe(t *testing.T) {
	tests := []statusCase{
		{"Albania didn’t expel Iranian diplomats.", "ALB", "IRNGOV", "174", model.Negated},
		{"Albania didn't expel Iranian diplomats.", "ALB", "IRNGOV", "174", model.Negated},
		{"Albania won’t expel Iranian diplomats.", "ALB", "IRNGOV", "174", model.Negated},
	}
	checkStatuses(t, tests)
}

// TestCan checks that "can" is a modal like "could": what a subject can
// do, and what is joined to it, has not happened, while "cannot" is a
// negation and the plain verb a fact (deeds that may happen coded).
func TestCan(t *testing.T) {
	tests := []statusCase{
		{"As those Peruvian companies prosper, they can hire more workers and pay their Chilean employees better.", "PERBUS", "CHLLAB", "061", model.Hypothetical},
		{"The situation can worsen if Chile raises trade barriers against Peru, thus hurting Peruvian companies.", "CHL", "PERBUS", "180", model.Hypothetical},
		{"Peru can expel Chilean diplomats.", "PER", "CHLGOV", "174", model.Hypothetical},
		{"Peru cannot expel Chilean diplomats.", "PER", "CHLGOV", "174", model.Negated},
		{"Peru expelled Chilean diplomats.", "PER", "CHLGOV", "174", model.Asserted},
	}
	checkUnrealisedStatuses(t, tests)
}

// TestInvertedCondition checks that a condition putting "should" before
// its subject ("should Chile not accede") is hypothetical whatever its
// negation, while "should" after the subject keeps its own reading (deeds
// that may happen coded).
func TestInvertedCondition(t *testing.T) {
	tests := []statusCase{
		{"Peru will respond should Chile not expel Bolivian diplomats.", "CHL", "BOLGOV", "174", model.Hypothetical},
		{"Should Chile expel Bolivian diplomats, Peru will respond.", "CHL", "BOLGOV", "174", model.Hypothetical},
		{"Chile should not expel Bolivian diplomats.", "CHL", "BOLGOV", "174", model.Negated},
	}
	checkUnrealisedStatuses(t, tests)
}

// TestUnrealisedDeedCodesNothing checks that a material deed that may,
// can or should happen, or that someone urges, codes nothing by default,
// while one its own source will do or plans to do stays a hypothetical
// event, and what urges it is still coded.
func TestUnrealisedDeedCodesNothing(t *testing.T) {
	tests := []eventCase{
		{"Peru can expel Chilean diplomats.", nil, []string{"PER>CHLGOV:174"}},
		{"Peruvian farmers may choose to buy less Chilean copper, thereby hurting Chile's economy.", nil, []string{"PERAGR>CHL:180"}},
		{"If Chile raises its tariffs, Peruvian exporters could lose their Bolivian customers.", nil, []string{"CHL>*:163"}},
		{"Peru urged Bolivia to expel Chilean diplomats.", []string{"PER>BOL:020"}, []string{"BOL>CHLGOV:174"}},
		{"Peru will expel Chilean diplomats.", []string{"PER>CHLGOV:174"}, nil},
		{"Peru is going to expel Chilean diplomats.", []string{"PER>CHLGOV:174"}, nil},
		{"Peru said it would impose sanctions on Chile.", []string{"PER>CHL:163"}, nil},
		{"Peru expelled Chilean diplomats.", []string{"PER>CHLGOV:174"}, nil},
	}
	checkEventCases(t, tests)
}

// TestGovernorTried checks that an infinitive whose governing verb is
// itself tried, planned or called for has not happened, while one whose
// governor happened keeps its own status (deeds that may happen coded).
func TestGovernorTried(t *testing.T) {
	checkUnrealisedStatuses(t, []statusCase{
		{"Peru tried to force Chile to withdraw its troops from Bolivia.", "CHL", "BOL", "0874", model.Hypothetical},
		{"Peru helped Chile expel the Argentine diplomats.", "CHL", "ARGGOV", "174", model.Asserted},
	})
}
