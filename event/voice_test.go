package event

import (
	"context"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestStatementVoice checks that "we" outside any quotation is the actor
// whose own statement, in the present tense, opens the document, and
// nobody when the document opens otherwise.
func TestStatementVoice(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a statement's we is its author",
			"Press Statement\n\nPeru condemns the attack on the Chilean embassy in Quito. We call on Ecuador to protect every diplomatic mission.",
			[]string{"PER>ECU:0234"}, nil},
		{"through later paragraphs",
			"Chile welcomes the agreement between Peru and Bolivia.\n\nWe also support the decision of the Bolivian government to hold elections in May.",
			[]string{"CHL>BOLGOV:051"}, nil},
		{"a government's statement",
			"The Government of Peru strongly condemns the arrest of two Peruvian journalists in Bolivia. We urge Bolivia to release them at once.",
			[]string{"PERGOV>BOL:0253"}, nil},
		{"a report of what someone said gives no voice",
			"Peru says Chile fired on its border post.\n\nWe call on Ecuador to protect every diplomatic mission.",
			nil, []string{"*>ECU:*"}},
		{"a headline's deed in the present gives none",
			"Peru strikes rebel camps in Chile\n\nWe call on Ecuador to protect every diplomatic mission.",
			nil, []string{"*>ECU:*"}},
		{"a past-tense news story gives no voice",
			"Peru condemned the attack on the Chilean embassy on Monday.\n\nWe call on Ecuador to protect every diplomatic mission.",
			nil, []string{"*>ECU:*"}},
		{"a subject that names no actor gives none",
			"The report finds that Peru armed the rebels. Chile condemns the report.\n\nWe call on Ecuador to protect every diplomatic mission.",
			nil, []string{"*>ECU:*"}},
		{"nor a statement far down the document",
			"Peru held elections on Sunday. Turnout was high. Observers praised the count. The vote was calm.\n\nChile welcomes the result. We call on Ecuador to protect every diplomatic mission.",
			nil, []string{"*>ECU:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestStatementVoiceQuoted checks that "we" inside a quotation stays the
// quotation's speaker's, whatever voice the document opened in.
func TestStatementVoiceQuoted(t *testing.T) {
	const story = "Peru condemns the attack on the Chilean embassy in Quito.\n\n" +
		"\"We call on Ecuador to protect every mission,\" said Bolivia's foreign minister."
	c, a := coder(t)
	doc := a.Analyze(story)
	quotes := quotesOf(c, story, doc)
	if len(quotes) == 0 {
		t.Fatal("the quotation was not found")
	}
	evs := c.Code(context.Background(), &model.Article{Text: story, Published: model.Day(thursday)}, doc, quotes, nil)
	checkEvents(t, evs, []string{"BOLGOV>ECU:0234"}, []string{"PER>ECU:*"})
}

// TestStatementSpeaker checks that "I" and "we" in a statement printed
// without quotation marks after a line that introduces it ("The minister
// said:") are its speaker, and nobody's without such a line.
func TestStatementSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"I in the paragraph after the colon",
			"Peru's foreign minister said:\n\nI condemn the shelling of Tacna by Chilean troops.",
			[]string{"PERGOV>CHLMIL:111"}, nil},
		{"we after the colon in the same sentence",
			"Peru's foreign minister said: We urge Bolivia to help.",
			[]string{"PERGOV>BOL:023"}, nil},
		{"a speaker set off by an aside",
			"Responding to the report, Ana Lind, the Peruvian envoy to Chile, said:\n\nI condemn the shelling of Tacna by Chilean troops.",
			[]string{"PERGOV>CHLMIL:111"}, []string{"CHL>*:*"}},
		{"a second speaker takes over",
			"Peru's foreign minister said:\n\nWe condemn the shelling of Tacna by Chilean troops.\n\nA spokesman for the Chilean army said:\n\nWe reject the accusations of Peru.",
			[]string{"PERGOV>CHLMIL:111", "CHLMIL>PER:*"}, []string{"PERGOV>PER:*"}},
		{"an all-caps WE is the speaker too",
			"Peru's foreign minister said:\n\nWE condemn the shelling of Tacna by Chilean troops.",
			[]string{"PERGOV>CHLMIL:111"}, nil},
		{"no colon, no speaker",
			"Peru's foreign minister spoke on Monday.\n\nWe condemn the shelling of Tacna by Chilean troops.",
			nil, []string{"PERGOV>*:*"}},
		{"a transcript's speaker label",
			"QUESTION: Did you talk about the border?\n\nSECRETARY KERRY: Thank you all. We urge Bolivia to help.",
			[]string{"USAGOV>BOL:023"}, nil},
		{"a label in title case",
			"Question: Did you talk about the border?\n\nPresident Macron: Thank you all. We urge Bolivia to help.",
			[]string{"FRAGOV>BOL:023"}, nil},
		{"the next label ends the speaker's words",
			"SECRETARY KERRY: Thank you.\n\nQUESTION: Will you urge Bolivia to help? We urge Bolivia to help.",
			nil, []string{"USAGOV>BOL:*"}},
		{"a label in the middle of a line is none",
			"Peru spoke on Monday. SECRETARY KERRY: Thank you all. We urge Bolivia to help.",
			nil, []string{"USAGOV>BOL:*"}},
		{"a colon that opens a quotation leaves it to the quotation",
			"Peru's foreign minister said:\n\n\"The report is clear.\"\n\nWe urge Bolivia to help.",
			nil, []string{"PERGOV>BOL:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}

// TestStatementNationWe checks that what a minister's statement says
// "we" do is the country's deed, and what "we" say the government's.
func TestStatementNationWe(t *testing.T) {
	const text = "Peru's foreign minister said:\n\nWe have sent aid to Bolivia. We condemn the shelling of Tacna by Chilean troops."
	checkEvents(t, code(t, text, nil, nil), []string{"PER>BOL:070", "PERGOV>CHLMIL:111"}, []string{"PERGOV>BOL:070", "PER>CHLMIL:111"})
}
