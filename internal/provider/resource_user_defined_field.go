package provider

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/suggest"
)

var (
	_ resource.ResourceWithConfigure      = &UserDefinedFieldResource{}
	_ resource.ResourceWithImportState    = &UserDefinedFieldResource{}
	_ resource.ResourceWithModifyPlan     = &UserDefinedFieldResource{}
	_ resource.ResourceWithValidateConfig = &UserDefinedFieldResource{}
	_ resource.ResourceWithUpgradeState   = &UserDefinedFieldResource{}
)

// UserDefinedFieldResource manages one user-defined field definition
// (UserDefinedFieldDefinitions) and the items of a List field
// (UserDefinedFieldListItems).
type UserDefinedFieldResource struct {
	data *providerData
}

// NewUserDefinedFieldResource is the constructor the provider registers.
func NewUserDefinedFieldResource() resource.Resource { return &UserDefinedFieldResource{} }

type userDefinedFieldResourceModel struct {
	Acknowledge     types.Map    `tfsdk:"acknowledge"`
	ID              types.String `tfsdk:"id"`
	Name            types.String `tfsdk:"name"`
	UDFType         types.String `tfsdk:"udf_type"`
	DataType        types.String `tfsdk:"data_type"`
	PicklistValues  types.Set    `tfsdk:"picklist_values"`
	Protected       types.Bool   `tfsdk:"protected"`
	Encrypted       types.Bool   `tfsdk:"encrypted"`
	Private         types.Bool   `tfsdk:"private"`
	VisibleToPortal types.Bool   `tfsdk:"visible_to_client_portal"`
	Required        types.Bool   `tfsdk:"required"`
	Active          types.Bool   `tfsdk:"active"`
	Description     types.String `tfsdk:"description"`
}

// picklistValue is one element of picklist_values: a map of strings with
// the keys value and export_value (a map, so that a misspelled key reaches
// the check instead of being dropped by Terraform; see state_upgrade.go).
type picklistValue struct {
	Value       types.String
	ExportValue types.String // null when not set
}

const (
	attrPicklistValues  = "picklist_values"
	picklistValueKey    = "value"
	picklistExportKey   = "export_value"
	picklistElementWhat = "a list value"
)

var picklistKeys = []string{picklistValueKey, picklistExportKey}

// picklistElemType is the type of one element of picklist_values.
var picklistElemType = types.MapType{ElemType: types.StringType}

var userDefinedFieldTopLevel = map[string]bool{
	"name": true, "udf_type": true, "data_type": true, "picklist_values": true, "protected": true, "encrypted": true,
	"private": true, "visible_to_client_portal": true, "required": true, "active": true, "description": true,
}

// Metadata names the resource.
func (r *UserDefinedFieldResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_user_defined_field"
}

// Schema describes the resource (schema version 1; see state_upgrade.go).
func (r *UserDefinedFieldResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = versionedSchema(udfSchema(schema.SetAttribute{Optional: true, ElementType: types.MapType{ElemType: types.StringType},
		MarkdownDescription: fmt.Sprintf("The values users pick from, for `list` fields only (AT153), each a map with the keys `value` (the value as "+
			"users see it, required) and `export_value` (the value exports and integrations see; unset means the same as `value`), each 1 to %d "+
			"characters: `[{ value = \"Gold\" }, { value = \"Silver\", export_value = \"AG\" }]`. Any other key fails the plan, naming the key. "+
			"Order does not matter. A value removed here is retired (Autotask keeps list items so that stored data keeps its meaning); adding it "+
			"back reactivates it.", catalog.UDFListValueMaxLen)}))
}

// UpgradeState moves version 0 state (list values as objects) to maps.
func (r *UserDefinedFieldResource) UpgradeState(context.Context) map[int64]resource.StateUpgrader {
	return objectsToMapsUpgrader(udfSchema(schema.SetNestedAttribute{Optional: true,
		NestedObject: schema.NestedAttributeObject{Attributes: stringObjectAttributes(picklistKeys...)}}), attrPicklistValues)
}

// ValidateConfig checks the list values, so `terraform validate` reports
// a misspelled key.
func (r *UserDefinedFieldResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	checkPicklist(ctx, req.Config, &resp.Diagnostics)
}

