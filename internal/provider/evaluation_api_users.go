package provider

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// apiUserViewCache holds what plans of autotask_api_user need to know about
// the PSA beyond remoteView: every resource's user name (user names are
// unique across the database, API users and people alike; read only when a
// user is created or renamed) and every API user's tracking identifier and
// state. Like remoteView each part is read at most once per provider
// process, that is once per plan or apply.
type apiUserViewCache struct {
	resourcesOnce sync.Once
	resources     []autotask.Resource
	resourcesErr  error
	usersOnce     sync.Once
	users         []autotask.APIUser
	usersErr      error
}

// psaResources reads every resource's user name and license (one query).
func (d *providerData) psaResources(ctx context.Context) ([]autotask.Resource, error) {
	v := &d.apiUserView
	v.resourcesOnce.Do(func() {
		c, err := d.lookupClient(ctx)
		if err != nil {
			v.resourcesErr = err
			return
		}
		v.resources, v.resourcesErr = c.Resources().Query(ctx, autotask.QueryOptions{
			Filter:        []autotask.Filter{autotask.Exist("id")},
			IncludeFields: []string{"id", "userName", "firstName", "lastName", "isActive", "licenseType", "userType"},
		})
	})
	return v.resources, v.resourcesErr
}

// psaAPIUsers reads every API user (one query).
func (d *providerData) psaAPIUsers(ctx context.Context) ([]autotask.APIUser, error) {
	v := &d.apiUserView
	v.usersOnce.Do(func() {
		c, err := d.lookupClient(ctx)
		if err != nil {
			v.usersErr = err
			return
		}
		v.users, v.usersErr = c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Exist("id")}})
	})
	return v.users, v.usersErr
}

// profilesOnLevel names the integration profiles of the active API users the
// PSA has on level id, as this process first read them (none for a level
// the plan creates: Terraform plans a level before the API users that refer
// to it, so on the plan that creates both, the level cannot know them yet).
func (d *providerData) profilesOnLevel(ctx context.Context, id int64) []string {
	if id == 0 || d.username == "" || d.secret == "" || d.integrationCode == "" {
		return nil
	}
	users, err := d.psaAPIUsers(ctx)
	if err != nil {
		return nil // the checks that need the PSA say once that it could not be read
	}
	return profilesOf(users, id)
}

// profilesOf names the integration profiles of the active users on level id.
func profilesOf(users []autotask.APIUser, id int64) []string {
	var out []string
	for _, u := range users {
		if deref(u.SecurityLevelID) != id || !deref(u.IsActive) {
			continue
		}
		if p, ok := catalog.ProfileByName(deref(u.IntegrationVendor)); ok && !slices.Contains(out, p.Name) {
			out = append(out, p.Name)
		}
	}
	return out
}

// protectedAccessOf is the protected-data access an existing integration's
// API user will hold after this plan: what a grant planned so far gives it,
// else what the PSA holds (one read, batched with the plan's other reads).
// Nil for a user the plan creates — it gets the API User license's
// defaults, but the grant that takes them away is usually planned after it,
// so it is judged on the next plan — and for users without a recipe.
func (d *providerData) protectedAccessOf(ctx context.Context, u evaluate.APIUser) *catalog.ProtectedAccess {
	if u.ID == 0 || u.Integration == "" {
		return nil
	}
	if a, ok := d.plan.grants.of(u.ID, u.UserName); ok {
		return &a
	}
	c, err := d.lookupClient(ctx)
	if err != nil {
		return nil
	}
	cur, err := c.ProtectedDataPermissions().Get(ctx, u.ID)
	if err != nil {
		return nil // not served, or not visible: nothing to judge
	}
	a := catalog.ProtectedAccessFromValues([4]bool{deref(cur.CanViewProtectedData), deref(cur.CanEditProtectedData),
		deref(cur.CanViewUnprotectedData), deref(cur.CanEditUnprotectedData)})
	return &a
}

