package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// formToks returns the words of s, split on spaces, as tokens with their
// byte offsets in s; a hyphen inside a word ("Secretary-General") is a
// token of its own with no space on either side, as package tag splits
// it.
func formToks(s string) []model.Token {
	var out []model.Token
	at := 0
	for _, f := range strings.Fields(s) {
		at += strings.Index(s[at:], f)
		for i, part := range strings.Split(f, "-") {
			if i > 0 {
				out = append(out, model.Token{Form: "-", Span: model.Span{Start: at - 1, End: at}})
			}
			if part != "" {
				out = append(out, model.Token{Form: part, Span: model.Span{Start: at, End: at + len(part)}})
			}
			at += len(part) + 1
		}
	}
	return out
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"TEHRAN , Sept. 7 ( HNA ) – Albania severed ties", 7},
		{"SEOUL ( MPA ) - South Korea proposed talks", 4},
		{"Washington , Sept 7 ( Reuters ) — Iran said", 7},
		{"KYIV — Russia fired missiles", 1},
		{"Albania severed ties with Iran - a first", -1},      // no capital place, no agency
		{"NATO said the alliance - which has 31 members", -1}, // no dash right after a dateline
		{"IRAN", -1},
		{"TEHRAN –", 1}, // a dateline sentence of its own, as package segment splits it
		{"A B C D E F G H I J K L M N O P Q R S ( X ) – late", -1},
		{"UN Secretary-General Antonio Guterres called on both sides", -1}, // a hyphen inside a word
		{"UN - Peru and Chile agreed", 1},
	}
	for _, tt := range tests {
		if got := datelineEnd(formToks(tt.text)); got != tt.want {
			t.Errorf("datelineEnd(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestDatelineNotActor checks that the city of a wire dateline does not
// become the source of the first sentence's event.
func TestDatelineNotActor(t *testing.T) {
	evs := code(t, "TEHRAN, Sept. 7 (HNA) – Albania on Wednesday severed diplomatic relations with Iran.", nil, nil)
	if find(evs, "ALB", "IRN", "161") == nil {
		t.Errorf("no ALB>IRN:161; got %s", describe(evs))
	}
}

// FuzzDatelineEnd: no panic, and a found dateline ends at a dash with a
// word after it.
func FuzzDatelineEnd(f *testing.F) {
	f.Add("TEHRAN , Sept. 7 ( HNA ) – Albania severed ties")
	f.Add("NATO said the alliance - which")
	f.Add("É ( – x")
	f.Fuzz(func(t *testing.T, s string) {
		toks := formToks(s)
		d := datelineEnd(toks)
		if d == -1 {
			return
		}
		if d < 1 || d >= len(toks) || !strings.ContainsAny(toks[d].Form, "–—-―") {
			t.Fatalf("datelineEnd(%q) = %d", s, d)
		}
	})
}

// TestDatelineSentence checks stories whose dateline package segment
// makes a sentence of its own: the first sentence after it is coded as
// if the dateline were not there, and no later agent takes its country
// from the filing city.
func TestDatelineSentence(t *testing.T) {
	tests := []struct {
		text          string
		src, tgt, cam string
		want          bool
	}{
		{"TIRANA, Sept 7 (Reuters) - Albania on Wednesday severed diplomatic ties with Tehran, accusing it of orchestrating a 'cyberattack' against Tirana.", "ALB", "IRN", "161", true},
		{"TIRANA, Sept 7 (Reuters) - Albania on Wednesday severed diplomatic ties with Tehran, accusing it of orchestrating a 'cyberattack' against Tirana.", "ALB", "IRN", "112", true},
		{"GENEVA (MPA) - The board of governors of the World Health Organization on Monday criticised Syria.", "IGOUNOHLHWHO", "SYR", "111", true},
		{"GENEVA (MPA) - The board of governors of the World Health Organization on Monday criticised Syria.", "CHEGOV", "*", "*", false},
		{"The board of governors of the International Atomic Energy Agency passed a resolution censuring Iran.", "IGOUNOIAE", "IRN", "111", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		got := false
		for _, e := range evs {
			if e.Source.Code == tt.src && (tt.tgt == "*" || e.Target.Code == tt.tgt) && (tt.cam == "*" || e.Code == tt.cam) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s>%s:%s coded = %v, want %v (got %s)", tt.text, tt.src, tt.tgt, tt.cam, got, tt.want, describe(evs))
		}
	}
}
