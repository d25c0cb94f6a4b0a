package main

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	pschema "github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
)

// The experiment's provider: one resource type, shape_level, whose
// permission overrides take the shape named by $SCHEMASHAPE, and a
// profile_permissions function like the real provider's. The resource keeps
// no remote object: Create and Update store the plan, Read re-renders the
// configured overrides from the stored effective permissions (as the real
// Read re-renders them from the PSA), so every shape pays for the same
// work and only the schema differs.

const providerAddress = "registry.terraform.io/bench/shape"

// baseLevel is the system level whose defaults the overrides apply to.
const baseLevel = catalog.ServiceDeskUser

type shapeProvider struct{ shape shape }

var (
	_ provider.ProviderWithFunctions      = &shapeProvider{}
	_ resource.ResourceWithModifyPlan     = &levelResource{}
	_ resource.ResourceWithValidateConfig = &levelResource{}
	_ resource.ResourceWithUpgradeState   = &levelResource{}
	_ function.Function                   = &profileFunction{}
)

func (p *shapeProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "shape"
}

func (p *shapeProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = pschema.Schema{MarkdownDescription: "Schema-shape experiment, shape " + p.shape.ID + "."}
}

func (p *shapeProvider) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {
}

func (p *shapeProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{func() resource.Resource { return &levelResource{shape: p.shape} }}
}

func (p *shapeProvider) DataSources(context.Context) []func() datasource.DataSource { return nil }

func (p *shapeProvider) Functions(context.Context) []func() function.Function {
	return []func() function.Function{func() function.Function { return &profileFunction{} }}
}

// levelResource is shape_level.
type levelResource struct{ shape shape }

func (r *levelResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_level"
}

func (r *levelResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = levelSchema(r.shape)
}

// levelSchema is the resource schema in a shape.
func levelSchema(s shape) schema.Schema {
	attrs, blocks := s.schemaParts()
	attrs["id"] = schema.StringAttribute{Computed: true, MarkdownDescription: "ID of the level.",
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}}
	attrs["name"] = schema.StringAttribute{Required: true, MarkdownDescription: "Name of the level."}
	attrs["effective_permissions"] = effectiveAttribute()
	return schema.Schema{
		Version:             s.version(),
		MarkdownDescription: "A security level whose overrides take shape " + s.ID + ": " + s.Title + ".",
		Attributes:          attrs,
		Blocks:              blocks,
	}
}

func effectiveAttribute() schema.SingleNestedAttribute {
	outer := map[string]schema.Attribute{}
	for _, g := range groups {
		inner := map[string]schema.Attribute{}
		for _, p := range g.Perms {
			if p.Kind == catalog.KindBool {
				inner[p.Name] = schema.BoolAttribute{Computed: true, MarkdownDescription: permDescription(p)}
			} else {
				inner[p.Name] = schema.StringAttribute{Computed: true, MarkdownDescription: permDescription(p)}
			}
		}
		outer[g.Name] = schema.SingleNestedAttribute{Computed: true, Attributes: inner, MarkdownDescription: g.Label + "."}
	}
	return schema.SingleNestedAttribute{Computed: true, Attributes: outer,
		MarkdownDescription: "Every permission as the level grants it: the base level's defaults with the overrides laid over them."}
}

// ValidateConfig checks names and values where Terraform cannot (maps and
// dynamic values). Typed objects and blocks are checked by Terraform and
// their attribute validators.
func (r *levelResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	switch r.shape.layout {
	case typedObject, nestedBlock:
		return
	}
	_, _, diags := r.shape.decode(ctx, req.Config, true)
	resp.Diagnostics.Append(diags...)
}

// ModifyPlan computes the effective permissions from the overrides.
func (r *levelResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	o, unknown, diags := r.shape.decode(ctx, req.Plan, false)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	var eff attr.Value = types.ObjectUnknown(allGroupsType())
	if !unknown {
		eff = settingsObject(baseDefaults().Apply(o.settings()))
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("effective_permissions"), eff)...)
}

func baseDefaults() catalog.Settings {
	l, ok := catalog.SystemLevelByID(baseLevel)
	if !ok {
		panic("catalogue lacks the base level")
	}
	return l.Defaults()
}

