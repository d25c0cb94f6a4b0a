package evaluate_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/zclconf/go-cty/cty"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	tfprovider "github.com/autotask-iac/terraform-provider-autotask/internal/provider"
)

// Every fix a plan prints must work when pasted: it parses as HCL, is laid
// out as terraform fmt lays it out, and every attribute it sets exists in
// the provider's schema with a value of the attribute's type — a
// permission's value of the permission's kind (true/false for a check box,
// one of its options for access and choice permissions). This test renders
// the fix of every finding of every firing case of the rule table, and each
// rule's own example, and checks them against the real schema.

// schemaAttr is what the check needs of one attribute.
type schemaAttr struct {
	typ      tftypes.Type
	required bool
	settable bool // optional or required: the configuration may set it
}

type fixSchema struct {
	resources map[string]map[string]schemaAttr
	provider  map[string]schemaAttr
}

type schemaAttribute interface {
	GetType() attr.Type
	IsRequired() bool
	IsOptional() bool
}

func attrsOf[A schemaAttribute](ctx context.Context, in map[string]A) map[string]schemaAttr {
	out := make(map[string]schemaAttr, len(in))
	for name, a := range in {
		out[name] = schemaAttr{typ: a.GetType().TerraformType(ctx), required: a.IsRequired(), settable: a.IsRequired() || a.IsOptional()}
	}
	return out
}

func loadFixSchema(t *testing.T) *fixSchema {
	t.Helper()
	ctx := context.Background()
	p := tfprovider.New("test")()
	var ps provider.SchemaResponse
	p.Schema(ctx, provider.SchemaRequest{}, &ps)
	s := &fixSchema{resources: map[string]map[string]schemaAttr{}, provider: attrsOf(ctx, ps.Schema.Attributes)}
	for _, newResource := range p.Resources(ctx) {
		r := newResource()
		var md resource.MetadataResponse
		r.Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "autotask"}, &md)
		var rs resource.SchemaResponse
		r.Schema(ctx, resource.SchemaRequest{}, &rs)
		if rs.Diagnostics.HasError() {
			t.Fatalf("%s: schema: %v", md.TypeName, rs.Diagnostics)
		}
		s.resources[md.TypeName] = attrsOf(ctx, rs.Schema.Attributes)
	}
	return s
}

// checkFix parses a fix and checks it against the schema of resource type
// object (the resource a fragment of a body belongs to).
func (s *fixSchema) checkFix(object, src string) error {
	f, diags := hclsyntax.ParseConfig([]byte(src), "fix.tf", hcl.InitialPos)
	if diags.HasErrors() {
		return fmt.Errorf("does not parse: %s", diags.Error())
	}
	if got := string(hclwrite.Format([]byte(src))); got != src {
		return fmt.Errorf("not laid out as terraform fmt does:\n%s", got)
	}
	body := f.Body.(*hclsyntax.Body)
	if len(body.Blocks) > 0 {
		if len(body.Attributes) > 0 {
			return fmt.Errorf("mixes attributes of a resource with top-level blocks")
		}
		for _, b := range body.Blocks {
			if err := s.checkTopBlock(b); err != nil {
				return fmt.Errorf("%s block: %w", b.Type, err)
			}
		}
		return nil
	}
	if len(body.Attributes) == 0 {
		return fmt.Errorf("sets nothing")
	}
	return s.checkBody(object, body)
}

