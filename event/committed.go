package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// commitmentWords (lower-case) are adjectives of commitment that CAMEO.2.0
// reads as an endorsement (REMAIN's "- * COMMITTED [051]").
var commitmentWords = map[string]bool{"committed": true, "dedicated": true, "devoted": true}

// committedToDeed reports an endorsement (051) whose clause at v says its
// subject is committed to a deed, a gerund after the adjective's "to"
// ("militants remain committed to kidnapping foreign engineers"): a
// commitment to a deed is an intent to do it, no praise of whom the deed
// names; the gerund is coded on its own (hypothetical.go pendingAdjectives).
// "remains committed to the peace process with Peru" is no deed and stays.
func committedToDeed(toks []model.Token, cl *clause) bool {
	if !strings.HasPrefix(cl.code, "051") {
		return false
	}
	k := cl.vEnd
	for k < cl.hi && k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	if k+1 >= len(toks) || !commitmentWords[strings.ToLower(toks[k].Form)] || !strings.EqualFold(toks[k+1].Form, "to") {
		return false
	}
	k += 2
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k < len(toks) && toks[k].XPOS == "VBG"
}
