package api

import (
	"net/http/httptest"
	"net/netip"
	"slices"
	"strings"
	"testing"
)

func TestParseTrustedProxies(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"", nil, false},
		{" , ", nil, false},
		{"10.0.0.0/8", []string{"10.0.0.0/8"}, false},
		{"10.1.2.3/8, 127.0.0.1", []string{"10.0.0.0/8", "127.0.0.1/32"}, false},
		{"::1,fd00::/8", []string{"::1/128", "fd00::/8"}, false},
		{"::ffff:10.0.0.1", []string{"10.0.0.1/32"}, false},
		{"::ffff:10.0.0.0/104", []string{"10.0.0.0/8"}, false},
		{"::ffff:0.0.0.0/64", nil, true},
		{"10.0.0.0/33", nil, true},
		{"proxy.example", nil, true},
		{"10.0.0.1:80", nil, true},
	}
	for _, tt := range tests {
		got, err := ParseTrustedProxies(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseTrustedProxies(%q): err %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		var s []string
		for _, p := range got {
			s = append(s, p.String())
		}
		if !slices.Equal(s, tt.want) {
			t.Errorf("ParseTrustedProxies(%q) = %v, want %v", tt.in, s, tt.want)
		}
	}
}

func TestClientAddr(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}
	tests := []struct {
		name    string
		peer    string
		xff     []string // X-Forwarded-For headers, in order
		trusted []netip.Prefix
		want    string
	}{
		{"no proxies: header ignored", "192.0.2.7:4000", []string{"198.51.100.1"}, nil, "192.0.2.7"},
		{"untrusted peer: header ignored", "192.0.2.7:4000", []string{"198.51.100.1"}, proxies, "192.0.2.7"},
		{"trusted peer, one hop", "10.0.0.2:4000", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"trusted peer, no header", "10.0.0.2:4000", nil, proxies, "10.0.0.2"},
		{"client-written entries are skipped", "10.0.0.2:4000", []string{"203.0.113.9, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"chain of trusted proxies", "10.0.0.2:4000", []string{"198.51.100.1, 10.9.9.9", "10.0.0.5"}, proxies, "198.51.100.1"},
		{"every hop trusted", "10.0.0.2:4000", []string{"10.0.0.3, 10.0.0.4"}, proxies, "10.0.0.3"},
		{"garbage stops at the proxy that passed it", "10.0.0.2:4000", []string{"198.51.100.1, unknown"}, proxies, "10.0.0.2"},
		{"garbage beyond the client is not read", "10.0.0.2:4000", []string{"junk, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"entry with a port", "10.0.0.2:4000", []string{"198.51.100.1:5555"}, proxies, "198.51.100.1"},
		{"bracketed IPv6 entry", "[fd00::1]:4000", []string{"[2001:db8::1]:443"}, proxies, "2001:db8::1"},
		{"IPv4-mapped peer", "[::ffff:10.0.0.2]:4000", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"IPv4-mapped client", "10.0.0.2:4000", []string{"::ffff:198.51.100.1"}, proxies, "198.51.100.1"},
		{"peer without a port", "10.0.0.2", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"peer that is not an address", "pipe", []string{"198.51.100.1"}, proxies, "pipe"},
		{"IPv4-mapped untrusted peer", "[::ffff:192.0.2.7]:4000", nil, proxies, "192.0.2.7"},
		{"IPv4-mapped peer, no proxies", "[::ffff:192.0.2.7]:4000", []string{"198.51.100.1"}, nil, "192.0.2.7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("POST", "/api/ingest", nil)
			r.RemoteAddr = tt.peer
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := clientAddr(r, tt.trusted); got != tt.want {
				t.Errorf("clientAddr = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestIngestRateBehindProxy checks that clients behind a trusted proxy
// get a bucket each, and that a client reaching the server directly
// cannot escape its bucket by writing X-Forwarded-For.
func TestIngestRateBehindProxy(t *testing.T) {
	h := NewHandler(nil, Options{Token: "proxy-token", Ingest: &fakeIngester{}, IngestRate: 1e-9, IngestBurst: 1,
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}})
	post := func(peer, xff string) int {
		r := httptest.NewRequest("POST", "/api/ingest", strings.NewReader(`{"urls": ["https://news.example/a"]}`))
		r.RemoteAddr = peer
		r.Header.Set("Authorization", "Bearer proxy-token")
		r.Header.Set("Content-Type", "application/json")
		if xff != "" {
			r.Header.Set("X-Forwarded-For", xff)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	steps := []struct {
		peer, xff string
		want      int
	}{
		{"10.0.0.2:1", "198.51.100.1", 202},
		{"10.0.0.2:2", "198.51.100.1", 429}, // same client, bucket spent
		{"10.0.0.2:3", "198.51.100.2", 202}, // another client, same proxy
		{"10.0.0.3:4", "198.51.100.2", 429}, // same client, another proxy
		{"192.0.2.7:5", "198.51.100.3", 202},
		{"192.0.2.7:6", "198.51.100.4", 429}, // direct client: header ignored
	}
	for i, s := range steps {
		if got := post(s.peer, s.xff); got != s.want {
			t.Errorf("request %d (peer %s, X-Forwarded-For %s): status %d, want %d", i, s.peer, s.xff, got, s.want)
		}
	}
}
