package provider

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// remoteCache holds what the evaluator needs to know about the PSA as it
// stands (the API-license levels, API users, Terraform's own API user and
// its level). It is read once per provider process, that is once per plan
// or apply.
type remoteCache struct {
	once   sync.Once
	remote *evaluate.Remote
	self   *evaluate.Self
	err    error
	// reported makes the plan say once why checks did not run.
	reported sync.Once
}

// psaUnavailableError says why the PSA could not be read at all (no
// credentials, or credentials not known until apply).
type psaUnavailableError struct{ reason string }

func (e *psaUnavailableError) Error() string { return e.reason }

// remoteView reads, once, what the rules need to know about the PSA. When it
// cannot, the error says why; evaluateInto turns that into one warning that
// names the checks that did not run.
//
// The cost does not grow with the tenant: one query for the custom levels on
// the API User license (at most 48 of them; the only levels an API user can
// be on), one for the API users (shared with psaAPIUsers), and one Get for the
// level Terraform's own API user is on when it is not among those — plus,
// when no extension entity has answered yet in this process, the one probe
// that tells whether the PSA serves the extension at all.
func (d *providerData) remoteView(ctx context.Context) (*evaluate.Remote, *evaluate.Self, error) {
	d.remote.once.Do(func() {
		d.remote.remote, d.remote.self, d.remote.err = d.readRemote(ctx)
	})
	return d.remote.remote, d.remote.self, d.remote.err
}

func (d *providerData) readRemote(ctx context.Context) (*evaluate.Remote, *evaluate.Self, error) {
	if len(d.unknown) > 0 {
		return nil, nil, &psaUnavailableError{reason: unknownSettingsReason(d.unknown)}
	}
	if missing := d.missingCredentials(); len(missing) > 0 {
		return nil, nil, &psaUnavailableError{reason: "the provider has no credentials: " + joinAnd(missing) + " " +
			map[bool]string{true: "is", false: "are"}[len(missing) == 1] + " not set"}
	}
	c, diags := d.Client(ctx)
	if diags.HasError() {
		return nil, nil, &psaUnavailableError{reason: diagDetails(diags)}
	}
	d.putBackUsageWarnings(diags.Warnings()) // evaluateInto shows them
	// Decided once per process; on a PSA without the extension nothing
	// below is asked (evaluateInto reports it to the objects that need it).
	served, err := c.ExtensionServed(ctx)
	if err != nil {
		return nil, nil, err
	}
	if !served {
		return nil, nil, extensionNotServed()
	}
	apiLicense, _ := catalog.LicenseByType(catalog.LicenseAPIUser)
	levels, err := c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{
		autotask.Eq("isSystem", false),
		autotask.Eq("licenseType", apiLicense.ID),
	}})
	if err != nil {
		return nil, nil, err
	}
	// The read the API-user and level checks use too (whole records, once
	// per process), so a plan reads the API users once.
	users, err := d.psaAPIUsers(ctx)
	if err != nil {
		return nil, nil, err
	}
	r := &evaluate.Remote{APILicenseLevelsOnly: true}
	known := map[int64]bool{}
	for _, l := range levels {
		r.Levels = append(r.Levels, remoteLevel(l))
		known[l.ID] = true
	}
	var self *evaluate.Self
	for _, u := range users {
		r.APIUsers = append(r.APIUsers, evaluate.RemoteAPIUser{UserName: deref(u.UserName)})
		if strings.EqualFold(deref(u.UserName), d.username) && u.SecurityLevelID != nil {
			self = &evaluate.Self{UserName: d.username, Level: evaluate.LevelRef{ID: *u.SecurityLevelID}}
		}
	}
	if self != nil && !catalog.IsSystemLevelID(self.Level.ID) && !known[self.Level.ID] {
		// Terraform's own level is on another license (it should not be):
		// read it too, for the lock-out checks.
		l, err := c.SecurityLevels().Get(ctx, self.Level.ID)
		switch {
		case autotask.IsNotFound(err):
		case err != nil:
			return nil, nil, err
		default:
			r.Levels = append(r.Levels, remoteLevel(*l))
		}
	}
	return r, self, nil
}

func remoteLevel(l autotask.SecurityLevel) evaluate.RemoteLevel {
	rl := evaluate.RemoteLevel{ID: l.ID, Name: deref(l.Name), Settings: l.Permissions}
	if l.LicenseType != nil {
		if lic, ok := catalog.LicenseByID(*l.LicenseType); ok {
			rl.License = lic.Type
		}
	}
	return rl
}

// reportPSAUnavailable says, once per plan, that the checks needing the PSA
// did not run and why. A rejected credential is an error: nothing else
// would work either.
func (d *providerData) reportPSAUnavailable(err error, diags *diag.Diagnostics) {
	d.remote.reported.Do(func() {
		if autotask.IsUnauthorized(err) {
			diags.AddError("Autotask rejected the provider's credentials", d.apiErrorDetail(err))
			return
		}
		reason := err.Error()
		var pu *psaUnavailableError
		if !errors.As(err, &pu) {
			reason = "reading it failed. " + d.apiErrorDetail(err)
		}
		checks := evaluate.PSARulesText(d.evalOptions)
		if checks == "" {
			return // every such check is switched off
		}
		diags.AddWarning("Plan-time checks that need the PSA did not run",
			fmt.Sprintf("The provider could not read the PSA as it stands: %s.\n\n"+
				"These checks compare the plan with what already exists and were skipped for the whole plan:\n%s\n\n"+
				"The checks that need only the configuration ran. Nothing here blocks the plan; run it again once the PSA can be read.",
				strings.TrimSuffix(reason, "."), checks))
	})
}

// unknownSettingsReason explains connection settings not known at plan.
func unknownSettingsReason(attrs []string) string {
	names := make([]string, len(attrs))
	for i, a := range attrs {
		names[i] = "`" + a + "`"
	}
	verb := "is"
	if len(attrs) > 1 {
		verb = "are"
	}
	return fmt.Sprintf("the provider's %s %s not known until apply (computed from another object); "+
		"a value the configuration sets is never replaced by the environment", joinAnd(names), verb)
}

// diagDetails joins the details of the error diagnostics.
func diagDetails(diags diag.Diagnostics) string {
	var parts []string
	for _, e := range diags.Errors() {
		parts = append(parts, strings.TrimSuffix(e.Summary()+": "+e.Detail(), "."))
	}
	return strings.Join(parts, "; ")
}

// isSelf reports whether userName is the API user Terraform runs as.
func (d *providerData) isSelf(userName string) bool {
	return d.username != "" && strings.EqualFold(strings.TrimSpace(userName), d.username)
}
