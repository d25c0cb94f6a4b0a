package autotask

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// One finds the only object of a key, and says how many matched when
// there is not exactly one, with a typed error callers can tell from a
// failed query.
func TestServiceOne(t *testing.T) {
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
	ctx := context.Background()
	levels := env.c.SecurityLevels()
	if _, err := levels.Create(ctx, &SecurityLevel{Name: String("Single"), IsActive: Bool(true),
		CopiedFromSecurityLevelID: Int64(int64(catalog.ProjectManager))}, CreateOptions{}); err != nil {
		t.Fatalf("create: %v", err)
	}
	all, err := levels.Query(ctx, QueryOptions{Filter: []Filter{Eq("isSystem", true)}})
	if err != nil || len(all) < 2 {
		t.Fatalf("system levels: %d, %v", len(all), err)
	}
	got, err := levels.One(ctx, Eq("name", "single"))
	if err != nil || got.Name == nil || *got.Name != "Single" {
		t.Fatalf("One(Single) = %+v, %v", got, err)
	}
	for name, want := range map[string]int{"Nobody": 0, "true": len(all)} {
		key := Eq("name", name)
		if name == "true" {
			key = Eq("isSystem", true)
		}
		_, err := levels.One(ctx, key)
		nu, ok := AsNotUnique(err)
		if !ok {
			t.Fatalf("One(%s): %v, want a NotUniqueError", name, err)
		}
		if nu.Found != want || nu.Entity != "SecurityLevels" {
			t.Errorf("One(%s): %+v, want %d found", name, nu, want)
		}
		if IsNotFound(err) {
			t.Errorf("One(%s): a NotUniqueError must not read as a 404 (gone): %v", name, err)
		}
		if !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "exactly one") {
			t.Errorf("One(%s): message %q names neither the key nor the rule", name, err)
		}
	}
	// A failed query is that failure, not "none found".
	if err := env.ten.InjectFault(mockpsa.Fault{Kind: mockpsa.FaultStatus, Status: 500, Count: 10, Op: mockpsa.OpQuery, Entity: "SecurityLevels"}); err != nil {
		t.Fatal(err)
	}
	_, err = levels.One(ctx, Eq("name", "Single"))
	if _, ok := AsNotUnique(err); ok || err == nil || !errors.Is(err, ErrServerError) {
		t.Errorf("One with a failing query: %v, want the server error", err)
	}
}
