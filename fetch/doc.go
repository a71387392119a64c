// Package fetch downloads web pages over HTTP for ingestion, with the
// limits a crawler of untrusted addresses needs.
//
//	c := fetch.New(fetch.Options{})
//	doc, err := c.Fetch(ctx, "https://example.org/news/1")
//	var se *fetch.StatusError
//	switch {
//	case errors.As(err, &se):
//		// the server answered se.Code
//	case errors.Is(err, fetch.ErrPrivateAddress):
//		// the URL led to a non-public address
//	}
//
// A Client bounds every Fetch: a total time (Options.Timeout, retries and
// waits included), a body size (Options.MaxBytes, counted after gzip
// decoding, so compressed bombs are capped too), a number of redirects,
// and a number of concurrent requests to one host. Requests that fail
// with 429, 502, 503 or 504, or with a transient network error, are
// retried with exponential backoff and jitter; a Retry-After header is
// honoured when it fits in the time left.
//
// # Security
//
// Unless Options.AllowPrivate is set, a Client refuses to connect to
// loopback, private (RFC 1918, IPv6 ULA), link-local (including the
// 169.254.169.254 cloud metadata address), CGNAT, multicast, unspecified
// and reserved addresses. The check runs on the address actually dialled
// (net.Dialer.Control), after DNS resolution, so a hostname that
// resolves to a private address, DNS rebinding, and redirects to private
// addresses are all refused. IPv4-mapped and IPv4-embedding IPv6
// addresses (::ffff:a.b.c.d, NAT64, 6to4) are judged by the IPv4 address
// they carry. For the same reason environment proxies (HTTP_PROXY) are
// used only when AllowPrivate is set: through a proxy the dialled address
// is the proxy's, and the check would be meaningless.
//
// Only http and https URLs are fetched (ErrScheme). URLs carrying
// credentials ("https://user:pass@host/") are refused (ErrUserinfo):
// the URL becomes the document's Origin and is printed and stored, and
// "trusted.example@evil.example" is a classic disguise.
//
// The package knows nothing about what it fetches: it does not parse
// HTML or feeds, decode character sets, or follow links in pages.
package fetch
