package provider

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/autotask-iac/terraform-provider-autotask/internal/autotask"
	"github.com/autotask-iac/terraform-provider-autotask/internal/catalog"
	"github.com/autotask-iac/terraform-provider-autotask/internal/evaluate"
	"github.com/autotask-iac/terraform-provider-autotask/internal/suggest"
)

var (
	_ resource.ResourceWithConfigure      = &APIUserResource{}
	_ resource.ResourceWithImportState    = &APIUserResource{}
	_ resource.ResourceWithModifyPlan     = &APIUserResource{}
	_ resource.ResourceWithValidateConfig = &APIUserResource{}
	_ resource.ResourceWithUpgradeState   = &APIUserResource{}
)

// APIUserResource manages an API user: an API-only resource with its own
// security level and tracking identifier, one per integration.
type APIUserResource struct {
	data *providerData
}

// NewAPIUserResource is the constructor the provider registers.
func NewAPIUserResource() resource.Resource { return &APIUserResource{} }

type apiUserResourceModel struct {
	Acknowledge           types.Map    `tfsdk:"acknowledge"`
	ID                    types.String `tfsdk:"id"`
	ResourceID            types.Int64  `tfsdk:"resource_id"`
	UserName              types.String `tfsdk:"user_name"`
	FirstName             types.String `tfsdk:"first_name"`
	LastName              types.String `tfsdk:"last_name"`
	Email                 types.String `tfsdk:"email"`
	SecurityLevelID       types.Int64  `tfsdk:"security_level_id"`
	Integration           types.Map    `tfsdk:"integration"`
	TrackingIdentifier    types.String `tfsdk:"tracking_identifier"`
	Active                types.Bool   `tfsdk:"active"`
	LeastPrivilegeProfile types.String `tfsdk:"least_privilege_profile"`
	SecretWO              types.String `tfsdk:"secret_wo"`
	SecretWOVersion       types.Int64  `tfsdk:"secret_wo_version"`
}

// apiUserTopLevel names the attributes evaluator findings may point at.
var apiUserTopLevel = map[string]bool{
	"user_name": true, "security_level_id": true, "integration": true, "active": true, "least_privilege_profile": true,
}

// The API user's integration: a map of strings with exactly one of these
// keys (a map, so that a misspelled key reaches the check instead of being
// dropped by Terraform; see state_upgrade.go).
const (
	attrIntegration         = "integration"
	integrationVendor       = "vendor"
	integrationInternalName = "internal_name"
)

var integrationKeys = []string{integrationVendor, integrationInternalName}

// integrationAttrTypes is the data sources' integration object.
var integrationAttrTypes = map[string]attr.Type{integrationVendor: types.StringType, integrationInternalName: types.StringType}

// userNamePattern is what Autotask accepts as a user name.
var userNamePattern = regexp.MustCompile(`^[^\s'"]+$`)

// Metadata names the resource.
func (r *APIUserResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_api_user"
}

// Schema describes the resource (schema version 1; see state_upgrade.go).
func (r *APIUserResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	profiles := quotedList(catalog.ProfileNames())
	resp.Schema = versionedSchema(apiUserSchema(schema.MapAttribute{
		Required: true, ElementType: types.StringType,
		MarkdownDescription: "The API tracking identifier the user carries, which attributes its calls to one integration: exactly one of " +
			"`vendor` — an integration vendor, by built-in profile name (" + profiles + ", any letter case), whose tracking identifier the user " +
			"carries (`{ vendor = \"rewst\" }`) — and `internal_name` — the name of a custom internal integration (your own scripts or services), " +
			fmt.Sprintf("1 to %d characters, for which the PSA generates a tracking identifier, kept when the name changes ", catalog.IntegrationNameMaxLen) +
			"(`{ internal_name = \"Backup reports\" }`). Any other key fails the plan, naming the key. Changing from a vendor to an internal " +
			"integration or to another vendor gives the user another identifier (`tracking_identifier`).",
	}))
}

