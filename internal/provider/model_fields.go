package provider

import (
	"context"
	"reflect"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// attributeSetter is what tfsdk.Plan and tfsdk.State share for writing.
type attributeSetter interface {
	SetAttribute(ctx context.Context, p path.Path, val interface{}) diag.Diagnostics
}

// Resources whose schema mixes fixed attributes with blocks generated from
// the catalogue keep the fixed ones in a struct (tagged `tfsdk:"name"`) and
// move it field by field, since tfsdk's Get/Set need a struct that covers
// the whole schema.

// getFields reads every tagged field of *model from src.
func getFields(ctx context.Context, src attributeGetter, model any) diag.Diagnostics {
	var diags diag.Diagnostics
	v := reflect.ValueOf(model).Elem()
	t := v.Type()
	fast := getTopLevel(ctx, src, fieldTags(t)) // one pass when it can (fields_fast.go)
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("tfsdk"); tag != "" {
			if fv, ok := fast[tag]; ok && reflect.TypeOf(fv).AssignableTo(t.Field(i).Type) {
				v.Field(i).Set(reflect.ValueOf(fv))
				continue
			}
			diags.Append(src.GetAttribute(ctx, path.Root(tag), v.Field(i).Addr().Interface())...)
		}
	}
	return diags
}

// fieldTags lists the tfsdk tags of a model struct.
func fieldTags(t reflect.Type) []string {
	var tags []string
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("tfsdk"); tag != "" {
			tags = append(tags, tag)
		}
	}
	return tags
}

// setFields writes every tagged field of *model to dst.
func setFields(ctx context.Context, dst attributeSetter, model any) diag.Diagnostics {
	var diags diag.Diagnostics
	v := reflect.ValueOf(model).Elem()
	t := v.Type()
	if setTopLevel(ctx, dst, fieldValues(v)) { // one pass when it can (fields_fast.go)
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("tfsdk"); tag != "" {
			diags.Append(dst.SetAttribute(ctx, path.Root(tag), v.Field(i).Interface())...)
		}
	}
	return diags
}

// fieldValues maps the tfsdk tags of a model struct to its attr.Value
// fields (nil when a tagged field is not an attr.Value).
func fieldValues(v reflect.Value) map[string]attr.Value {
	t := v.Type()
	out := map[string]attr.Value{}
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("tfsdk"); tag != "" {
			av, ok := v.Field(i).Interface().(attr.Value)
			if !ok {
				return nil
			}
			out[tag] = av
		}
	}
	return out
}

// objectList is a list attribute of one object per item.
func objectList[T any](ctx context.Context, attrTypes map[string]attr.Type, items []T, diags *diag.Diagnostics) types.List {
	elems := make([]attr.Value, 0, len(items))
	for _, it := range items {
		obj, d := types.ObjectValueFrom(ctx, attrTypes, it)
		diags.Append(d...)
		elems = append(elems, obj)
	}
	list, d := types.ListValue(types.ObjectType{AttrTypes: attrTypes}, elems)
	diags.Append(d...)
	return list
}
