package autotask_test

import (
	"context"
	"fmt"
	"net/http/httptest"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// Example creates a least-privilege security level copied from a system
// level, changes one permission with a partial update and reads it back.
func Example() {
	srv := mockpsa.New(mockpsa.Options{})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	ten, _ := srv.CreateTenant(mockpsa.TenantSpec{Name: "example", Seed: mockpsa.SeedEmpty})
	creds := ten.Credentials(ts.URL)

	c, err := autotask.New(autotask.Config{
		BaseURL:         creds.BaseURL, // discovery finds the zone
		Username:        creds.Username,
		Secret:          creds.Secret,
		IntegrationCode: creds.IntegrationCode,
		Version:         "1.0.0",
	})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	levels := c.SecurityLevels()

	id, err := levels.Create(ctx, &autotask.SecurityLevel{
		Name:                      autotask.String("Backup Integration"),
		CopiedFromSecurityLevelID: autotask.Int64(int64(catalog.APIUserNoCosts)),
		Permissions:               catalog.Settings{catalog.KeyCompaniesView: catalog.All},
	}, autotask.CreateOptions{NaturalKey: autotask.Eq("name", "Backup Integration")})
	if err != nil {
		panic(err)
	}
	// PATCH only what changes.
	err = levels.Update(ctx, &autotask.SecurityLevel{ID: id, Permissions: catalog.Settings{catalog.KeyTicketsView: catalog.None}})
	if err != nil {
		panic(err)
	}
	lvl, err := levels.Get(ctx, id)
	if err != nil {
		panic(err)
	}
	fmt.Println(*lvl.Name, lvl.Permissions[catalog.KeyCompaniesView], lvl.Permissions[catalog.KeyTicketsView])

	_, err = levels.Get(ctx, 999999)
	fmt.Println("missing:", autotask.IsNotFound(err))
	// Output:
	// Backup Integration All None
	// missing: true
}

// ExampleService_All walks every system security level page by page.
func ExampleService_All() {
	srv := mockpsa.New(mockpsa.Options{})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	ten, _ := srv.CreateTenant(mockpsa.TenantSpec{Name: "example-all", Seed: mockpsa.SeedEmpty})
	creds := ten.Credentials(ts.URL)
	c, _ := autotask.New(autotask.Config{BaseURL: creds.BaseURL, Username: creds.Username, Secret: creds.Secret, IntegrationCode: creds.IntegrationCode})

	n := 0
	for lvl, err := range c.SecurityLevels().All(context.Background(), autotask.QueryOptions{
		Filter: []autotask.Filter{autotask.Eq("isSystem", true)},
	}) {
		if err != nil {
			panic(err)
		}
		if lvl.ID == int64(catalog.APIUser) {
			fmt.Println("found", *lvl.Name)
		}
		n++
	}
	fmt.Println(n, "system levels")
	// Output:
	// found API User (system)
	// 15 system levels
}
