package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// What Autotask's documented API tells about security levels and API users,
// for the data sources that work on a database without the
// security-administration extension.
//
// The userType field of Resources is the resource's security level, and its
// picklist (entityInformation/fields) lists every level of the database,
// system and custom, with its ID, name, system flag and active flag. A
// system level cannot be edited, so its permissions are the catalogue's; a
// custom level's permissions, licence, description and base level are known
// only to the web UI and the extension. API users are the resources on the
// API User licence.

// tenantLevel is a security level as the userType picklist shows it.
type tenantLevel struct {
	ID     int64
	Name   string
	System bool
	Active bool
}

// unknownCustomLevel is the description of a custom level read without the
// extension.
const unknownCustomLevel = "A custom security level. Autotask's documented API gives only its ID, name and whether it is active: " +
	"its permissions, licence, description and base level are shown by the Autotask web UI, and read by this provider only " +
	"through the security-administration extension, which this database does not serve."

// tenantLevels lists every security level of the database from the
// userType picklist of Resources: one request per provider process (the
// client keeps field lists).
func tenantLevels(ctx context.Context, c *autotask.Client) ([]tenantLevel, error) {
	fields, err := c.EntityFields(ctx, autotask.EntityResources)
	if err != nil {
		return nil, err
	}
	f, ok := autotask.Field(fields, "userType")
	if !ok || !f.IsPickList {
		return nil, fmt.Errorf("the PSA's Resources entity has no userType picklist (the security levels)")
	}
	out := make([]tenantLevel, 0, len(f.PicklistValues))
	for _, v := range f.PicklistValues {
		id, err := v.ID()
		if err != nil {
			return nil, fmt.Errorf("Resources.userType: %w", err)
		}
		out = append(out, tenantLevel{ID: int64(id), Name: v.Label, System: v.IsSystem, Active: v.IsActive})
	}
	return out, nil
}

// tenantLevelByName finds the level named name (any letter case; a system
// level also by any name the catalogue accepts). n is how many levels
// carry that name.
func tenantLevelByName(levels []tenantLevel, name string) (found tenantLevel, n int) {
	if sys, ok := catalog.SystemLevelByName(name); ok {
		for _, l := range levels {
			if l.ID == int64(sys.ID) {
				return l, 1
			}
		}
	}
	for _, l := range levels {
		if strings.EqualFold(strings.TrimSpace(l.Name), strings.TrimSpace(name)) {
			found, n = l, n+1
		}
	}
	return found, n
}

// systemLevelOf is the catalogue's entry for a level the PSA marks as
// system, when the catalogue knows it.
func (l tenantLevel) systemLevelOf() (*catalog.SystemLevel, bool) {
	if !l.System {
		return nil, false
	}
	return catalog.SystemLevelByID(catalog.LevelID(l.ID))
}

// summarizeTenantLevel describes a level read without the extension: a
// system level completely, from the catalogue; a custom level by ID, name
// and state, its permissions null.
func summarizeTenantLevel(l tenantLevel) (levelSummary, diag.Diagnostics) {
	s := levelSummary{
		ID: types.Int64Value(l.ID), Name: types.StringValue(l.Name), Description: types.StringValue(unknownCustomLevel),
		Active: types.BoolValue(l.Active), System: types.BoolValue(l.System),
		CopyFromID: types.Int64Null(), LicenseType: types.StringNull(),
		Permissions: types.ObjectNull(groupsObjectType(levelGroups).AttrTypes),
	}
	sys, ok := l.systemLevelOf()
	if !ok {
		if l.System {
			s.Description = types.StringValue("A system security level this provider's catalogue does not know: its permissions are not reported.")
		}
		return s, nil
	}
	s.Description = types.StringValue(sys.Purpose)
	s.CopyFromID = types.Int64Value(l.ID)
	s.LicenseType = types.StringValue(string(sys.License))
	var diags diag.Diagnostics
	s.Permissions, diags = settingsObject(levelGroups, sys.Defaults())
	return s, diags
}

// levelNamer names security levels: system ones from the catalogue, custom
// ones from the userType picklist (read at most once, and only when a
// custom level is named).
type levelNamer struct {
	c      *autotask.Client
	custom map[int64]string
}

func (n *levelNamer) name(ctx context.Context, id int64) (string, error) {
	if s, ok := catalog.SystemLevelByID(catalog.LevelID(id)); ok {
		return s.DisplayName, nil
	}
	if n.custom == nil {
		levels, err := tenantLevels(ctx, n.c)
		if err != nil {
			return "", err
		}
		n.custom = make(map[int64]string, len(levels))
		for _, l := range levels {
			n.custom[l.ID] = l.Name
		}
	}
	return n.custom[id], nil
}

// levelsWithoutExtension says, in the security level data sources'
// descriptions, what they give on a database without the extension.
const levelsWithoutExtension = "On a database without the security-administration extension the levels come from the `userType` picklist of " +
	"`Resources`, which lists every level: a system level is described in full from the built-in catalogue (system levels cannot be " +
	"edited); a custom level has its ID, name and state, and null `permissions`, `license_type` and `copy_from_id` — only the Autotask " +
	"web UI, or the extension, shows those — with a `description` that says so."

// apiUsersWithoutExtension says, in the API user data sources'
// descriptions, what they give on a database without the extension.
const apiUsersWithoutExtension = "On a database without the security-administration extension the API users are read from `Resources` " +
	"(the resources on the API User license) with their level from `userType`; which integration a user belongs to is known only to the " +
	"extension, so `integration` and `tracking_identifier` are null."

// reportWithoutExtension says, in the access report's description, what it
// gives on a database without the extension.
const reportWithoutExtension = "On a database without the security-administration extension the report reads what Autotask's documented " +
	"API shows: custom levels by name with every cell `" + evaluate.CellUnknown + "`, who is on which level and every API user from " +
	"`Resources`, portal logins from `ClientPortalUsers`; integrations come from `api_user_profiles` only, and protected-data access " +
	"and custom portal levels' names are not reported."
