package evaluate

import (
	"strconv"
	"strings"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// Fixes in HCL. A finding's FixHCL is the change that resolves it, written
// the way the configuration writes it, so that it can be pasted: a
// fragment of the body of the resource the finding is on (attributes, a
// permission inside its module's object), or whole blocks when the change
// is elsewhere (a resource block for another object, a removed block, the
// provider block). Values have the attribute's type: true/false for check
// boxes, the exact quoted option of an access or choice permission, numbers
// as numbers, lists as lists. The text is laid out as `terraform fmt` lays
// it out.

// hclNode is one attribute or block of a fix.
type hclNode struct {
	name string
	// expr is a one-line expression; for an object attribute (an
	// attribute whose value is written as body), it is empty.
	expr   string
	block  bool
	labels []string
	body   []hclNode
	// comment is written on its own line above the node.
	comment string
}

func hclAttr(name, expr string) hclNode { return hclNode{name: name, expr: expr} }

func hclObject(name string, body ...hclNode) hclNode { return hclNode{name: name, body: body} }

func hclBlock(typ string, labels []string, body ...hclNode) hclNode {
	return hclNode{name: typ, block: true, labels: labels, body: body}
}

// withComment returns n with a comment line above it.
func (n hclNode) withComment(c string) hclNode {
	n.comment = c
	return n
}

// renderHCL writes nodes as a body, without a final newline.
func renderHCL(nodes ...hclNode) string {
	var b strings.Builder
	writeBody(&b, nodes, "")
	return strings.TrimSuffix(b.String(), "\n")
}

// oneLine reports whether n is an attribute written on one line, which
// `terraform fmt` aligns with its one-line neighbours.
func (n *hclNode) oneLine() bool { return !n.block && n.expr != "" }

func writeBody(b *strings.Builder, nodes []hclNode, indent string) {
	for i := 0; i < len(nodes); {
		if !nodes[i].oneLine() {
			writeNode(b, &nodes[i], indent, 0)
			i++
			continue
		}
		// A run of one-line attributes, aligned at their equals signs; a
		// comment line ends the run, as it does for terraform fmt.
		j, width := i, 0
		for j < len(nodes) && nodes[j].oneLine() && (j == i || nodes[j].comment == "") {
			width = max(width, len(nodes[j].name))
			j++
		}
		for k := i; k < j; k++ {
			writeNode(b, &nodes[k], indent, width)
		}
		i = j
	}
}

func writeNode(b *strings.Builder, n *hclNode, indent string, width int) {
	if n.comment != "" {
		b.WriteString(indent + "# " + n.comment + "\n")
	}
	b.WriteString(indent + n.name)
	switch {
	case n.block:
		for _, l := range n.labels {
			b.WriteString(" " + hclString(l))
		}
		b.WriteString(" {\n")
	case n.expr != "":
		b.WriteString(strings.Repeat(" ", width-len(n.name)) + " = " + n.expr + "\n")
		return
	default:
		b.WriteString(" = {\n")
	}
	writeBody(b, n.body, indent+"  ")
	b.WriteString(indent + "}\n")
}

// hclString quotes s as an HCL string literal.
func hclString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case (r == '$' || r == '%') && strings.HasPrefix(s[i+1:], "{"):
			b.WriteRune(r) // "${" and "%{" would start a template sequence
			b.WriteRune(r)
		case r < 0x20:
			b.WriteString(`\u` + strconv.FormatInt(int64(r)+0x10000, 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func hclBool(v bool) string { return strconv.FormatBool(v) }

func hclNumber(n int) string { return strconv.Itoa(n) }

func hclStrings(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = hclString(v)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

const hclNull = "null"

// kv is one permission and the value a fix gives it.
type kv struct {
	Key   catalog.Key
	Value catalog.Value
}

// permissionPlace says where permission k is written in its resource: the
// object attribute holding it ("" for an attribute of the resource itself,
// as the settings of a portal level and protected-data access are), its
// attribute name and its definition.
func permissionPlace(k catalog.Key) (object, name string, p *catalog.Permission, ok bool) {
	if sp, found := catalog.PermissionByKey(k); found {
		return string(sp.Module), sp.Name, sp, true
	}
	if pp, found := catalog.PortalPermissionByKey(k); found {
		if pp.Group == catalog.PortalGroupGeneral {
			return "", pp.Name, &pp.Permission, true
		}
		return string(pp.Group), pp.Name, &pp.Permission, true
	}
	if dp, found := catalog.ProtectedPermissionByKey(k); found {
		return "", k.Name(), dp, true
	}
	return "", "", nil, false
}

// permissionExpr writes v as the configuration spells a value of p.
func permissionExpr(p *catalog.Permission, v catalog.Value) string {
	if p.Kind == catalog.KindBool {
		return hclBool(v.IsYes())
	}
	return hclString(string(v))
}

// permissionNodes writes settings as the resource body holds them: each
// permission inside its module's (or group's) object, modules in the order
// their first permission is given; keys the catalogue does not know are
// left out.
func permissionNodes(settings ...kv) []hclNode {
	var out []hclNode
	objects := map[string]int{}
	for _, s := range settings {
		object, name, p, ok := permissionPlace(s.Key)
		if !ok {
			continue
		}
		attr := hclAttr(name, permissionExpr(p, s.Value))
		if object == "" {
			out = append(out, attr)
			continue
		}
		i, seen := objects[object]
		if !seen {
			i = len(out)
			objects[object] = i
			out = append(out, hclObject(object))
		}
		out[i].body = append(out[i].body, attr)
	}
	return out
}

// permissionFix is the HCL that gives the permissions these values.
func permissionFix(settings ...kv) string { return renderHCL(permissionNodes(settings...)...) }

// localName makes a Terraform local name out of a display name
// ("Rewst Automation" → "rewst_automation").
func localName(s string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			under = false
			continue
		}
		under = true
	}
	out := b.String()
	if out == "" || out[0] >= '0' && out[0] <= '9' {
		out = "level_" + out
	}
	return out
}

// placeholderName is the local name used where a fix must name the
// resource the finding is on: the provider is not told resource addresses.
const placeholderName = "this"

// addressComment explains placeholderName in a fix.
const addressComment = "the address of this resource, as the diagnostic names it"

// removedFix is the removed block that stops managing an object of type
// typ without destroying it.
func removedFix(typ string) string {
	return renderHCL(hclBlock("removed", nil,
		hclAttr("from", typ+"."+placeholderName).withComment(addressComment),
		hclBlock("lifecycle", nil, hclAttr("destroy", hclBool(false)))))
}

// ruleToInfoFix is the provider block that makes rule id informational:
// its findings go to the log and the access report, not the plan.
func ruleToInfoFix(id string) string {
	return renderHCL(hclBlock("provider", []string{"autotask"},
		hclObject("rule_severity", hclAttr(id, hclString(SeverityInfo.String())))))
}

// acknowledgeFix is the acknowledge attribute that accepts rule id's
// finding for the object it is on, with reason.
func acknowledgeFix(id, reason string) string {
	return renderHCL(hclObject(AttrAcknowledge, hclAttr(id, hclString(reason))))
}

// partialResource is a resource block of type typ that shows only the
// attributes a fix sets ("# ..." stands for the rest of its arguments).
func partialResource(typ, name string, body ...hclNode) string {
	if len(body) > 0 {
		body[0] = body[0].withComment("...")
	}
	return renderHCL(hclBlock("resource", []string{typ, localName(name)}, body...))
}

// profileLevelFix is a complete security level built to profile p: a copy
// of its base level with every module taken from profile_permissions.
func profileLevelFix(p *catalog.Profile) string {
	base, _ := catalog.SystemLevelByID(p.Base)
	body := []hclNode{hclAttr(AttrName, hclString(p.RecommendedLevelName)), hclAttr(AttrCopyFrom, hclString(base.Name))}
	for _, m := range catalog.Modules() {
		body = append(body, hclAttr(string(m.Module), "provider::autotask::profile_permissions("+hclString(p.Name)+")."+string(m.Module)))
	}
	return renderHCL(hclBlock("resource", []string{ObjectSecurityLevel, localName(p.Name)}, body...))
}

// Terraform's spelling of the portal level types (the type attribute).
const (
	PortalTypeClientPortal = "client_portal"
	PortalTypeTaskfire     = "taskfire"
)

// portalTypeTF spells a portal type as the configuration does.
func portalTypeTF(t catalog.PortalType) string {
	if t == catalog.PortalTaskfire {
		return PortalTypeTaskfire
	}
	return PortalTypeClientPortal
}

// closest returns the candidate nearest to s (ignoring case, spaces and
// punctuation) when it is near enough to be a misspelling of it.
func closest(s string, candidates []string) (string, bool) {
	i, ok := closestIndex(s, candidates)
	if !ok {
		return "", false
	}
	return candidates[i], true
}

// closestName is closest over several spellings of names: spellings[i]
// is a spelling of names[i], and the name is returned.
func closestName(s string, spellings, names []string) (string, bool) {
	i, ok := closestIndex(s, spellings)
	if !ok {
		return "", false
	}
	return names[i], true
}

func closestIndex(s string, candidates []string) (int, bool) {
	norm := func(x string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(x) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	ns := norm(s)
	if ns == "" {
		return -1, false
	}
	best, bestD := -1, -1
	for i, c := range candidates {
		d := editDistance(ns, norm(c))
		if bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	if bestD < 0 || bestD > max(2, len(ns)/3) {
		return -1, false
	}
	return best, true
}

// editDistance is the Levenshtein distance of a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
