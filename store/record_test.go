package store

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"caf\xc3\xa9 \xe4\xb8\xad", "caf\xc3\xa9 \xe4\xb8\xad"},
		{"\xef\xbf\xbd", "\xef\xbf\xbd"}, // U+FFFD itself is valid
		{"a\x00b", "a?b"},
		{"a\xffb", "a?b"},
		{"\xed\xa0\x80", "???"}, // a surrogate
		{"\xc0\xaf", "??"},      // an overlong '/'
		{"ab\xe2\x82", "ab??"},  // cut short
		{"\x00\xc3\xa9\x00", "?\xc3\xa9?"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
