// Command providerwrap stands in for the provider plugin in the benchmark
// harness: terraform's dev_overrides point at it, it runs the real plugin
// binary named by BENCH_PROVIDER_BIN with the same arguments, environment
// and standard streams (the plugin handshake passes straight through), and
// when the plugin exits it appends the plugin's peak RSS and CPU time as
// one JSON line to BENCH_RUSAGE_FILE. With BENCH_RSS_SAMPLE_MS set it also
// samples the plugin's resident memory (/proc/<pid>/statm: all of it, and
// the part backed by files — the binary's pages, which every process of the
// same binary shares) at that interval, so that the harness can add up the
// processes that run at the same time.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
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
	// StartUnixMilli is when the plugin started; RSSKiB and FileKiB are its
	// resident and file-backed memory every SampleMilli from then on.
	StartUnixMilli int64   `json:"start_unix_ms"`
	SampleMilli    int     `json:"sample_ms,omitempty"`
	RSSKiB         []int32 `json:"rss_kib,omitempty"`
	FileKiB        []int32 `json:"file_kib,omitempty"`
}

// sampler reads a process's statm every interval until stopped.
type sampler struct {
	every     time.Duration
	rss, file []int32
	stop      chan struct{}
	done      chan struct{}
}

func startSampler(pid int, every time.Duration) *sampler {
	s := &sampler{every: every, stop: make(chan struct{}), done: make(chan struct{})}
	path := "/proc/" + strconv.Itoa(pid) + "/statm"
	page := int64(os.Getpagesize() / 1024)
	go func() {
		defer close(s.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			// statm: size resident shared text lib data dt, in pages;
			// shared is the file-backed (and shmem) part of resident.
			if b, err := os.ReadFile(path); err == nil {
				f := strings.Fields(string(b))
				if len(f) >= 3 {
					res, _ := strconv.ParseInt(f[1], 10, 64)
					shared, _ := strconv.ParseInt(f[2], 10, 64)
					s.rss = append(s.rss, int32(res*page))
					s.file = append(s.file, int32(shared*page))
				}
			}
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *sampler) finish() {
	close(s.stop)
	<-s.done
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
	var smp *sampler
	if ms, _ := strconv.Atoi(os.Getenv("BENCH_RSS_SAMPLE_MS")); ms > 0 {
		smp = startSampler(cmd.Process.Pid, time.Duration(ms)*time.Millisecond)
	}
	err := cmd.Wait()
	if smp != nil {
		smp.finish()
	}
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

				StartUnixMilli: start.UnixMilli(),
			}
			if smp != nil {
				u.SampleMilli, u.RSSKiB, u.FileKiB = int(smp.every/time.Millisecond), smp.rss, smp.file
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
