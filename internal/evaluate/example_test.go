package evaluate_test

import (
	"fmt"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// A level built to the Rewst recipe, plus one permission Rewst does not
// need, for an API user that names the integration.
func ExampleEvaluate() {
	rewst, _ := catalog.ProfileByName("rewst")
	level := evaluate.Level{
		Address:    "autotask_security_level.rewst",
		CopyFromID: catalog.APIUserNoCosts,
		Overrides:  rewst.LeastPrivilege().Apply(catalog.Settings{catalog.KeyTemplateView: catalog.All}),
	}
	user := evaluate.APIUser{
		Address:     "autotask_api_user.rewst",
		UserName:    "svc-rewst",
		Level:       evaluate.LevelRef{Address: level.Address},
		Integration: "rewst",
	}
	findings := evaluate.Evaluate(evaluate.Input{Levels: []evaluate.Level{level}, APIUsers: []evaluate.APIUser{user}},
		evaluate.Options{SeverityOverrides: map[string]evaluate.Severity{evaluate.RuleHiddenAdministrator: evaluate.SeverityOff}})
	for _, f := range findings {
		fmt.Println(f.RuleID, f.Severity, f.Path)
		fmt.Println(f.FixHCL)
	}
	// Output:
	// AT202 warning [projects template_view]
	// projects = {
	//   template_view = "None"
	// }
}

func ExampleCan() {
	sales, _, _ := evaluate.Effective(evaluate.Level{CopyFrom: "Sales"})
	d := evaluate.Can(sales, evaluate.ActionView, evaluate.Object{Kind: evaluate.ObjectProject, Associations: evaluate.AssocAccountManager})
	fmt.Println(d.Allowed, d.Via)
	d = evaluate.Can(sales, evaluate.ActionView, evaluate.Object{Kind: evaluate.ObjectProject})
	fmt.Println(d.Allowed, d.Reason)
	// Output:
	// true account manager or opportunity owner
	// false "Client & Internal and Proposals: View" (projects.project_view) is "Mine" and the user has none of the associations that count: team member, department lead, account manager or opportunity owner, workgroup lead.
}

func ExampleMatrix_Markdown() {
	var levels []evaluate.NamedLevel
	for _, name := range []string{"Sales", "Team Member"} {
		s, _, _ := evaluate.Effective(evaluate.Level{System: true, Name: name})
		levels = append(levels, evaluate.NamedLevel{Name: name, Settings: s})
	}
	m := evaluate.AccessMatrix(levels, []evaluate.Column{
		{Object: evaluate.ObjectProject, Action: evaluate.ActionView},
		{Object: evaluate.ObjectProject, Action: evaluate.ActionAdd},
		{Object: evaluate.ObjectTaskNote, Action: evaluate.ActionEdit},
	})
	fmt.Print(m.Markdown())
	// Output:
	// | Security level | Project: View | Project: Add | Task note: Edit |
	// |---|---|---|---|
	// | Sales | Mine | Yes | All |
	// | Team Member | None | No | Mine |
}
