// Command casus turns news into event data: it reads news pages, feeds,
// archives and text, extracts the articles, and stores them for querying.
//
// Run "casus help" for the list of commands.
//
// default.pgo, beside this file, is a CPU profile of casus run on real
// pages and text; go build and go install use it to optimise casus
// (profile-guided optimisation: the calls that are hot there are inlined
// and devirtualised). It changes no output. scripts/pgo.sh regenerates it.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/casus-project/casus/internal/cli"
	"golang.org/x/term"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		IsTerminal: term.IsTerminal(int(os.Stderr.Fd())),
	})
	stop()
	os.Exit(code)
}
