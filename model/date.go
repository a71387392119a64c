package model

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a point in time that remembers whether its clock is known. In
// JSON a date with a clock is RFC 3339 ("2022-09-07T14:03:00Z"); one
// without is "YYYY-MM-DD"; the zero Date is "".
type Date struct {
	Time time.Time
	// Clock reports whether Time's time of day is known.
	Clock bool
}

// Day returns a Date for the calendar day of t, without a clock.
func Day(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// At returns a Date with the clock of t.
func At(t time.Time) Date { return Date{Time: t, Clock: true} }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String formats d as its JSON form without quotes.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Clock:
		return d.Time.Format(time.RFC3339)
	default:
		return d.Time.Format(time.DateOnly)
	}
}

// MarshalJSON implements json.Marshaler.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON implements json.Unmarshaler.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// ParseDate parses the forms Date.String produces: "", "YYYY-MM-DD" or
// RFC 3339.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return Date{Time: t}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Date{}, fmt.Errorf("model: bad date %q: want YYYY-MM-DD or RFC 3339", s)
	}
	return Date{Time: t, Clock: true}, nil
}