// checkPicklist is the one check of picklist_values, run by ValidateConfig
// and again by ModifyPlan (for values unknown at validate): each value has
// only the keys value and export_value, a value, and lengths the PSA takes.
func checkPicklist(ctx context.Context, src attributeGetter, diags *diag.Diagnostics) {
	var set types.Set
	diags.Append(src.GetAttribute(ctx, path.Root(attrPicklistValues), &set)...)
	if set.IsNull() || set.IsUnknown() {
		return
	}
	for _, e := range set.Elements() {
		m, ok := e.(types.Map)
		if !ok || m.IsNull() || m.IsUnknown() {
			continue
		}
		elems := m.Elements()
		at := path.Root(attrPicklistValues).AtSetValue(m)
		shown := "{ " + strings.Join(knownEntries(elems), ", ") + " }"
		for _, key := range sortedKeys(elems) {
			v, _ := elems[key].(types.String)
			if !slices.Contains(picklistKeys, key) {
				diags.AddAttributeError(at.AtMapKey(key), "Unknown list value key",
					fmt.Sprintf("picklist_values: %s has the key %s, which is not a key of %s.%s Each list value takes value (required) and "+
						"export_value (optional).", shown, key, picklistElementWhat, suggest.DidYouMean(key, picklistKeys)))
				continue
			}
			if v.IsNull() || v.IsUnknown() {
				continue
			}
			if n := utf8.RuneCountInString(v.ValueString()); n < 1 || n > catalog.UDFListValueMaxLen {
				diags.AddAttributeError(at.AtMapKey(key), "Invalid list value",
					fmt.Sprintf("picklist_values: %s of %s must be 1 to %d characters long (this one has %d).", key, shown, catalog.UDFListValueMaxLen, n))
			}
		}
		if v, ok := elems[picklistValueKey].(types.String); !ok || v.IsNull() {
			diags.AddAttributeError(at, "List value without a value",
				fmt.Sprintf("picklist_values: %s has no value; each list value needs value = \"…\" (what users see).", shown))
		}
	}
}

// knownEntries renders the known entries of a map as HCL, for messages.
func knownEntries(elems map[string]attr.Value) []string {
	var out []string
	for _, key := range sortedKeys(elems) {
		if v, ok := elems[key].(types.String); ok && !v.IsNull() && !v.IsUnknown() {
			out = append(out, fmt.Sprintf("%s = %q", key, v.ValueString()))
		}
	}
	return out
}

