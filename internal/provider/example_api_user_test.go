package provider

import (
	"os"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The documented autotask_api_user example applies as written (its secret
// from an ephemeral variable) and re-plans empty.
func TestAccExampleAPIUserResource(t *testing.T) {
	psa := newParallelPSA(t, mockpsa.SeedEmpty)
	raw, err := os.ReadFile("../../examples/resources/autotask_api_user/resource.tf")
	if err != nil {
		t.Fatal(err)
	}
	vars := config.Variables{"rewst_secret": config.StringVariable("Example-Secret-123")}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: psa.factories(),
		Steps: []resource.TestStep{
			{
				Config: string(raw), ConfigVariables: vars,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("autotask_api_user.rewst", tfjsonpath.New("integration").AtMapKey("vendor"), knownvalue.StringExact("rewst")),
					statecheck.ExpectKnownOutputValue("backup_reports_tracking_identifier", knownvalue.StringRegexp(trackingIdentifierPattern)),
				},
			},
			{
				Config: string(raw), ConfigVariables: vars,
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
	if users := apiUsersNamed(t, psa.Tenant, "rewst@msp.example.com"); len(users) != 1 || users[0]["isActive"] != false {
		t.Errorf("after destroy: %v", users)
	}
}
