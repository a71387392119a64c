#!/bin/sh
# scripts/test.sh runs every casus test: formatting, vet, and the unit,
# end-to-end and fuzz-seed tests of every package. It needs only Go; tests
# that need a service (PostgreSQL, NATS, Chromium) start it themselves
# when its binary is installed, and .ci/run installs them.
set -eu
cd "$(dirname "$0")/.."

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './bench/*'))
if [ -n "$unformatted" ]; then
	echo "gofmt needed on:" $unformatted >&2
	exit 1
fi
go vet ./...
go test -count=1 ./...
echo "all tests passed"
