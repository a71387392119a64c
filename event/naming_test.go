package event

import "testing"

// TestNamingRelative checks that an actor naming its own deed in a free
// relative ("what it called") codes no call, while another actor's words
// about it stay its reaction.
func TestNamingRelative(t *testing.T) {
	tests := []struct {
		text string
		want []Triple
	}{
		{"North Korea test-fired what it called a new hypersonic missile over the Sea of Japan on Monday.", nil},
		{"Greece staged what Turkey called \"an unacceptable provocation\" near Rhodes.", []Triple{{"TUR", "GRC", "111"}}},
	}
	c, a := coder(t)
	for _, tt := range tests {
		var got []Triple
		for _, tr := range codeTriples(c, a, tt.text, thursday) {
			if tr.Code[:2] == "02" || tr.Code[:2] == "04" || tr.Code[:2] == "11" {
				got = append(got, tr)
			}
		}
		if !sameTriples(tt.want, got) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
