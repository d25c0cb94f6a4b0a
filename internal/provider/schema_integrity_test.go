package provider

import (
	"context"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// modelTags lists the tfsdk tags of a model struct, those of embedded
// structs included (tfsdk reads them as one flat object).
func modelTags(t reflect.Type) []string {
	var tags []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if tag := f.Tag.Get("tfsdk"); tag != "" && tag != "-" {
			tags = append(tags, tag)
		} else if f.Anonymous && f.Type.Kind() == reflect.Struct {
			tags = append(tags, modelTags(f.Type)...)
		}
	}
	return tags
}

// schemaIntegrity is one schema and the model struct it is read into.
type schemaIntegrity struct {
	name  string
	typ   types.ObjectType // the schema's object type
	model any
	// extra are schema attributes the model leaves out on purpose (they
	// are read by path: generated permission groups, acknowledge).
	extra []string
	// nested are the element models of list or set attributes of objects.
	nested map[string]any
}

func resourceObjectType(r resource.Resource) types.ObjectType {
	var resp resource.SchemaResponse
	r.Schema(context.Background(), resource.SchemaRequest{}, &resp)
	return resp.Schema.Type().(types.ObjectType)
}

func dataSourceObjectType(d datasource.DataSource) types.ObjectType {
	var resp datasource.SchemaResponse
	d.Schema(context.Background(), datasource.SchemaRequest{}, &resp)
	return resp.Schema.Type().(types.ObjectType)
}

// Every field of a model struct names a schema attribute and every schema
// attribute has a field (or is read by path on purpose), for every
// resource and data source: a tag that drifts from the schema fails here,
// not on the first apply that reads it.
func TestSchemaIntegrity(t *testing.T) {
	withAck := func(names ...string) []string { return append(names, attrAcknowledge) }
	cases := []schemaIntegrity{
		{name: "autotask_security_level", typ: resourceObjectType(NewSecurityLevelResource()), model: securityLevelResourceModel{},
			extra: withAck(permGroupNames(levelGroups)...)},
		{name: "autotask_client_portal_security_level", typ: resourceObjectType(NewClientPortalSecurityLevelResource()),
			model: clientPortalSecurityLevelResourceModel{}, extra: withAck(permGroupNames(portalOverrideGroups)...)},
		{name: "autotask_api_user", typ: resourceObjectType(NewAPIUserResource()), model: apiUserResourceModel{}},
		{name: "autotask_client_portal_user", typ: resourceObjectType(NewClientPortalUserResource()), model: clientPortalUserResourceModel{}},
		{name: "autotask_user_defined_field", typ: resourceObjectType(NewUserDefinedFieldResource()), model: userDefinedFieldResourceModel{}},
		{name: "autotask_protected_data_access", typ: resourceObjectType(NewProtectedDataAccessResource()), model: protectedDataAccessResourceModel{}},
		{name: "autotask_security_settings", typ: resourceObjectType(NewSecuritySettingsResource()), model: securitySettingsResourceModel{}},
		{name: "data.autotask_system_security_levels", typ: dataSourceObjectType(NewSystemSecurityLevelsDataSource()), model: systemSecurityLevelsModel{}},
		{name: "data.autotask_integration_profile", typ: dataSourceObjectType(NewIntegrationProfileDataSource()), model: integrationProfileModel{}},
		{name: "data.autotask_security_level", typ: dataSourceObjectType(NewSecurityLevelDataSource()), model: securityLevelDataModel{}},
		{name: "data.autotask_security_levels", typ: dataSourceObjectType(NewSecurityLevelsDataSource()), model: securityLevelsModel{},
			nested: map[string]any{"levels": levelSummary{}}},
		{name: "data.autotask_resource", typ: dataSourceObjectType(NewResourceDataSource()), model: resourceDataModel{}},
		{name: "data.autotask_access_report", typ: dataSourceObjectType(NewAccessReportDataSource()), model: accessReportModel{}},
		{name: "data.autotask_api_user", typ: dataSourceObjectType(NewAPIUserDataSource()), model: apiUserSummary{}},
		{name: "data.autotask_api_users", typ: dataSourceObjectType(NewAPIUsersDataSource()), model: apiUsersDataModel{},
			nested: map[string]any{"api_users": apiUserSummary{}}},
		{name: "data.autotask_client_portal_security_level", typ: dataSourceObjectType(NewClientPortalSecurityLevelDataSource()),
			model: clientPortalSecurityLevelDataModel{}},
		{name: "data.autotask_client_portal_security_levels", typ: dataSourceObjectType(NewClientPortalSecurityLevelsDataSource()),
			model: clientPortalSecurityLevelsModel{}, nested: map[string]any{"levels": portalLevelSummary{}}},
		{name: "data.autotask_contact", typ: dataSourceObjectType(NewContactDataSource()), model: contactDataModel{}},
	}
	resources, dataSources := (&AutotaskProvider{}).Resources(context.Background()), (&AutotaskProvider{}).DataSources(context.Background())
	if len(cases) != len(resources)+len(dataSources) {
		t.Errorf("%d schemas checked, the provider has %d resources and %d data sources: add the new one here",
			len(cases), len(resources), len(dataSources))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			compareModel(t, "", tc.typ.AttrTypes, reflect.TypeOf(tc.model), tc.extra)
			for name, elem := range tc.nested {
				var obj types.ObjectType
				switch at := tc.typ.AttrTypes[name].(type) {
				case types.ListType:
					obj, _ = at.ElemType.(types.ObjectType)
				case types.SetType:
					obj, _ = at.ElemType.(types.ObjectType)
				}
				if obj.AttrTypes == nil {
					t.Errorf("%s is no list or set of objects", name)
					continue
				}
				compareModel(t, name+".", obj.AttrTypes, reflect.TypeOf(elem), nil)
			}
		})
	}
}