func (s *fixSchema) checkTopBlock(b *hclsyntax.Block) error {
	switch b.Type {
	case "resource":
		if len(b.Labels) != 2 || !hclsyntax.ValidIdentifier(b.Labels[1]) {
			return fmt.Errorf("labels %q", b.Labels)
		}
		if len(b.Body.Blocks) > 0 {
			return fmt.Errorf("nested blocks")
		}
		return s.checkBody(b.Labels[0], b.Body)
	case "removed":
		from, ok := b.Body.Attributes["from"]
		if !ok || len(b.Body.Attributes) != 1 {
			return fmt.Errorf("needs exactly from")
		}
		tr, diags := hcl.AbsTraversalForExpr(from.Expr)
		if diags.HasErrors() || len(tr) != 2 {
			return fmt.Errorf("from is not a resource address")
		}
		if _, ok := s.resources[tr.RootName()]; !ok {
			return fmt.Errorf("from names unknown resource type %s", tr.RootName())
		}
		if len(b.Body.Blocks) != 1 || b.Body.Blocks[0].Type != "lifecycle" {
			return fmt.Errorf("needs a lifecycle block")
		}
		destroy, ok := b.Body.Blocks[0].Body.Attributes["destroy"]
		if v, diags := destroy.Expr.Value(nil); !ok || diags.HasErrors() || v.Type() != cty.Bool || v.True() {
			return fmt.Errorf("lifecycle must say destroy = false")
		}
		return nil
	case "provider":
		if len(b.Labels) != 1 || b.Labels[0] != "autotask" {
			return fmt.Errorf("labels %q", b.Labels)
		}
		for name, a := range b.Body.Attributes {
			sa, ok := s.provider[name]
			if !ok || !sa.settable {
				return fmt.Errorf("the provider has no argument %s", name)
			}
			v, diags := a.Expr.Value(nil)
			if diags.HasErrors() {
				return fmt.Errorf("%s: %s", name, diags.Error())
			}
			if err := checkValue(sa.typ, v); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if name == "rule_severity" {
				for id, sev := range v.AsValueMap() {
					if _, ok := evaluate.RuleByID(id); !ok {
						return fmt.Errorf("rule_severity names unknown rule %s", id)
					}
					if _, err := evaluate.ParseSeverity(sev.AsString()); err != nil {
						return fmt.Errorf("rule_severity.%s: %w", id, err)
					}
				}
			}
		}
		return nil
	}
	return fmt.Errorf("unexpected block type")
}

