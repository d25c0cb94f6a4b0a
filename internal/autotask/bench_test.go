package autotask

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// benchWorkers is how many goroutines drive the client: Autotask's thread
// threshold per endpoint.
const benchWorkers = 3

// runWorkers spreads b.N operations over benchWorkers goroutines and
// reports requests per second.
func runWorkers(b *testing.B, env *mockEnv, reqsPerOp int, op func(i int) error) time.Duration {
	b.Helper()
	var next atomic.Int64
	var failed atomic.Value
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < benchWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				if err := op(int(i)); err != nil {
					failed.Store(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if err, ok := failed.Load().(error); ok {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N*reqsPerOp)/elapsed.Seconds(), "req/s")
	cnt := env.ten.Counters()
	b.ReportMetric(float64(cnt.TooManyRequests), "429s")
	return elapsed
}

func benchEnv(b *testing.B) *mockEnv {
	b.Helper()
	env := newMockEnv(b, mockpsa.SeedEmpty, mockpsa.Options{RequestBudget: 1 << 30}, func(c *Config) {
		c.RequestBudget = 1 << 30
		c.Logger = NopLogger{}
	})
	if _, err := env.c.ZoneURL(context.Background()); err != nil {
		b.Fatal(err)
	}
	return env
}

// BenchmarkClientMockLoopback measures requests per second through the
// client and the mock PSA on loopback with three concurrent goroutines.
func BenchmarkClientMockLoopback(b *testing.B) {
	ctx := context.Background()
	b.Run("get", func(b *testing.B) {
		env := benchEnv(b)
		levels := env.c.SecurityLevels()
		runWorkers(b, env, 1, func(i int) error {
			// distinct ids per worker step so read coalescing stays out of the way
			ids := catalog.SystemLevelIDs()
			_, err := levels.Get(ctx, int64(ids[i%len(ids)]))
			return err
		})
	})
	b.Run("count", func(b *testing.B) {
		env := benchEnv(b)
		levels := env.c.SecurityLevels()
		runWorkers(b, env, 1, func(i int) error {
			ids := catalog.SystemLevelIDs()
			_, err := levels.Count(ctx, Eq("id", int64(ids[i%len(ids)])))
			return err
		})
	})
	b.Run("patch", func(b *testing.B) {
		env := benchEnv(b)
		levels := env.c.SecurityLevels()
		ids := make([]int64, benchWorkers*4)
		for k := range ids {
			id, err := levels.Create(ctx, &SecurityLevel{Name: String(fmt.Sprintf("Bench %d", k)), CopiedFromSecurityLevelID: Int64(int64(catalog.APIUser))}, CreateOptions{})
			if err != nil {
				b.Fatal(err)
			}
			ids[k] = id
		}
		runWorkers(b, env, 1, func(i int) error {
			return levels.Update(ctx, &SecurityLevel{ID: ids[i%len(ids)], Description: String(fmt.Sprint(i))})
		})
	})
	b.Run("query-page-500", func(b *testing.B) {
		env := benchEnv(b)
		for i := 0; i < 500; i++ {
			if _, err := env.ten.Create(EntityCompanies, map[string]any{"companyName": fmt.Sprintf("Company %03d", i), "companyType": 1}); err != nil {
				b.Fatal(err)
			}
		}
		companies := env.c.Companies()
		elapsed := runWorkers(b, env, 1, func(int) error {
			items, err := Query(ctx, companies, BeginsWith("companyName", "Company "))
			if err == nil && len(items) != 500 {
				err = fmt.Errorf("%d items", len(items))
			}
			return err
		})
		b.ReportMetric(float64(b.N*500)/elapsed.Seconds(), "items/s")
	})
}

// BenchmarkDecodeSecurityLevel measures the client-side cost of decoding
// one security level answer (every catalogue permission).
func BenchmarkDecodeSecurityLevel(b *testing.B) {
	sl, _ := catalog.SystemLevelByID(catalog.SystemAdministrator)
	data, err := json.Marshal(SecurityLevel{ID: 1, Name: String(sl.Name), IsActive: Bool(true), Permissions: sl.Defaults()})
	if err != nil {
		b.Fatal(err)
	}
	body := append(append([]byte(`{"item":`), data...), '}')
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeItem[SecurityLevel](body); err != nil {
			b.Fatal(err)
		}
	}
}
