package event

import "testing"

// TestNominalYear checks that an attack noun whose owner stands before a
// number ("Chile's 1995 invasion of Peru", "Peru's two raids on Chile")
// is still that owner's deed, that an invasion occupies territory (192,
// as the verb INVADE codes), and that a bare year before the noun dates
// the deed in the background, not on the day of the verb it hangs on.
func TestNominalYear(t *testing.T) {
	tests := []struct {
		text string
		want string
		day  string
		bg   bool
	}{
		{"The sanctions were imposed after Chile's 1995 invasion of Peru.", "CHL>PER:192", "1995-01-01", true},
		{"Bolivia on Monday condemned Chile's 1979 attack on Peru.", "CHL>PER:190", "1979-01-01", true},
		{"Peru's two raids on Chile killed nine people on Monday.", "PER>CHL:190", "2022-09-05", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, []string{tt.want}, nil)
			for _, e := range evs {
				if e.Source.Code+">"+e.Target.Code+":"+e.Code == tt.want && (e.Date.String() != tt.day || e.Background != tt.bg) {
					t.Errorf("%s dated %s, background %v; want %s, %v", tt.want, e.Date, e.Background, tt.day, tt.bg)
				}
			}
		})
	}
}