// udfSchema is the schema with the given picklist_values attribute.
func udfSchema(picklist schema.Attribute) schema.Schema {
	var typeDocs, protectable, dataDocs []string
	for _, t := range catalog.UDFTypes() {
		typeDocs = append(typeDocs, fmt.Sprintf("`%s` (Autotask: %s)", t.Type, t.Label))
		if t.Protectable {
			protectable = append(protectable, "`"+string(t.Type)+"`")
		}
	}
	for _, d := range catalog.UDFDataTypes() {
		dataDocs = append(dataDocs, fmt.Sprintf("`%s` (Autotask: %s)", d.Type, d.Label))
	}
	flag := func(doc string, d bool) schema.BoolAttribute {
		return schema.BoolAttribute{Optional: true, Computed: true, Default: booldefault.StaticBool(d), MarkdownDescription: fmt.Sprintf("%s Default `%t`.", doc, d)}
	}
	return schema.Schema{
		MarkdownDescription: "A user-defined field of organizations, contacts, resources or devices (configuration items), with the values of a " +
			"List field. Uses the documented `UserDefinedFieldDefinitions` and `UserDefinedFieldListItems` entities.\n\n" +
			"**Protected fields.** Organization and device fields can be protected: only users granted access with " +
			"`autotask_protected_data_access` (and, by default, administrators and API users) see or change their values, whatever their " +
			"security level. A protected field can also be encrypted, and is never shown in the Client Portal.\n\n" +
			"**What cannot change.** Autotask fixes `udf_type`, `data_type` and `encrypted` when the field is created, and definitions can " +
			"never be deleted. A change to any of them is therefore refused at plan (AT152) rather than planned as a replacement: a " +
			"replacement would leave the old field behind with every value stored in it, and start an empty one. Create a new field under " +
			"another name instead.\n\n" +
			"**Destroy deactivates.** Destroying the resource sets the field inactive; Autotask keeps it and its values. Applying the " +
			"same `udf_type` and `name` again takes the inactive field back (when its fixed settings match) instead of failing on the name.\n\n" +
			"Import by ID or by `udf_type/name`, e.g. `device/Local Admin Password`.",
		Attributes: map[string]schema.Attribute{
			attrAcknowledge: acknowledgeAttribute(evaluate.ObjectUserDefinedField),
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "ID of the field definition.",
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"name": schema.StringAttribute{Required: true,
				MarkdownDescription: fmt.Sprintf("Name of the field, unique among the fields of its type (any letter case), at most %d characters. "+
					"Checked at plan against the PSA: an active field of that type and name is an error that gives the `import` block to adopt it; "+
					"an inactive one is taken back by the apply when its fixed settings match (a warning says so).", catalog.UDFNameMaxLen),
				Validators: []validator.String{stringvalidator.LengthBetween(1, catalog.UDFNameMaxLen)}},
			"udf_type": schema.StringAttribute{Required: true,
				MarkdownDescription: "What the field belongs to: " + strings.Join(typeDocs, ", ") + ". Fixed after creation (AT152).",
				Validators:          []validator.String{stringvalidator.OneOf(catalog.UDFTypeNames()...)}},
			"data_type": schema.StringAttribute{Required: true,
				MarkdownDescription: "What the field holds: " + strings.Join(dataDocs, ", ") + ". Only `list` fields have `picklist_values`. Fixed after creation (AT152).",
				Validators:          []validator.String{stringvalidator.OneOf(catalog.UDFDataTypeNames()...)}},
			attrPicklistValues: picklist,
			"protected": flag("Whether the field's values are protected data, visible only to users with protected-data access. Only for "+
				strings.Join(protectable, " and ")+" fields (AT153).", false),
			"encrypted":                flag("Whether the values are stored encrypted. Needs `protected` and `data_type = \"text\"` (AT153); fixed after creation (AT152).", false),
			"private":                  flag("Whether Autotask flags the field private (`isPrivate`).", false),
			"visible_to_client_portal": flag("Whether Client Portal users see the field. A protected field cannot be visible there (AT151).", false),
			"required":                 flag("Whether every object of the type must have a value.", false),
			"active":                   flag("Whether the field is in use. Destroy sets it `false`.", true),
			"description": schema.StringAttribute{Optional: true, Computed: true, Default: stringdefault.StaticString(""),
				MarkdownDescription: fmt.Sprintf("What the field is for, at most %d characters.", catalog.UDFDescriptionMaxLen),
				Validators:          []validator.String{stringvalidator.LengthAtMost(catalog.UDFDescriptionMaxLen)}},
		},
	}
}

