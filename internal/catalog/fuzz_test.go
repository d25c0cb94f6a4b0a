package catalog

import (
	"strings"
	"testing"
)

// FuzzLookups feeds arbitrary names to every lookup of the catalogue: none
// panics; whatever is found is found again by its own canonical name and in
// any letter case; a permission's Parse yields only allowed values, in
// canonical spelling.
func FuzzLookups(f *testing.F) {
	for _, s := range []string{
		"", " ", "sales", "Sales (system)", "SALES  (SYSTEM)", "API User (system) (API-only)", "Full Access User",
		"Time & Attendance", "dashboard user", "projects.project_view", "crm.companies_view", "admin.manage_security_levels",
		"projectsProjectView", "PROJECTSPROJECTVIEW", "portal.manage_logins", "Mine", "all", "TRUE", "no",
		"[Task's Task Category]", "SecurityLevels", "apiusers", "Client Access User", "Taskfire User (system)",
		"\u212Aelvin", "ß", "İ", "\x00", "projects.", ".", "a.b.c", "API User Can't Read Costs", "Administrator",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		cases := []string{name, strings.ToUpper(name), strings.ToLower(name)}

		if l, ok := SystemLevelByName(name); ok {
			for _, n := range append(cases, l.Name, l.DisplayName) {
				if got, ok := SystemLevelByName(n); !ok || got.ID != l.ID {
					t.Fatalf("SystemLevelByName(%q) found %d, but %q gives %v", name, l.ID, n, got)
				}
			}
			if got, ok := SystemLevelByID(l.ID); !ok || got != l {
				t.Fatalf("SystemLevelByID(%d) disagrees", l.ID)
			}
		}
		if l, ok := PortalLevelByName(name); ok {
			for _, n := range append(cases, l.Name) {
				if got, ok := PortalLevelByName(n); !ok || got.ID != l.ID {
					t.Fatalf("PortalLevelByName(%q) found %d, but %q gives %v", name, l.ID, n, got)
				}
			}
		}
		if p, ok := ProfileByName(name); ok {
			for _, n := range append(cases, p.Name) {
				if got, ok := ProfileByName(n); !ok || got != p {
					t.Fatalf("ProfileByName(%q) found %s, but %q does not", name, p.Name, n)
				}
			}
		}
		if m, ok := ModuleByName(name); ok {
			if got, ok := ModuleByName(string(m.Module)); !ok || got.Module != m.Module {
				t.Fatalf("ModuleByName(%q) round trip", name)
			}
		}
		if l, ok := LicenseByType(LicenseType(name)); ok {
			if got, ok := LicenseByID(l.ID); !ok || got != l {
				t.Fatalf("license %q by ID %d disagrees", name, l.ID)
			}
		}
		if x, ok := ExtensionEntityByName(name); ok {
			for _, n := range cases {
				if got, ok := ExtensionEntityByName(n); !ok || got.Name != x.Name {
					t.Fatalf("ExtensionEntityByName(%q) found %s, but %q does not", name, x.Name, n)
				}
			}
			if _, ok := PermissionByKey(x.Visibility); !ok {
				t.Fatalf("extension entity %s names an unknown permission %s", x.Name, x.Visibility)
			}
		}

		k := Key(name)
		_, _ = k.Module(), k.Name()
		if p, ok := PermissionByKey(k); ok {
			if got, ok := PermissionByField(p.Field); !ok || got.Key != p.Key {
				t.Fatalf("permission %s by field %s disagrees", p.Key, p.Field)
			}
			if p.Key.Module() != p.Module {
				t.Fatalf("permission %s: key module %s, module %s", p.Key, p.Key.Module(), p.Module)
			}
		}
		for _, n := range cases {
			if p, ok := PermissionByField(n); ok {
				if got, ok := PermissionByKey(p.Key); !ok || got != p {
					t.Fatalf("PermissionByField(%q) and PermissionByKey(%s) disagree", n, p.Key)
				}
			}
			if p, ok := PortalPermissionByField(n); ok {
				if got, ok := PortalPermissionByKey(p.Key); !ok || got != p {
					t.Fatalf("PortalPermissionByField(%q) and PortalPermissionByKey(%s) disagree", n, p.Key)
				}
			}
		}

		// every permission parses the name into an allowed value or refuses
		for _, p := range Permissions() {
			v, err := p.Parse(name)
			if err != nil {
				if !strings.Contains(err.Error(), string(p.Key)) {
					t.Fatalf("%s: error %q does not name the permission", p.Key, err)
				}
				continue
			}
			if _, ok := p.Rank(v); !ok {
				t.Fatalf("%s: Parse(%q) = %q, which Rank does not know", p.Key, name, v)
			}
			if p.Kind != KindText {
				if _, ok := p.Option(v); !ok {
					t.Fatalf("%s: Parse(%q) = %q, not an option", p.Key, name, v)
				}
				if again, err := p.Parse(string(v)); err != nil || again != v {
					t.Fatalf("%s: canonical %q does not parse to itself (%q, %v)", p.Key, v, again, err)
				}
			}
		}
	})
}