// UpgradeState moves version 0 state (integration an object) to a map.
func (r *APIUserResource) UpgradeState(context.Context) map[int64]resource.StateUpgrader {
	return objectsToMapsUpgrader(apiUserSchema(schema.SingleNestedAttribute{
		Required: true, Attributes: stringObjectAttributes(integrationKeys...),
	}), attrIntegration)
}

// ValidateConfig checks the integration map, so `terraform validate`
// reports a misspelled key or vendor.
func (r *APIUserResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	checkIntegration(ctx, req.Config, &resp.Diagnostics)
}

// checkIntegration is the one check of the integration map, run by
// ValidateConfig and again by ModifyPlan (for values unknown at validate):
// only the keys vendor and internal_name, exactly one of them set, a
// vendor that is a built-in profile and an internal name of a length the
// PSA takes. Each error is on the entry it is about.
func checkIntegration(ctx context.Context, src attributeGetter, diags *diag.Diagnostics) {
	var m types.Map
	diags.Append(src.GetAttribute(ctx, path.Root(attrIntegration), &m)...)
	if m.IsNull() || m.IsUnknown() {
		return // required: Terraform reports a missing one
	}
	elems := m.Elements()
	set, complete := 0, true
	for _, key := range sortedKeys(elems) {
		at := path.Root(attrIntegration).AtMapKey(key)
		if !slices.Contains(integrationKeys, key) {
			diags.AddAttributeError(at, "Unknown integration key",
				fmt.Sprintf("integration.%s is not a key of integration.%s integration takes vendor (a built-in integration profile) "+
					"or internal_name (an integration of your own), exactly one of them.", key, suggest.DidYouMean(key, integrationKeys)))
			complete = false
			continue
		}
		v, _ := elems[key].(types.String)
		if v.IsUnknown() {
			complete = false
		}
		if v.IsNull() || v.IsUnknown() {
			continue
		}
		set++
		switch s := v.ValueString(); key {
		case integrationVendor:
			if _, ok := catalog.ProfileByName(s); !ok {
				diags.AddAttributeError(at, "Unknown integration vendor",
					fmt.Sprintf("integration.vendor %q is not a built-in integration profile.%s The profiles are %s (any letter case); for an "+
						"integration of your own, write internal_name instead.", s, suggest.DidYouMean(s, catalog.ProfileNames()), goQuoted(catalog.ProfileNames())))
			}
		case integrationInternalName:
			if n := utf8.RuneCountInString(s); n < 1 || n > catalog.IntegrationNameMaxLen {
				diags.AddAttributeError(at, "Invalid internal integration name",
					fmt.Sprintf("integration.internal_name must be 1 to %d characters long (this one has %d).", catalog.IntegrationNameMaxLen, n))
			}
		}
	}
	if complete && set != 1 {
		what := "neither"
		if set > 1 {
			what = "both"
		}
		diags.AddAttributeError(path.Root(attrIntegration), "Invalid integration",
			fmt.Sprintf("integration must set exactly one of vendor and internal_name; this one sets %s.", what))
	}
}

