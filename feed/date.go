package feed

import (
	"strings"
	"time"
)

// zones maps time zone abbreviations feeds write to their offsets in
// seconds east of UTC. Ambiguous ones take their most common meaning in
// news feeds (IST: India; AST: Atlantic).
var zones = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600, "AST": -4 * 3600, "ADT": -3 * 3600,
	"BST": 3600, "IST": 5*3600 + 1800, "CET": 3600, "CEST": 2 * 3600, "MET": 3600, "MEST": 2 * 3600,
	"WEST": 3600, "EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600, "TRT": 3 * 3600,
	"IRST": 3*3600 + 1800, "PKT": 5 * 3600, "ICT": 7 * 3600, "WIB": 7 * 3600,
	"HKT": 8 * 3600, "SGT": 8 * 3600, "PHT": 8 * 3600, "AWST": 8 * 3600,
	"JST": 9 * 3600, "KST": 9 * 3600, "ACST": 9*3600 + 1800, "AEST": 10 * 3600, "AEDT": 11 * 3600,
	"NZST": 12 * 3600, "NZDT": 13 * 3600, "BRT": -3 * 3600, "ART": -3 * 3600,
	"WAT": 3600, "CAT": 2 * 3600, "EAT": 3 * 3600, "SAST": 2 * 3600,
}

var months = map[string]string{
	"jan": "Jan", "feb": "Feb", "mar": "Mar", "apr": "Apr", "may": "May", "jun": "Jun",
	"jul": "Jul", "aug": "Aug", "sep": "Sep", "oct": "Oct", "nov": "Nov", "dec": "Dec",
}

// layouts are tried in order on a date normalised by ParseDate.
var layouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 06 15:04 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
	"Jan 2 2006 15:04:05 -0700",
	"Jan 2 2006 15:04 -0700",
	"Jan 2 2006 15:04:05",
	"Jan 2 2006",
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
}

// ParseDate parses a date in any of the forms feeds use: RFC 822 and
// RFC 1123 with or without seconds, day names (even misspelt ones) and
// four-digit years, with numeric zones or named ones (EST, GMT, CEST...);
// RFC 3339 and ISO 8601 variants; and dates without zones, taken as UTC.
// It reports whether s was understood.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 100 {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, true
	}
	norm := normalizeDate(s)
	for _, l := range layouts {
		if t, err := time.Parse(l, norm); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// normalizeDate drops a leading day name, writes month names as "Jan",
// removes commas, and replaces a named zone by a numeric offset.
func normalizeDate(s string) string {
	s = strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(s)
	fields := strings.Fields(s)
	if len(fields) > 1 && isAlpha(fields[0]) && months[strings.ToLower(prefix3(fields[0]))] == "" {
		fields = fields[1:] // day name: "Mon", "Tues", "Thurs", "Sunday"
	}
	for i, f := range fields {
		if isAlpha(f) && len(f) >= 3 {
			if m := months[strings.ToLower(prefix3(f))]; m != "" && i < 2 {
				fields[i] = m
				continue
			}
		}
		if len(f) == 6 && (f[0] == '+' || f[0] == '-') && f[3] == ':' {
			f = f[:3] + f[4:] // "+05:30" → "+0530"
			fields[i] = f
		}
		if i > 0 && len(f) == 5 && (f[0] == '+' || f[0] == '-') {
			fields = fields[:i+1] // drop anything after the zone, e.g. "(UTC)"
			break
		}
		if i > 0 {
			if off, ok := zoneOffset(f); ok {
				fields[i] = off
				fields = fields[:i+1] // drop anything after the zone, e.g. "(EST)"
				break
			}
		}
	}
	return strings.Join(fields, " ")
}

// zoneOffset turns a zone name ("EST", "GMT+2") into "-0500" form.
func zoneOffset(f string) (string, bool) {
	up := strings.ToUpper(f)
	sec, ok := zones[up]
	if !ok {
		for _, p := range []string{"GMT", "UTC"} {
			if rest, found := strings.CutPrefix(up, p); found && len(rest) > 1 && (rest[0] == '+' || rest[0] == '-') {
				h := 0
				for _, c := range rest[1:] {
					if c < '0' || c > '9' {
						return "", false
					}
					h = h*10 + int(c-'0')
				}
				if h > 14 {
					return "", false
				}
				sec, ok = h*3600, true
				if rest[0] == '-' {
					sec = -sec
				}
			}
		}
	}
	if !ok {
		return "", false
	}
	sign := byte('+')
	if sec < 0 {
		sign, sec = '-', -sec
	}
	h, m := sec/3600, sec%3600/60
	return string([]byte{sign, byte('0' + h/10), byte('0' + h%10), byte('0' + m/10), byte('0' + m%10)}), true
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			if s[i] != '.' {
				return false
			}
		}
	}
	return s != ""
}

func prefix3(s string) string {
	if len(s) < 3 {
		return s
	}
	return s[:3]
}
