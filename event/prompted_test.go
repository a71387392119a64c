package event

import "testing"

// TestPrompted checks that what a cause moved its object to do is that
// object's event, aimed at who caused it, and that an infinitive of a
// verb that is no cause keeps its governor's subject.
func TestPrompted(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"prompting a threat", "The tribunal in Santiago censured Peru, prompting Lima to threaten a response.", []string{"PER>*:130"}, nil},
		{"a tangled parse of the cause", "Chile expelled Peru's ambassador on Monday, prompting Peru to threaten a response.", []string{"PER>CHL:130"}, nil},
		{"a governor that is no cause", "Chile hoped to threaten Bolivia.", nil, []string{"PER>*:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