// remoteAPIUsers describes the PSA's API users for the evaluator.
func remoteAPIUsers(users []autotask.APIUser) []evaluate.RemoteAPIUser {
	out := make([]evaluate.RemoteAPIUser, 0, len(users))
	for _, u := range users {
		out = append(out, evaluate.RemoteAPIUser{
			UserName: deref(u.UserName), Vendor: deref(u.IntegrationVendor), InternalName: deref(u.InternalIntegrationName),
			Inactive: !deref(u.IsActive),
		})
	}
	return out
}

var apiLicenseID = func() int {
	l, _ := catalog.LicenseByType(catalog.LicenseAPIUser)
	return l.ID
}()

// evaluateAPIUser runs the evaluator over one planned API user. Its level is
// judged as this plan makes it when the plan manages it (planRegistry),
// else as the PSA holds it; a custom level the PSA view does not list is
// read with one Get. levelUnknown says the plan does not know the user's
// security_level_id yet (a level this plan creates): see
// evaluateAPIUserOnNewLevel.
func (d *providerData) evaluateAPIUser(ctx context.Context, u evaluate.APIUser, levelUnknown bool, changes []evaluate.AccessChange, acks map[string]string, diags *diag.Diagnostics) {
	u.Protected = d.protectedAccessOf(ctx, u)
	in := evaluate.Input{APIUsers: []evaluate.APIUser{u}, Changes: changes}
	planned, managed := d.plan.levels.get(u.Level.ID)
	if managed {
		planned.ID = u.Level.ID // a level this apply created was planned without one
		in.Levels = []evaluate.Level{planned}
	}
	remote, _, err := d.remoteView(ctx)
	custom := u.Level.ID != 0 && !catalog.IsSystemLevelID(u.Level.ID) && !managed
	switch {
	case err != nil || remote == nil:
		// Without the PSA's levels a custom level cannot be told from a
		// missing one; leave it to the apply.
		if custom {
			in.APIUsers[0].Level = evaluate.LevelRef{}
		}
	default:
		r := *remote
		if users, uerr := d.psaAPIUsers(ctx); uerr == nil {
			r.APIUsers = remoteAPIUsers(users)
		}
		if custom && !slices.ContainsFunc(r.Levels, func(l evaluate.RemoteLevel) bool { return l.ID == u.Level.ID }) {
			rl, found, ferr := d.fetchLevel(ctx, u.Level.ID)
			switch {
			case ferr != nil:
				in.APIUsers[0].Level = evaluate.LevelRef{}
				diags.AddAttributeWarning(path.Root("security_level_id"), "Security level not checked",
					fmt.Sprintf("Reading security level %d failed, so the checks that need it were skipped: %s", u.Level.ID, d.apiErrorDetail(ferr)))
			case found:
				r.Levels = append(slices.Clone(r.Levels), rl)
			}
		}
		in.Remote = &r
	}
	if levelUnknown {
		d.evaluateAPIUserOnNewLevel(ctx, in, acks, diags)
		return
	}
	d.evaluateInto(ctx, in, u.Address, apiUserTopLevel, acks, diags)
}

