// Command provider-pprof is the provider plugin with a CPU profile: the
// benchmark harness runs it (through providerwrap) for its profiling run.
// Each plugin process writes BENCH_PPROF_DIR/cpu-<pid>.pprof, and the heap
// still live at the end as heap-<pid>.pprof, when terraform shuts it down.
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"

	"github.com/autotask-iac/terraform-provider-autotask/internal/provider"
)

func main() {
	provider.QuietSDKLogsUnlessTerraformKeepsThem() // as the real plugin does
	dir := os.Getenv("BENCH_PPROF_DIR")
	if dir != "" {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("cpu-%d.pprof", os.Getpid())))
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			_ = f.Close()
			// What is still live when terraform shuts the plugin down.
			if h, err := os.Create(filepath.Join(dir, fmt.Sprintf("heap-%d.pprof", os.Getpid()))); err == nil {
				runtime.GC()
				_ = pprof.WriteHeapProfile(h)
				_ = h.Close()
			}
		}()
	}
	err := provider.Serve("bench", false)
	if err != nil {
		log.Print(err.Error())
	}
}