// goQuoted lists names as "a", "b".
func goQuoted(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

// apiUserSchema is the schema with the given integration attribute.
func apiUserSchema(integration schema.Attribute) schema.Schema {
	profiles := quotedList(catalog.ProfileNames())
	return schema.Schema{
		MarkdownDescription: "An API user: an API-only Autotask resource (API User license, no UI login) through which one integration " +
			"calls the PSA, with its own security level and API tracking identifier — one per integration, as Autotask recommends.\n\n" +
			"Autotask cannot delete resources, so **destroying this resource deactivates the API user** and moves it to " +
			"`API User (system) Can't Read Costs`, which frees its own level for deletion; creating one whose `user_name` " +
			"belongs to an inactive API user reactivates and updates that user instead of failing. The secret is a write-only argument " +
			"(Terraform 1.11 or later) and never reaches state, plan or logs.\n\n" +
			"Plan-time checks: the user name must be free, the level must be on the API User license (AT105), `least_privilege_profile` " +
			"compares the level with an integration's recipe (AT201-AT204, reported on `security_level_id` with the permission named), " +
			"and changes that would lock Terraform's own API user out fail the plan (AT403, AT404, AT408, AT409).",
		Attributes: map[string]schema.Attribute{
			attrAcknowledge: acknowledgeAttribute(evaluate.ObjectAPIUser),
			"id": schema.StringAttribute{
				Computed: true, MarkdownDescription: "API user ID (the resource ID).",
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"resource_id": schema.Int64Attribute{
				Computed: true, MarkdownDescription: "The user's resource ID, as a number (for objects that refer to resources).",
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"user_name": schema.StringAttribute{
				Required: true,
				MarkdownDescription: "User name the integration signs in with, unique across the database (people included, any letter case). " +
					"Checked at plan against the PSA: a name held by an active user is an error that names the user and the `import` block to adopt it.",
				Validators: []validator.String{
					stringvalidator.LengthBetween(1, 50),
					stringvalidator.RegexMatches(userNamePattern, "must not contain spaces or quotes"),
				},
			},
			"first_name": schema.StringAttribute{Required: true, MarkdownDescription: "First name.", Validators: []validator.String{stringvalidator.LengthBetween(1, 50)}},
			"last_name":  schema.StringAttribute{Required: true, MarkdownDescription: "Last name, often the integration's name.", Validators: []validator.String{stringvalidator.LengthBetween(1, 50)}},
			"email": schema.StringAttribute{
				Optional: true, MarkdownDescription: "Contact email address of the integration's owner.",
				Validators: []validator.String{stringvalidator.LengthBetween(3, 254), stringvalidator.RegexMatches(regexp.MustCompile(`^[^@\s]+@[^@\s]+$`), "must be an email address")},
			},
			"security_level_id": schema.Int64Attribute{
				Required: true,
				MarkdownDescription: fmt.Sprintf("ID of the user's security level. It must use the API User license: `API User (system)` (%d), "+
					"`API User (system) Can't Read Costs` (%d) or a custom copy of either — anything else fails the plan (AT105). ", catalog.APIUser, catalog.APIUserNoCosts) +
					"Best practice is a custom level per integration, built with `provider::autotask::profile_permissions`.",
				Validators: []validator.Int64{int64validator.AtLeast(1)},
			},
			attrIntegration: integration,
			"tracking_identifier": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "The API tracking identifier the integration sends as `ApiIntegrationCode`, as the PSA reports it " +
					"(the vendor's, or the one generated for an internal integration).",
			},
			"active": schema.BoolAttribute{
				Optional: true, Computed: true, Default: booldefault.StaticBool(true),
				MarkdownDescription: "Whether the user can call the API. Default `true`; destroying the resource sets it to `false`.",
			},
			"least_privilege_profile": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "An integration profile (" + profiles + ") to check the user's level against at plan: every permission " +
					"the recipe needs and the level lacks is an error (AT201), every one it grants beyond the recipe a warning (AT202, " +
					"AT204), one finding per permission, on `security_level_id`. Not stored in the PSA.",
				Validators: []validator.String{profileNameValidator()},
			},
			"secret_wo": schema.StringAttribute{
				Optional: true, WriteOnly: true, Sensitive: true,
				MarkdownDescription: fmt.Sprintf("The user's secret, %d to %d characters without spaces. Write-only: sent when the user is created "+
					"and whenever `secret_wo_version` changes, never stored in state or plan. Without it the PSA generates a secret that "+
					"nobody learns; set one (for example from an ephemeral value) to hand it to the integration. Rotating the secret of the API "+
					"user Terraform itself runs as makes the provider's `secret` stale from that moment: apply that change on its own and "+
					"update `secret` right after.", catalog.APISecretMinLen, catalog.APISecretMaxLen),
				Validators: []validator.String{secretValidator{}, stringvalidator.AlsoRequires(path.MatchRoot("secret_wo_version"))},
			},
			"secret_wo_version": schema.Int64Attribute{
				Optional:            true,
				MarkdownDescription: "Version of `secret_wo`. Change it (e.g. increment it) to send the secret again: that is how a secret is rotated.",
				Validators:          []validator.Int64{int64validator.AlsoRequires(path.MatchRoot("secret_wo"))},
			},
		},
	}
}

// secretValidator checks a secret against the catalogue's rules without
// ever quoting it.
type secretValidator struct{}

func (secretValidator) Description(context.Context) string {
	return fmt.Sprintf("%d to %d characters without spaces", catalog.APISecretMinLen, catalog.APISecretMaxLen)
}

func (v secretValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (secretValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if err := catalog.CheckAPISecret(req.ConfigValue.ValueString()); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid API user secret", err.Error()+".")
	}
}

// Configure receives the provider data.
func (r *APIUserResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func apiUserAddress(name types.String) string {
	return fmt.Sprintf("API user %q", name.ValueString())
}

// integrationParts reads the integration map; known is false while it is
// unknown at plan time.
func integrationParts(m types.Map) (vendor, internal string, known bool) {
	if m.IsNull() || m.IsUnknown() {
		return "", "", false
	}
	a := m.Elements()
	v, _ := a[integrationVendor].(types.String)
	n, _ := a[integrationInternalName].(types.String)
	if v.IsUnknown() || n.IsUnknown() {
		return "", "", false
	}
	return v.ValueString(), n.ValueString(), true
}

// trackingKind tells which identifier an integration gives: a vendor's
// ("vendor:rewst") or a generated internal one ("internal", whatever the
// name).
func trackingKind(m types.Map) (string, bool) {
	vendor, _, known := integrationParts(m)
	if !known {
		return "", false
	}
	if vendor == "" {
		return "internal", true
	}
	if p, ok := catalog.ProfileByName(vendor); ok {
		return "vendor:" + p.Name, true
	}
	return "vendor:" + strings.ToLower(vendor), true
}

// evalUser describes the model for the evaluator.
func (m *apiUserResourceModel) evalUser() evaluate.APIUser {
	u := evaluate.APIUser{
		Address:         apiUserAddress(m.UserName),
		ID:              planID(m.ID),
		UserName:        m.UserName.ValueString(),
		Integration:     m.LeastPrivilegeProfile.ValueString(),
		IntegrationPath: []string{evaluate.AttrLeastPrivilegeProfile},
		Inactive:        !m.Active.IsUnknown() && !m.Active.ValueBool(),
	}
	if !m.SecurityLevelID.IsUnknown() && !m.SecurityLevelID.IsNull() {
		u.Level = evaluate.LevelRef{ID: m.SecurityLevelID.ValueInt64()}
	}
	u.Vendor, u.InternalName, _ = integrationParts(m.Integration)
	return u
}

// ModifyPlan plans the tracking identifier, checks the user name against
// the PSA and runs the evaluator, so findings show at plan time.
func (r *APIUserResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.data == nil {
		return
	}
	var state *apiUserResourceModel
	if !req.State.Raw.IsNull() {
		state = &apiUserResourceModel{}
		resp.Diagnostics.Append(req.State.Get(ctx, state)...)
	}
	if req.Plan.Raw.IsNull() { // destroy deactivates; no rule runs, nothing blocks it
		if state != nil && r.data.isSelf(state.UserName.ValueString()) {
			resp.Diagnostics.AddWarning("Destroying Terraform's own API user only forgets it",
				fmt.Sprintf("Terraform runs as %q: deactivating it would lock this apply out half-way, so the destroy removes it from "+
					"Terraform's state and leaves it active, on its level. Deactivate it in the Autotask web UI once nothing runs as it.",
					state.UserName.ValueString()))
		}
		return
	}
	checkIntegration(ctx, req.Config, &resp.Diagnostics) // values unknown at validate
	var plan apiUserResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	changing := false
	keep := false
	if state != nil {
		before, _ := trackingKind(state.Integration)
		after, known := trackingKind(plan.Integration)
		changing = known && before != after
		keep = known && before == after
	}
	tracking := types.StringUnknown()
	if keep {
		tracking = state.TrackingIdentifier
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("tracking_identifier"), tracking)...)

	if !plan.UserName.IsUnknown() && (state == nil || !strings.EqualFold(state.UserName.ValueString(), plan.UserName.ValueString())) {
		var selfID int64
		if state != nil {
			selfID = planID(state.ID)
		}
		r.data.checkAPIUserName(ctx, plan.UserName.ValueString(), selfID, &resp.Diagnostics)
	}
	if plan.UserName.IsUnknown() {
		return
	}
	u := plan.evalUser()
	u.TrackingChanging = changing
	if state != nil && !strings.EqualFold(state.UserName.ValueString(), plan.UserName.ValueString()) {
		u.PreviousUserName = state.UserName.ValueString()
	}
	var changes []evaluate.AccessChange
	if state != nil && !plan.SecurityLevelID.IsUnknown() && !state.SecurityLevelID.Equal(plan.SecurityLevelID) {
		changes = r.data.apiUserLevelChange(ctx, u.Address, plan.UserName.ValueString(),
			state.SecurityLevelID.ValueInt64(), plan.SecurityLevelID.ValueInt64(), &resp.Diagnostics)
	}
	r.data.evaluateAPIUser(ctx, u, plan.SecurityLevelID.IsUnknown(), changes, acknowledgements(ctx, req.Config), &resp.Diagnostics)
}

// item builds the object to write. clearEmail sends an empty email for a
// null one (updates), so an email set outside Terraform is removed.
func (m *apiUserResourceModel) item(secret *string, clearEmail bool) *autotask.APIUser {
	it := &autotask.APIUser{
		UserName:        autotask.String(m.UserName.ValueString()),
		FirstName:       autotask.String(m.FirstName.ValueString()),
		LastName:        autotask.String(m.LastName.ValueString()),
		SecurityLevelID: autotask.Int64(m.SecurityLevelID.ValueInt64()),
		IsActive:        autotask.Bool(m.Active.ValueBool()),
		Secret:          secret,
	}
	if !m.Email.IsNull() || clearEmail {
		it.Email = autotask.String(m.Email.ValueString())
	}
	vendor, internal, _ := integrationParts(m.Integration)
	if vendor != "" {
		if p, ok := catalog.ProfileByName(vendor); ok {
			vendor = p.Vendor
		}
		it.IntegrationVendor = autotask.String(vendor)
	} else {
		it.InternalIntegrationName = autotask.String(internal)
	}
	return it
}

// configuredSecret reads the write-only secret from the configuration; nil
// when none is set. The returned context masks it in every log line, behind
// the client's own redaction.
func configuredSecret(ctx context.Context, cfg attributeGetter, diags *diag.Diagnostics) (context.Context, *string) {
	var s types.String
	diags.Append(cfg.GetAttribute(ctx, path.Root("secret_wo"), &s)...)
	if s.IsNull() || s.IsUnknown() || s.ValueString() == "" {
		return ctx, nil
	}
	v := s.ValueString()
	ctx = tflog.MaskAllFieldValuesStrings(ctx, v)
	return tflog.MaskMessageStrings(ctx, v), &v
}

// Create adds the API user, or reactivates and updates the inactive API
// user that already has the name (Autotask cannot delete API users).
func (r *APIUserResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var plan apiUserResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	ctx, secret := configuredSecret(ctx, req.Config, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	name := plan.UserName.ValueString()
	existing, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("userName", name)}})
	if err != nil {
		resp.Diagnostics.AddError("Could not look up API user "+strconv.Quote(name), r.data.apiErrorDetail(err))
		return
	}
	var id int64
	switch {
	case len(existing) > 0 && deref(existing[0].IsActive):
		resp.Diagnostics.AddAttributeError(path.Root("user_name"), "API user already exists",
			fmt.Sprintf("An active API user named %q exists (id %d). Import it instead of creating it:\n\n%s", name, existing[0].ID, importHint(existing[0].ID)))
		return
	case len(existing) > 0:
		id = existing[0].ID
		item := plan.item(secret, true)
		item.ID = id
		if err := c.APIUsers().Update(ctx, item); err != nil {
			resp.Diagnostics.AddError(fmt.Sprintf("Could not reactivate API user %q (id %d)", name, id), r.data.apiErrorDetail(err))
			return
		}
	default:
		id, err = c.APIUsers().Create(ctx, plan.item(secret, false), autotask.CreateOptions{NaturalKey: autotask.Eq("userName", name)})
		if err != nil {
			resp.Diagnostics.AddError("Could not create API user "+strconv.Quote(name), r.data.apiErrorDetail(err))
			return
		}
	}
	plan.ID = types.StringValue(strconv.FormatInt(id, 10))
	// Should the read-back fail, state keeps the user as planned under
	// its ID, with nothing unknown (the next plan reads it).
	plan.ResourceID = types.Int64Value(id)
	if plan.TrackingIdentifier.IsUnknown() {
		plan.TrackingIdentifier = types.StringNull()
	}
	readBackAfterCreate(&resp.Diagnostics, fmt.Sprintf("API user %d", id), func(d *diag.Diagnostics) bool {
		return r.refresh(ctx, c, &plan, d)
	})
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.APIUsers())...)
}