// Configure receives the provider data.
func (r *UserDefinedFieldResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func udfAddress(m *userDefinedFieldResourceModel) string {
	return fmt.Sprintf("user-defined field %s/%s", m.UDFType.ValueString(), m.Name.ValueString())
}

// ModifyPlan runs the evaluator: conflicting settings and changes to what
// Autotask fixes at creation fail the plan.
func (r *UserDefinedFieldResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil || req.Plan.Raw.IsNull() {
		return
	}
	checkPicklist(ctx, req.Config, &resp.Diagnostics) // values unknown at validate
	if resp.Diagnostics.HasError() {
		return
	}
	var plan userDefinedFieldResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	u := evaluate.UDF{
		Address: udfAddress(&plan), ID: planID(plan.ID), Name: plan.Name.ValueString(),
		Type: plan.UDFType.ValueString(), DataType: plan.DataType.ValueString(),
		Protected: plan.Protected.ValueBool(), Encrypted: plan.Encrypted.ValueBool(), VisibleToPortal: plan.VisibleToPortal.ValueBool(),
	}
	for attr, unknown := range map[string]bool{
		evaluate.AttrUDFType: plan.UDFType.IsUnknown(), evaluate.AttrDataType: plan.DataType.IsUnknown(),
		evaluate.AttrProtected: plan.Protected.IsUnknown(), evaluate.AttrEncrypted: plan.Encrypted.IsUnknown(),
		evaluate.AttrVisibleToPortal: plan.VisibleToPortal.IsUnknown(),
	} {
		if unknown {
			u.Unknown = append(u.Unknown, attr)
		}
	}
	values, known := planPicklist(plan.PicklistValues)
	if known {
		for _, v := range values {
			u.PicklistValues = append(u.PicklistValues, v.Value.ValueString())
		}
	} else {
		u.Unknown = append(u.Unknown, evaluate.AttrPicklistValues)
	}
	if !req.State.Raw.IsNull() {
		var state userDefinedFieldResourceModel
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
		u.Before = &evaluate.UDFFixed{Type: state.UDFType.ValueString(), DataType: state.DataType.ValueString(), Encrypted: state.Encrypted.ValueBool()}
		if !plan.Name.IsUnknown() && !strings.EqualFold(plan.Name.ValueString(), state.Name.ValueString()) {
			r.data.checkUDFName(ctx, &plan, true, planID(state.ID), &resp.Diagnostics)
		}
	} else if !plan.Name.IsUnknown() && !plan.UDFType.IsUnknown() && !plan.DataType.IsUnknown() && !plan.Encrypted.IsUnknown() {
		r.data.checkUDFName(ctx, &plan, false, 0, &resp.Diagnostics) // a field of that name may exist already
	}
	r.data.evaluateInto(ctx, evaluate.Input{UDFs: []evaluate.UDF{u}}, u.Address, userDefinedFieldTopLevel, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}

// planPicklist reads picklist_values; known is false while any part of it
// is unknown.
func planPicklist(set types.Set) (values []picklistValue, known bool) {
	if set.IsUnknown() {
		return nil, false
	}
	if set.IsNull() {
		return nil, true
	}
	for _, e := range set.Elements() {
		m, ok := e.(types.Map)
		if !ok || m.IsNull() {
			continue
		}
		if m.IsUnknown() {
			return nil, false
		}
		v := picklistValue{Value: types.StringNull(), ExportValue: types.StringNull()}
		for key, ev := range m.Elements() {
			s, _ := ev.(types.String)
			if s.IsUnknown() {
				return nil, false
			}
			switch key {
			case picklistValueKey:
				v.Value = s
			case picklistExportKey:
				v.ExportValue = s
			}
		}
		values = append(values, v)
	}
	return values, true
}

// definition is the definition the plan asks for (without id).
func (m *userDefinedFieldResourceModel) definition() (*autotask.UDFDefinition, error) {
	typ, ok := catalog.UDFTypeByName(m.UDFType.ValueString())
	if !ok {
		return nil, fmt.Errorf("udf_type %q is not one of %s", m.UDFType.ValueString(), strings.Join(catalog.UDFTypeNames(), ", "))
	}
	dt, ok := catalog.UDFDataTypeByName(m.DataType.ValueString())
	if !ok {
		return nil, fmt.Errorf("data_type %q is not one of %s", m.DataType.ValueString(), strings.Join(catalog.UDFDataTypeNames(), ", "))
	}
	return &autotask.UDFDefinition{
		Name: autotask.String(m.Name.ValueString()), Description: autotask.String(m.Description.ValueString()),
		UDFType: autotask.Int(typ.ID), DataType: autotask.Int(dt.ID),
		IsProtected: autotask.Bool(m.Protected.ValueBool()), IsEncrypted: autotask.Bool(m.Encrypted.ValueBool()),
		IsPrivate: autotask.Bool(m.Private.ValueBool()), IsVisibleToClientPortal: autotask.Bool(m.VisibleToPortal.ValueBool()),
		IsRequired: autotask.Bool(m.Required.ValueBool()), IsActive: autotask.Bool(m.Active.ValueBool()),
	}, nil
}

// planned reads the plan and the definition it asks for.
func (r *UserDefinedFieldResource) planned(ctx context.Context, plan tfsdk.Plan, diags *diag.Diagnostics) (*autotask.Client, userDefinedFieldResourceModel, *autotask.UDFDefinition, bool) {
	var m userDefinedFieldResourceModel
	c, d := r.data.Client(ctx)
	diags.Append(d...)
	diags.Append(plan.Get(ctx, &m)...)
	if diags.HasError() {
		return nil, m, nil, false
	}
	def, err := m.definition()
	if err != nil {
		diags.AddError("Invalid user-defined field", err.Error())
		return nil, m, nil, false
	}
	return c, m, def, true
}

func udfNaturalKey(name string, typeID int) autotask.Filter {
	return autotask.And(autotask.Eq("name", name), autotask.Eq("udfType", typeID))
}

// Create creates the field, or takes back an inactive one of the same type
// and name (a destroyed field), then writes its list items.
func (r *UserDefinedFieldResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	c, plan, def, ok := r.planned(ctx, req.Plan, &resp.Diagnostics)
	if !ok {
		return
	}
	name := plan.Name.ValueString()
	// The GET form of query: a read, retried freely and never mistaken for
	// the create that follows.
	found, err := c.UDFDefinitions().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{udfNaturalKey(name, *def.UDFType)}, UseGET: true})
	if err != nil {
		resp.Diagnostics.AddError("Could not look up user-defined field "+strconv.Quote(name), r.data.apiErrorDetail(err))
		return
	}
	var id int64
	switch {
	case len(found) > 0 && deref(found[0].IsActive):
		resp.Diagnostics.AddAttributeError(path.Root("name"), "User-defined field already exists", udfExistsDetail(catalog.UDFType(plan.UDFType.ValueString()), &found[0]))
		return
	case len(found) > 0:
		old := found[0]
		if problem := udfReuseProblem(&old, &plan); problem != "" {
			resp.Diagnostics.AddAttributeError(path.Root("name"), "An inactive field of this name cannot be reused", problem)
			return
		}
		id = old.ID
		def.ID, def.UDFType, def.DataType, def.IsEncrypted = id, nil, nil, nil // fixed fields are not sent
		if err := c.UDFDefinitions().Update(ctx, def); err != nil {
			resp.Diagnostics.AddError("Could not reactivate user-defined field "+strconv.Quote(name), r.data.apiErrorDetail(err))
			return
		}
	default:
		id, err = c.UDFDefinitions().Create(ctx, def, autotask.CreateOptions{NaturalKey: udfNaturalKey(name, *def.UDFType)})
		if err != nil {
			resp.Diagnostics.AddError("Could not create user-defined field "+strconv.Quote(name), r.data.apiErrorDetail(err))
			return
		}
	}
	resp.State.Raw = req.Plan.Raw.Copy()
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(strconv.FormatInt(id, 10)))...)
	if r.syncItems(ctx, c, id, plan.PicklistValues, &resp.Diagnostics) {
		readBackAfterCreate(&resp.Diagnostics, fmt.Sprintf("user-defined field %d", id), func(d *diag.Diagnostics) bool {
			return r.refresh(ctx, c, id, &resp.State, d)
		})
	}
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.UDFDefinitions())...)
}

