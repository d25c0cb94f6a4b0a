// Command schemashape measures candidate schema shapes for the permission
// overrides of a security level (issue 20): which shape turns a misspelled
// permission into an error, what the user then sees, whether
// profile_permissions() still assigns in one line, how the plan and the
// docs read, what it costs at plan time, and whether today's state upgrades
// without a diff.
//
// It is its own provider: terraform runs this binary as the plugin (through
// dev_overrides) with $SCHEMASHAPE naming the shape. Run from the
// repository root:
//
//	go run ./bench/schemashape                 # everything, ~15 min on 2 cores
//	go run ./bench/schemashape -sizes 0        # everything but the timings
//
// It rewrites the generated section of bench/schemashape/README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func main() {
	if isPlugin() {
		if err := servePlugin(); err != nil {
			log.Fatal(err)
		}
		return
	}
	var (
		only   = flag.String("shapes", "", "comma-separated shapes to run (default all)")
		sizes  = flag.String("sizes", "200,500", "resource counts for the timings; 0 skips them")
		repeat = flag.Int("repeat", 3, "runs per timing (the median is reported)")
		readme = flag.String("readme", "bench/schemashape/README.md", "README whose generated section is rewritten")
		keep   = flag.Bool("keep", false, "keep the scratch directory")
	)
	flag.Parse()
	o := options{repeat: *repeat}
	for _, s := range shapes {
		if *only == "" || strings.Contains(","+*only+",", ","+s.ID+",") {
			o.shapes = append(o.shapes, s)
		}
	}
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			log.Fatalf("-sizes: %v", err)
		}
		if n > 0 {
			o.sizes = append(o.sizes, n)
		}
	}
	ctx := context.Background()
	root, err := moduleRoot(ctx)
	if err != nil {
		log.Fatal(err)
	}
	work, err := os.MkdirTemp("", "schemashape-")
	if err != nil {
		log.Fatal(err)
	}
	if *keep {
		log.Printf("scratch directory: %s", work)
	} else {
		defer os.RemoveAll(work)
	}
	res, err := measure(ctx, work, root, o)
	if err != nil {
		log.Print(err)
		if !*keep {
			os.RemoveAll(work)
		}
		os.Exit(1)
	}
	path := *readme
	if !filepath.IsAbs(path) {
		path = filepath.Join(root, path)
	}
	if err := writeReport(path, res); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s in %s", path, res.Total.Round(time.Second))
}

type options struct {
	shapes []shape
	sizes  []int
	repeat int
}

func moduleRoot(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run from inside the repository (go env GOMOD is empty)")
	}
	return filepath.Dir(gomod), nil
}

// results is everything one run measured.
type results struct {
	Date, Machine, Terraform, Go string
	LoadBefore, LoadAfter        string
	Repeat                       int
	Shapes                       []shape
	Bad                          map[string]map[string]badResult // case → shape
	Function                     map[string]functionResult
	Nulls                        map[string]roundTrip
	Read                         map[string]readability
	Timing                       map[string][]timing
	Docs                         map[string]docsResult
	Upgrade                      map[string]upgrade
	Total                        time.Duration
}

func measure(ctx context.Context, work, root string, o options) (*results, error) {
	start := time.Now()
	t, err := newTF(work)
	if err != nil {
		return nil, err
	}
	res := &results{
		Date: start.UTC().Format("2006-01-02 15:04 MST"), Machine: machine(ctx), Terraform: command(ctx, "terraform", "version"),
		Go: command(ctx, "go", "version"), LoadBefore: loadavg(), Repeat: o.repeat, Shapes: o.shapes,
		Bad: map[string]map[string]badResult{}, Function: map[string]functionResult{}, Nulls: map[string]roundTrip{}, Read: map[string]readability{},
		Timing: map[string][]timing{}, Docs: map[string]docsResult{}, Upgrade: map[string]upgrade{},
	}
	for _, s := range o.shapes {
		log.Printf("shape %s: %s", s.ID, s.Title)
		for _, c := range badCases {
			r, err := t.badCase(ctx, s, c)
			if err != nil {
				return nil, err
			}
			if res.Bad[c.Key] == nil {
				res.Bad[c.Key] = map[string]badResult{}
			}
			res.Bad[c.Key][s.ID] = r
		}
		if res.Function[s.ID], err = t.function(ctx, s); err != nil {
			return nil, err
		}
		if res.Nulls[s.ID], err = t.roundTrip(ctx, s, nullEntry); err != nil {
			return nil, err
		}
		if res.Read[s.ID], err = t.readability(ctx, s); err != nil {
			return nil, err
		}
		if res.Docs[s.ID], err = t.docs(ctx, s, root); err != nil {
			return nil, err
		}
		if s.version() > 0 {
			if res.Upgrade[s.ID], err = t.upgrade(ctx, s); err != nil {
				return nil, err
			}
		}
	}
	// Timings last, size by size.
	for _, n := range o.sizes {
		log.Printf("timings at %d levels", n)
		tms, err := t.timings(ctx, o.shapes, n, o.repeat)
		if err != nil {
			return nil, err
		}
		for _, s := range o.shapes {
			res.Timing[s.ID] = append(res.Timing[s.ID], tms[s.ID])
		}
	}
	res.LoadAfter = loadavg()
	res.Total = time.Since(start)
	return res, nil
}

func command(ctx context.Context, name string, args ...string) string {
	out, err := exec.CommandContext(ctx, name, args...).Output()
	if err != nil {
		return "?"
	}
	first, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	return first
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func machine(ctx context.Context) string {
	model := "?"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d CPUs visible, %s", model, runtime.NumCPU(), command(ctx, "uname", "-sr"))
}
