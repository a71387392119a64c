package model

import (
	"encoding/json"
	"testing"
	"time"
)

func TestDateJSON(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{}, `""`},
		{Day(time.Date(2022, 9, 7, 15, 4, 0, 0, time.UTC)), `"2022-09-07"`},
		{At(time.Date(2022, 9, 7, 15, 4, 0, 0, time.FixedZone("", 2*3600))), `"2022-09-07T15:04:00+02:00"`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.d)
		if err != nil || string(b) != tt.want {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.d.Time, b, err, tt.want)
			continue
		}
		var back Date
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Clock != tt.d.Clock || !back.Time.Equal(tt.d.Time) {
			t.Errorf("round trip of %s gave %+v", b, back)
		}
	}
	for _, bad := range []string{`"07/09/2022"`, `"2022-13-01"`, `17`} {
		var d Date
		if err := json.Unmarshal([]byte(bad), &d); err == nil {
			t.Errorf("Unmarshal(%s) accepted %v", bad, d)
		}
	}
}

func TestEventJSONNames(t *testing.T) {
	e := Event{Code: "161", Root: "16", Date: Day(time.Date(2022, 9, 7, 0, 0, 0, 0, time.UTC)), DatePrecision: "day"}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	for _, k := range []string{"code", "root", "quad_class", "goldstein", "date", "date_precision", "background", "status", "sentence", "pattern", "confidence"} {
		if _, ok := m[k]; !ok {
			t.Errorf("event JSON lacks %q: %s", k, b)
		}
	}
	if _, ok := m["date_end"]; ok {
		t.Errorf("zero date_end not omitted: %s", b)
	}
}
