package api

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ParseTrustedProxies reads a comma-separated list of addresses and
// CIDR prefixes ("10.0.0.0/8, 127.0.0.1, ::1") into the prefixes of
// Options.TrustedProxies. An empty list gives none.
func ParseTrustedProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for f := range strings.SplitSeq(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "/") {
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q: %w", f, err)
			}
			if p.Addr().Is4In6() {
				// ::ffff:10.0.0.0/104 means 10.0.0.0/8.
				if p.Bits() < 96 {
					return nil, fmt.Errorf("trusted proxy %q: an IPv4-mapped prefix needs at least 96 bits", f)
				}
				p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: want an IP address or a CIDR prefix: %w", f, err)
		}
		a = a.Unmap().WithZone("")
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// clientAddr returns the address of the client that sent r, the key of
// the ingest rate limiter. It is the connection's peer unless the peer is
// one of trusted, the reverse proxies in front of the server: then it is
// read from X-Forwarded-For, right to left, as the first address that is
// not a trusted proxy (each proxy appends the address it heard from, so
// only the entries that trusted proxies wrote can be believed). An entry
// that is not an address stops the walk at the proxy that passed it on.
// With no trusted proxies the header is never read.
func clientAddr(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	if !isTrusted(peer, trusted) {
		// Keyed as a forwarded client is, so that one client reached
		// over IPv4 and IPv4-mapped IPv6 has one bucket.
		return peer.Unmap().WithZone("").String()
	}
	hops := forwardedFor(r.Header)
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(hops[i])
		if err != nil {
			break
		}
		client = a
		if !isTrusted(a, trusted) {
			break
		}
	}
	return client.Unmap().WithZone("").String()
}

// forwardedFor returns the entries of every X-Forwarded-For header of h,
// in order, with ports and IPv6 brackets removed.
func forwardedFor(h http.Header) []string {
	var hops []string
	for _, v := range h.Values("X-Forwarded-For") {
		for f := range strings.SplitSeq(v, ",") {
			f = strings.TrimSpace(f)
			if host, _, err := net.SplitHostPort(f); err == nil {
				f = host
			}
			hops = append(hops, f)
		}
	}
	return hops
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	a = a.Unmap().WithZone("")
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
