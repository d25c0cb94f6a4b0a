package provider

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
)

var (
	_ resource.ResourceWithConfigure   = &SecuritySettingsResource{}
	_ resource.ResourceWithImportState = &SecuritySettingsResource{}
	_ resource.ResourceWithModifyPlan  = &SecuritySettingsResource{}
)

// SecuritySettingsResource manages the site's login security policy: the
// one SecuritySettings object of the tenant.
type SecuritySettingsResource struct {
	data *providerData
}

// NewSecuritySettingsResource is the constructor the provider registers.
func NewSecuritySettingsResource() resource.Resource { return &SecuritySettingsResource{} }

type securitySettingsResourceModel struct {
	Acknowledge              types.Map    `tfsdk:"acknowledge"`
	ID                       types.String `tfsdk:"id"`
	SSORequired              types.Bool   `tfsdk:"sso_required"`
	TwoFactorRequired        types.Bool   `tfsdk:"two_factor_required"`
	StrongPasswords          types.Bool   `tfsdk:"strong_passwords_required"`
	PasswordMinimumLength    types.Int64  `tfsdk:"password_minimum_length"`
	PasswordCharacterClasses types.Set    `tfsdk:"password_character_classes"`
	PasswordExpiryDays       types.Int64  `tfsdk:"password_expiry_days"`
	PasswordHistoryCount     types.Int64  `tfsdk:"password_history_count"`
	LockoutEnabled           types.Bool   `tfsdk:"lockout_enabled"`
	LockoutThreshold         types.Int64  `tfsdk:"lockout_threshold"`
	LockoutRelease           types.String `tfsdk:"lockout_release"`
	LockoutReleaseMinutes    types.Int64  `tfsdk:"lockout_release_minutes"`
	NotificationRecipients   types.Set    `tfsdk:"notification_recipients"`
}

// securitySettingsTopLevel names the attributes findings may sit on.
var securitySettingsTopLevel = map[string]bool{
	"sso_required": true, "two_factor_required": true, "strong_passwords_required": true,
	"password_minimum_length": true, "password_character_classes": true, "password_expiry_days": true,
	"password_history_count": true, "lockout_enabled": true, "lockout_threshold": true, "lockout_release": true,
	"lockout_release_minutes": true, "notification_recipients": true,
}

const securitySettingsAddress = "the site security settings"

// Metadata names the resource.
func (r *SecuritySettingsResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_security_settings"
}

func rangeDoc(what string, rg catalog.Range) string {
	return fmt.Sprintf("%s, %s. Default `%d`. A value outside the range fails the plan (AT110).", what, rg, rg.Default)
}

