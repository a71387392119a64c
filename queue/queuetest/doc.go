// Package queuetest runs a real NATS server with JetStream inside a test
// process, for tests of package queue and of the commands built on it.
// It knows nothing of documents or casus; only tests import it.
package queuetest
