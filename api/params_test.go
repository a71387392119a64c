package api

import (
	"slices"
	"testing"
)

// TestListsAreTheCallers checks that the parameter, header and status
// lists the package exports are copies: a caller that sorts or edits one
// changes neither what the handlers accept nor what the next caller gets.
func TestListsAreTheCallers(t *testing.T) {
	tests := []struct {
		name string
		list func() []string
	}{
		{"EventParams", EventParams},
		{"QuoteParams", QuoteParams},
		{"CSVHeader", CSVHeader},
		{"GDELTStatuses", GDELTStatuses},
		{"ExportFormats", ExportFormats},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.list()
			if len(want) == 0 {
				t.Fatal("empty list")
			}
			got := tt.list()
			got[0] = "changed by a caller"
			if again := tt.list(); !slices.Equal(again, want) {
				t.Errorf("after a caller's edit: %q, want %q", again, want)
			}
		})
	}
}

// TestEditedParamsStillAccepted checks that a caller editing its copy of
// EventParams does not change what ParseEventQuery's handler accepts.
func TestEditedParamsStillAccepted(t *testing.T) {
	srv := newEventServer(t, Options{})
	params := EventParams()
	for i := range params {
		params[i] = ""
	}
	if code, _, b := body(t, srv, "/api/events?actor=IRN"); code != 200 {
		t.Errorf("actor filter after a caller's edit: %d %s", code, b)
	}
}