// refresh reads the user into m, keeping what only the configuration
// knows (the profile, the secret's version). It returns false on a 404.
func (r *APIUserResource) refresh(ctx context.Context, c *autotask.Client, m *apiUserResourceModel, diags *diag.Diagnostics) bool {
	id, ok := existingID(m.ID, diags)
	if !ok {
		return true
	}
	u, err := c.APIUsers().Get(ctx, id)
	if autotask.IsNotFound(err) {
		return false
	}
	if err != nil {
		diags.AddError(fmt.Sprintf("Could not read API user %d", id), r.data.apiErrorDetail(err))
		return true
	}
	m.ID = types.StringValue(strconv.FormatInt(u.ID, 10))
	m.ResourceID = types.Int64Value(u.ID)
	m.UserName = types.StringValue(deref(u.UserName))
	m.FirstName = types.StringValue(deref(u.FirstName))
	m.LastName = types.StringValue(deref(u.LastName))
	m.Email = types.StringNull()
	if e := deref(u.Email); e != "" {
		m.Email = types.StringValue(e)
	}
	m.SecurityLevelID = types.Int64Null()
	if u.SecurityLevelID != nil {
		m.SecurityLevelID = types.Int64Value(*u.SecurityLevelID)
	}
	m.Active = types.BoolValue(deref(u.IsActive))
	m.TrackingIdentifier = types.StringValue(deref(u.IntegrationCode))
	m.Integration = integrationMap(*u, m.Integration)
	m.SecretWO = types.StringNull()
	return true
}

