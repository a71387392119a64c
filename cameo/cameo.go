package cameo

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// QuadClass is GDELT's four-way grouping of event codes.
type QuadClass int

// The QuadClasses.
const (
	VerbalCooperation   QuadClass = 1
	MaterialCooperation QuadClass = 2
	VerbalConflict      QuadClass = 3
	MaterialConflict    QuadClass = 4
)

func (q QuadClass) String() string {
	switch q {
	case VerbalCooperation:
		return "Verbal Cooperation"
	case MaterialCooperation:
		return "Material Cooperation"
	case VerbalConflict:
		return "Verbal Conflict"
	case MaterialConflict:
		return "Material Conflict"
	}
	return "QuadClass(" + strconv.Itoa(int(q)) + ")"
}

// Plover is the PLOVER mapping of a CAMEO code: event type, mode and
// context. Fields are empty where the table gives none.
type Plover struct {
	Event, Mode, Context string
}

// Event is one CAMEO event code.
type Event struct {
	Code string // "0311"
	Root string // "03": the two-digit root
	Base string // "031": the three-digit base code ("" for a root)
	Name string
	// Goldstein is the conflict-cooperation score, -10 to +10.
	Goldstein float64
	QuadClass QuadClass
	Plover    Plover
}

//go:embed codebook.tsv
var codebookTSV string

var codebook = sync.OnceValues(func() (map[string]Event, error) { return parseCodebook(codebookTSV) })

// Lookup returns the event with code, which may carry a leading or
// trailing space but must be a code the codebook lists.
func Lookup(code string) (Event, bool) {
	book, err := codebook()
	if err != nil {
		return Event{}, false
	}
	e, ok := book[strings.TrimSpace(code)]
	return e, ok
}

// Codes returns every code in the codebook, in codebook order.
func Codes() []string {
	book, err := codebook()
	if err != nil {
		return nil
	}
	codes := make([]string, 0, len(book))
	for c := range book {
		codes = append(codes, c)
	}
	slices.Sort(codes) // as strings: "01" < "010" < "0111" < "02"
	return codes
}

// ErrBadCode is wrapped by the errors of ParseCode.
var ErrBadCode = errors.New("bad CAMEO code")

// ParseCode checks that s is a well-formed CAMEO event code and returns it
// without surrounding space: two to four digits with a root from 01 to 20
// ("01", "161", "0311", "1721"). It does not consult the codebook; use
// Lookup for that.
func ParseCode(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s) > 4 {
		return "", fmt.Errorf("%w %q: want 2 to 4 digits", ErrBadCode, s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", fmt.Errorf("%w %q: not a digit at %d", ErrBadCode, s, i)
		}
	}
	root, _ := strconv.Atoi(s[:2])
	if root < 1 || root > 20 {
		return "", fmt.Errorf("%w %q: root %s is not 01-20", ErrBadCode, s, s[:2])
	}
	return s, nil
}

// parseCodebook reads the compiled table: code, root, base, name,
// goldstein, quadclass, plover event, mode, context; tab-separated, a
// header line first.
func parseCodebook(tsv string) (map[string]Event, error) {
	book := make(map[string]Event)
	for n, line := range strings.Split(strings.TrimSpace(tsv), "\n") {
		if n == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 9 {
			return nil, fmt.Errorf("cameo: codebook line %d: %d fields, want 9", n+1, len(f))
		}
		code, err := ParseCode(f[0])
		if err != nil {
			return nil, fmt.Errorf("cameo: codebook line %d: %w", n+1, err)
		}
		g, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo: codebook line %d: goldstein: %w", n+1, err)
		}
		q, err := strconv.Atoi(f[5])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("cameo: codebook line %d: bad quadclass %q", n+1, f[5])
		}
		book[code] = Event{
			Code: code, Root: f[1], Base: f[2], Name: f[3],
			Goldstein: g, QuadClass: QuadClass(q),
			Plover: Plover{Event: f[6], Mode: f[7], Context: f[8]},
		}
	}
	return book, nil
}
