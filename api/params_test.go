package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/store"
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

// TestBadParamAnswers checks that badParam answers every error: a
// *ParamError (wrapped or not) with 400 naming the parameter, any other
// error with 500 and nothing of its text.
func TestBadParamAnswers(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		wantCode  int
		wantParam string
	}{
		{"param error", &ParamError{Param: "limit", Msg: "want an integer"}, 400, "limit"},
		{"wrapped param error", fmt.Errorf("reading: %w", &ParamError{Param: "from", Msg: "want a date"}), 400, "from"},
		{"other error", errors.New("secret detail"), 500, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &handler{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
			w := httptest.NewRecorder()
			h.badParam(w, httptest.NewRequest("GET", "/api/events", nil), tt.err)
			if w.Code != tt.wantCode {
				t.Errorf("status %d, want %d", w.Code, tt.wantCode)
			}
			var got struct{ Error, Param string }
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("body %q: %v", w.Body, err)
			}
			if got.Param != tt.wantParam || got.Error == "" || strings.Contains(got.Error, "secret") {
				t.Errorf("body %+v, want param %q and a message without the error's text", got, tt.wantParam)
			}
		})
	}
}

// TestRepeatedParams checks that every parameter of the event endpoints,
// not only the filters, is refused when given twice: the first-or-last
// choice would make one link mean two things.
func TestRepeatedParams(t *testing.T) {
	srv := newEventServer(t, Options{})
	tests := []struct {
		path, param string
	}{
		{"/api/events?actor=IRN&actor=ALB", "actor"},
		{"/api/timeline?interval=day&interval=month", "interval"},
		{"/api/groups?by=root&by=pair", "by"},
		{"/api/groups?by=root&top=5&top=6", "top"},
		{"/api/network?top=5&top=6", "top"},
		{"/api/export?format=csv&format=jsonl", "format"},
		{"/api/export?max=5&max=6", "max"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var got struct{ Error, Param string }
			if code := get(t, srv, tt.path, &got); code != 400 || got.Param != tt.param {
				t.Errorf("status %d, %+v; want 400 naming %q", code, got, tt.param)
			}
		})
	}
}

// TestCountryCodes checks that the actor and country filters accept the
// codes stored events carry, so the dashboard's own links to them work:
// CAMEO codes of actors, "KSV" of the Phoenix dictionaries among them,
// and the ISO 3166 alpha-3 codes of places, which CAMEO's table lacks
// for some countries ("XKX", "ROU", "MNE").
func TestCountryCodes(t *testing.T) {
	tests := []struct {
		query string
		ok    bool
	}{
		{"source=KSVGOV", true},
		{"target=KSV", true},
		{"actor=KSV", true},
		{"source=IRNGOV", true},
		{"source=IGOUNO", true},
		{"country=XKX", true},
		{"country=KSV", true},
		{"country=ROU", true},
		{"country=ROM", true},
		{"source_country=MNE", true},
		{"target_country=TLS", true},
		{"country=ZZZ", false},
		{"source=ZZZGOV", false},
		{"country=XK", false},
	}
	for _, tt := range tests {
		v, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseEventQuery(v); (err == nil) != tt.ok {
			t.Errorf("%s: %v, want ok %v", tt.query, err, tt.ok)
		}
	}
}

// TestCountryAliases checks that a country filter, given either the ISO
// 3166 alpha-3 or the CAMEO code of a country, asks the store for both, so
// events stored before actors carried ISO codes are still found.
func TestCountryAliases(t *testing.T) {
	tests := []struct {
		query string
		want  store.EventQuery
	}{
		{"country=ROM", store.EventQuery{Country: "ROU,ROM"}},
		{"country=rou", store.EventQuery{Country: "ROU,ROM"}},
		{"country=KSV", store.EventQuery{Country: "XKX,KSV"}},
		{"source_country=XKX", store.EventQuery{SourceCountry: "XKX,KSV"}},
		{"target_country=PSE", store.EventQuery{TargetCountry: "PSE,GZS,WSB"}},
		{"country=ALB", store.EventQuery{Country: "ALB"}},
		{"country=IRN&source_country=TMP", store.EventQuery{Country: "IRN", SourceCountry: "TLS,TMP"}},
	}
	for _, tt := range tests {
		v, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		q, err := ParseEventQuery(v)
		if err != nil {
			t.Errorf("%s: %v", tt.query, err)
			continue
		}
		got := [3]string{q.Country, q.SourceCountry, q.TargetCountry}
		if want := [3]string{tt.want.Country, tt.want.SourceCountry, tt.want.TargetCountry}; got != want {
			t.Errorf("%s: country, source, target %q, want %q", tt.query, got, want)
		}
	}
}

// TestActorCountry checks that an actor filter that names a country, and
// nothing more, also asks for the country's codes, so that "Albania"
// finds ALBGOV events whose actors are named after ministers.
func TestActorCountry(t *testing.T) {
	tests := []struct {
		actor, want string
	}{
		{"Albania", "ALB"},
		{"iran", "IRN"},
		{"the United States", "USA"},
		{"Romania", "ROM,ROU"},
		{"Kosovo", "KSV,XKX"},
		{"IRN", ""},       // a code is matched as a code already
		{"Edi Rama", ""},  // a person
		{"Iran Iraq", ""}, // more than one country's name
		{"Albanian", ""},  // demonyms are the dictionaries' business
		{"", ""},
	}
	for _, tt := range tests {
		q, err := ParseEventQuery(url.Values{"actor": {tt.actor}})
		if err != nil {
			t.Errorf("actor=%s: %v", tt.actor, err)
			continue
		}
		if q.ActorCodes != tt.want {
			t.Errorf("actor=%s: ActorCodes %q, want %q", tt.actor, q.ActorCodes, tt.want)
		}
	}
}
