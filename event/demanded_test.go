package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestDemandNotAppeal checks that what a verb of demanding calls for is a
// demand (10) where its pattern is an appeal's (02), and that a deed in a
// "that" clause after a verb of appeal or demand narrows it as an
// infinitive does.
func TestDemandNotAppeal(t *testing.T) {
	tests := []eventCase{
		{"Serbia demanded that NATO withdraw its troops from Kosovo.", []string{"SRB>IGOWSTNAT:1056"}, []string{"SRB>IGOWSTNAT:025"}},
		{"Egypt demanded that the rebels withdraw from the border town.", []string{"EGY>EGYREB:1056"}, []string{"EGY>EGYREB:025"}},
		{"The Arab League urged that Israel release the Palestinian prisoners.", []string{"IGOMEAARL>ISR:0253"}, []string{"IGOMEAARL>ISR:020"}},
		{"Ecuador asked that Colombia extradite the former minister.", []string{"ECU>COL:0213"}, []string{"ECU>COL:020"}},
		// Appeals stay appeals.
		{"Peru urged Chile to withdraw its troops.", []string{"PER>CHL:0256"}, []string{"PER>CHL:1056"}},
		// A deed that codes nothing leaves the demand unspecified.
		{"Kosovo demanded that Serbia recognise its independence.", []string{"KSV>SRB:100"}, nil},
	}
	checkEventCases(t, tests)
}

func TestDemandOf(t *testing.T) {
	tests := []struct{ code, want string }{
		{"020", "100"}, {"025", "105"}, {"0256", "1056"}, {"026", "106"}, {"0231", "1031"}, {"0241", "1041"},
		{"028", "108"}, {"100", ""}, {"111", ""}, {"036", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := demandOf(tt.code); got != tt.want {
			t.Errorf("demandOf(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestDeedCode(t *testing.T) {
	tests := []struct{ have, deed, want string }{
		{"100", "087", "1056"}, {"020", "0841", "0253"}, {"130", "161", "1313"}, {"138", "192", "1382"},
		{"138", "193", "1384"}, {"138", "162", "1311"}, {"138", "163", ""}, {"138", "190", ""},
		{"105", "087", "1056"}, {"025", "0841", "0253"}, {"106", "046", ""}, {"105", "0831", ""}, {"111", "087", ""},
	}
	for _, tt := range tests {
		if got := deedCode(tt.have, tt.deed); got != tt.want {
			t.Errorf("deedCode(%q, %q) = %q, want %q", tt.have, tt.deed, got, tt.want)
		}
	}
}

// TestInsistedThat checks that insisting that someone do something, in a
// "that" clause with a bare verb, is a demand of that deed's kind, while
// insisting that something is or was so demands nothing.
func TestInsistedThat(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Bolivia insisted that Paraguay withdraw its soldiers from the river.", []string{"BOL>PRY:1056"}, []string{"PRY>BOL:0874"}},
		{"Bolivia has insisted that Paraguay release the detained farmers.", []string{"BOL>PRY:1053"}, nil},
		{"Bolivia insisted that the Paraguayan government reopen the bridge.", []string{"BOL>PRYGOV:100"}, nil},
		{"Bolivia insisted that Paraguay had withdrawn its soldiers.", nil, []string{"BOL>PRY:*"}},
		{"Bolivia insists that its claim to the river is just.", nil, []string{"BOL>*:*"}},
		{"Bolivia insisted that Paraguay not withdraw its soldiers.", nil, []string{"BOL>PRY:1056"}},
	})
}

// TestMandates checks which "that" clauses call for a deed.
func TestMandates(t *testing.T) {
	tests := []struct {
		forms, xpos []string
		want        bool
	}{
		{[]string{"Bolivia", "insisted", "that", "Paraguay", "withdraw"}, []string{"NNP", "VBD", "IN", "NNP", "VB"}, true},
		{[]string{"Bolivia", "insisted", "that", "Paraguay", "should", "withdraw"}, []string{"NNP", "VBD", "IN", "NNP", "MD", "VB"}, true},
		{[]string{"Bolivia", "insisted", "that", "Paraguay", "withdrew"}, []string{"NNP", "VBD", "IN", "NNP", "VBD"}, false},
		{[]string{"Bolivia", "insisted", "on", "talks"}, []string{"NNP", "VBD", "IN", "NNS"}, false},
	}
	for _, tt := range tests {
		toks := make([]model.Token, len(tt.forms))
		for i, f := range tt.forms {
			toks[i] = model.Token{Form: f, XPOS: tt.xpos[i], Lemma: strings.ToLower(f)}
			switch {
			case f == "that":
				toks[i].UPOS = "SCONJ"
			case f == "should":
				toks[i].UPOS = "AUX"
			case strings.HasPrefix(tt.xpos[i], "VB"):
				toks[i].UPOS = "VERB"
			}
		}
		toks[1].Lemma = "insist"
		if got := mandates(toks, 1); got != tt.want {
			t.Errorf("mandates(%q) = %v, want %v", strings.Join(tt.forms, " "), got, tt.want)
		}
	}
}
