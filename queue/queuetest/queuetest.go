package queuetest

import (
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Options configure Start. The zero value is a server with the default
// limits.
type Options struct {
	// MaxPayload, when positive, is the server's max_payload in bytes.
	MaxPayload int32
}

// Start runs a NATS server with JetStream stored in a temporary
// directory, listening on a free loopback port, and returns its client
// URL. The server is shut down when the test ends.
func Start(t testing.TB, opts Options) string {
	t.Helper()
	o := &server.Options{
		Host:       "127.0.0.1",
		Port:       -1, // a free port
		JetStream:  true,
		StoreDir:   t.TempDir(),
		NoLog:      true,
		NoSigs:     true,
		MaxPayload: opts.MaxPayload,
	}
	s, err := server.NewServer(o)
	if err != nil {
		t.Fatalf("nats server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		t.Fatal("nats server: not ready after 10s")
	}
	t.Cleanup(func() {
		s.Shutdown()
		s.WaitForShutdown()
	})
	return s.ClientURL()
}
