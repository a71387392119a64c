package event

import (
	"strings"
	"testing"
)

// TestCommaParticiple checks that a participle set off by a comma
// ("..., accusing X of") takes its clause's subject and is an event of its
// own, also where a dateline before the sentence leads the parse to hang it
// on a noun.
func TestCommaParticiple(t *testing.T) {
	tests := []struct {
		text string
		want []string // "SRC>TGT:CODE" that must be coded
	}{
		{"Peru on Tuesday severed diplomatic relations with the Republic of Chile, accusing Santiago of funding rebels.",
			[]string{"PER>CHL:161", "PER>CHL:112"}},
		{"QUITO, May 2 (APN) – Ecuador on Friday severed diplomatic relations with the Republic of Colombia, accusing Bogota of orchestrating a “cyberattack” against state computer networks in Quito in March.",
			[]string{"ECU>COL:161", "ECU>COL:112"}},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
		}
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%q: no %s in %s", tt.text, w, strings.Join(got, " "))
			}
		}
	}
}

// TestAuxiliarySubject checks that a subject the parse hangs on an
// auxiliary the tagger took for a verb ("China has repeatedly
// criticized") is its verb's, also for a participle that takes it from
// that verb.
func TestAuxiliarySubject(t *testing.T) {
	tests := []eventCase{
		{"China has repeatedly criticized Japan, most recently accusing Tokyo of militarism.", []string{"CHN>JPN:111", "CHN>JPN:112"}, nil},
	}
	checkEventCases(t, tests)
}