func udfDataTypeName(id int) string {
	if dt, ok := catalog.UDFDataTypeByID(id); ok {
		return string(dt.Type)
	}
	return strconv.Itoa(id)
}

// syncItems makes the active list items of field id exactly the planned
// values: new ones are created, changed ones updated, missing ones
// retired. It reports whether everything was written.
func (r *UserDefinedFieldResource) syncItems(ctx context.Context, c *autotask.Client, id int64, set types.Set, diags *diag.Diagnostics) bool {
	want, _ := planPicklist(set)
	remote, err := c.UDFListItems().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("udfFieldId", id)}, UseGET: true})
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read the list items of user-defined field %d", id), r.data.apiErrorDetail(err))
		return false
	}
	byValue := make(map[string]*autotask.UDFListItem, len(remote))
	for i := range remote {
		byValue[strings.ToLower(deref(remote[i].ValueForDisplay))] = &remote[i]
	}
	kept := map[int64]bool{}
	for _, w := range want {
		display := w.Value.ValueString()
		export := display
		if !w.ExportValue.IsNull() {
			export = w.ExportValue.ValueString()
		}
		cur, ok := byValue[strings.ToLower(display)]
		if !ok {
			_, err := c.UDFListItemsOf(id).Create(ctx, &autotask.UDFListItem{ValueForDisplay: autotask.String(display),
				ValueForExport: autotask.String(export), IsActive: autotask.Bool(true)},
				autotask.CreateOptions{NaturalKey: autotask.And(autotask.Eq("udfFieldId", id), autotask.Eq("valueForDisplay", display))})
			if err != nil {
				diags.AddAttributeError(path.Root("picklist_values"), "Could not add the list value "+strconv.Quote(display), r.data.apiErrorDetail(err))
				return false
			}
			continue
		}
		kept[cur.ID] = true
		if deref(cur.ValueForDisplay) == display && deref(cur.ValueForExport) == export && deref(cur.IsActive) {
			continue
		}
		if err := c.UDFListItemsOf(id).Update(ctx, &autotask.UDFListItem{ID: cur.ID, ValueForDisplay: autotask.String(display),
			ValueForExport: autotask.String(export), IsActive: autotask.Bool(true)}); err != nil {
			diags.AddAttributeError(path.Root("picklist_values"), "Could not update the list value "+strconv.Quote(display), r.data.apiErrorDetail(err))
			return false
		}
	}
	for _, it := range remote {
		if kept[it.ID] || !deref(it.IsActive) {
			continue
		}
		if err := c.UDFListItemsOf(id).Update(ctx, &autotask.UDFListItem{ID: it.ID, IsActive: autotask.Bool(false)}); err != nil {
			diags.AddAttributeError(path.Root("picklist_values"), "Could not retire the list value "+strconv.Quote(deref(it.ValueForDisplay)), r.data.apiErrorDetail(err))
			return false
		}
	}
	return true
}

