package event

import "testing"

// TestMutual checks that the members of a compound subject are not each
// other's targets unless the clause says so ("each other"), and that a
// named target still is everyone's.
func TestMutual(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a pronoun for a member", "Peru and Chile voted against it, diplomats said.", nil, []string{"PER>CHL:*", "CHL>PER:*", "CHL>PERGOV:*"}},
		{"a named target", "Peru and Chile voted against Bolivia.", []string{"PER>BOL:110", "CHL>BOL:110"}, nil},
		{"each other", "Peru and Chile accused each other of breaking the truce.", []string{"PER>CHL:1123", "CHL>PER:1123"}, nil},
		{"one another", "Peru and Chile have criticised one another for months.", []string{"PER>CHL:111", "CHL>PER:111"}, nil},
		{"a named target of an accusation", "Peru and Chile accused Bolivia of breaking the truce.", []string{"PER>BOL:1123", "CHL>BOL:1123"}, []string{"PER>CHL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestOwnOrgan checks that a state organ and one of its own (PERGOV and
// PERGOVMIL) are no two parties, while the government and the army are.
func TestOwnOrgan(t *testing.T) {
	evs := code(t, "Peru's president convened an emergency meeting of Peru's national security council.", nil, nil)
	if hasTriple(evs, "PERGOV>PERGOVMIL:*") || hasTriple(evs, "PERGOVMIL>PERGOV:*") {
		t.Errorf("a government meeting its own council coded: %s", describe(evs))
	}
	evs = code(t, "Peru's president met Peru's army chief on Monday.", nil, nil)
	if !hasTriple(evs, "PERGOV>PERMIL:040") {
		t.Errorf("no PERGOV>PERMIL:040 among %s", describe(evs))
	}
}