// Schema describes the resource. Every attribute has a default, so the
// desired policy is fully determined and a change made in the Autotask UI to
// any setting shows in the next plan.
func (r *SecuritySettingsResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	var classDocs, releaseNames, releaseDocs []string
	for _, c := range catalog.CharacterClasses() {
		classDocs = append(classDocs, fmt.Sprintf("`%s` (%s)", c.Class, c.Label))
	}
	for _, rl := range catalog.LockoutReleases() {
		releaseNames = append(releaseNames, string(rl.Release))
		releaseDocs = append(releaseDocs, fmt.Sprintf("`%s` (%s)", rl.Release, strings.ToLower(rl.Label[:1])+rl.Label[1:]))
	}
	var defClasses []attr.Value
	for _, c := range catalog.DefaultCharacterClasses() {
		defClasses = append(defClasses, types.StringValue(string(c)))
	}
	intAttr := func(doc string, rg catalog.Range) schema.Int64Attribute {
		return schema.Int64Attribute{Optional: true, Computed: true, Default: int64default.StaticInt64(int64(rg.Default)), MarkdownDescription: rangeDoc(doc, rg)}
	}
	boolAttr := func(doc string, def bool) schema.BoolAttribute {
		return schema.BoolAttribute{Optional: true, Computed: true, Default: booldefault.StaticBool(def), MarkdownDescription: fmt.Sprintf("%s Default `%t`.", doc, def)}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "The site's login security policy: how users sign in (single sign-on or two-factor authentication), the " +
			"strong-password rules, lock-out after failed logins and who is told about security-related changes. A tenant has exactly " +
			"one policy (the `SecuritySettings` extension entity), so there is at most one of these resources per provider configuration.\n\n" +
			"**Create adopts, destroy forgets.** Creating the resource takes over the policy the tenant already has and sets it to the " +
			"configuration; nothing new is created. Destroying it only removes it from Terraform state: the tenant keeps the policy as it " +
			"was last applied.\n\nEvery attribute has a default, so the desired policy is always fully determined: a change made in the " +
			"Autotask UI to any setting, configured or not, shows in the next plan and is put back on apply.\n\n" +
			"Plan-time checks: requiring neither SSO nor 2FA is an error (AT405); values outside their ranges and malformed e-mail " +
			"addresses are errors (AT110); no lock-out (AT407), no recipients (AT406) and no strong passwords (AT450) are warnings.",
		Attributes: map[string]schema.Attribute{
			attrAcknowledge: acknowledgeAttribute(evaluate.ObjectSecuritySettings),
			"id": schema.StringAttribute{Computed: true,
				MarkdownDescription: "The tenant's Autotask database number (the `ci` that zone discovery reports for the provider's API user). It is also the import ID.",
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"sso_required": boolAttr("Whether users must sign in with single sign-on (OpenID Connect). Autotask requires SSO or two-factor "+
				"authentication for every user: with both off the plan fails (AT405).", catalog.DefaultSSORequired),
			"two_factor_required": boolAttr("Whether users must sign in with two-factor authentication.", catalog.DefaultTwoFactorRequired),
			"strong_passwords_required": boolAttr("Whether the strong-password rules below are enforced. Off is a warning (AT450); the rules are "+
				"kept either way.", catalog.DefaultStrongPasswords),
			"password_minimum_length": intAttr("Fewest characters a password may have", catalog.PasswordMinimumLength),
			"password_character_classes": schema.SetAttribute{Optional: true, Computed: true, ElementType: types.StringType,
				Default: setdefault.StaticValue(types.SetValueMust(types.StringType, defClasses)),
				MarkdownDescription: "Kinds of character every password must contain: any of " + strings.Join(classDocs, ", ") +
					". Default " + quotedList(stringsOf(catalog.DefaultCharacterClasses())) + ". Order does not matter; an unknown class fails the plan (AT110)."},
			"password_expiry_days":   intAttr("Days after which a password must be changed", catalog.PasswordExpiryDays),
			"password_history_count": intAttr("How many previous passwords a user may not reuse", catalog.PasswordHistoryCount),
			"lockout_enabled": boolAttr("Whether users are locked out after `lockout_threshold` failed logins in a row. Off is a warning (AT407).",
				catalog.DefaultLockoutEnabled),
			"lockout_threshold": intAttr("Failed logins in a row after which a user is locked out", catalog.LockoutThreshold),
			"lockout_release": schema.StringAttribute{Optional: true, Computed: true, Default: stringdefault.StaticString(string(catalog.DefaultLockoutRelease)),
				MarkdownDescription: "How a locked-out user gets back in: " + strings.Join(releaseDocs, ", ") + ". Default `" + string(catalog.DefaultLockoutRelease) + "`.",
				Validators:          []validator.String{stringvalidator.OneOf(releaseNames...)}},
			"lockout_release_minutes": intAttr("Minutes after which an `automatic` release lifts a lock-out (kept, but not used, with `administrator`)",
				catalog.LockoutReleaseMinutes),
			"notification_recipients": schema.SetAttribute{Optional: true, Computed: true, ElementType: types.StringType,
				Default: setdefault.StaticValue(types.SetValueMust(types.StringType, nil)),
				MarkdownDescription: fmt.Sprintf("E-mail addresses told about security-related changes (what resources can see or do), at most %d. "+
					"Write bare addresses (`soc@msp.example`); each is checked at plan (AT110) and order never matters. "+
					"Default none, which is a warning (AT406).", catalog.MaxNotificationRecipients)},
		},
	}
}

func stringsOf[S ~string](in []S) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = string(s)
	}
	return out
}