// compareModel reports the model fields without an attribute and the
// attributes (but extra) without a field.
func compareModel(t *testing.T, prefix string, attrs map[string]attr.Type, model reflect.Type, extra []string) {
	t.Helper()
	tags := modelTags(model)
	seen := map[string]bool{}
	for _, tag := range tags {
		if seen[tag] {
			t.Errorf("%s: tag %q on two fields", model.Name(), prefix+tag)
		}
		seen[tag] = true
		if _, ok := attrs[tag]; !ok {
			t.Errorf("%s: field tagged %q names no schema attribute", model.Name(), prefix+tag)
		}
	}
	var missing []string
	for name := range attrs {
		if !seen[name] && !slices.Contains(extra, name) {
			missing = append(missing, prefix+name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%s: schema attributes without a field: %v", model.Name(), missing)
	}
}

// The attributes findings may sit on are the schema's own (but id and
// acknowledge), for every resource: a finding about an attribute added to
// a schema lands on it without a list to keep by hand, and none names an
// attribute the schema lacks.
func TestFindingAttributesFollowTheSchema(t *testing.T) {
	for _, tc := range []struct {
		topLevel map[string]bool
		r        resource.Resource
	}{
		{securityLevelTopLevel, NewSecurityLevelResource()}, {portalLevelTopLevel, NewClientPortalSecurityLevelResource()},
		{apiUserTopLevel, NewAPIUserResource()}, {portalUserTopLevel, NewClientPortalUserResource()},
		{userDefinedFieldTopLevel, NewUserDefinedFieldResource()}, {protectedDataAccessTopLevel, NewProtectedDataAccessResource()},
		{securitySettingsTopLevel, NewSecuritySettingsResource()},
	} {
		attrs := resourceObjectType(tc.r).AttrTypes
		for name := range attrs {
			if want := name != "id" && name != attrAcknowledge; tc.topLevel[name] != want {
				t.Errorf("%T: attribute %q may carry findings: %t, want %t", tc.r, name, tc.topLevel[name], want)
			}
		}
		for name := range tc.topLevel {
			if _, ok := attrs[name]; !ok {
				t.Errorf("%T: findings may sit on %q, which the schema lacks", tc.r, name)
			}
		}
		if len(tc.topLevel) < 4 {
			t.Errorf("%T: only %d attributes may carry findings (initialised before the catalogue?)", tc.r, len(tc.topLevel))
		}
	}
}
