package event

import "testing"

// TestWithPurpose checks that an infinitive the parse hangs on the object
// of "with", or on a noun joined to it, is done by the subject of the verb
// "with" is on, not by that noun, also for a noun ", as well as" adds
// after a clause on that object, which the parse may hang in the clause.
func TestWithPurpose(t *testing.T) {
	tests := []struct {
		name, text string
		// want and not are "SRC>TGT:CODE" triples that must and must not
		// be among the events.
		want, not []string
	}{
		{"a noun joined to the object of with", "Peru is working with the rebels and the Chilean government to ensure access for Bolivia.", []string{"PER>BOL:030"}, []string{"CHLGOV>BOL:*", "PERREB>BOL:*"}},
		{"the object of with", "Peru is working closely with Chile's government to ensure access for Bolivia.", []string{"PER>BOL:030"}, []string{"CHLGOV>BOL:*"}},
		{"a noun added by as well as after a clause on the object of with", "Peru is working with the rebels, who said they need guarantees to enter the city, as well as the Chilean government to ensure access for Bolivia.", []string{"PER>BOL:030"}, []string{"CHLGOV>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
