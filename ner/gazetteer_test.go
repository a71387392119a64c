package ner

import (
	"strings"
	"testing"
)

func TestGazetteerMark(t *testing.T) {
	b := newBuilder(map[string]bool{"bay": true})
	b.add("Al Qaeda", gzOrg)
	b.add("New York", gzLoc)
	b.add("New York Times", gzOrg)
	b.add("Bay", gzLoc) // a common word: skipped
	b.add("Mujahedin-e-Khalq", gzOrg)
	tests := []struct {
		text   string
		wantB  string // kinds starting at each word: o org, l loc, . none
		wantIn string // kinds continuing at each word
	}{
		{"al - Qaeda struck", "o...", ".oo."},
		{"the New York Times", ".o..", "..oo"},
		{"in New York today", ".l..", "..l."},
		{"a bay", "..", ".."},
		{"Mujahedin - e - Khalq", "o....", ".oooo"},
		{"- Qaeda", "..", ".."},
	}
	code := func(k uint8) byte {
		switch {
		case k&(1<<gzOrg) != 0:
			return 'o'
		case k&(1<<gzLoc) != 0:
			return 'l'
		}
		return '.'
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		ws := make([]word, len(words))
		for i, w := range words {
			describe(w, &ws[i])
		}
		b.g.mark(ws)
		gotB, gotI := make([]byte, len(ws)), make([]byte, len(ws))
		for i := range ws {
			gotB[i], gotI[i] = code(ws[i].gzB), code(ws[i].gzI)
		}
		if string(gotB) != tt.wantB || string(gotI) != tt.wantIn {
			t.Errorf("%q: starts %s continues %s, want %s %s", tt.text, gotB, gotI, tt.wantB, tt.wantIn)
		}
	}
}

func TestSentenceCase(t *testing.T) {
	tests := []struct {
		text string
		want uint8
	}{
		{"The cat sat on Tuesday .", caseMixed},
		{"Lovely Cottage In The Hills", caseTitle},
		{"VISAKHA INDUSTRIAL GASES PVT. LTD. , location", caseTitle},
		{"VISAKHA INDUSTRIAL GASES PVT. LTD.", caseUpper},
		{"I WANT A REFUND", caseUpper},
		{"where can i get morcillas in tampa bay ?", caseLower},
		{"ok", caseMixed},
		{"", caseMixed},
		{"3 , 4", caseMixed},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		ws := make([]word, len(words))
		for i, w := range words {
			describe(w, &ws[i])
		}
		if got := sentenceCase(ws); got != tt.want {
			t.Errorf("sentenceCase(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