// refresh reads field id into st; false when it is gone.
func (r *UserDefinedFieldResource) refresh(ctx context.Context, c *autotask.Client, id int64, st *tfsdk.State, diags *diag.Diagnostics) bool {
	remote, err := c.UDFDefinitions().Get(ctx, id)
	if autotask.IsNotFound(err) {
		return false
	}
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read user-defined field %d", id), r.data.apiErrorDetail(err))
		return true
	}
	var prior userDefinedFieldResourceModel
	diags.Append(st.Get(ctx, &prior)...)
	m := userDefinedFieldResourceModel{
		Acknowledge: prior.Acknowledge,
		ID:          types.StringValue(strconv.FormatInt(remote.ID, 10)), Name: types.StringValue(deref(remote.Name)),
		Description: types.StringValue(deref(remote.Description)),
		Protected:   types.BoolValue(deref(remote.IsProtected)), Encrypted: types.BoolValue(deref(remote.IsEncrypted)),
		Private: types.BoolValue(deref(remote.IsPrivate)), VisibleToPortal: types.BoolValue(deref(remote.IsVisibleToClientPortal)),
		Required: types.BoolValue(deref(remote.IsRequired)), Active: types.BoolValue(deref(remote.IsActive)),
		UDFType: types.StringNull(), DataType: types.StringNull(),
	}
	if t, ok := catalog.UDFTypeByID(deref(remote.UDFType)); ok {
		m.UDFType = types.StringValue(string(t.Type))
	}
	dt, ok := catalog.UDFDataTypeByID(deref(remote.DataType))
	if ok {
		m.DataType = types.StringValue(string(dt.Type))
	}
	if !ok || dt.HasPicklist || (!prior.PicklistValues.IsNull() && !prior.PicklistValues.IsUnknown()) {
		items, err := c.UDFListItems().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("udfFieldId", id)}})
		if err != nil {
			diags.AddError(fmt.Sprintf("Could not read the list items of user-defined field %d", id), r.data.apiErrorDetail(err))
			return true
		}
		var d diag.Diagnostics
		m.PicklistValues, d = picklistState(items, prior.PicklistValues)
		diags.Append(d...)
	} else {
		m.PicklistValues = types.SetNull(picklistElemType)
	}
	diags.Append(st.Set(ctx, &m)...)
	return true
}

