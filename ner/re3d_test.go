package ner

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/segment"
)

func TestRe3dName(t *testing.T) {
	skip := map[string]bool{"president": true, "secretary": true, "of": true, "defense": true, "u.s": true,
		"!the": true, "!we": true}
	tests := []struct {
		mention, typ string
		want         string // the name, "" for none, "?" when it cannot tell
	}{
		{"U.S. Secretary of Defense Ash Carter", "PER", "Ash Carter"},
		{"President Obama", "PER", "Obama"},
		{"Abu Musab al - Zarqawi", "PER", "Abu Musab al - Zarqawi"},
		{"the Iraqi Army", "ORG", "Iraqi Army"},
		{"The United States", "ORG", "United States"},
		{"Government of Iraq", "ORG", "Government of Iraq"},
		{"rebels", "ORG", ""},
		{"We", "ORG", ""},
		{"ISIL tactical units", "ORG", "?"},
		{"Berlin , Germany", "LOC", "?"},
		{"407th AEG commander", "PER", "?"},
		{"Iraqi", "MISC", "Iraqi"},
	}
	for _, tt := range tests {
		toks := segment.Tokens(tt.mention)
		s, e, ok := re3dName(toks, tt.typ, skip)
		got := "?"
		if ok {
			var ws []string
			for _, t := range toks[s:e] {
				ws = append(ws, t.Form)
			}
			got = strings.Join(ws, " ")
		}
		if got != tt.want {
			t.Errorf("re3dName(%q, %s) = %q, want %q", tt.mention, tt.typ, got, tt.want)
		}
	}
}

func TestRe3dSentences(t *testing.T) {
	// Offsets count characters, not bytes: "’" before the mentions.
	text := "Da’esh attacked Mosul. Troops of ISIL tactical units moved."
	ents := []re3dEntity{
		{Begin: 0, End: 6, Type: "Organisation", Confidence: 1},
		{Begin: 0, End: 6, Type: "Location", Confidence: 0.2},
		{Begin: 16, End: 21, Type: "Location", Confidence: 1},
		{Begin: 33, End: 52, Type: "Organisation", Confidence: 1},
	}
	gb := newBuilder(nil)
	sents := re3dSentences(text, ents, map[string]bool{}, gb.g)
	if len(sents) != 1 {
		t.Fatalf("%d sentences, want 1 (the second has a mention without a clear name)", len(sents))
	}
	got := strings.Join(sents[0].Tags(), " ")
	if want := "B-ORG O B-LOC O"; got != want {
		t.Errorf("tags %q, want %q (words %q)", got, want, sents[0].Words())
	}
	if !sents[0].StartsDocument() {
		t.Error("first sentence does not start a document")
	}
}