// integrationObject renders the PSA's tracking identifier settings for the
// data sources, keeping prior's spelling of the same vendor.
func integrationObject(u autotask.APIUser, prior string) types.Object {
	return types.ObjectValueMust(integrationAttrTypes, integrationValues(u, prior))
}

// integrationValues are the PSA's tracking identifier settings: a vendor's
// profile name (prior's spelling when it names the same vendor) or an
// internal integration's name; the other is null.
func integrationValues(u autotask.APIUser, prior string) map[string]attr.Value {
	vendor, internal := types.StringNull(), types.StringNull()
	if v := deref(u.IntegrationVendor); v != "" {
		vendor = types.StringValue(v)
		if p, ok := catalog.ProfileByName(v); ok {
			vendor = types.StringValue(p.Name)
			if q, ok := catalog.ProfileByName(prior); ok && q == p {
				vendor = types.StringValue(prior)
			}
		}
	} else if n := deref(u.InternalIntegrationName); n != "" {
		internal = types.StringValue(n)
	}
	return map[string]attr.Value{integrationVendor: vendor, integrationInternalName: internal}
}

// integrationMap renders the PSA's tracking identifier settings for state.
// The entries prior holds keep their names and take the PSA's values (a
// null entry, as in `{ vendor = var.vendor, internal_name = null }`, stays
// null while the PSA has none); a setting the PSA has that prior lacks is
// added, so drift shows. Imported (prior null), the map holds the one
// setting the PSA has.
func integrationMap(u autotask.APIUser, prior types.Map) types.Map {
	priorVendor, _, _ := integrationParts(prior)
	remote := integrationValues(u, priorVendor)
	elems := map[string]attr.Value{}
	if !prior.IsNull() && !prior.IsUnknown() {
		for key := range prior.Elements() {
			if v, ok := remote[key]; ok {
				elems[key] = v
			}
		}
	}
	for key, v := range remote {
		if !v.IsNull() {
			elems[key] = v
		}
	}
	return types.MapValueMust(types.StringType, elems)
}

