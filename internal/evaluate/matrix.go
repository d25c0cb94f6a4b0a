package evaluate

import (
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Column is one (object, action) pair of an access matrix.
type Column struct {
	Object ObjectKind
	Action Action
}

// String renders the column heading ("Project: View").
func (c Column) String() string {
	a := c.Action.String()
	if a != "" {
		a = strings.ToUpper(a[:1]) + a[1:]
	}
	label := c.Object.Label()
	if c.Object == ObjectTaskNote && c.Action == ActionView {
		label = "Internal task note"
	}
	return label + ": " + a
}

// DefaultColumns lists every supported (object, action) pair, objects in
// ObjectKinds order and actions in Actions order.
func DefaultColumns() []Column {
	var out []Column
	for _, k := range ObjectKinds() {
		for _, a := range Actions() {
			if Supported(k, a) {
				out = append(out, Column{k, a})
			}
		}
	}
	return out
}

// NamedLevel is a level's effective settings under a display name.
type NamedLevel struct {
	Name     string
	Settings catalog.Settings
	// Unknown says the level's permissions are not known (a custom level
	// of a database that shows only its name): every cell is CellUnknown.
	Unknown bool
}

// CellUnknown is the value of every cell of a level whose permissions are
// not known.
const CellUnknown = "Unknown"

// Cell is one entry of the matrix: the deciding permission's value ("All",
// "Mine", "None", "Yes" or "No") and, when Approve & Post overrides it, the
// value it amounts to with Via set to "Approve & Post".
type Cell struct {
	Value string
	Via   string
}

// String renders the cell ("All (via Approve & Post)").
func (c Cell) String() string {
	if c.Via == "" {
		return c.Value
	}
	return c.Value + " (via " + c.Via + ")"
}

// MatrixRow is one level of a matrix.
type MatrixRow struct {
	Level string
	Cells []Cell
}

// Matrix is an access overview: one row per level (in the order given),
// one column per supported (object, action).
type Matrix struct {
	Columns []Column
	Rows    []MatrixRow
}

// AccessMatrix builds the matrix for levels over columns (DefaultColumns
// when nil). Unsupported columns are left out.
func AccessMatrix(levels []NamedLevel, columns []Column) Matrix {
	if columns == nil {
		columns = DefaultColumns()
	}
	m := Matrix{Columns: make([]Column, 0, len(columns))}
	rulesFor := make([]*accessRule, 0, len(columns))
	for _, c := range columns {
		if ar := lookupAccess(c.Object, c.Action); ar != nil {
			m.Columns = append(m.Columns, c)
			rulesFor = append(rulesFor, ar)
		}
	}
	m.Rows = make([]MatrixRow, len(levels))
	for i, l := range levels {
		row := MatrixRow{Level: l.Name, Cells: make([]Cell, len(rulesFor))}
		if l.Unknown {
			for j := range row.Cells {
				row.Cells[j] = Cell{Value: CellUnknown}
			}
			m.Rows[i] = row
			continue
		}
		ap := levelValue(l.Settings, perms[idxApprovePost]) == catalog.Yes
		for j, ar := range rulesFor {
			p := perms[ar.idx]
			v := levelValue(l.Settings, p)
			c := Cell{Value: string(v)}
			if ar.approvePost && ap {
				if top := p.Options[len(p.Options)-1].Value; v != top {
					c = Cell{Value: string(top), Via: "Approve & Post"}
				}
			}
			row.Cells[j] = c
		}
		m.Rows[i] = row
	}
	return m
}

// escapeCell makes s safe inside a GitHub-flavoured Markdown table cell.
func escapeCell(s string) string {
	if !strings.ContainsAny(s, "|\\\r\n") {
		return s
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "|", `\|`)
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}

// Markdown renders the matrix as a GitHub-flavoured table, one line per
// level, ending with a newline.
func (m Matrix) Markdown() string {
	var b strings.Builder
	b.WriteString("| Security level |")
	for _, c := range m.Columns {
		b.WriteString(" ")
		b.WriteString(escapeCell(c.String()))
		b.WriteString(" |")
	}
	b.WriteString("\n|---|")
	for range m.Columns {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, r := range m.Rows {
		b.WriteString("| ")
		b.WriteString(escapeCell(r.Level))
		b.WriteString(" |")
		for _, c := range r.Cells {
			b.WriteString(" ")
			b.WriteString(escapeCell(c.String()))
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	return b.String()
}
