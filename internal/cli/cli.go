package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Env is the process environment a command runs in, so tests can run
// commands in-process with their own streams.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// IsTerminal reports whether Stderr is a terminal (progress bars).
	IsTerminal bool
}

// A Command is one casus subcommand.
type Command struct {
	Name      string
	UsageLine string // "casus run --db FILE INPUT..."
	Short     string // one line for the command list
	Long      string // full help, with examples
	// Flags binds the command's flags into fs and returns the function that
	// runs the command with the remaining arguments.
	Flags func(fs *flag.FlagSet) func(ctx context.Context, env Env, args []string) error
}

// errUsage marks an error in how the command was called (exit code 2).
var errUsage = errors.New("usage")

func usageErrorf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...)
}

// errFailed means the command ran but something failed and was already
// reported (exit code 1, nothing more to print).
var errFailed = errors.New("some inputs failed")

func commands() []*Command {
	cmds := []*Command{
		cmdRun, cmdExtract, cmdArticles, cmdServe, cmdDemo, cmdEval, cmdVersion, cmdTrain, cmdNLP, cmdNER, cmdEvents, cmdQuotes, cmdAnalyze, cmdWorker,
	}
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	return cmds
}

// Main runs the casus command line and returns the process exit code.
func Main(ctx context.Context, args []string, env Env) int {
	if env.Stdin == nil {
		env.Stdin = os.Stdin
	}
	if len(args) == 0 {
		printUsage(env.Stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				printHelp(env.Stdout, c)
				return 0
			}
			fmt.Fprintf(env.Stderr, "casus help: unknown command %q\n", args[1])
			return 2
		}
		printUsage(env.Stdout)
		return 0
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(env.Stderr, "casus: unknown command %q\nRun 'casus help' for usage.\n", name)
		return 2
	}
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	run := c.Flags(fs)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printHelp(env.Stdout, c)
			return 0
		}
		fmt.Fprintf(env.Stderr, "casus %s: %v\nusage: %s\nRun 'casus help %s' for details.\n", c.Name, err, c.UsageLine, c.Name)
		return 2
	}
	err := run(ctx, env, fs.Args())
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "casus %s: %s\nusage: %s\n", c.Name, strings.TrimPrefix(err.Error(), "usage: "), c.UsageLine)
		return 2
	case errors.Is(err, errFailed):
		return 1
	default:
		fmt.Fprintf(env.Stderr, "casus %s: %v\n", c.Name, err)
		return 1
	}
}

func lookup(name string) *Command {
	for _, c := range commands() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `casus turns news into event data.

Usage:

	casus <command> [flags] [arguments]

The commands are:

`)
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-10s %s\n", c.Name, c.Short)
	}
	fmt.Fprint(w, `
Use "casus help <command>" or "casus <command> --help" for more about a command.
Start with "casus demo".
`)
}

func printHelp(w io.Writer, c *Command) {
	fmt.Fprintf(w, "usage: %s\n\n%s\n", c.UsageLine, strings.TrimSpace(c.Long))
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	c.Flags(fs)
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprint(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}
