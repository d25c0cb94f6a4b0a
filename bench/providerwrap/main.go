// Command providerwrap stands in for the provider plugin in the benchmark
// harness: terraform's dev_overrides point at it, it runs the real plugin
// binary named by BENCH_PROVIDER_BIN with the same arguments, environment
// and standard streams (the plugin handshake passes straight through), and
// when the plugin exits it appends the plugin's peak RSS and CPU time as
// one JSON line to BENCH_RUSAGE_FILE.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"
)

// Usage is one plugin process's resource use.
type Usage struct {
	PID       int     `json:"pid"`
	MaxRSSKiB int64   `json:"max_rss_kib"`
	UserSec   float64 `json:"user_sec"`
	SysSec    float64 `json:"sys_sec"`
	WallSec   float64 `json:"wall_sec"`
	// Exit is the plugin's exit code; Signal names the signal that ended
	// it, if one did.
	Exit   int    `json:"exit"`
	Signal string `json:"signal,omitempty"`
}

func main() {
	bin := os.Getenv("BENCH_PROVIDER_BIN")
	if bin == "" {
		fmt.Fprintln(os.Stderr, "providerwrap: BENCH_PROVIDER_BIN is not set")
		os.Exit(2)
	}
	cmd := exec.CommandContext(context.Background(), bin, os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	// Signals meant for the plugin reach it; the wrapper waits for it.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "providerwrap:", err)
		os.Exit(2)
	}
	go func() {
		for s := range sigs {
			_ = cmd.Process.Signal(s)
		}
	}()
	err := cmd.Wait()
	wall := time.Since(start)
	code := 0
	if err != nil {
		code = 1
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() >= 0 {
			code = ee.ExitCode()
		}
	}
	if path := os.Getenv("BENCH_RUSAGE_FILE"); path != "" && cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			u := Usage{
				PID:       cmd.ProcessState.Pid(),
				MaxRSSKiB: ru.Maxrss, // kilobytes on Linux
				UserSec:   time.Duration(syscall.TimevalToNsec(ru.Utime)).Seconds(),
				SysSec:    time.Duration(syscall.TimevalToNsec(ru.Stime)).Seconds(),
				WallSec:   wall.Seconds(),
				Exit:      cmd.ProcessState.ExitCode(),
			}
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				u.Signal = ws.Signal().String()
			}
			if b, jerr := json.Marshal(u); jerr == nil {
				if f, ferr := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); ferr == nil {
					_, _ = f.Write(append(b, '\n'))
					_ = f.Close()
				}
			}
		}
	}
	os.Exit(code)
}
