package catalog

import (
	"fmt"
	"slices"
	"strings"
)

// Requirement is a permission an integration needs, with the least value
// that satisfies it.
type Requirement struct {
	Key Key
	Min Value
}

// ProfileCategory is one row of an integration vendor's permission recipe.
type ProfileCategory struct {
	Name string
	// Endpoints is how many API endpoints of this category the vendor says
	// the integration calls.
	Endpoints int
	// Area is the Autotask permission area the vendor names.
	Area     string
	Requires []Requirement
}

// Profile is an integration's least-privilege recipe: what its API user's
// security level must grant, and nothing more.
type Profile struct {
	// Name is the lookup key ("rewst").
	Name   string
	Vendor string
	// RecommendedLevelName is the name the vendor suggests for the level.
	RecommendedLevelName string
	// Base is the system level to copy: API User Can't Read Costs unless
	// the integration needs cost data.
	Base       LevelID
	Categories []ProfileCategory
	// Webhooks is true when the integration can use webhooks, which need
	// extra set-up on the level.
	Webhooks bool
}

// Required merges the requirements of every category: the least settings
// that satisfy the integration, keyed by permission.
func (p *Profile) Required() Settings {
	out := Settings{}
	for _, c := range p.Categories {
		for _, r := range c.Requires {
			perm, _ := PermissionByKey(r.Key)
			if cur, ok := out[r.Key]; !ok || !perm.Grants(cur, r.Min) {
				out[r.Key] = r.Min
			}
		}
	}
	return out
}

// LeastPrivilege returns the complete settings of a level built exactly to
// the recipe: every permission at its floor except what the profile needs.
func (p *Profile) LeastPrivilege() Settings { return Floor().Apply(p.Required()) }

// Endpoints adds up the endpoint counts of all categories.
func (p *Profile) Endpoints() int {
	n := 0
	for _, c := range p.Categories {
		n += c.Endpoints
	}
	return n
}

func req(minimum Value, keys ...Key) []Requirement {
	out := make([]Requirement, len(keys))
	for i, k := range keys {
		out[i] = Requirement{Key: k, Min: minimum}
	}
	return out
}

// profiles holds the built-in recipes; adding a vendor is one entry.
var profiles = []*Profile{
	{
		Name: "rewst", Vendor: "Rewst", RecommendedLevelName: "Rewst Automation", Base: APIUserNoCosts, Webhooks: true,
		Categories: []ProfileCategory{
			{Name: "Companies & Contacts", Endpoints: 10, Area: "CRM permissions",
				Requires: slices.Concat(req(All, "crm.companies_view", "crm.companies_edit", "crm.contacts_view", "crm.contacts_edit"), req(Yes, "crm.companies_add", "crm.contacts_add"))},
			{Name: "Contracts", Endpoints: 7, Area: "Contract permissions",
				Requires: req(Yes, "contracts.manage_contracts", "contracts.manage_adjustments")},
			{Name: "Documents & Attachments", Endpoints: 10, Area: "Documents & Knowledgebase",
				Requires: req(Yes, "documents.view_documents", "documents.add_documents")},
			{Name: "Projects", Endpoints: 9, Area: "Projects permissions",
				Requires: slices.Concat(req(All, KeyProjectView), req(Yes, KeyProjectAdd))},
			{Name: "Resources", Endpoints: 3, Area: "Admin permissions",
				Requires: req(Yes, KeyManageResources)},
			{Name: "Surveys", Endpoints: 3, Area: "Other",
				Requires: req(Yes, "other.manage_surveys")},
			{Name: "Ticket & Ticket Notes", Endpoints: 16, Area: "Service Desk permissions",
				Requires: slices.Concat(req(All, KeyTicketsView, "service_desk.tickets_edit"), req(Yes, "service_desk.tickets_add"))},
			{Name: "Time Entries", Endpoints: 6, Area: "Timesheet permissions",
				Requires: slices.Concat(req(Yes, "timesheets.time_entries_create"), req(All, "timesheets.time_entries_edit", "timesheets.time_entries_delete"))},
		},
	},
}

var profileByName = map[string]*Profile{}

func init() {
	for _, p := range profiles {
		for _, c := range p.Categories {
			for _, r := range c.Requires {
				perm, ok := PermissionByKey(r.Key)
				if !ok {
					panic(fmt.Sprintf("catalog: profile %s requires unknown permission %s", p.Name, r.Key))
				}
				if _, ok := perm.Rank(r.Min); !ok {
					panic(fmt.Sprintf("catalog: profile %s: %q is not a value of %s", p.Name, r.Min, r.Key))
				}
			}
		}
		profileByName[p.Name] = p
	}
}

// Profiles lists the built-in integration profiles.
func Profiles() []*Profile { return slices.Clone(profiles) }

// ProfileByName finds a profile by name or vendor, ignoring case.
func ProfileByName(name string) (*Profile, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	if p, ok := profileByName[n]; ok {
		return p, true
	}
	for _, p := range profiles {
		if strings.EqualFold(p.Vendor, n) {
			return p, true
		}
	}
	return nil, false
}

// ProfileNames lists the profile names, for validators and docs.
func ProfileNames() []string {
	out := make([]string, len(profiles))
	for i, p := range profiles {
		out[i] = p.Name
	}
	return out
}
