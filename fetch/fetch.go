package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/casus-project/casus/model"
)

// Defaults for zero Options fields.
const (
	DefaultTimeout            = 30 * time.Second
	DefaultMaxBytes     int64 = 20 << 20
	DefaultMaxRedirects       = 5
	DefaultPerHost            = 2
	DefaultRetries            = 3
)

// Options configure a Client. The zero value is usable: every zero field
// takes its default.
type Options struct {
	// Timeout bounds a whole Fetch: connecting, redirects, reading the
	// body, and the retries and waits between them. Zero means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps the body, counted after Content-Encoding is undone;
	// a longer body fails with ErrTooLarge. Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects is how many redirects a Fetch follows before it fails
	// with ErrTooManyRedirects. Zero means DefaultMaxRedirects; a
	// negative value follows none.
	MaxRedirects int
	// PerHost bounds concurrent requests to one host name. Zero means
	// DefaultPerHost.
	PerHost int
	// Retries is how many times a request is retried after a 429, 502,
	// 503 or 504 response or a transient network error. Zero means
	// DefaultRetries; a negative value retries never.
	Retries int
	// UserAgent is sent with every request. Empty means
	// "casus/VERSION (+https://github.com/casus-project/casus)".
	UserAgent string
	// AllowPrivate permits connections to non-public addresses (see
	// IsPublic) and lets environment proxies be used.
	AllowPrivate bool
}

// Fetcher fetches one URL as a document. *Client implements it; the
// ingest package consumes it.
type Fetcher interface {
	Fetch(ctx context.Context, url string) (*model.Document, error)
}

// Errors a Fetch returns, wrapped with the URL; test with errors.Is.
var (
	// ErrPrivateAddress means the URL, or a redirect, led to an address
	// that is not public, and Options.AllowPrivate is not set.
	ErrPrivateAddress = errors.New("non-public address refused")
	// ErrTooLarge means the body exceeds Options.MaxBytes.
	ErrTooLarge = errors.New("body too large")
	// ErrTooManyRedirects means the redirect chain exceeds
	// Options.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrScheme means the URL, or a redirect, is not http or https, or
	// has no host.
	ErrScheme = errors.New("only http and https URLs with a host are fetched")
	// ErrUserinfo means the URL, or a redirect, carries credentials
	// ("user:pass@").
	ErrUserinfo = errors.New("URLs with credentials are refused")
)

// StatusError reports a response whose status is not 2xx.
type StatusError struct {
	// URL is the address that answered, after redirects.
	URL string
	// Code is the HTTP status code.
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	opts  Options
	hc    *http.Client
	hosts hostLimiter

	// permit decides whether an address may be dialled; nil means
	// IsPublic. Tests replace it to treat one loopback server as public.
	permit func(netip.AddrPort) bool
	// backoff is the first retry delay; it doubles per attempt.
	backoff time.Duration
	// maxWait caps any single wait between attempts, Retry-After too.
	maxWait time.Duration
}

// New returns a Client with opts, zero fields taking their defaults.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	switch {
	case opts.MaxRedirects == 0:
		opts.MaxRedirects = DefaultMaxRedirects
	case opts.MaxRedirects < 0:
		opts.MaxRedirects = 0
	}
	if opts.PerHost <= 0 {
		opts.PerHost = DefaultPerHost
	}
	switch {
	case opts.Retries == 0:
		opts.Retries = DefaultRetries
	case opts.Retries < 0:
		opts.Retries = 0
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "casus/" + version() + " (+https://github.com/casus-project/casus)"
	}
	c := &Client{opts: opts, backoff: 500 * time.Millisecond, maxWait: 10 * time.Second}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   opts.PerHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	if opts.AllowPrivate {
		tr.Proxy = http.ProxyFromEnvironment
	} else {
		dialer.Control = c.control
	}
	c.hc = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// allowed applies the address policy.
func (c *Client) allowed(ap netip.AddrPort) bool {
	if c.opts.AllowPrivate {
		return true
	}
	if c.permit != nil {
		return c.permit(ap)
	}
	return IsPublic(ap.Addr())
}

// control runs on every dial, after name resolution, with the address
// about to be connected.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unparsable address %q", ErrPrivateAddress, address)
	}
	if !c.allowed(ap) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
	}
	return nil
}

// checkURL applies the rules every URL, first or redirected, must meet.
// A literal address is judged here so the error comes before any dial;
// names are judged at dial time.
func (c *Client) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.Opaque != "" {
		return ErrScheme
	}
	if u.User != nil {
		return ErrUserinfo
	}
	if a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(u.Hostname(), "["), "]")); err == nil {
		port := 80
		if u.Scheme == "https" {
			port = 443
		}
		if p, err := strconv.ParseUint(u.Port(), 10, 16); err == nil {
			port = int(p)
		}
		if !c.allowed(netip.AddrPortFrom(a, uint16(port))) {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, a)
		}
	}
	return nil
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.opts.MaxRedirects {
		return fmt.Errorf("%w (%d)", ErrTooManyRedirects, c.opts.MaxRedirects)
	}
	if err := c.checkURL(req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), err)
	}
	return nil
}

