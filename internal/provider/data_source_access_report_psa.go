package provider

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// reportPSA is what one read of autotask_access_report knows of the PSA,
// each part read at most once and only when the report needs it. Where
// the PSA serves the security-administration extension it reads custom
// levels' permissions and API users' integrations there; elsewhere what
// Autotask's documented API shows: every level's name (the userType
// picklist of Resources) and every API user with its level (the resources
// on the API User license).
type reportPSA struct {
	d      *providerData
	c      *autotask.Client
	served bool
	// profiles are api_user_profiles by lower-case user name.
	profiles map[string]string

	levels lazy[[]tenantLevel]
	custom lazy[[]autotask.SecurityLevel]
	users  lazy[[]reportAPIUser]
}

// lazy is a value computed on first use.
type lazy[T any] struct {
	done bool
	v    T
	err  error
}

func (l *lazy[T]) get(f func() (T, error)) (T, error) {
	if !l.done {
		l.v, l.err = f()
		l.done = true
	}
	return l.v, l.err
}

// reportAPIUser is an API user as the report knows it.
type reportAPIUser struct {
	ID       int64
	UserName string
	LevelID  int64
	Active   bool
	// Vendor and InternalName are its tracking identifier (extension
	// only).
	Vendor, InternalName string
	// Profile is the integration profile its level is judged against:
	// api_user_profiles, else its vendor's profile.
	Profile string
}

// integration names the user's integration for the report: the vendor's
// profile name, "internal: <name>", or the profile api_user_profiles gives;
// null when not known.
func (u reportAPIUser) integration() types.String {
	switch {
	case u.Vendor != "":
		if p, ok := catalog.ProfileByName(u.Vendor); ok {
			return types.StringValue(p.Name)
		}
		return types.StringValue(u.Vendor)
	case u.InternalName != "":
		return types.StringValue("internal: " + u.InternalName)
	case u.Profile != "":
		return types.StringValue(u.Profile)
	}
	return types.StringNull()
}

// openReportPSA connects the report to the PSA and reads api_user_profiles;
// nil when it cannot (diags then say why).
func (d *AccessReportDataSource) openReportPSA(ctx context.Context, m *accessReportModel, diags *diag.Diagnostics) *reportPSA {
	c, cd := d.data.Client(ctx)
	diags.Append(cd...)
	if diags.HasError() {
		return nil
	}
	served, ok := d.data.servesExtension(ctx, c, diags)
	if !ok {
		return nil
	}
	p := &reportPSA{d: d.data, c: c, served: served, profiles: map[string]string{}}
	var given map[string]string
	diags.Append(m.APIUserProfiles.ElementsAs(ctx, &given, false)...)
	for name, profile := range given {
		if prof, ok := catalog.ProfileByName(profile); ok {
			p.profiles[strings.ToLower(strings.TrimSpace(name))] = prof.Name
		}
	}
	if len(given) > 0 && !m.IncludeAPIUsers.ValueBool() {
		diags.AddAttributeError(path.Root("api_user_profiles"), "api_user_profiles needs include_api_users",
			"The profiles judge the API users of the report: set include_api_users = true, or leave api_user_profiles out.")
		return nil
	}
	if len(given) > 0 {
		users, err := p.apiUsers(ctx)
		if err != nil {
			diags.AddError("Could not list API users", d.data.apiErrorDetail(err))
			return nil
		}
		known := map[string]bool{}
		for _, u := range users {
			known[strings.ToLower(u.UserName)] = true
		}
		for name := range given {
			if !known[strings.ToLower(strings.TrimSpace(name))] {
				diags.AddAttributeError(path.Root("api_user_profiles").AtMapKey(name), "Not an API user",
					fmt.Sprintf("%q is not the user name of an API user of this database (a resource on the API User license).", name))
			}
		}
	}
	if diags.HasError() {
		return nil
	}
	return p
}

// tenantLevels lists every security level (the userType picklist).
func (p *reportPSA) tenantLevels(ctx context.Context) ([]tenantLevel, error) {
	return p.levels.get(func() ([]tenantLevel, error) { return tenantLevels(ctx, p.c) })
}

// customLevels are the custom levels with their permissions, ordered by
// ID; none without the extension.
func (p *reportPSA) customLevels(ctx context.Context) ([]autotask.SecurityLevel, error) {
	return p.custom.get(func() ([]autotask.SecurityLevel, error) {
		if !p.served {
			return nil, nil
		}
		levels, err := p.c.SecurityLevels().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("isSystem", false)}})
		slices.SortFunc(levels, func(a, b autotask.SecurityLevel) int { return cmp.Compare(a.ID, b.ID) })
		return levels, err
	})
}

// apiUsers lists every API user, read now (an apply reads the report after
// it has created API users).
func (p *reportPSA) apiUsers(ctx context.Context) ([]reportAPIUser, error) {
	return p.users.get(func() ([]reportAPIUser, error) {
		var out []reportAPIUser
		if p.served {
			users, err := p.c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Exist("id")}})
			if err != nil {
				return nil, err
			}
			for _, u := range users {
				out = append(out, reportAPIUser{ID: u.ID, UserName: deref(u.UserName), LevelID: deref(u.SecurityLevelID), Active: deref(u.IsActive),
					Vendor: deref(u.IntegrationVendor), InternalName: deref(u.InternalIntegrationName)})
			}
		} else {
			resources, err := documentedAPIUsers(ctx, p.c)
			if err != nil {
				return nil, err
			}
			for _, r := range resources {
				out = append(out, reportAPIUser{ID: r.ID, UserName: deref(r.UserName), LevelID: deref(r.UserType), Active: deref(r.IsActive)})
			}
		}
		for i := range out {
			u := &out[i]
			if prof, ok := p.profiles[strings.ToLower(u.UserName)]; ok {
				u.Profile = prof
			} else if prof, ok := catalog.ProfileByName(u.Vendor); ok && u.Vendor != "" {
				u.Profile = prof.Name
			}
		}
		return out, nil
	})
}

// level names level id and gives its permissions; known is false when only
// the extension could tell them (a custom level without it).
func (p *reportPSA) level(ctx context.Context, id int64) (name string, settings catalog.Settings, known bool, err error) {
	if s, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
		return s.DisplayName, s.Defaults(), true, nil
	}
	custom, err := p.customLevels(ctx)
	if err != nil {
		return "", nil, false, err
	}
	for _, l := range custom {
		if l.ID == id {
			return deref(l.Name), l.Permissions, true, nil
		}
	}
	levels, err := p.tenantLevels(ctx)
	if err != nil {
		return "", nil, false, err
	}
	for _, l := range levels {
		if l.ID == id {
			return l.Name, nil, false, nil
		}
	}
	return "", nil, false, nil
}

// customLevelRows are the report's rows for every custom level, ordered by
// ID: with their permissions where the extension serves them, else Unknown
// in every cell.
func (p *reportPSA) customLevelRows(ctx context.Context) ([]evaluate.NamedLevel, error) {
	var rows []evaluate.NamedLevel
	if p.served {
		custom, err := p.customLevels(ctx)
		for _, l := range custom {
			rows = append(rows, evaluate.NamedLevel{Name: deref(l.Name), Settings: l.Permissions})
		}
		return rows, err
	}
	levels, err := p.tenantLevels(ctx)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(levels, func(a, b tenantLevel) int { return cmp.Compare(a.ID, b.ID) })
	for _, l := range levels {
		if !l.System {
			rows = append(rows, evaluate.NamedLevel{Name: l.Name, Unknown: true})
		}
	}
	return rows, nil
}
