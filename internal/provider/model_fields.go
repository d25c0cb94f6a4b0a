package provider

import (
	"context"
	"reflect"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
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
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("tfsdk"); tag != "" {
			diags.Append(src.GetAttribute(ctx, path.Root(tag), v.Field(i).Addr().Interface())...)
		}
	}
	return diags
}

// setFields writes every tagged field of *model to dst.
func setFields(ctx context.Context, dst attributeSetter, model any) diag.Diagnostics {
	var diags diag.Diagnostics
	v := reflect.ValueOf(model).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("tfsdk"); tag != "" {
			diags.Append(dst.SetAttribute(ctx, path.Root(tag), v.Field(i).Interface())...)
		}
	}
	return diags
}
