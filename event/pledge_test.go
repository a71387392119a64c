package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestPledgedIntent checks that a deed its source pledges, agrees,
// offers, vows or stands ready to do is coded as the intent to do it
// (03, the child the deed's code names), not as the deed, and that a
// refusal, a negated pledge or a conditional one is no intent.
func TestPledgedIntent(t *testing.T) {
	tests := []eventCase{
		// De-escalation (087) pledged: 0356, each way for a pair.
		{"Bolivia and Paraguay have agreed to pull their troops back from the frontier.", []string{"BOL>PRY:0356", "PRY>BOL:0356"}, []string{"BOL>PRY:087", "BOL>PRY:0874"}},
		{"Ecuador vowed to lift its naval blockade of Peru.", []string{"ECU>PER:0356"}, []string{"ECU>PER:0872"}},
		// Aid (07): 033 and its children.
		{"Canada promised to send military aid to Ukraine.", []string{"CAN>UKR:0332"}, []string{"CAN>UKR:072", "CAN>UKR:030"}},
		{"Sweden offered to provide humanitarian aid to Yemen.", []string{"SWE>YEM:0333"}, []string{"SWE>YEM:073", "SWE>YEM:030"}},
		{"Lisbon has committed itself to supplying arms to Angola.", []string{"PRT>AGO:0332"}, []string{"PRT>AGO:072"}},
		// Material cooperation (06): 031 and its children.
		{"Spain pledged to extradite the suspect to Morocco.", []string{"ESP>MAR:0313"}, []string{"ESP>MAR:063", "ESP>MAR:030"}},
		// Release (084): 0353.
		{"Peru agreed on Monday to release Chilean prisoners.", []string{"PER>CHL:0353"}, []string{"PER>CHL:0841"}},
		// Recognition and restored relations (054): 032.
		{"Ireland agreed to recognise Palestine.", []string{"IRL>PSE:032"}, []string{"IRL>PSE:054", "IRL>PSE:050"}},
		{"Bolivia pledged to restore diplomatic relations with Israel.", []string{"BOL>ISR:032"}, []string{"BOL>ISR:054", "BOL>ISR:030"}},
		// A deed already coded as an intent keeps its code.
		{"Finland agreed to accept mediation by Norway.", []string{"FIN>NOR:038"}, []string{"FIN>NOR:050"}},
		// "ready", "willing": the same intent.
		{"Peru is ready to release Chilean prisoners.", []string{"PER>CHL:0353"}, []string{"PER>CHL:0841"}},
		// Talks one is ready, willing or prepared to hold, to or
		// with the other party: an intent to meet (036), not a
		// statement (010) or the talks (046).
		{"Uruguay said it was ready to talk to Paraguay at any time.", []string{"URY>PRY:036"}, []string{"URY>PRY:010", "URY>PRY:040"}},
		{"Uruguay is willing to talk to Paraguay.", []string{"URY>PRY:036"}, []string{"URY>PRY:010"}},
		{"Uruguay is prepared to negotiate with Paraguay.", []string{"URY>PRY:036"}, []string{"URY>PRY:046", "PRY>URY:046"}},
		{"Uruguay stands ready to mediate between Paraguay and Bolivia.", []string{"URY>PRY:039", "URY>BOL:039"}, nil},
		{"Uruguay is not prepared to negotiate with Paraguay.", nil, []string{"URY>PRY:036"}},
		// Talks facilitated between parties are mediated (045);
		// standing ready to facilitate them, an intent to mediate.
		{"Uruguay facilitated talks between Paraguay and Bolivia.", []string{"URY>PRY:045", "URY>BOL:045"}, []string{"URY>PRY:060"}},
		{"Uruguay said it stood ready to facilitate talks between Paraguay and Bolivia.", []string{"URY>PRY:039", "URY>BOL:039"}, []string{"URY>PRY:031"}},
		// A settlement facilitated with no parties named aims at no one.
		{"Uruguay said it stood ready to facilitate a broader settlement.", nil, []string{"URY>URYCVL:031", "URY>URYCVL:060"}},
		// A meeting vowed: an intent to meet (036).
		{"Chile has vowed to hold talks with Bolivia.", []string{"CHL>BOL:036"}, []string{"CHL>BOL:046"}},
		// Ready, in a said clause beside a deed of its own: the intent
		// is as main as "ready", not as the copula, and stays.
		{"Brazilian President Joao Silva, who mediated between Lima and Santiago last year, said he was ready to host the leaders of both countries in Brasilia.", []string{"BRAGOV>PERGOV:036", "BRAGOV>CHLGOV:036", "BRAGOV>PER:045"}, nil},
		// A noun of pledge that a verb voices: its holder's intent.
		{"Bolivia reaffirmed its commitment to send humanitarian aid to Haiti.", []string{"BOL>HTI:0333"}, []string{"BOL>HTI:050", "BOL>HTI:073"}},
		{"Chile expressed its readiness to hold talks with Bolivia.", []string{"CHL>BOL:036"}, []string{"CHL>BOL:013", "CHL>BOL:046"}},
		{"Bolivia expressed its anger at Chile.", []string{"BOL>CHL:111"}, []string{"BOL>CHL:036"}},
		// A pledge of a deed no pattern codes: the unspecified
		// intent (030), no diplomatic cooperation (AGREE's 050).
		{"Bolivia and Paraguay agreed to dredge the border river.", []string{"BOL>PRY:030", "PRY>BOL:030"}, []string{"BOL>PRY:050"}},
		// Refused, negated, conditional: no intent.
		{"Peru refused to release Chilean prisoners.", nil, []string{"PER>CHL:0353", "PER>CHL:0841"}},
		{"Peru did not agree to release Chilean prisoners.", nil, []string{"PER>CHL:0353"}},
		{"Peru is not ready to release Chilean prisoners.", nil, []string{"PER>CHL:0353"}},
		{"Peru would agree to release Chilean prisoners if Chile paid a fine.", nil, []string{"PER>CHL:0353"}},
		// A deed done stays the deed.
		{"Peru released Chilean prisoners.", []string{"PER>CHL:0841"}, []string{"PER>CHL:0353"}},
	}
	checkEventCases(t, tests)
}

