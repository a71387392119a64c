package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// exemplified reports a source list whose members are examples of a
// class the clause is about, named after "like", "such as" or
// "including" ("Some countries like Chile and Peru promote trade",
// "states such as Chile and Peru have signed the treaty"): each member
// stands for its own kind and does the deed for itself, so the members
// act on no one, and not on each other, whatever the code.
func exemplified(toks []model.Token, ms []actor.Mention, list []int) bool {
	if len(list) < 2 {
		return false
	}
	k := ms[list[0]].Start - 1
	if k < 0 {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "like", "including":
		return true
	case "as":
		return k > 0 && strings.EqualFold(toks[k-1].Form, "such")
	}
	return false
}
