package autotask

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// Database reports the tenant's CI, with or without a prior discovery, and
// also when the configuration names the zone directly.
func TestDatabaseIdentifiesTheTenant(t *testing.T) {
	ctx := context.Background()
	a := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
	db, err := a.c.Database(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if db.CI != a.ten.CI() || db.CI == 0 || db.ZoneName == "" {
		t.Errorf("database %+v, want CI %d", db, a.ten.CI())
	}
	zone, err := a.c.ZoneURL(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cfg := a.cfg
	cfg.BaseURL = zone // skips discovery
	direct, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if db2, err := direct.Database(ctx); err != nil || db2.CI != a.ten.CI() {
		t.Errorf("zone-URL client: %+v %v, want CI %d", db2, err, a.ten.CI())
	}
	// with the server gone, a second call still answers from the cache
	a.ts.Close()
	if again, err := a.c.Database(ctx); err != nil || again != db {
		t.Errorf("second call %+v %v", again, err)
	}
}

func TestUDFListItemsAndPasswordPolicy(t *testing.T) {
	ctx := context.Background()
	env := newMockEnv(t, mockpsa.SeedEmpty, mockpsa.Options{}, nil)
	c := env.c
	def, err := c.UDFDefinitions().Create(ctx, &UDFDefinition{Name: String("Backup Plan"), UDFType: Int(1), DataType: Int(4)},
		CreateOptions{NaturalKey: And(Eq("name", "Backup Plan"), Eq("udfType", 1))})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"Gold", "Silver"} {
		if _, err := c.UDFListItemsOf(def).Create(ctx, &UDFListItem{ValueForDisplay: String(v)},
			CreateOptions{NaturalKey: And(Eq("udfFieldId", def), Eq("valueForDisplay", v))}); err != nil {
			t.Fatal(err)
		}
	}
	items, err := c.UDFListItems().Query(ctx, QueryOptions{Filter: []Filter{Eq("udfFieldId", def)}})
	if err != nil || len(items) != 2 || *items[0].ValueForExport != "Gold" || *items[0].UDFFieldID != def {
		t.Fatalf("items %+v %v", items, err)
	}
	// writes go under the field; the root answers them with 405
	if err := c.UDFListItems().Update(ctx, &UDFListItem{ID: items[0].ID, IsActive: Bool(false)}); !IsMethodNotAllowed(err) {
		t.Errorf("update at the root: %v", err)
	}
	if err := c.UDFListItemsOf(def).Update(ctx, &UDFListItem{ID: items[0].ID, IsActive: Bool(false)}); err != nil {
		t.Fatal(err)
	}
	if got, err := c.UDFListItems().Get(ctx, items[0].ID); err != nil || *got.IsActive {
		t.Errorf("retired item %+v %v", got, err)
	}

	if err := c.SecuritySettings().Update(ctx, &SecuritySettings{ID: SecuritySettingsID, PasswordMinimumLength: Int(16),
		PasswordRequireSymbol: Bool(true), PasswordHistoryCount: Int(10), LockoutReleaseMode: Int(2)}); err != nil {
		t.Fatal(err)
	}
	ss, err := c.GetSecuritySettings(ctx)
	if err != nil || *ss.PasswordMinimumLength != 16 || !*ss.PasswordRequireSymbol || *ss.PasswordHistoryCount != 10 || *ss.LockoutReleaseMode != 2 {
		t.Errorf("settings %+v %v", ss, err)
	}
	err = c.SecuritySettings().Update(ctx, &SecuritySettings{ID: SecuritySettingsID, PasswordMinimumLength: Int(4)})
	var apiErr *APIError
	if !IsValidation(err) || !errors.As(err, &apiErr) || !slices.Contains(apiErr.Messages, "Field 'passwordMinimumLength' must be 8 to 64 characters, got 4") {
		t.Errorf("a 4-character minimum: %v", err)
	}
}
