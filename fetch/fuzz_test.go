package fetch

import (
	"net/url"
	"testing"
	"time"
)

func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"", "0", "120", "-1", "Wed, 21 Oct 2015 07:28:00 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "1e9", "+5"} {
		f.Add(s)
	}
	now := time.Date(2015, 10, 21, 7, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		d := retryAfter(v, now)
		if d < 0 {
			t.Fatalf("retryAfter(%q) = %v < 0", v, d)
		}
	})
}

// FuzzCheckURL checks that every URL the client would request is http or
// https, has a host and carries no credentials.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{"https://example.org/a?b#c", "http://[::1]:80/", "HTTP://EXAMPLE.ORG", "https://u@h/", "ftp://x/", "http:opaque", "http://10.0.0.1:99999/", "http://[fe80::1%25eth0]/"} {
		f.Add(s)
	}
	c := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse(s)
		if err != nil {
			return
		}
		if c.checkURL(u) != nil {
			return
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.User != nil {
			t.Fatalf("checkURL accepted %q", s)
		}
	})
}
