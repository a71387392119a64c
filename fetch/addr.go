package fetch

import (
	"net/netip"
)

// Non-public IPv4 ranges besides those netip.Addr methods already name.
var reserved4 = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT (RFC 6598)
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // TEST-NET-1
	netip.MustParsePrefix("192.88.99.0/24"),  // 6to4 relay anycast
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // TEST-NET-2
	netip.MustParsePrefix("203.0.113.0/24"),  // TEST-NET-3
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
}

var (
	global6 = netip.MustParsePrefix("2000::/3") // all allocated global unicast
	nat64   = netip.MustParsePrefix("64:ff9b::/96")
	sixTo4  = netip.MustParsePrefix("2002::/16")
	// Non-public ranges inside 2000::/3.
	reserved6 = []netip.Prefix{
		netip.MustParsePrefix("2001::/23"),     // IETF protocol assignments, Teredo
		netip.MustParsePrefix("2001:db8::/32"), // documentation
		netip.MustParsePrefix("3fff::/20"),     // documentation
	}
)

// IsPublic reports whether addr is a public unicast address that a Client
// without Options.AllowPrivate may connect to. Loopback, private, unique
// local, link-local, CGNAT, multicast, unspecified, documentation and
// reserved addresses are not public. An IPv4-mapped IPv6 address is
// judged as the IPv4 address it maps, and so are the IPv4 addresses
// embedded in NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses.
func IsPublic(addr netip.Addr) bool {
	addr = addr.Unmap().WithZone("")
	switch {
	case !addr.IsValid():
		return false
	case addr.Is4():
		return public4(addr)
	case nat64.Contains(addr):
		b := addr.As16()
		return public4(netip.AddrFrom4([4]byte(b[12:16])))
	case sixTo4.Contains(addr):
		b := addr.As16()
		return public4(netip.AddrFrom4([4]byte(b[2:6])))
	case !global6.Contains(addr):
		return false
	}
	for _, p := range reserved6 {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

func public4(a netip.Addr) bool {
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() ||
		a.IsMulticast() || a.IsUnspecified() || a.IsLinkLocalMulticast() {
		return false
	}
	for _, p := range reserved4 {
		if p.Contains(a) {
			return false
		}
	}
	return true
}
