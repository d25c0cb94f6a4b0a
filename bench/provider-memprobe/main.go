// Command provider-memprobe is the provider plugin with a memory probe: the
// benchmark harness runs it (through providerwrap) to split a plugin
// process's resident memory into its parts. Every few milliseconds it reads
// its RSS; at each new peak it snapshots runtime/metrics and
// /proc/self/smaps_rollup, and when terraform shuts it down it appends the
// snapshot of its peak, one taken after giving its unused heap back (what
// the plugin's idle release leaves) and the binary's resident pages by ELF
// section as one JSON line to BENCH_MEMPROBE_FILE.
package main

import (
	"bufio"
	"debug/elf"
	"encoding/binary"
	"encoding/json"
	"log"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/provider"
)

// snapshot is the process's memory at one moment.
type snapshot struct {
	AtSec   float64            `json:"at_sec"`
	RSSKiB  int64              `json:"rss_kib"`
	Rollup  map[string]int64   `json:"smaps_rollup_kib"`
	Metrics map[string]float64 `json:"metrics"`
}

// Every metric under /memory/classes/ and /gc/ that is a number.
func samples() []metrics.Sample {
	var s []metrics.Sample
	for _, d := range metrics.All() {
		if (strings.HasPrefix(d.Name, "/memory/classes/") || strings.HasPrefix(d.Name, "/gc/heap/") ||
			strings.HasPrefix(d.Name, "/gc/gomemlimit") || strings.HasPrefix(d.Name, "/gc/gogc") ||
			strings.HasPrefix(d.Name, "/gc/stack/") || strings.HasPrefix(d.Name, "/gc/cycles/") ||
			strings.HasPrefix(d.Name, "/sched/goroutines")) && d.Kind != metrics.KindFloat64Histogram {
			s = append(s, metrics.Sample{Name: d.Name})
		}
	}
	return s
}

func rssKiB() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize()) / 1024
}

func rollup() map[string]int64 {
	out := map[string]int64{}
	b, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && f[2] == "kB" {
			v, _ := strconv.ParseInt(f[1], 10, 64)
			out[strings.TrimSuffix(f[0], ":")] = v
		}
	}
	return out
}

func take(start time.Time, s []metrics.Sample) snapshot {
	metrics.Read(s)
	snap := snapshot{AtSec: time.Since(start).Seconds(), RSSKiB: rssKiB(), Rollup: rollup(), Metrics: map[string]float64{}}
	for _, m := range s {
		switch m.Value.Kind() {
		case metrics.KindUint64:
			snap.Metrics[m.Name] = float64(m.Value.Uint64())
		case metrics.KindFloat64:
			snap.Metrics[m.Name] = m.Value.Float64()
		}
	}
	return snap
}

func main() {
	start := time.Now()
	provider.QuietSDKLogsUnlessTerraformKeepsThem() // as the real plugin does
	provider.SetMemoryPolicy()
	path := os.Getenv("BENCH_MEMPROBE_FILE")
	var (
		mu   sync.Mutex
		peak snapshot
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	if path != "" {
		s := samples()
		go func() {
			defer close(done)
			t := time.NewTicker(2 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
				}
				if rss := rssKiB(); rss > peak.RSSKiB {
					snap := take(start, s)
					mu.Lock()
					peak = snap
					mu.Unlock()
				}
			}
		}()
	}
	err := provider.Serve("bench", false)
	if err != nil {
		log.Print(err.Error())
	}
	if path != "" {
		close(stop)
		<-done
		mu.Lock()
		out := struct {
			PID      int                  `json:"pid"`
			Peak     snapshot             `json:"peak"`
			Released snapshot             `json:"released"`
			Sections map[string]residency `json:"sections"`
		}{PID: os.Getpid(), Peak: peak}
		mu.Unlock()
		debug.FreeOSMemory()
		out.Released, out.Sections = take(start, samples()), sections()
		if b, err := json.Marshal(out); err == nil {
			if f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
				_, _ = f.Write(append(b, '\n'))
				_ = f.Close()
			}
		}
	}
}

// residency is how much of an ELF section of the executable is resident,
// and how much of that is private (written, so no longer the file's page).
type residency struct {
	SizeKiB     int64 `json:"size_kib"`
	ResidentKiB int64 `json:"resident_kib"`
	PrivateKiB  int64 `json:"private_kib"`
}

// sections splits the resident pages of the executable's mappings by ELF
// section, from /proc/self/pagemap (bit 63: present; bit 61: file page).
// A page that two sections share counts for the first.
func sections() map[string]residency {
	out := map[string]residency{}
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return out
	}
	ef, err := elf.Open(exe)
	if err != nil {
		return out
	}
	defer ef.Close()
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		return out
	}
	defer pm.Close()
	maps, err := os.Open("/proc/self/maps")
	if err != nil {
		return out
	}
	defer maps.Close()
	page := uint64(os.Getpagesize())
	sectionOf := func(addr uint64) string {
		for _, s := range ef.Sections {
			if s.Addr != 0 && addr+page > s.Addr && addr < s.Addr+s.Size {
				return s.Name
			}
		}
		return "(no section)"
	}
	for _, s := range ef.Sections {
		if s.Addr != 0 {
			r := out[s.Name]
			r.SizeKiB = int64(s.Size / 1024)
			out[s.Name] = r
		}
	}
	sc := bufio.NewScanner(maps)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		lohi := strings.SplitN(f[0], "-", 2)
		lo, _ := strconv.ParseUint(lohi[0], 16, 64)
		hi, _ := strconv.ParseUint(lohi[1], 16, 64)
		inExe := len(f) >= 6 && f[5] == exe
		// The executable's zero-filled tail (.bss, .noptrbss) is an
		// anonymous mapping right after it.
		if !inExe && (len(f) != 5 || sectionOf(lo) == "(no section)") {
			continue
		}
		buf := make([]byte, 8*((hi-lo)/page))
		if _, err := pm.ReadAt(buf, int64(lo/page*8)); err != nil {
			continue
		}
		for i := uint64(0); i < (hi-lo)/page; i++ {
			v := binary.LittleEndian.Uint64(buf[i*8:])
			if v&(1<<63) == 0 {
				continue
			}
			name := sectionOf(lo + i*page)
			r := out[name]
			r.ResidentKiB += int64(page / 1024)
			if v&(1<<61) == 0 {
				r.PrivateKiB += int64(page / 1024)
			}
			out[name] = r
		}
	}
	return out
}
