package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestRestated checks that a deed an article reports in two sentences is
// one event whose evidence names the other sentence, and that two deeds
// on different days stay two events with no such entry.
func TestRestated(t *testing.T) {
	tests := []struct {
		text     string
		src, tgt string
		code     string
		events   int // events of src, tgt and code
		restated []string
	}{
		{"Chile expelled Peru's ambassador on Monday. The foreign ministry gave no reason. Chile expelled Peru's ambassador after a dispute over fishing rights, officials said.",
			"CHL", "PERGOV", "*", 1, []string{"restated in the sentence at 81-166"}},
		{"Bolivia accused Chile of spying on Tuesday. Bolivia accused Chile of spying.",
			"BOL", "CHL", "1125", 1, []string{"restated in the sentence at 44-76"}},
		{"Bolivia expelled Chile's ambassador on Tuesday. In 2019, Bolivia also expelled Chile's ambassador.",
			"BOL", "CHLGOV", "*", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			n := 0
			var got []string
			for _, e := range evs {
				if e.Source.Code != tt.src || e.Target.Code != tt.tgt || tt.code != "*" && e.Code != tt.code {
					continue
				}
				n++
				for _, x := range e.Evidence.Entries {
					if strings.HasPrefix(x, "restated") {
						got = append(got, x)
					}
				}
			}
			if n != tt.events || strings.Join(got, ";") != strings.Join(tt.restated, ";") {
				t.Errorf("%d events, restated %q; want %d, %q (events %v)", n, got, tt.events, tt.restated, describe(evs))
			}
		})
	}
}

// TestMergeVaguer checks which of two events of one article, from two
// sentences with the same code and date, is folded into the other: the
// one whose actors the other names the same or more specifically, never
// two named actors that only share a code.
func TestMergeVaguer(t *testing.T) {
	ev := func(src, srcName, tgt, code string, sent int) model.Event {
		return model.Event{
			Source: &model.Actor{Code: src, Name: srcName}, Target: &model.Actor{Code: tgt, Name: tgt},
			Code: code, Date: model.Day(thursday),
			Evidence: model.Evidence{Sentence: model.Span{Start: sent * 100, End: sent*100 + 90}},
		}
	}
	status := func(e model.Event, s string) model.Event {
		e.Status = s
		return e
	}
	tests := []struct {
		name      string
		evs       []model.Event
		described []bool   // per event of evs, one whose parties are descriptions
		want      []string // the kept events' source>target:code
	}{
		{"country then its government", []model.Event{ev("PER", "PERU", "CHL", "016", 0), ev("PERGOV", "PEDRO LOPEZ", "CHL", "016", 1)}, nil, []string{"PERGOV>CHL:016"}},
		{"government then its country", []model.Event{ev("PERGOV", "PEDRO LOPEZ", "CHL", "016", 0), ev("PER", "PERU", "CHL", "016", 1)}, nil, []string{"PERGOV>CHL:016"}},
		{"two officials of one government", []model.Event{ev("PERGOV", "PEDRO LOPEZ", "CHL", "040", 0), ev("PERGOV", "ANA RUIZ", "CHLGOV", "040", 1)}, nil, []string{"PERGOV>CHL:040", "PERGOV>CHLGOV:040"}},
		{"other codes", []model.Event{ev("PER", "PERU", "CHL", "111", 0), ev("PERGOV", "PEDRO LOPEZ", "CHL", "112", 1)}, nil, []string{"PER>CHL:111", "PERGOV>CHL:112"}},
		{"one sentence", []model.Event{ev("PER", "PERU", "CHL", "016", 0), ev("PERGOV", "PEDRO LOPEZ", "CHL", "016", 0)}, nil, []string{"PER>CHL:016", "PERGOV>CHL:016"}},
		{"other countries", []model.Event{ev("PER", "PERU", "CHL", "016", 0), ev("BOLGOV", "LUIS ARCE", "CHL", "016", 1)}, nil, []string{"PER>CHL:016", "BOLGOV>CHL:016"}},
		{"an assertion then a claim", []model.Event{status(ev("BRA", "BRAZIL", "PER", "045", 0), model.Asserted), status(ev("BRAGOV", "BRAZIL", "PER", "045", 1), model.Claimed)}, nil, []string{"BRA>PER:045", "BRAGOV>PER:045"}},
		{"a claim then an assertion", []model.Event{status(ev("BRA", "BRAZIL", "PER", "045", 0), model.Claimed), status(ev("BRAGOV", "BRAZIL", "PER", "045", 1), model.Asserted)}, nil, []string{"BRAGOV>PER:045"}},
		{"countries then their governments described", []model.Event{ev("PER", "PERU", "CHL", "057", 0), ev("PERGOV", "PERU", "CHLGOV", "057", 1)}, []bool{false, true}, []string{"PER>CHL:057"}},
		{"governments described then countries", []model.Event{ev("PERGOV", "PERU", "CHLGOV", "057", 0), ev("PER", "PERU", "CHL", "057", 1)}, []bool{true, false}, []string{"PER>CHL:057"}},
		{"two assertions", []model.Event{status(ev("BRA", "BRAZIL", "PER", "045", 0), model.Asserted), status(ev("BRAGOV", "BRAZIL", "PER", "045", 1), model.Asserted)}, nil, []string{"BRAGOV>PER:045"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range mergeVaguer(tt.evs, tt.described) {
				got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
		})
	}
}
