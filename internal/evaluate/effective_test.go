package evaluate

import (
	"errors"
	"maps"
	"strconv"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestEffectiveCopiesDefaults(t *testing.T) {
	for _, s := range catalog.SystemLevels() {
		eff, base, err := Effective(Level{CopyFromID: s.ID})
		if !s.Copyable {
			if !errors.Is(err, ErrNotCopyable) || base != s {
				t.Errorf("%s: err %v base %v, want ErrNotCopyable with base", s.Name, err, base)
			}
			continue
		}
		if err != nil || base != s {
			t.Fatalf("%s: %v", s.Name, err)
		}
		if !maps.Equal(eff, s.Defaults()) {
			t.Errorf("%s: copy differs from defaults in %v", s.Name, eff.Diff(s.Defaults()))
		}
		byName, _, err := Effective(Level{CopyFrom: s.DisplayName})
		if err != nil || !maps.Equal(byName, eff) {
			t.Errorf("%s by display name: %v", s.Name, err)
		}
	}
}

func TestEffectiveOverrides(t *testing.T) {
	eff, _, err := Effective(Level{CopyFrom: "sales", Overrides: catalog.Settings{
		catalog.KeyProjectView:   catalog.All,
		catalog.KeyProjectAdd:    "maybe", // invalid: ignored
		"projects.nonexistent":   catalog.Yes,
		catalog.KeyRenderTasksAs: "Contractor view",
	}})
	if err != nil {
		t.Fatal(err)
	}
	sales, _ := catalog.SystemLevelByID(catalog.Sales)
	want := sales.Defaults()
	want[catalog.KeyProjectView] = catalog.All
	want[catalog.KeyRenderTasksAs] = "Contractor view"
	if !maps.Equal(eff, want) {
		t.Fatalf("differs in %v", eff.Diff(want))
	}
	if _, ok := eff["projects.nonexistent"]; ok {
		t.Fatal("unknown key leaked into effective settings")
	}
}

func TestEffectiveSystemLevelIgnoresOverrides(t *testing.T) {
	eff, base, err := Effective(Level{System: true, Name: "Sales (system)", Overrides: catalog.Settings{catalog.KeyProjectView: catalog.All}})
	if err != nil || base.ID != catalog.Sales {
		t.Fatalf("%v %v", base, err)
	}
	if eff[catalog.KeyProjectView] != catalog.Mine {
		t.Fatalf("system level changed: %s", eff[catalog.KeyProjectView])
	}
}

func TestEffectiveErrors(t *testing.T) {
	cases := []struct {
		l    Level
		want error
	}{
		{Level{}, ErrNoBase},
		{Level{CopyFrom: "Wizard"}, ErrUnknownBase},
		{Level{CopyFromID: 99}, ErrUnknownBase},
		{Level{CopyFrom: "Sales", CopyFromID: catalog.Manager}, ErrConflictingBase},
		{Level{CopyFrom: "Dashboard User"}, ErrNotCopyable},
		{Level{System: true, Name: "Wizard"}, ErrUnknownBase},
	}
	for _, c := range cases {
		if _, _, err := Effective(c.l); !errors.Is(err, c.want) {
			t.Errorf("%+v: err %v, want %v", c.l, err, c.want)
		}
	}
	for _, l := range []Level{
		{CopyFrom: "Sales", CopyFromID: catalog.Sales},
		{CopyFrom: " " + strconv.Itoa(int(catalog.Sales)) + " ", CopyFromID: catalog.Sales},
		{CopyFrom: strconv.Itoa(int(catalog.Sales))},
	} {
		if _, base, err := Effective(l); err != nil || base.ID != catalog.Sales {
			t.Errorf("%+v: %v", l, err)
		}
	}
	// 24 sits between the system IDs but is a custom level's on a live
	// database; 1 is below them.
	for _, id := range []string{"24", "1", "99"} {
		if _, _, err := Effective(Level{CopyFrom: id}); !errors.Is(err, ErrUnknownBase) {
			t.Errorf("ID %s: %v", id, err)
		}
	}
}

func TestEffectivePortal(t *testing.T) {
	eff, err := EffectivePortal(PortalLevel{Type: catalog.PortalTaskfire, Settings: catalog.Settings{catalog.PortalKeyTaskfireSetup: catalog.Yes, catalog.PortalKeyQuotes: "bogus"}})
	if err != nil {
		t.Fatal(err)
	}
	want := catalog.PortalCustomDefaults(catalog.PortalTaskfire)
	want[catalog.PortalKeyTaskfireSetup] = catalog.Yes
	if !maps.Equal(eff, want) {
		t.Fatalf("differs in %v", eff.Diff(want))
	}
	adv, err := EffectivePortal(PortalLevel{System: true, Name: "Client Portal Advanced"})
	l, _ := catalog.PortalLevelByName("Client Portal Advanced")
	if err != nil || !maps.Equal(adv, l.Defaults()) {
		t.Fatalf("system portal level: %v", err)
	}
	if _, err := EffectivePortal(PortalLevel{Type: "Kiosk"}); !errors.Is(err, ErrUnknownBase) {
		t.Fatalf("bad type: %v", err)
	}
}
