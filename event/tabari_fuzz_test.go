package event

import (
	"strings"
	"testing"
)

// FuzzReadTabari checks that any validation text reads without a panic
// into records with text, and that their options apply to a Coder
// without one.
func FuzzReadTabari(f *testing.F) {
	f.Add("950101 A-01\nGondor attacked Arnor.\n/* { GON / ARN / 190 } */\n")
	f.Add("950101 CMD\nSwitch on\n/*\\n{ OPTION: DEFAULT: SOURCE [DS] PRIOR TARGET [DT] AFTER } */\n\n950101 FINAL\nend\n")
	f.Add("950101 X\n/* { OPTION: DEFAULT: OFF } { A / B / 1 }\n")
	f.Fuzz(func(t *testing.T, text string) {
		recs, err := readTabari(strings.NewReader(text))
		if err != nil {
			return
		}
		c := &Coder{}
		for _, r := range recs {
			if strings.TrimSpace(r.text) == "" {
				t.Errorf("record %q without text", r.id)
			}
			for _, o := range r.options {
				setOption(c, o)
			}
		}
	})
}