// checkBody checks the attributes of body against resource type object. A
// fix sets only what it changes, so required attributes may be missing.
func (s *fixSchema) checkBody(object string, body *hclsyntax.Body) error {
	attrs, ok := s.resources[object]
	if !ok {
		return fmt.Errorf("unknown resource type %q", object)
	}
	for name, a := range body.Attributes {
		sa, ok := attrs[name]
		if !ok || !sa.settable {
			return fmt.Errorf("%s has no argument %s", object, name)
		}
		if err := s.checkAttr(object, name, sa, a.Expr); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func (s *fixSchema) checkAttr(object, name string, sa schemaAttr, expr hclsyntax.Expression) error {
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr: // a reference, as in autotask_security_level.x.id
		if _, ok := s.resources[e.Traversal.RootName()]; !ok || len(e.Traversal) != 3 {
			return fmt.Errorf("refers to %s, not to an attribute of a resource", e.Traversal.RootName())
		}
		return nil
	case *hclsyntax.RelativeTraversalExpr:
		return checkProfilePermissions(name, e)
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() {
		return fmt.Errorf("%s", diags.Error())
	}
	if v.IsNull() {
		if sa.required {
			return fmt.Errorf("is required and cannot be null")
		}
		return nil
	}
	if err := checkValue(sa.typ, v); err != nil {
		return err
	}
	return checkPermissions(object, name, v)
}

// checkValue checks that v can be assigned to an attribute of type typ.
func checkValue(typ tftypes.Type, v cty.Value) error {
	switch {
	case typ.Is(tftypes.DynamicPseudoType):
		return nil
	case typ.Is(tftypes.Bool):
		if v.Type() != cty.Bool {
			return fmt.Errorf("is a bool, not %s", v.Type().FriendlyName())
		}
	case typ.Is(tftypes.String):
		if v.Type() != cty.String {
			return fmt.Errorf("is a string, not %s", v.Type().FriendlyName())
		}
	case typ.Is(tftypes.Number):
		if v.Type() != cty.Number {
			return fmt.Errorf("is a number, not %s", v.Type().FriendlyName())
		}
	case typ.Is(tftypes.Set{}), typ.Is(tftypes.List{}):
		var elem tftypes.Type
		if set, ok := typ.(tftypes.Set); ok {
			elem = set.ElementType
		} else {
			elem = typ.(tftypes.List).ElementType
		}
		if !v.Type().IsTupleType() && !v.Type().IsListType() && !v.Type().IsSetType() {
			return fmt.Errorf("is a collection, not %s", v.Type().FriendlyName())
		}
		for it := v.ElementIterator(); it.Next(); {
			_, ev := it.Element()
			if err := checkValue(elem, ev); err != nil {
				return fmt.Errorf("element: %w", err)
			}
		}
	case typ.Is(tftypes.Map{}):
		if !v.Type().IsObjectType() && !v.Type().IsMapType() {
			return fmt.Errorf("is a map, not %s", v.Type().FriendlyName())
		}
		elem := typ.(tftypes.Map).ElementType
		for _, ev := range v.AsValueMap() {
			if elem.Is(tftypes.String) && (ev.Type() == cty.Bool || ev.Type() == cty.Number) {
				continue // Terraform converts it to a string (`false` → "false")
			}
			if err := checkValue(elem, ev); err != nil {
				return err
			}
		}
	case typ.Is(tftypes.Object{}):
		if !v.Type().IsObjectType() {
			return fmt.Errorf("is an object, not %s", v.Type().FriendlyName())
		}
		want := typ.(tftypes.Object).AttributeTypes
		for k, ev := range v.AsValueMap() {
			at, ok := want[k]
			if !ok {
				return fmt.Errorf("has no attribute %s", k)
			}
			if err := checkValue(at, ev); err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
		}
	default:
		return fmt.Errorf("unexpected attribute type %s", typ)
	}
	return nil
}

// permissionsAt returns the catalogue permissions an attribute of a
// resource holds: a module's (security level) or group's (portal level)
// object, or the one permission that is the attribute itself (a portal
// level's own settings, protected-data access).
func permissionsAt(object, name string) (perms map[string]*catalog.Permission, single *catalog.Permission) {
	switch object {
	case evaluate.ObjectSecurityLevel:
		if _, ok := catalog.ModuleByName(name); !ok {
			return nil, nil
		}
		perms = map[string]*catalog.Permission{}
		for _, p := range catalog.PermissionsOf(catalog.Module(name)) {
			perms[p.Name] = p
		}
		return perms, nil
	case evaluate.ObjectPortalLevel:
		for _, p := range catalog.PortalPermissions() {
			switch {
			case p.Group == catalog.PortalGroupGeneral && p.Name == name:
				return nil, &p.Permission
			case string(p.Group) == name:
				if perms == nil {
					perms = map[string]*catalog.Permission{}
				}
				perms[p.Name] = &p.Permission
			}
		}
		return perms, nil
	case evaluate.ObjectProtectedDataAccess:
		if p, ok := catalog.ProtectedPermissionByKey(catalog.Key(string(catalog.ModuleProtectedData) + "." + name)); ok {
			return nil, p
		}
	}
	return nil, nil
}

// checkPermissions checks permission values: of the permission's kind, and
// one of its options.
func checkPermissions(object, name string, v cty.Value) error {
	perms, single := permissionsAt(object, name)
	if single != nil {
		return checkPermission(single, v)
	}
	if perms == nil {
		return nil
	}
	for k, pv := range v.AsValueMap() {
		p, ok := perms[k]
		if !ok {
			return fmt.Errorf("%s has no permission %s", name, k)
		}
		if err := checkPermission(p, pv); err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
	}
	return nil
}

func checkPermission(p *catalog.Permission, v cty.Value) error {
	switch p.Kind {
	case catalog.KindBool:
		if v.Type() != cty.Bool {
			return fmt.Errorf("%s is a check box: true or false, not %s", p.Key, v.Type().FriendlyName())
		}
	case catalog.KindText:
		if v.Type() != cty.String || v.AsString() == "" {
			return fmt.Errorf("%s takes a task category name", p.Key)
		}
	default:
		if v.Type() != cty.String || !slices.Contains(p.Values(), catalog.Value(v.AsString())) {
			return fmt.Errorf("%s takes one of %q, not %#v", p.Key, p.Values(), v)
		}
	}
	return nil
}

// checkProfilePermissions accepts provider::autotask::profile_permissions("x").<module>
// for the module attribute of the same name.
func checkProfilePermissions(name string, e *hclsyntax.RelativeTraversalExpr) error {
	call, ok := e.Source.(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "provider::autotask::profile_permissions" || len(call.Args) != 1 || len(e.Traversal) != 1 {
		return fmt.Errorf("is not profile_permissions(…).%s", name)
	}
	arg, diags := call.Args[0].Value(nil)
	if diags.HasErrors() || arg.Type() != cty.String {
		return fmt.Errorf("profile_permissions takes a profile name")
	}
	if _, ok := catalog.ProfileByName(arg.AsString()); !ok {
		return fmt.Errorf("profile_permissions(%q): no such profile", arg.AsString())
	}
	if step, ok := e.Traversal[0].(hcl.TraverseAttr); !ok || step.Name != name {
		return fmt.Errorf("takes module %v of profile_permissions for attribute %s", e.Traversal[0], name)
	}
	if _, ok := catalog.ModuleByName(name); !ok {
		return fmt.Errorf("%s is not a module", name)
	}
	return nil
}

var codeSpan = regexp.MustCompile("`[^`]*`")

// checkProse checks the prose of a fix: an assignment or a block in it is
// code between backquotes, and that code is a valid fix too.
func (s *fixSchema) checkProse(object, prose string) error {
	for _, m := range codeSpan.FindAllString(prose, -1) {
		code := strings.Trim(m, "`")
		if !strings.ContainsAny(code, "={") {
			continue // a name or a value
		}
		if err := s.checkFix(object, code); err != nil {
			return fmt.Errorf("code %s: %w", m, err)
		}
	}
	if rest := codeSpan.ReplaceAllString(prose, ""); strings.ContainsAny(rest, "={}") {
		return fmt.Errorf("writes code outside backquotes: %q", prose)
	}
	return nil
}

// objectOf is the resource type of a finding's address in the rule table
// ("autotask_security_level.sd").
func objectOf(address string) string {
	typ, _, _ := strings.Cut(address, ".")
	return typ
}

func TestFixesAreValidHCL(t *testing.T) {
	s := loadFixSchema(t)
	byRule := evaluate.FiringFindings(t)
	for _, r := range evaluate.Rules() {
		t.Run(r.ID, func(t *testing.T) {
			withHCL := 0
			for _, f := range byRule[r.ID] {
				object := objectOf(f.Address)
				if _, ok := s.resources[object]; !ok {
					t.Fatalf("%s: the rule table's address %q names no resource type", f, f.Address)
				}
				if f.FixHCL == "" && f.Fix == "" {
					t.Errorf("%s: no fix", f)
				}
				if f.FixHCL != "" {
					withHCL++
					if err := s.checkFix(object, f.FixHCL); err != nil {
						t.Errorf("%s: fix\n%s\n%v", f, f.FixHCL, err)
					}
				}
				if err := s.checkProse(object, f.Fix); err != nil {
					t.Errorf("%s: %v", f, err)
				}
			}
			noHCL := slices.Contains(evaluate.RulesWithoutFixHCL(), r.ID)
			switch {
			case noHCL && (withHCL > 0 || r.FixHCL != ""):
				t.Errorf("%s is listed among the rules without a fix in HCL, but has one", r.ID)
			case !noHCL && withHCL == 0:
				t.Errorf("no firing case of %s has a fix in HCL", r.ID)
			case !noHCL && r.FixHCL == "":
				t.Errorf("%s has no example fix in HCL", r.ID)
			}
			if r.FixHCL != "" {
				var errs []string
				for _, object := range r.Objects {
					err := s.checkFix(object, r.FixHCL)
					if err == nil {
						errs = nil
						break
					}
					errs = append(errs, object+": "+err.Error())
				}
				if errs != nil {
					t.Errorf("example fix\n%s\nfits none of %v:\n%s", r.FixHCL, r.Objects, strings.Join(errs, "\n"))
				}
			}
			if err := s.checkProse(r.Objects[0], r.Fix); err != nil {
				t.Errorf("rule fix: %v", err)
			}
		})
	}
}

// The check itself must reject what used to be printed.
func TestFixCheckRejectsOldAdvice(t *testing.T) {
	s := loadFixSchema(t)
	for _, c := range []struct{ object, fix, prose string }{
		{evaluate.ObjectSecurityLevel, `admin.manage_resources = "No"`, ""},
		{evaluate.ObjectSecurityLevel, "admin = {\n  manage_resources = \"No\"\n}", ""},
		{evaluate.ObjectSecurityLevel, "admin = {\n  manage_resource = false\n}", ""},
		{evaluate.ObjectSecurityLevel, "crm = {\n  companies_view = \"Everything\"\n}", ""},
		{evaluate.ObjectSecurityLevel, "admin = {\nmanage_resources = false\n}", ""},
		{evaluate.ObjectPortalLevel, `type = true`, ""},
		{evaluate.ObjectSecuritySettings, `lockout_threshold = "5"`, ""},
		{evaluate.ObjectSecuritySettings, `id = "1"`, ""},
		{evaluate.ObjectAPIUser, `user_name = null`, ""},
		{evaluate.ObjectSecurityLevel, "", `Set admin.manage_resources = "No", or use an Administrator-license level for whoever must have it.`},
		{evaluate.ObjectProtectedDataAccess, "", "Or take the edit permission away: `edit_protected = \"No\"`."},
	} {
		var err error
		if c.fix != "" {
			err = s.checkFix(c.object, c.fix)
		} else {
			err = s.checkProse(c.object, c.prose)
		}
		if err == nil {
			t.Errorf("%s%s: accepted", c.fix, c.prose)
		}
	}
}
