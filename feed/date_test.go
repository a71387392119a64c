package feed

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"Mon, 02 Jan 2006 15:04:05 -0700", utc(2006, 1, 2, 22, 4, 5), true},
		{"Mon, 02 Jan 2006 15:04:05 GMT", utc(2006, 1, 2, 15, 4, 5), true},
		{"Tue, 5 Mar 2024 09:30:00 EST", utc(2024, 3, 5, 14, 30, 0), true},
		{"Tue, 5 Mar 2024 09:30 EDT", utc(2024, 3, 5, 13, 30, 0), true},
		{"Thurs, 7 Mar 2024 09:30:00 +0000", utc(2024, 3, 7, 9, 30, 0), true},
		{"Wed, 6 Mar 2024 09:30:00 +0000", utc(2024, 3, 6, 9, 30, 0), true}, // right day name
		{"Fri, 6 Mar 2024 09:30:00 +0000", utc(2024, 3, 6, 9, 30, 0), true}, // wrong day name
		{"6 Mar 2024 09:30:00 +0000", utc(2024, 3, 6, 9, 30, 0), true},
		{"06 Mar 24 09:30 +0100", utc(2024, 3, 6, 8, 30, 0), true},
		{"Sun, 10 Sept 2023 12:00:00 +05:30", utc(2023, 9, 10, 6, 30, 0), true},
		{"Sunday, 10 September 2023 12:00:00 CEST", utc(2023, 9, 10, 10, 0, 0), true},
		{"Mon, 02 Jan 2006 15:04:05 +0000 (UTC)", utc(2006, 1, 2, 15, 4, 5), true},
		{"Mon, 02 Jan 2006 15:04:05 GMT+3", utc(2006, 1, 2, 12, 4, 5), true},
		{"March 5, 2024", utc(2024, 3, 5, 0, 0, 0), true},
		{"2024-03-05T09:30:00Z", utc(2024, 3, 5, 9, 30, 0), true},
		{"2024-03-05T09:30:00.123+02:00", time.Date(2024, 3, 5, 7, 30, 0, 123e6, time.UTC), true},
		{"2024-03-05T09:30:00+0200", utc(2024, 3, 5, 7, 30, 0), true},
		{"2024-03-05T09:30:00", utc(2024, 3, 5, 9, 30, 0), true},
		{"2024-03-05 09:30:00", utc(2024, 3, 5, 9, 30, 0), true},
		{"2024-03-05", utc(2024, 3, 5, 0, 0, 0), true},
		{"", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"32 Jan 2024", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got.UTC(), ok, tt.want, tt.ok)
		}
	}
}