// Read refreshes state; the user leaves state only when the PSA answers
// 404.
func (r *APIUserResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var m apiUserResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, err := strconv.ParseInt(m.ID.ValueString(), 10, 64)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("id"), "Invalid API user ID", fmt.Sprintf("%q is not a number.", m.ID.ValueString()))
		return
	}
	refreshReadingAhead(ctx, req, resp, id, func() bool {
		if !r.refresh(ctx, c, &m, &resp.Diagnostics) {
			return false
		}
		resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
		return true
	}, c.APIUsers())
}

// Update writes every attribute, so drift outside the configuration is
// corrected too, and sends the secret when its version changed.
func (r *APIUserResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var plan, state apiUserResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var secret *string
	if !plan.SecretWOVersion.Equal(state.SecretWOVersion) {
		ctx, secret = configuredSecret(ctx, req.Config, &resp.Diagnostics)
	}
	item := plan.item(secret, true)
	id, ok := existingID(state.ID, &resp.Diagnostics)
	if !ok {
		return
	}
	item.ID = id
	if err := c.APIUsers().Update(ctx, item); err != nil {
		resp.Diagnostics.AddError("Could not update API user "+strconv.Quote(plan.UserName.ValueString()), r.data.apiErrorDetail(err))
		return
	}
	plan.ID = state.ID
	if !r.refresh(ctx, c, &plan, &resp.Diagnostics) {
		resp.Diagnostics.AddError("API user vanished", fmt.Sprintf("API user %s was updated but cannot be read back.", state.ID.ValueString()))
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(keepNeighbours(ctx, resp.Private, id, c.APIUsers())...)
}

// apiUserParkingLevel is where a destroyed API user goes: the least privileged
// system API level, so that the user's own level can be deleted in the
// same run (Autotask refuses to delete a level any resource is on).
const apiUserParkingLevel = catalog.APIUserNoCosts

// Delete deactivates the user (Autotask cannot delete resources) and parks
// it on apiUserParkingLevel.
func (r *APIUserResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	c, diags := r.data.Client(ctx)
	resp.Diagnostics.Append(diags...)
	var state apiUserResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, ok := existingID(state.ID, &resp.Diagnostics)
	if !ok || r.data.isSelf(state.UserName.ValueString()) {
		return // Terraform's own user is only forgotten (the plan said so)
	}
	err := c.APIUsers().Update(ctx, &autotask.APIUser{ID: id, IsActive: autotask.Bool(false), SecurityLevelID: autotask.Int64(int64(apiUserParkingLevel))})
	if err != nil && !autotask.IsNotFound(err) {
		resp.Diagnostics.AddError("Could not deactivate API user "+strconv.Quote(state.UserName.ValueString()), r.data.apiErrorDetail(err))
	}
}

// ImportState accepts a numeric ID or a user name.
func (r *APIUserResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id := strings.TrimSpace(req.ID)
	if _, err := strconv.ParseInt(id, 10, 64); err != nil {
		c, diags := r.data.Client(ctx)
		resp.Diagnostics.Append(diags...)
		if resp.Diagnostics.HasError() {
			return
		}
		found, err := c.APIUsers().Query(ctx, autotask.QueryOptions{Filter: []autotask.Filter{autotask.Eq("userName", id)}})
		if err != nil {
			resp.Diagnostics.AddError("Could not look up API user "+strconv.Quote(id), r.data.apiErrorDetail(err))
			return
		}
		if len(found) != 1 {
			resp.Diagnostics.AddError("API user not found",
				fmt.Sprintf("No API user has the user name %q (found %d). Import by numeric ID or exact user name.", id, len(found)))
			return
		}
		id = strconv.FormatInt(found[0].ID, 10)
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), types.StringValue(id))...)
}
