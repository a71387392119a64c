package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestMistaggedInfinitive checks which words after "to" are read as
// infinitives the tagger took for adjectives or nouns: a base form after
// a verb of intent (past adverbs) that ends its phrase, not a noun with
// more words after it, a plural, a word after a verb of no intent, or a
// word the tagger already calls a verb; and any base form after "to"
// that follows the object of a verb of prompting or forcing.
func TestMistaggedInfinitive(t *testing.T) {
	// Each word is form/lemma/UPOS/XPOS; the checked word is marked *.
	tests := []struct {
		words string
		want  bool
	}{
		{"Brazil/Brazil/PROPN/NNP had/have/AUX/VBD offered/offer/VERB/VBN to/to/ADP/IN *mediate/mediate/ADJ/JJ ././PUNCT/.", true},
		{"Brazil/Brazil/PROPN/NNP agreed/agree/VERB/VBD to/to/ADP/IN *intervene/intervene/NOUN/NN in/in/ADP/IN Peru/Peru/PROPN/NNP", true},
		{"Brazil/Brazil/PROPN/NNP offered/offer/VERB/VBD quickly/quickly/ADV/RB to/to/ADP/IN *mediate/mediate/ADJ/JJ ././PUNCT/.", true},
		{"Brazil/Brazil/PROPN/NNP went/go/VERB/VBD to/to/ADP/IN *mediate/mediate/ADJ/JJ ././PUNCT/.", false},
		{"Brazil/Brazil/PROPN/NNP agreed/agree/VERB/VBD to/to/ADP/IN *peace/peace/NOUN/NN talks/talk/NOUN/NNS", false},
		{"Brazil/Brazil/PROPN/NNP agreed/agree/VERB/VBD to/to/ADP/IN *talks/talk/NOUN/NNS ././PUNCT/.", false},
		{"Brazil/Brazil/PROPN/NNP returned/return/VERB/VBD to/to/ADP/IN *power/power/NOUN/NN ././PUNCT/.", false},
		{"Brazil/Brazil/PROPN/NNP offered/offer/VERB/VBD to/to/ADP/IN *mediate/mediate/VERB/VB ././PUNCT/.", false},
		{"Peru/Peru/PROPN/NNP crossed/cross/VERB/VBD ,/,/PUNCT/, prompting/prompt/VERB/VBG Chilean/chilean/ADJ/JJ troops/troops/NOUN/NNS to/to/ADP/IN *fire/fire/NOUN/NN warning/warning/NOUN/NN shots/shot/NOUN/NNS", true},
		{"Peru/Peru/PROPN/NNP led/lead/VERB/VBD the/the/DET/DT troops/troops/NOUN/NNS to/to/ADP/IN *victory/victory/NOUN/NN ././PUNCT/.", false},
		{"Peru/Peru/PROPN/NNP prompted/prompt/VERB/VBD calls/call/NOUN/NNS to/to/ADP/IN *fires/fire/NOUN/NNS ././PUNCT/.", false},
		{"Peru/Peru/PROPN/NNP agreed/agree/VERB/VBD to/to/ADP/IN *free/free/ADJ/JJ the/the/DET/DT sailors/sailor/NOUN/NNS", true},
		{"Peru/Peru/PROPN/NNP urged/urge/VERB/VBD Chile/Chile/PROPN/NNP to/to/ADP/IN *free/free/ADJ/JJ the/the/DET/DT sailors/sailor/NOUN/NNS", true},
		{"Peru/Peru/PROPN/NNP called/call/VERB/VBD on/on/ADP/IN the/the/DET/DT junta/junta/NOUN/NN to/to/ADP/IN *free/free/ADJ/JJ two/two/NUM/CD activists/activist/NOUN/NNS", true},
		{"Peru/Peru/PROPN/NNP appealed/appeal/VERB/VBD to/to/ADP/IN Chile/Chile/PROPN/NNP to/to/ADP/IN *free/free/ADJ/JJ them/they/PRON/PRP", true},
		{"Peru/Peru/PROPN/NNP relied/rely/VERB/VBD on/on/ADP/IN Chile/Chile/PROPN/NNP to/to/ADP/IN *free/free/ADJ/JJ them/they/PRON/PRP", false},
		{"Peru/Peru/PROPN/NNP invited/invite/VERB/VBD Chile/Chile/PROPN/NNP to/to/ADP/IN *dinner/dinner/NOUN/NN ././PUNCT/.", false},
		{"Peru/Peru/PROPN/NNP urged/urge/VERB/VBD Chile/Chile/PROPN/NNP to/to/ADP/IN *peace/peace/NOUN/NN talks/talk/NOUN/NNS", false},
		{"Peru/Peru/PROPN/NNP sent/send/VERB/VBD ships/ship/NOUN/NNS to/to/ADP/IN *sea/sea/NOUN/NN the/the/DET/DT next/next/ADJ/JJ day/day/NOUN/NN", false},
	}
	for _, tt := range tests {
		var toks []model.Token
		v := -1
		for _, w := range strings.Fields(tt.words) {
			if strings.HasPrefix(w, "*") {
				v, w = len(toks), w[1:]
			}
			f := strings.Split(w, "/")
			toks = append(toks, model.Token{Form: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3]})
		}
		if got := mistaggedInfinitive(toks, v); got != tt.want {
			t.Errorf("%s: mistaggedInfinitive = %v, want %v", tt.words, got, tt.want)
		}
	}
}

// TestMistaggedInfinitiveCoded checks that an offer to mediate whose verb
// the tagger took for an adjective is coded as the intent to mediate.
func TestMistaggedInfinitiveCoded(t *testing.T) {
	const clash = "Chile accused Peru on Monday of shelling its border posts. "
	checkEvents(t, code(t, clash+"Diplomats said Brazil had offered to mediate.", nil, nil),
		[]string{"BRA>CHL:039", "BRA>PER:039"}, nil)
}

// TestMistaggedFree checks that "to free" taken for an adjective is the
// deed asked for or intended: an appeal for a release (0253) and an
// intent to release (0353), not a bare appeal (020).
func TestMistaggedFree(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Japan urged China to free the fishermen on Friday.", []string{"JPN>CHN:0253"}, []string{"JPN>CHN:020"}},
		{"Japan called on China to free the Japanese sailors.", []string{"JPN>CHN:0253"}, []string{"JPN>CHN:020"}},
		{"Kenya asked Uganda to free the two activists.", []string{"KEN>UGA:0253"}, []string{"KEN>UGA:020"}},
		{"China agreed to free the Japanese fishermen on Friday.", []string{"CHN>JPNCVL:0353"}, nil},
	}
	for _, tt := range tests {
		checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
	}
}
