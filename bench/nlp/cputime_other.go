//go:build !unix

package main

import "time"

// cpuTime reports that CPU time is unknown here.
func cpuTime() (time.Duration, bool) { return 0, false }
