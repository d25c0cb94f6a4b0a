package provider

import (
	"os"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/autotask-iac/terraform-provider-autotask/internal/mockpsa"
)

// The documentation examples of the Client Portal objects apply on the
// demo tenant and re-plan empty.
func TestAccExamplesClientPortal(t *testing.T) {
	t.Parallel()
	for _, file := range []string{
		"../../examples/resources/autotask_client_portal_security_level/resource.tf",
		"../../examples/resources/autotask_client_portal_user/resource.tf",
		"../../examples/data-sources/autotask_client_portal_security_level/data-source.tf",
		"../../examples/data-sources/autotask_client_portal_security_levels/data-source.tf",
		"../../examples/data-sources/autotask_contact/data-source.tf",
	} {
		t.Run(file[len("../../examples/"):], func(t *testing.T) {
			psa := newParallelPSA(t, mockpsa.SeedDemo)
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: psa.factories(),
				Steps: []resource.TestStep{
					{ConfigVariables: portalPassword("Example-Pass1"), Config: string(raw)},
					{ConfigVariables: portalPassword("Example-Pass1"), Config: string(raw), ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}}},
				},
			})
		})
	}
}