func (r *levelResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var name types.String
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("name"), &name)...)
	resp.State.Raw = req.Plan.Raw.Copy()
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue("level-"+name.ValueString()))...)
}

// Read re-renders the configured overrides from the stored effective
// permissions, as the real provider's Read does from the PSA: every entry
// the state holds keeps its name and its type, and takes the "remote"
// value; entries that are null stay null. Rebuilding the value from the
// names alone would drop a configured `companies_add = null` (the idiom
// `var.strict ? false : null`) from maps and dynamic values, and the next
// plan would put it back.
func (r *levelResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var effObj types.Object
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("effective_permissions"), &effObj)...)
	eff := settingsFromObject(effObj)
	for _, top := range r.shape.tops() {
		var v attr.Value
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(top), &v)...)
		mod := top
		if !r.shape.perModule() {
			mod = ""
		}
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(top), refreshed(v, eff, mod))...)
	}
}

// refreshed is v with every permission value taken from eff. mod is the
// module v holds, or "" when v holds every module.
func refreshed(v attr.Value, eff catalog.Settings, mod string) attr.Value {
	if v == nil || v.IsNull() || v.IsUnknown() {
		return v
	}
	child := func(name string, c attr.Value) attr.Value {
		if mod == "" {
			return refreshed(c, eff, name)
		}
		return refreshedLeaf(c, catalog.Key(mod+"."+name), eff)
	}
	switch tv := v.(type) {
	case types.Dynamic:
		return types.DynamicValue(refreshed(tv.UnderlyingValue(), eff, mod))
	case types.Object:
		attrs := map[string]attr.Value{}
		for name, c := range tv.Attributes() {
			attrs[name] = child(name, c)
		}
		return types.ObjectValueMust(tv.AttributeTypes(context.Background()), attrs)
	case types.Map:
		elems := map[string]attr.Value{}
		for name, c := range tv.Elements() {
			elems[name] = child(name, c)
		}
		return types.MapValueMust(tv.ElementType(context.Background()), elems)
	}
	return v
}

func refreshedLeaf(v attr.Value, k catalog.Key, eff catalog.Settings) attr.Value {
	val, ok := eff[k]
	p, known := catalog.PermissionByKey(k)
	if !ok || !known || v.IsNull() || v.IsUnknown() {
		return v
	}
	switch v.(type) {
	case types.Bool:
		return types.BoolValue(val.IsYes())
	case types.String:
		return types.StringValue(hclString(p, val))
	}
	return v
}

func (r *levelResource) Update(_ context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.State.Raw = req.Plan.Raw.Copy()
}

func (r *levelResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}

// UpgradeState moves version 0 state (shape A) to this shape.
func (r *levelResource) UpgradeState(context.Context) map[int64]resource.StateUpgrader {
	if r.shape.version() == 0 {
		return nil
	}
	prior := levelSchema(shapes[0])
	return map[int64]resource.StateUpgrader{0: {
		PriorSchema: &prior,
		StateUpgrader: func(ctx context.Context, req resource.UpgradeStateRequest, resp *resource.UpgradeStateResponse) {
			upgradeFromA(ctx, r.shape, req.State, &resp.State, &resp.Diagnostics)
		},
	}}
}

// profileFunction is profile_permissions: an integration's least privilege
// as an object of modules, as the real provider returns it.
type profileFunction struct{}

func (f *profileFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "profile_permissions"
}

func (f *profileFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary:    "An integration profile's least privilege, by module",
		Parameters: []function.Parameter{function.StringParameter{Name: "profile"}},
		Return:     function.ObjectReturn{AttributeTypes: allGroupsType()},
	}
}

func (f *profileFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var name string
	if resp.Error = req.Arguments.Get(ctx, &name); resp.Error != nil {
		return
	}
	p, ok := catalog.ProfileByName(name)
	if !ok {
		resp.Error = function.NewArgumentFuncError(0, fmt.Sprintf("%q is not a built-in integration profile", name))
		return
	}
	resp.Error = resp.Result.Set(ctx, settingsObject(p.LeastPrivilege()))
}
