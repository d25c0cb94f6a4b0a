package evaluate

import (
	"strings"
	"testing"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

func TestAccessMatrixCells(t *testing.T) {
	ap := sysDefaults(catalog.Sales).Apply(catalog.Settings{catalog.KeyApproveAndPost: catalog.Yes, catalog.KeyChargesExpensesEdit: catalog.None})
	m := AccessMatrix([]NamedLevel{
		{Name: "Admin", Settings: sysDefaults(catalog.SystemAdministrator)},
		{Name: "Sales", Settings: sysDefaults(catalog.Sales)},
		{Name: "Sales+A&P", Settings: ap},
	}, nil)
	if len(m.Columns) != len(DefaultColumns()) || len(m.Rows) != 3 {
		t.Fatalf("shape %d×%d", len(m.Rows), len(m.Columns))
	}
	cell := func(row int, obj ObjectKind, a Action) Cell {
		for j, c := range m.Columns {
			if c.Object == obj && c.Action == a {
				return m.Rows[row].Cells[j]
			}
		}
		t.Fatalf("no column %v %v", obj, a)
		return Cell{}
	}
	if c := cell(0, ObjectProject, ActionView); c.Value != "All" {
		t.Errorf("admin project view %v", c)
	}
	if c := cell(1, ObjectProject, ActionView); c.Value != "Mine" {
		t.Errorf("sales project view %v", c)
	}
	if c := cell(1, ObjectTemplate, ActionAdd); c.Value != "No" {
		t.Errorf("sales template add %v", c)
	}
	if c := cell(2, ObjectCharge, ActionEdit); c.Value != "All" || c.Via != "Approve & Post" {
		t.Errorf("A&P override cell %v", c)
	}
	if c := cell(1, ObjectCharge, ActionEdit); c.Value != "All" || c.Via != "" {
		t.Errorf("plain charge cell %v", c)
	}
	allowed := map[string]bool{"All": true, "Mine": true, "None": true, "Yes": true, "No": true}
	for _, r := range m.Rows {
		for _, c := range r.Cells {
			if !allowed[c.Value] {
				t.Errorf("%s: cell value %q", r.Level, c.Value)
			}
		}
	}
}

// A level whose permissions are not known is Unknown in every cell, even
// with settings that would grant something; the other rows are judged as
// usual.
func TestAccessMatrixUnknownLevel(t *testing.T) {
	m := AccessMatrix([]NamedLevel{
		{Name: "Custom", Settings: sysDefaults(catalog.SystemAdministrator), Unknown: true},
		{Name: "Admin", Settings: sysDefaults(catalog.SystemAdministrator)},
	}, nil)
	for j, c := range m.Rows[0].Cells {
		if c != (Cell{Value: CellUnknown}) {
			t.Errorf("unknown level, column %s: %v", m.Columns[j], c)
		}
	}
	for j, c := range m.Rows[1].Cells {
		if c.Value == CellUnknown {
			t.Errorf("known level, column %s: %v", m.Columns[j], c)
		}
	}
	if !strings.Contains(m.Markdown(), "| Custom | Unknown | Unknown |") {
		t.Errorf("markdown:\n%s", m.Markdown())
	}
}

func TestAccessMatrixDropsUnsupportedColumns(t *testing.T) {
	m := AccessMatrix([]NamedLevel{{Name: "x"}}, []Column{{ObjectTicket, ActionDelete}, {ObjectTicket, ActionView}})
	if len(m.Columns) != 1 || m.Columns[0] != (Column{ObjectTicket, ActionView}) || m.Rows[0].Cells[0].Value != "None" {
		t.Fatalf("%+v", m)
	}
}

func TestMatrixMarkdown(t *testing.T) {
	ap := catalog.Settings{catalog.KeyApproveAndPost: catalog.Yes}
	m := AccessMatrix([]NamedLevel{
		{Name: "Ops | Night\nshift", Settings: catalog.Settings{catalog.KeyProjectView: catalog.Mine}},
		{Name: `C:\levels`, Settings: ap},
	}, []Column{{ObjectProject, ActionView}, {ObjectCharge, ActionEdit}, {ObjectTaskNote, ActionView}})
	want := "| Security level | Project: View | Charge: Edit | Internal task note: View |\n" +
		"|---|---|---|---|\n" +
		"| Ops \\| Night shift | Mine | None | No |\n" +
		"| C:\\\\levels | None | All (via Approve & Post) | No |\n"
	got := m.Markdown()
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if m.Markdown() != got {
		t.Fatal("Markdown is not stable")
	}
	for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if n := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|"); n != 5 {
			t.Errorf("line %q has %d cell separators", line, n)
		}
	}
}

func TestEmptyMatrixMarkdown(t *testing.T) {
	got := AccessMatrix(nil, []Column{}).Markdown()
	if got != "| Security level |\n|---|\n" {
		t.Fatalf("%q", got)
	}
}