// Configure receives the provider data.
func (r *SecuritySettingsResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

// ModifyPlan runs the evaluator on the planned policy.
func (r *SecuritySettingsResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	if req.Plan.Raw.IsNull() {
		resp.Diagnostics.AddWarning("Destroying autotask_security_settings only forgets it",
			"The tenant keeps its login security policy as it was last applied; Terraform stops managing it.")
		return
	}
	var plan securitySettingsResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	site := plan.evaluatorInput(ctx)
	in := evaluate.Input{Settings: site}
	if !req.State.Raw.IsNull() {
		var state securitySettingsResourceModel
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
		in.Remote = &evaluate.Remote{Settings: state.evaluatorInput(ctx)}
	}
	r.data.evaluateInto(ctx, in, site.Address, securitySettingsTopLevel, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}

// evaluatorInput describes m for the evaluator; unknown values are named.
func (m *securitySettingsResourceModel) evaluatorInput(ctx context.Context) *evaluate.SiteSettings {
	s := &evaluate.SiteSettings{Address: securitySettingsAddress, Password: &evaluate.PasswordPolicy{}}
	boolOf := func(v types.Bool, attr string, dst *bool) {
		if v.IsUnknown() {
			s.Unknown = append(s.Unknown, attr)
		}
		*dst = v.ValueBool()
	}
	intOf := func(v types.Int64, attr string, dst *int) {
		if v.IsUnknown() {
			s.Unknown = append(s.Unknown, attr)
		}
		*dst = int(v.ValueInt64())
	}
	boolOf(m.SSORequired, evaluate.AttrSSORequired, &s.SSORequired)
	boolOf(m.TwoFactorRequired, evaluate.AttrTwoFactorRequired, &s.TwoFactorRequired)
	boolOf(m.StrongPasswords, evaluate.AttrStrongPasswords, &s.Password.Required)
	intOf(m.PasswordMinimumLength, evaluate.AttrPasswordMinimumLength, &s.Password.MinimumLength)
	intOf(m.PasswordExpiryDays, evaluate.AttrPasswordExpiryDays, &s.Password.ExpiryDays)
	intOf(m.PasswordHistoryCount, evaluate.AttrPasswordHistoryCount, &s.Password.HistoryCount)
	boolOf(m.LockoutEnabled, evaluate.AttrLockoutEnabled, &s.LockoutEnabled)
	intOf(m.LockoutThreshold, evaluate.AttrLockoutThreshold, &s.LockoutThreshold)
	intOf(m.LockoutReleaseMinutes, evaluate.AttrLockoutReleaseMinutes, &s.LockoutReleaseMinutes)
	if m.LockoutRelease.IsUnknown() {
		s.Unknown = append(s.Unknown, evaluate.AttrLockoutRelease)
	}
	s.LockoutRelease = m.LockoutRelease.ValueString()
	var ok bool
	if s.Password.CharacterClasses, ok = knownStrings(ctx, m.PasswordCharacterClasses); !ok {
		s.Unknown = append(s.Unknown, evaluate.AttrPasswordCharacterClasses)
	}
	if s.Recipients, ok = knownStrings(ctx, m.NotificationRecipients); !ok {
		s.Unknown = append(s.Unknown, evaluate.AttrNotificationRecipients)
	}
	return s
}

// knownStrings returns the known elements of a set or list of strings, and
// whether the whole collection is known.
func knownStrings(ctx context.Context, v interface {
	IsUnknown() bool
	IsNull() bool
	ElementsAs(context.Context, any, bool) diag.Diagnostics
}) ([]string, bool) {
	if v.IsUnknown() {
		return nil, false
	}
	if v.IsNull() {
		return nil, true
	}
	var elems []types.String
	if v.ElementsAs(ctx, &elems, false).HasError() {
		return nil, false
	}
	out := make([]string, 0, len(elems))
	for _, e := range elems {
		if e.IsUnknown() {
			return nil, false
		}
		out = append(out, e.ValueString())
	}
	return out, true
}

// Create adopts the tenant's policy and sets it to the plan.
func (r *SecuritySettingsResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	r.write(ctx, req.Plan, &resp.State, &resp.Diagnostics)
}

// Update writes every setting, so drift in any of them is corrected.
func (r *SecuritySettingsResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	r.write(ctx, req.Plan, &resp.State, &resp.Diagnostics)
}

func (r *SecuritySettingsResource) write(ctx context.Context, plan tfsdk.Plan, st *tfsdk.State, diags *diag.Diagnostics) {
	c, d := r.data.Client(ctx)
	diags.Append(d...)
	var m securitySettingsResourceModel
	diags.Append(plan.Get(ctx, &m)...)
	if diags.HasError() {
		return
	}
	classes, _ := knownStrings(ctx, m.PasswordCharacterClasses)
	recipients, _ := knownStrings(ctx, m.NotificationRecipients)
	release, ok := catalog.LockoutReleaseByName(m.LockoutRelease.ValueString())
	if !ok {
		diags.AddAttributeError(path.Root("lockout_release"), "Unknown lock-out release", fmt.Sprintf("%q is not a lock-out release.", m.LockoutRelease.ValueString()))
		return
	}
	item := &autotask.SecuritySettings{
		ID:                      autotask.SecuritySettingsID,
		SSORequired:             autotask.Bool(m.SSORequired.ValueBool()),
		TwoFactorRequired:       autotask.Bool(m.TwoFactorRequired.ValueBool()),
		StrongPasswordsRequired: autotask.Bool(m.StrongPasswords.ValueBool()),
		PasswordMinimumLength:   autotask.Int(int(m.PasswordMinimumLength.ValueInt64())),
		PasswordExpiryDays:      autotask.Int(int(m.PasswordExpiryDays.ValueInt64())),
		PasswordHistoryCount:    autotask.Int(int(m.PasswordHistoryCount.ValueInt64())),
		LockoutEnabled:          autotask.Bool(m.LockoutEnabled.ValueBool()),
		LockoutThreshold:        autotask.Int(int(m.LockoutThreshold.ValueInt64())),
		LockoutReleaseMode:      autotask.Int(release.ID),
		LockoutDurationMinutes:  autotask.Int(int(m.LockoutReleaseMinutes.ValueInt64())),
		SecurityEventRecipients: &recipients,
	}
	if recipients == nil {
		item.SecurityEventRecipients = &[]string{}
	}
	for _, cl := range catalog.CharacterClasses() {
		want := slices.ContainsFunc(classes, func(s string) bool { return strings.EqualFold(s, string(cl.Class)) })
		switch cl.Class {
		case catalog.ClassLowercase:
			item.PasswordRequireLower = autotask.Bool(want)
		case catalog.ClassUppercase:
			item.PasswordRequireUpper = autotask.Bool(want)
		case catalog.ClassDigit:
			item.PasswordRequireDigit = autotask.Bool(want)
		case catalog.ClassSymbol:
			item.PasswordRequireSymbol = autotask.Bool(want)
		}
	}
	if err := c.SecuritySettings().Update(ctx, item); err != nil {
		diags.AddError("Could not update the site security settings", r.data.apiErrorDetail(err))
		return
	}
	st.Raw = plan.Raw.Copy() // what the PSA does not hold (acknowledge) stays as planned
	r.refresh(ctx, c, st, diags)
}

// classRequired reads the boolean of one character class.
func classRequired(s *autotask.SecuritySettings, cl catalog.CharacterClass) bool {
	switch cl {
	case catalog.ClassLowercase:
		return deref(s.PasswordRequireLower)
	case catalog.ClassUppercase:
		return deref(s.PasswordRequireUpper)
	case catalog.ClassDigit:
		return deref(s.PasswordRequireDigit)
	case catalog.ClassSymbol:
		return deref(s.PasswordRequireSymbol)
	}
	return false
}

// refresh reads the policy into st. It returns false when the PSA has none.
func (r *SecuritySettingsResource) refresh(ctx context.Context, c *autotask.Client, st *tfsdk.State, diags *diag.Diagnostics) bool {
	db, err := c.Database(ctx)
	if err != nil {
		diags.AddError("Could not identify the Autotask database", r.data.apiErrorDetail(err))
		return true
	}
	remote, err := c.GetSecuritySettings(ctx)
	if autotask.IsNotFound(err) {
		return false
	}
	if err != nil {
		diags.AddError("Could not read the site security settings", r.data.apiErrorDetail(err))
		return true
	}
	var classes []attr.Value
	for _, cl := range catalog.CharacterClasses() {
		if classRequired(remote, cl.Class) {
			classes = append(classes, types.StringValue(string(cl.Class)))
		}
	}
	var recipients []attr.Value
	for _, a := range deref(remote.SecurityEventRecipients) {
		recipients = append(recipients, types.StringValue(a))
	}
	release := types.StringNull()
	if rl, ok := catalog.LockoutReleaseByID(deref(remote.LockoutReleaseMode)); ok {
		release = types.StringValue(string(rl.Release))
	}
	intVal := func(p *int) types.Int64 {
		if p == nil {
			return types.Int64Null()
		}
		return types.Int64Value(int64(*p))
	}
	acks := types.MapNull(types.StringType) // configuration only: kept as it is
	if !st.Raw.IsNull() {
		diags.Append(st.GetAttribute(ctx, path.Root(attrAcknowledge), &acks)...)
	}
	m := securitySettingsResourceModel{
		Acknowledge:              acks,
		ID:                       types.StringValue(strconv.Itoa(db.CI)),
		SSORequired:              types.BoolValue(deref(remote.SSORequired)),
		TwoFactorRequired:        types.BoolValue(deref(remote.TwoFactorRequired)),
		StrongPasswords:          types.BoolValue(deref(remote.StrongPasswordsRequired)),
		PasswordMinimumLength:    intVal(remote.PasswordMinimumLength),
		PasswordCharacterClasses: types.SetValueMust(types.StringType, classes),
		PasswordExpiryDays:       intVal(remote.PasswordExpiryDays),
		PasswordHistoryCount:     intVal(remote.PasswordHistoryCount),
		LockoutEnabled:           types.BoolValue(deref(remote.LockoutEnabled)),
		LockoutThreshold:         intVal(remote.LockoutThreshold),
		LockoutRelease:           release,
		LockoutReleaseMinutes:    intVal(remote.LockoutDurationMinutes),
		NotificationRecipients:   types.SetValueMust(types.StringType, recipients),
	}
	diags.Append(st.Set(ctx, &m)...)
	return true
}

// Read refreshes state from the PSA.
func (r *SecuritySettingsResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	if !r.refresh(ctx, c, &resp.State, &resp.Diagnostics) {
		resp.State.RemoveResource(ctx)
	}
}

// Delete forgets the policy: the tenant keeps it as it is.
func (r *SecuritySettingsResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {
}

// ImportState accepts the database number of the provider's tenant.
func (r *SecuritySettingsResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	db, err := c.Database(ctx)
	if err != nil {
		resp.Diagnostics.AddError("Could not identify the Autotask database", r.data.apiErrorDetail(err))
		return
	}
	want := strconv.Itoa(db.CI)
	if got := strings.TrimSpace(req.ID); got != want {
		resp.Diagnostics.AddError("Import ID does not name this provider's tenant",
			fmt.Sprintf("The import ID of autotask_security_settings is the Autotask database number (CI) of the tenant the provider is configured for. "+
				"This provider's API user %q works on database %s (zone %s), not %q: import with ID %s, or use the provider alias of the other tenant.",
				r.data.username, want, db.ZoneName, got, want))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(want))...)
}
