package cli

import (
	"fmt"
	"time"
)

// progress shows a run's progress: a status line redrawn in place on a
// terminal, plain log lines otherwise.
type progress struct {
	env      Env
	last     time.Time
	lastLine string
	shown    bool
}

func newProgress(env Env) *progress { return &progress{env: env} }

// log prints one line, above the status line on a terminal.
func (p *progress) log(msg string) {
	if p.env.IsTerminal && p.shown {
		fmt.Fprint(p.env.Stderr, "\r\033[K")
		p.shown = false
	}
	fmt.Fprintln(p.env.Stderr, msg)
}

// update redraws the status line at most ten times a second on a terminal,
// and logs it, marked "so far:", every ten seconds otherwise.
func (p *progress) update(line string) {
	p.lastLine = line
	now := time.Now()
	if p.env.IsTerminal {
		if now.Sub(p.last) < 100*time.Millisecond {
			return
		}
		fmt.Fprintf(p.env.Stderr, "\r\033[K%s", line)
		p.shown = true
	} else {
		if p.last.IsZero() {
			p.last = now
			return
		}
		if now.Sub(p.last) < 10*time.Second {
			return
		}
		// "so far": a log reader (or a script) must not take a
		// progress line for the run's summary, which starts alike.
		fmt.Fprintln(p.env.Stderr, "so far: "+line)
	}
	p.last = now
}

func (p *progress) done() {
	if p.env.IsTerminal && p.shown {
		fmt.Fprint(p.env.Stderr, "\r\033[K")
	}
}