// picklistState turns the active list items into picklist_values. A
// value prior holds keeps its keys: export_value is shown when it differs
// from the value or prior spelled it out, and stays a null entry where
// prior wrote it null. No active items is null unless the prior state held
// an empty set.
func picklistState(items []autotask.UDFListItem, prior types.Set) (types.Set, diag.Diagnostics) {
	priorByValue := map[string]map[string]attr.Value{}
	if !prior.IsNull() && !prior.IsUnknown() {
		for _, e := range prior.Elements() {
			if m, ok := e.(types.Map); ok && !m.IsNull() && !m.IsUnknown() {
				if v, ok := m.Elements()[picklistValueKey].(types.String); ok {
					priorByValue[v.ValueString()] = m.Elements()
				}
			}
		}
	}
	var elems []attr.Value
	sort.SliceStable(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	for _, it := range items {
		if !deref(it.IsActive) {
			continue
		}
		display, export := deref(it.ValueForDisplay), deref(it.ValueForExport)
		entries := map[string]attr.Value{picklistValueKey: types.StringValue(display)}
		old, hadKey := priorByValue[display][picklistExportKey]
		switch {
		case export != display || (hadKey && !old.IsNull()):
			entries[picklistExportKey] = types.StringValue(export)
		case hadKey:
			entries[picklistExportKey] = types.StringNull()
		}
		elems = append(elems, types.MapValueMust(types.StringType, entries))
	}
	if len(elems) == 0 && (prior.IsNull() || prior.IsUnknown() || len(prior.Elements()) > 0) {
		return types.SetNull(picklistElemType), nil
	}
	return types.SetValue(picklistElemType, elems)
}

// Read refreshes state from the PSA.
func (r *UserDefinedFieldResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var state userDefinedFieldResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, err := strconv.ParseInt(state.ID.ValueString(), 10, 64)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("id"), "Invalid user-defined field ID", fmt.Sprintf("%q is not a number.", state.ID.ValueString()))
		return
	}
	refreshReadingAhead(ctx, req, resp, id, func() bool { return r.refresh(ctx, c, id, &resp.State, &resp.Diagnostics) }, c.UDFDefinitions())
}

// Update writes every changeable setting (never the fixed ones: the plan
// refuses changes to them) and the list items.
func (r *UserDefinedFieldResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	c, plan, def, ok := r.planned(ctx, req.Plan, &resp.Diagnostics)
	if !ok {
		return
	}
	id, ok := existingID(plan.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	def.ID, def.UDFType, def.DataType, def.IsEncrypted = id, nil, nil, nil
	if err := c.UDFDefinitions().Update(ctx, def); err != nil {
		resp.Diagnostics.AddError("Could not update user-defined field "+strconv.Quote(plan.Name.ValueString()), r.data.apiErrorDetail(err))
		return
	}
	resp.State.Raw = req.Plan.Raw.Copy()
	if r.syncItems(ctx, c, id, plan.PicklistValues, &resp.Diagnostics) {
		r.refresh(ctx, c, id, &resp.State, &resp.Diagnostics)
	}
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.UDFDefinitions())...)
}

// Delete deactivates the field: Autotask never deletes definitions.
func (r *UserDefinedFieldResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var state userDefinedFieldResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(state.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	err := c.UDFDefinitions().Update(ctx, &autotask.UDFDefinition{ID: id, IsActive: autotask.Bool(false)})
	if err != nil && !autotask.IsNotFound(err) {
		resp.Diagnostics.AddError("Could not deactivate user-defined field "+strconv.Quote(state.Name.ValueString()), r.data.apiErrorDetail(err))
	}
}

// ImportState accepts a numeric ID or "udf_type/name".
func (r *UserDefinedFieldResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id := strings.TrimSpace(req.ID)
	if _, err := strconv.ParseInt(id, 10, 64); err != nil {
		typName, name, ok := strings.Cut(id, "/")
		typ, known := catalog.UDFTypeByName(typName)
		if !ok || !known || strings.TrimSpace(name) == "" {
			resp.Diagnostics.AddError("Invalid import ID",
				fmt.Sprintf("%q is neither a field ID nor udf_type/name; udf_type is one of %s, e.g. device/Local Admin Password.", id, strings.Join(catalog.UDFTypeNames(), ", ")))
			return
		}
		c, diags := r.data.Client(ctx)
		resp.Diagnostics.Append(diags...)
		if resp.Diagnostics.HasError() {
			return
		}
		found, err := c.UDFDefinitions().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{udfNaturalKey(strings.TrimSpace(name), typ.ID)}})
		if err != nil {
			resp.Diagnostics.AddError("Could not look up user-defined field "+strconv.Quote(id), r.data.apiErrorDetail(err))
			return
		}
		if len(found) != 1 {
			resp.Diagnostics.AddError("User-defined field not found",
				fmt.Sprintf("No %s field is named %q (found %d). Import by numeric ID or udf_type/name.", typ.Type, strings.TrimSpace(name), len(found)))
			return
		}
		id = strconv.FormatInt(found[0].ID, 10)
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(id))...)
}
