package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

// udfKey finds user-defined fields by type and name ("organization/Billing
// Code", the form the importer takes). Autotask never deletes a field
// definition: a destroyed field stays inactive and keeps its name, and a
// create of the same type and name takes it back.
var udfKey = &naturalKeySpec{
	resourceType: "autotask_user_defined_field",
	what:         "user-defined field",
	keyAttr:      "name",
	reactivates:  true,
	list: func(ctx context.Context, _ *providerData, c *autotask.Client) ([]keyedObject, error) {
		return udfKeys(ctx, c, autotask.Exist("id"))
	},
	find: func(ctx context.Context, c *autotask.Client, key string) ([]keyedObject, error) {
		typName, name, _ := strings.Cut(key, "/")
		typ, _ := catalog.UDFTypeByName(typName)
		return udfKeys(ctx, c, udfNaturalKey(name, typ.ID))
	},
	show: func(key string) string { _, name, _ := strings.Cut(key, "/"); return name },
}

// udfKeys lists the fields filter matches. The GET form of query: a read,
// retried freely and never mistaken for a create.
func udfKeys(ctx context.Context, c *autotask.Client, filter autotask.Filter) ([]keyedObject, error) {
	found, err := c.UDFDefinitions().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{filter}, UseGET: true,
		IncludeFields: []string{"id", "name", "udfType", "isActive"}})
	if err != nil {
		return nil, err
	}
	out := make([]keyedObject, 0, len(found))
	for _, f := range found {
		typ, ok := catalog.UDFTypeByID(deref(f.UDFType))
		if !ok {
			continue
		}
		out = append(out, keyedObject{ID: f.ID, Key: udfKeyOf(string(typ.Type), deref(f.Name)), Active: deref(f.IsActive)})
	}
	return out, nil
}

func udfKeyOf(typ, name string) string { return typ + "/" + name }

func udfNaturalKey(name string, typeID int) autotask.Filter {
	return autotask.And(autotask.Eq("name", name), autotask.Eq("udfType", typeID))
}

// checkName is ModifyPlan's natural-key check: a field of the same type and
// name that exists already, for a new field (an inactive one is taken back
// when what Autotask fixed at creation matches; an active one is an orphan,
// adopted with adopt_existing when it matches) or a renamed one.
func (r *UserDefinedFieldResource) checkName(ctx context.Context, state *userDefinedFieldResourceModel, replaced int64, plan *userDefinedFieldResourceModel, diags *diag.Diagnostics) {
	if plan.Name.IsUnknown() || plan.UDFType.IsUnknown() {
		return
	}
	var before, self types.String
	if state != nil {
		before, self = types.StringValue(udfKeyOf(state.UDFType.ValueString(), state.Name.ValueString())), state.ID
	}
	if _, ok := catalog.UDFTypeByName(plan.UDFType.ValueString()); !ok {
		return
	}
	var want *autotask.UDFDefinition
	if !plan.DataType.IsUnknown() && !plan.Encrypted.IsUnknown() {
		want, _ = plan.definition()
	}
	r.data.planKeyChange(ctx, r.keyClaim(plan, replaced, want), before, self, diags)
}

// keyClaim is the claim of the field m plans, which would be want (nil
// while what Autotask fixes at creation is known only at apply).
func (r *UserDefinedFieldResource) keyClaim(m *userDefinedFieldResourceModel, replaced int64, want *autotask.UDFDefinition) keyClaim {
	settingsKnown := !m.Description.IsUnknown() && !m.Protected.IsUnknown() && !m.Private.IsUnknown() && !m.VisibleToPortal.IsUnknown() &&
		!m.Required.IsUnknown() && !m.Active.IsUnknown()
	return keyClaim{spec: udfKey, key: udfKeyOf(m.UDFType.ValueString(), m.Name.ValueString()), replaced: replaced,
		compare: compareRemote(r.data,
			func(active bool) bool { return want != nil && (settingsKnown || !active) },
			func(ctx context.Context, c *autotask.Client, id int64) (*autotask.UDFDefinition, error) {
				return c.UDFDefinitions().Get(ctx, id)
			},
			func(remote *autotask.UDFDefinition, active bool) []string { return udfDiff(remote, want, active) })}
}

// udfDiff lists, in the configuration's terms, every way remote differs
// from the field want would create: for an inactive field (taken back and
// set as configured) only what Autotask fixed when it was created, its
// data type and encryption.
func udfDiff(remote, want *autotask.UDFDefinition, all bool) []string {
	var out []string
	if a, b := deref(remote.DataType), deref(want.DataType); a != b {
		out = append(out, fmt.Sprintf("data_type: %s in Autotask, %s configured (fixed when the field was created)", udfDataTypeName(a), udfDataTypeName(b)))
	}
	if a, b := deref(remote.IsEncrypted), deref(want.IsEncrypted); a != b {
		out = append(out, fmt.Sprintf("encrypted: %t in Autotask, %t configured (fixed when the field was created)", a, b))
	}
	if !all {
		return out
	}
	d := differences(out)
	d.add("description", deref(remote.Description), deref(want.Description))
	d.add("protected", deref(remote.IsProtected), deref(want.IsProtected))
	d.add("private", deref(remote.IsPrivate), deref(want.IsPrivate))
	d.add("visible_to_client_portal", deref(remote.IsVisibleToClientPortal), deref(want.IsVisibleToClientPortal))
	d.add("required", deref(remote.IsRequired), deref(want.IsRequired))
	d.add("active", deref(remote.IsActive), deref(want.IsActive))
	return d
}

// ModifyPlan runs the evaluator: conflicting settings and changes to what
// Autotask fixes at creation fail the plan.
func (r *UserDefinedFieldResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	replaced := r.data.planKeyLifecycle(ctx, udfKey, req, resp)
	if req.Plan.Raw.IsNull() {
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
	var state *userDefinedFieldResourceModel
	if !req.State.Raw.IsNull() {
		state = &userDefinedFieldResourceModel{}
		resp.Diagnostics.Append(req.State.Get(ctx, state)...)
		u.Before = &evaluate.UDFFixed{Type: state.UDFType.ValueString(), DataType: state.DataType.ValueString(), Encrypted: state.Encrypted.ValueBool()}
	}
	r.checkName(ctx, state, replaced, &plan, &resp.Diagnostics) // a field of that name may exist already
	r.data.evaluateInto(ctx, evaluate.Input{UDFs: []evaluate.UDF{u}}, u.Address, userDefinedFieldTopLevel, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}
