package cli

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
)

var cmdVersion = &Command{
	Name:      "version",
	UsageLine: "casus version",
	Short:     "print the casus version",
	Long: `
Version prints the module version of this casus binary and the Go version
that built it.

Example:

	casus version
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
			}
			v, gov := "(devel)", ""
			if bi, ok := debug.ReadBuildInfo(); ok {
				if bi.Main.Version != "" {
					v = bi.Main.Version
				}
				gov = bi.GoVersion
			}
			fmt.Fprintf(env.Stdout, "casus %s %s\n", v, gov)
			return nil
		}
	},
}