// TestPledgedIntentStatus checks that the pledge is as real as the
// pledging verb: asserted in the outlet's voice, claimed when a third
// party reports it.
func TestPledgedIntentStatus(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Canada promised to send military aid to Ukraine.", "CAN", "UKR", "0332", "asserted"},
		{"Diplomats said Canada had promised to send military aid to Ukraine.", "CAN", "UKR", "0332", "claimed"},
		{"Uruguay stands ready to mediate between Paraguay and Bolivia.", "URY", "PRY", "039", "asserted"},
		{"Uruguay is prepared to negotiate with Paraguay.", "URY", "PRY", "036", "asserted"},
	})
}

func TestPledgedBy(t *testing.T) {
	tests := []struct {
		text string
		v    int // the infinitive or gerund
		want int
	}{
		{"Peru agreed to withdraw", 3, 1},
		{"Peru agreed on Monday to withdraw", 5, 1},
		{"Peru committed itself to withdrawing", 4, 1},
		{"Peru is ready to withdraw", 4, 1},
		{"Peru expressed its willingness to withdraw", 5, 1},
		{"Peru is not ready to withdraw", 5, -1},
		{"Peru stands ready to withdraw", 4, 1},
		{"Peru remains willing to withdraw", 4, 1},
		{"Peru is prepared to withdraw", 4, 1},
		{"Peru is not prepared to withdraw", 5, -1},
		// "prepared" tagged as the verb's participle governs the
		// infinitive itself: a pledge after "is", none after "has".
		{"Peru is well prepared to host the summit.", 5, 3},
		{"Peru has prepared to withdraw", 3, -1},
		{"Peru offered Chile money to withdraw", 5, -1},
		{"Peru plans to withdraw", 3, -1},
		{"Peru expressed its anger to withdraw", 5, -1},
	}
	for _, tt := range tests {
		toks := tagged(t, tt.text)
		if got := pledgedBy(toks, tt.v); got != tt.want {
			t.Errorf("pledgedBy(%q, %d) = %d, want %d", tt.text, tt.v, got, tt.want)
		}
	}
}

// tagged returns the tokens of text's first sentence.
func tagged(t *testing.T, text string) []model.Token {
	t.Helper()
	_, a := coder(t)
	d := a.Analyze(text)
	if len(d.Sentences) == 0 {
		t.Fatalf("no sentence in %q", text)
	}
	return d.Sentences[0].Tokens
}
