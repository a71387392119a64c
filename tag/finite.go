package tag

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// finiteTags are the XPOS tags of a finite verb.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// subjectEndTags may end a subject right before its verb.
var subjectEndTags = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true, "PRP": true}

// objectStartTags may begin an object right after its verb.
var objectStartTags = map[string]bool{"DT": true, "JJ": true, "CD": true, "NN": true, "NNS": true, "PRP$": true}

// pastAsParticiple are irregular verbs whose past tense is spelt as their
// past participle (lower case), besides the regular "-ed" forms.
var pastAsParticiple = map[string]bool{
	"hit": true, "struck": true, "shot": true, "cut": true, "set": true, "put": true,
	"sent": true, "held": true, "fought": true, "built": true, "caught": true, "brought": true,
	"bought": true, "led": true, "left": true, "lost": true, "met": true, "paid": true,
	"sold": true, "told": true, "won": true, "kept": true, "spent": true, "found": true,
	"shut": true, "spread": true, "sought": true,
}

// repairFinite retags as a past tense (VBD) the past participle the model
// chose in a sentence that then has no finite verb at all, when the
// participle stands between the end of a subject and the start of an
// object: "Hezbollah fired rockets at Israel", "Pakistani forces shelled
// Indian posts". The model, trained on web text, reads such a verb after
// a name as a modifier ("fired rockets"), leaving the sentence without a
// predicate. A participle followed by a preposition ("two soldiers
// killed in an attack") or by nothing stays one, and so does any
// participle in a sentence that has a finite verb elsewhere. Only the
// first such participle is retagged; its lemma is the same.
func repairFinite(tokens []model.Token) {
	cand := -1
	for i, t := range tokens {
		if finiteTags[t.XPOS] {
			return
		}
		if cand < 0 && t.XPOS == "VBN" && i > 0 && i+1 < len(tokens) &&
			subjectEndTags[tokens[i-1].XPOS] && objectStartTags[tokens[i+1].XPOS] && pastForm(t.Form) {
			cand = i
		}
	}
	if cand >= 0 {
		tokens[cand].XPOS, tokens[cand].UPOS = "VBD", "VERB"
	}
}

// pastForm reports whether form may be a past tense: a regular "-ed" form
// or one of pastAsParticiple.
func pastForm(form string) bool {
	f := strings.ToLower(form)
	return len(f) > 3 && strings.HasSuffix(f, "ed") || pastAsParticiple[f]
}
