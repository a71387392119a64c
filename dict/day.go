package dict

import (
	"fmt"
	"strconv"
	"time"
)

// Day is a calendar day written as the number YYYYMMDD (20130915), so
// that days compare as integers. The zero Day means "no limit".
type Day int32

// DayOf returns the Day of t in t's location.
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return Day(y*10000 + int(m)*100 + d)
}

// Time returns d as midnight UTC; the zero Day gives the zero Time.
func (d Day) Time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d)/10000, time.Month(int(d)/100%100), int(d)%100, 0, 0, 0, 0, time.UTC)
}

// String formats d as YYYY-MM-DD, or "" for the zero Day.
func (d Day) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", int(d)/10000, int(d)/100%100, int(d)%100)
}

// parseDay reads a dictionary date: YYMMDD (years 00-30 are 20YY, others
// 19YY, as in KEDS, TABARI and PETRARCH) or YYYYMMDD. The day must exist.
func parseDay(s string) (Day, error) {
	var y, m, d int
	switch len(s) {
	case 6, 8:
	default:
		return 0, fmt.Errorf("%w %q: want YYMMDD or YYYYMMDD", ErrDate, s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("%w %q: want YYMMDD or YYYYMMDD", ErrDate, s)
		}
	}
	if len(s) == 6 {
		y, _ = strconv.Atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		s = s[2:]
	} else {
		y, _ = strconv.Atoi(s[:4])
		s = s[4:]
	}
	m, _ = strconv.Atoi(s[:2])
	d, _ = strconv.Atoi(s[2:])
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return 0, fmt.Errorf("%w %q: no such day", ErrDate, s)
	}
	return Day(y*10000 + m*100 + d), nil
}
