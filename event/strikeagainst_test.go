package event

import "testing"

// TestStrikeAgainst checks that strikes "against" someone that a force
// launches, conducts or carries out are a use of force, as strikes "on"
// someone are, while a strike staged or begun, or one against a
// company, a union or a school, is a labour one. A "using" phrase
// between the strikes and their target names their means (aircraft:
// air strikes, 195).
func TestStrikeAgainst(t *testing.T) {
	tests := []eventCase{
		{"Chile launched strikes against Bolivian rebels on Monday.", []string{"CHL>BOLREB:190"}, nil},
		{"The Chilean army conducted 14 strikes against Bolivian rebels near the border.", []string{"CHLMIL>BOLREB:190"}, nil},
		{"Chilean forces carried out a strike against Bolivian rebels.", []string{"CHLMIL>BOLREB:190"}, nil},
		{"Chile carried out drone strikes against Bolivian rebels.", []string{"CHL>BOLREB:195"}, nil},
		// The means used stand between the strikes and their target;
		// aircraft among them make the strikes air strikes, and are
		// no actor of their own.
		{"The Chilean army conducted 14 strikes using fighter and remotely piloted aircraft against Bolivian rebels.", []string{"CHLMIL>BOLREB:195"}, []string{"CHLMIL>BOLREB:190", "BOLMIL>BOLREB:195"}},
		{"Chilean forces carried out six strikes using rocket artillery against Bolivian rebels.", []string{"CHLMIL>BOLREB:190"}, []string{"CHLMIL>BOLREB:195"}},
		{"Peruvian workers staged a strike using social media against the government.", nil, []string{"*>PERGOV:190"}},
		// A phrase the parse hangs on the strikes may stand between
		// them and their target.
		{"Chilean forces conducted eight strikes coordinated with the Peruvian government using fighter aircraft against Bolivian rebel targets.", []string{"CHLMIL>BOLREB:195"}, nil},
		{"Chilean forces carried out six strikes in support of Peruvian troops against Bolivian rebels.", []string{"CHLMIL>BOLREB:190"}, nil},
		{"Peruvian workers staged a strike organised by the union against the government.", nil, []string{"*>PERGOV:190"}},
		// Strikes that are a verb's subject are aimed at whom that
		// verb's clause names after "against"; a strike no force
		// carries out may be a labour one.
		{"Chile's four airstrikes delivered 24 bombs against Bolivian army targets on Monday.", []string{"CHL>BOLMIL:195"}, nil},
		{"The Chilean army's strikes dropped 30 bombs on Bolivian rebels near the border.", []string{"CHLMIL>BOLREB:190"}, nil},
		{"Chilean strikes on Monday focused on Bolivian rebel camps.", nil, []string{"CHL>BOLREB:190"}},
		{"Chilean miners launched a strike against Peru's mining company.", nil, []string{"CHL>PERBUS:190", "CHLLAB>PERBUS:190"}},
		{"Chilean teachers began a strike against the Chilean government.", nil, []string{"*>CHLGOV:190"}},
		{"Peruvian workers staged a strike against the government.", nil, []string{"*>PERGOV:190"}},
	}
	checkEventCases(t, tests)
}
