package event

import "testing"

// TestRelativeTarget checks that a relative pronoun that is the object of
// its clause's verb stands for the actor it follows: that actor is the
// target, not an actor named elsewhere, nor none.
func TestRelativeTarget(t *testing.T) {
	tests := []eventCase{
		{"Bolivia, which Chile has accused of smuggling, denied the allegations.", []string{"CHL>BOL:112"}, nil},
		{"The United States imposed sanctions on Iran, which Washington accuses of funding militias.", []string{"USA>IRN:112"}, []string{"USA>USAUAF:112"}},
		{"Turkey, which Greece blames for the migrant crisis, rejected the criticism.", []string{"GRC>TUR:112"}, []string{"GRC>TURCVL:112"}},
		{"Colombia, which Ecuador has criticised repeatedly, closed the border.", []string{"ECU>COL:111"}, nil},
		// "that" opening a reported clause is no relative pronoun.
		{"A U.N. panel of experts estimated in 2023 that Peru's hackers had stolen more than $2 million since 2019.", nil, []string{"PER>IGOUNO:171"}},
		// The pronoun as the subject leaves the target to the object.
		{"Syria, which attacked Turkey last year, denied the charges.", []string{"SYR>TUR:190"}, []string{"*>SYR:190"}},
	}
	checkEventCases(t, tests)
}
