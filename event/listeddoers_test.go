package event

import "testing"

// TestListedDoers checks that a list the class of a relative clause's
// noun holds ("Countries that have sent troops to Mali include France and
// Chad", "France and Chad are among the countries that ...") did what
// the clause says, each member, whatever the deed; that strikes with no
// target of their own that a list of countries carried out are against
// the target of the article's strike report; and that a list member is
// not folded into its country's forces' deed told in another sentence.
func TestListedDoers(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Countries that have imposed sanctions on Bolivia include Chile, Peru and Ecuador.", []string{"CHL>BOL:163", "PER>BOL:163", "ECU>BOL:163"}, nil},
		{"Chile, Peru and Ecuador are among the nations that have sent troops to Bolivia.", []string{"CHL>BOL:*", "PER>BOL:*", "ECU>BOL:*"}, nil},
		{"Among the nations that recognised Kosovo last year were Chile and Peru.", []string{"CHL>KSV:*", "PER>KSV:*"}, nil},
		{"Among the states that condemned Bolivia last week were Chile and Peru.", []string{"CHL>BOL:*", "PER>BOL:*"}, nil},
		{"The governments that expelled Russian diplomats last week were Poland and Estonia.", []string{"POL>RUSGOV:*", "EST>RUSGOV:*"}, nil},
		{"States which have imposed sanctions on Venezuela include Canada and Japan.", []string{"CAN>VEN:163", "JPN>VEN:163"}, nil},
		// The class is not a list of its own members: a relative
		// clause on a noun of no class, or no list after it.
		{"Companies that have sold arms to Bolivia include firms from Chile.", nil, []string{"CHL>BOL:*"}},
		{"Countries that have sent troops to Bolivia are expected to meet in Chile.", nil, []string{"CHL>BOL:*"}},
	})
	text := "Chilean forces conducted 12 air strikes against Bolivian rebels.\n\n" +
		"Chilean forces also conducted strikes in Peru.\n\n" +
		"Nations which have conducted strikes in Bolivia include Argentina, Uruguay and Chile."
	evs := code(t, text, nil, nil)
	checkEvents(t, evs, []string{"CHLMIL>BOLREB:195", "ARG>BOLREB:195", "URY>BOLREB:195", "CHL>BOLREB:195"}, []string{"*>PER:*"})
}