// Fetch GETs rawURL and returns the page as a Document whose Origin and
// URL are the final URL after redirects, with the response's
// Content-Type and body. A non-2xx answer is a *StatusError; other
// failures wrap the package's Err* values or the network error.
func (c *Client) Fetch(ctx context.Context, rawURL string) (*model.Document, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	name := u.Redacted()
	if err := c.checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", name, err)
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	for attempt := 0; ; attempt++ {
		doc, wait, err := c.try(ctx, u)
		if err == nil {
			return doc, nil
		}
		if ctx.Err() != nil && parent.Err() == nil {
			return nil, fmt.Errorf("fetch %s: gave up after %v: %w", name, c.opts.Timeout, context.DeadlineExceeded)
		}
		if wait < 0 || attempt >= c.opts.Retries {
			return nil, err
		}
		if wait == 0 {
			wait = c.backoffDelay(attempt)
		}
		wait = min(wait, c.maxWait)
		if d, ok := ctx.Deadline(); ok && time.Until(d) < wait {
			return nil, err // waiting would outlast the budget
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, err
		case <-t.C:
		}
	}
}

// backoffDelay is the wait before retry attempt+1: the base doubled per
// attempt, half of it random ("equal jitter").
func (c *Client) backoffDelay(attempt int) time.Duration {
	d := min(c.backoff<<min(attempt, 16), c.maxWait)
	return d/2 + rand.N(d/2+1)
}

// try makes one attempt. wait < 0 means the error is final; wait == 0
// means retry after backoff; wait > 0 is the server's Retry-After.
func (c *Client) try(ctx context.Context, u *url.URL) (*model.Document, time.Duration, error) {
	name := u.Redacted()
	release, err := c.hosts.acquire(ctx, strings.ToLower(u.Hostname()), c.opts.PerHost)
	if err != nil {
		return nil, -1, fmt.Errorf("fetch %s: %w", name, err)
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, -1, fmt.Errorf("fetch %s: %w", name, err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := c.hc.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, retryWait(err), fmt.Errorf("fetch %s: %w", name, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10) // lets a short error page free the connection
		se := &StatusError{URL: final, Code: resp.StatusCode}
		switch resp.StatusCode {
		case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			return nil, retryAfter(resp.Header.Get("Retry-After"), time.Now()), se
		}
		return nil, -1, se
	}
	if resp.ContentLength > c.opts.MaxBytes {
		return nil, -1, fmt.Errorf("fetch %s: %w: declared %d bytes, limit %d", final, ErrTooLarge, resp.ContentLength, c.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, retryWait(err), fmt.Errorf("fetch %s: reading body: %w", final, err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, -1, fmt.Errorf("fetch %s: %w: over %d bytes", final, ErrTooLarge, c.opts.MaxBytes)
	}
	return &model.Document{
		Origin:      final,
		URL:         final,
		ContentType: resp.Header.Get("Content-Type"),
		Body:        body,
	}, 0, nil
}

// retryWait classifies a network error: 0 (transient, retry after
// backoff) or -1 (final).
func retryWait(err error) time.Duration {
	var (
		dnsErr  *net.DNSError
		certErr *tls.CertificateVerificationError
		unk     x509.UnknownAuthorityError
		host    x509.HostnameError
		inv     x509.CertificateInvalidError
		netErr  net.Error
	)
	switch {
	case errors.Is(err, ErrPrivateAddress), errors.Is(err, ErrTooManyRedirects),
		errors.Is(err, ErrScheme), errors.Is(err, ErrUserinfo), errors.Is(err, ErrTooLarge),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return -1
	case errors.As(err, &dnsErr):
		if dnsErr.IsTemporary || dnsErr.IsTimeout {
			return 0
		}
		return -1
	case errors.As(err, &certErr), errors.As(err, &unk), errors.As(err, &host), errors.As(err, &inv):
		return -1
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNREFUSED),
		errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return 0
	case errors.As(err, &netErr) && netErr.Timeout():
		return 0
	}
	return -1
}

// retryAfter reads a Retry-After value, delay-seconds or an HTTP date.
// It returns 0 (use backoff) when the value is absent or unusable.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		return time.Duration(min(n, 24*3600)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// hostLimiter bounds concurrent requests per host. Entries live only
// while someone holds or waits for them, so the map does not grow with
// the number of hosts ever seen.
type hostLimiter struct {
	mu    sync.Mutex
	slots map[string]*hostSlot
}

type hostSlot struct {
	sem  chan struct{}
	refs int
}

func (l *hostLimiter) acquire(ctx context.Context, host string, n int) (release func(), err error) {
	l.mu.Lock()
	if l.slots == nil {
		l.slots = make(map[string]*hostSlot)
	}
	s := l.slots[host]
	if s == nil {
		s = &hostSlot{sem: make(chan struct{}, n)}
		l.slots[host] = s
	}
	s.refs++
	l.mu.Unlock()
	drop := func() {
		l.mu.Lock()
		s.refs--
		if s.refs == 0 {
			delete(l.slots, host)
		}
		l.mu.Unlock()
	}
	select {
	case s.sem <- struct{}{}:
		return func() { <-s.sem; drop() }, nil
	case <-ctx.Done():
		drop()
		return nil, ctx.Err()
	}
}
