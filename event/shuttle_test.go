package event

import "testing"

// TestShuttleBetween checks that an envoy who shuttles between two
// parties mediates between them (045), also where a pronoun stands for a
// minister named in apposition after the title and the office the post is
// held in, or whose surname is hyphenated, and that shuttling between no
// actors codes nothing.
func TestShuttleBetween(t *testing.T) {
	tests := []eventCase{
		{"A Norwegian envoy shuttled between Lima and Quito last month.", []string{"NORGOV>PER:045", "NORGOV>ECU:045"}, nil},
		{"Norway's foreign minister, Ingrid Dahl-Berg, said she had shuttled between Lima and Quito.", []string{"NORGOV>PER:045", "NORGOV>ECU:045"}, nil},
		{"Norway's deputy minister at the foreign ministry, Ingrid Dahl, said she had shuttled between Lima and Quito.", []string{"NORGOV>PER:045", "NORGOV>ECU:045"}, nil},
		{"The Peruvian minister shuttled between meetings in Lima all day.", nil, []string{"PERGOV>PER:045"}},
	}
	checkEventCases(t, tests)
}