// evaluateAPIUserOnNewLevel judges an API user whose security_level_id is
// not known until apply. Terraform plans a level before the objects that
// refer to it, so when the ID comes from a level this plan creates, that
// level is among the creates recorded so far: with one, the user is judged
// on it; with several, the user is judged on none, and one warning names
// the rules that would fail on some of them (they are decided at apply).
func (d *providerData) evaluateAPIUserOnNewLevel(ctx context.Context, in evaluate.Input, acks map[string]string, diags *diag.Diagnostics) {
	u := in.APIUsers[0]
	creates := d.plan.levels.creates()
	if len(creates) == 1 {
		in.Levels = append(in.Levels, creates[0])
		in.APIUsers[0].Level = evaluate.LevelRef{Address: creates[0].Address}
		d.evaluateInto(ctx, in, u.Address, apiUserTopLevel, acks, diags)
		return
	}
	d.evaluateInto(ctx, in, u.Address, apiUserTopLevel, acks, diags) // the checks that need no level
	key := func(f evaluate.Finding) string { return f.RuleID + " " + strings.Join(f.Path, ".") }
	without := map[string]bool{}
	for _, f := range evaluate.Evaluate(in, d.evalOptions) {
		without[key(f)] = true
	}
	var lines []string
	rules := map[string]bool{}
	for _, l := range creates {
		try := in
		try.Levels = append(slices.Clone(in.Levels), l)
		try.APIUsers = []evaluate.APIUser{u}
		try.APIUsers[0].Level = evaluate.LevelRef{Address: l.Address}
		for _, f := range evaluate.Evaluate(try, d.evalOptions) {
			if _, acked := acks[f.RuleID]; acked || f.Address != u.Address || (f.Severity != evaluate.SeverityWarning && f.Severity != evaluate.SeverityError) || without[key(f)] {
				continue
			}
			rules[f.RuleID] = true
			lines = append(lines, fmt.Sprintf("- on %s: %s: %s", l.Address, f.RuleID, f.Summary))
		}
	}
	if len(lines) == 0 && len(creates) > 0 {
		return // whichever of them it is, nothing fails
	}
	what := "The checks of its security level run"
	if len(rules) > 0 {
		what = joinAnd(sortedKeys(rules)) + " can only be decided"
	}
	diags.AddAttributeWarning(path.Root("security_level_id"), fmt.Sprintf("%s at apply for %s", what, u.Address),
		fmt.Sprintf("Its security_level_id is not known until apply and this plan creates %d security levels it may refer to, so the "+
			"checks of the user's level (license, least privilege, lock-out) are decided at apply, before the user is written.%s",
			len(creates), strings.Join(append([]string{""}, lines...), "\n")))
}

// fetchLevel reads one security level for the evaluator; found is false on
// a 404.
func (d *providerData) fetchLevel(ctx context.Context, id int64) (evaluate.RemoteLevel, bool, error) {
	c, err := d.lookupClient(ctx)
	if err != nil {
		return evaluate.RemoteLevel{}, false, err
	}
	l, err := c.SecurityLevels().Get(ctx, id)
	if autotask.IsNotFound(err) {
		return evaluate.RemoteLevel{}, false, nil
	}
	if err != nil {
		return evaluate.RemoteLevel{}, false, err
	}
	return remoteLevel(*l), true, nil
}

// levelSettings is every permission of security level id: a system level's
// defaults, the level as this plan makes it when the plan manages it, else
// the PSA's copy (from the plan's view of the PSA, else one Get).
func (d *providerData) levelSettings(ctx context.Context, id int64) (catalog.Settings, error) {
	if sys, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
		return sys.Defaults(), nil
	}
	if planned, ok := d.plan.levels.get(id); ok { // as this plan makes it
		if s, _, err := evaluate.Effective(planned); err == nil {
			return s, nil
		}
	}
	if remote, _, err := d.remoteView(ctx); err == nil && remote != nil {
		for _, l := range remote.Levels {
			if l.ID == id && l.Settings != nil {
				return l.Settings, nil
			}
		}
	}
	rl, found, err := d.fetchLevel(ctx, id)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("security level %d does not exist", id)
	}
	return rl.Settings, nil
}

// apiUserLevelChange reviews an API user's move from level from to level
// to: the user gains and loses the difference.
func (d *providerData) apiUserLevelChange(ctx context.Context, address, userName string, from, to int64, diags *diag.Diagnostics) []evaluate.AccessChange {
	before, err := d.levelSettings(ctx, from)
	if err != nil {
		return nil // the level checks report what cannot be read
	}
	after, err := d.levelSettings(ctx, to)
	if err != nil {
		return nil
	}
	changes := d.reviewChange(ctx, address, address, before, after,
		func(context.Context) ([]string, error) { return []string{userName}, nil }, diags)
	for i := range changes {
		changes[i].Path = []string{"security_level_id"}
	}
	return changes
}
