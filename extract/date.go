package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
)

// clockLayouts are machine date forms with a time of day.
var clockLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
}

// localLayouts have a clock but no zone; they are read as UTC.
var localLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02 15:04:05",
}

var dayLayouts = []string{"2006-01-02", "2006/01/02", "20060102", "2006.01.02"}

// parseMachineDate reads the date forms found in meta tags, JSON-LD and
// datetime attributes.
func parseMachineDate(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 {
		return model.Date{}, false
	}
	for _, l := range clockLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return model.At(t), true
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return model.At(t), true
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return model.Day(t), true
		}
	}
	return parseTextDate(s, time.Time{})
}

func plausible(t time.Time) bool {
	return t.Year() >= 1990 && t.Year() <= 2100
}

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	// French, Spanish, German, Italian, Portuguese month names that differ.
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
	"julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
}

// parseTextDate reads a written date such as "7 September 2022",
// "Sept. 7, 2022 10:15 am" or "Sept 7". A date without a year takes the
// year that puts it nearest before ref; with a zero ref it is rejected.
func parseTextDate(s string, ref time.Time) (model.Date, bool) {
	var month time.Month
	day, year := 0, 0
	hour, minute := -1, -1
	pm, am := false, false
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '/' || r == '-' || r == '|' || r == '(' || r == ')' || r == '\u00a0'
	})
	for i, w := range words {
		lw := strings.ToLower(w)
		if m, ok := monthNames[lw]; ok && month == 0 {
			month = m
			continue
		}
		if h, m, ok := strings.Cut(lw, ":"); ok && hour < 0 {
			hh, err1 := strconv.Atoi(h)
			mm, err2 := strconv.Atoi(strings.TrimRight(m[:min(2, len(m))], "apm"))
			if err1 == nil && err2 == nil && hh < 24 && mm < 60 {
				hour, minute = hh, mm
				rest := m[min(2, len(m)):]
				pm = rest == "pm" || i+1 < len(words) && strings.EqualFold(words[i+1], "pm")
				am = rest == "am" || i+1 < len(words) && strings.EqualFold(words[i+1], "am")
			}
			continue
		}
		lw = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(lw, "st"), "nd"), "rd"), "th")
		n, err := strconv.Atoi(lw)
		if err != nil {
			continue
		}
		switch {
		case len(lw) == 4 && n >= 1990 && n <= 2100 && year == 0:
			year = n
		case len(lw) <= 2 && n >= 1 && n <= 31 && day == 0:
			day = n
		}
	}
	if month == 0 || day == 0 {
		return model.Date{}, false
	}
	if year == 0 {
		if ref.IsZero() {
			return model.Date{}, false
		}
		year = ref.Year()
		if time.Date(year, month, day, 0, 0, 0, 0, time.UTC).After(ref) {
			year--
		}
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return model.Date{}, false
	}
	if hour >= 0 {
		if pm && hour < 12 {
			hour += 12
		}
		if am && hour == 12 {
			hour = 0
		}
		return model.At(t.Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)), true
	}
	return model.Day(t), true
}

// isoDate reports whether s holds a numeric date written year first,
// "2022-09-07", as teaser and listing lines print it.
func isoDate(s string) bool {
	for i := 0; i+10 <= len(s); i++ {
		c := s[i : i+10]
		if c[4] != '-' || c[7] != '-' || i > 0 && isDigit(s[i-1]) || i+10 < len(s) && isDigit(s[i+10]) {
			continue
		}
		t, err := time.Parse(time.DateOnly, c)
		if err == nil && plausible(t) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// urlDate finds a /2022/09/07/ or /2022-09-07/ date in a URL path.
func urlDate(u string) (model.Date, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	parts := strings.Split(u, "/")
	for i, p := range parts {
		if len(p) == 10 && p[4] == '-' && p[7] == '-' {
			if t, err := time.Parse(time.DateOnly, p); err == nil && plausible(t) {
				return model.Day(t), true
			}
		}
		if len(p) != 4 || i+2 >= len(parts) {
			continue
		}
		y, err1 := strconv.Atoi(p)
		m, err2 := strconv.Atoi(parts[i+1])
		d, err3 := strconv.Atoi(parts[i+2])
		if err1 != nil || err2 != nil || y < 1990 || y > 2100 || m < 1 || m > 12 {
			continue
		}
		if err3 != nil || len(parts[i+2]) > 2 || d < 1 || d > 31 {
			continue // a year and month alone do not date a page
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d {
			return model.Day(t), true
		}
	}
	return model.Date{}, false
}
