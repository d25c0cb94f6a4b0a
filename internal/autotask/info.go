package autotask

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// EntityInformation is the answer of GET /{Entity}/entityInformation.
type EntityInformation struct {
	Name                    string `json:"name"`
	CanCreate               bool   `json:"canCreate"`
	CanUpdate               bool   `json:"canUpdate"`
	CanQuery                bool   `json:"canQuery"`
	CanDelete               bool   `json:"canDelete"`
	HasUserDefinedFields    bool   `json:"hasUserDefinedFields"`
	SupportsWebhookCallouts bool   `json:"supportsWebhookCallouts"`
	UserAccessForCreate     string `json:"userAccessForCreate,omitempty"`
	UserAccessForDelete     string `json:"userAccessForDelete,omitempty"`
	UserAccessForQuery      string `json:"userAccessForQuery,omitempty"`
	UserAccessForUpdate     string `json:"userAccessForUpdate,omitempty"`
}

// FieldInfo is one entry of GET /{Entity}/entityInformation/fields.
type FieldInfo struct {
	Name                string          `json:"name"`
	DataType            string          `json:"dataType"`
	Length              int             `json:"length"`
	IsRequired          bool            `json:"isRequired"`
	IsReadOnly          bool            `json:"isReadOnly"`
	IsQueryable         bool            `json:"isQueryable"`
	IsReference         bool            `json:"isReference"`
	ReferenceEntityType string          `json:"referenceEntityType"`
	IsPickList          bool            `json:"isPickList"`
	PicklistValues      []PicklistValue `json:"picklistValues"`
}

// PicklistValue is one allowed value of a picklist field. Value is the
// integer ID as a string, as Autotask sends it.
type PicklistValue struct {
	Value          string `json:"value"`
	Label          string `json:"label"`
	IsDefaultValue bool   `json:"isDefaultValue"`
	SortOrder      int    `json:"sortOrder"`
	IsActive       bool   `json:"isActive"`
	IsSystem       bool   `json:"isSystem"`
}

// ID parses Value as the integer the entity's field carries.
func (p PicklistValue) ID() (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(p.Value))
	if err != nil {
		return 0, fmt.Errorf("autotask: picklist value %q is not an integer", p.Value)
	}
	return n, nil
}

// Field finds a field by name, ignoring case.
func Field(fields []FieldInfo, name string) (FieldInfo, bool) {
	for _, f := range fields {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return FieldInfo{}, false
}

// EntityInfo reads GET /{entity}/entityInformation.
func (c *Client) EntityInfo(ctx context.Context, entity string) (*EntityInformation, error) {
	path := entity + "/entityInformation"
	resp, err := c.do(ctx, request{method: http.MethodGet, path: path, kind: kindRead})
	if err != nil {
		return nil, err
	}
	var env struct {
		Info *EntityInformation `json:"info"`
	}
	if err := json.Unmarshal(resp.body, &env); err != nil {
		return nil, fmt.Errorf("autotask: GET /%s: decoding: %w", path, err)
	}
	if env.Info == nil {
		return nil, fmt.Errorf("autotask: GET /%s: no info in the answer", path)
	}
	return env.Info, nil
}

// EntityFields reads GET /{entity}/entityInformation/fields. Field lists
// change only with a PSA release, so the answer is cached per client.
func (c *Client) EntityFields(ctx context.Context, entity string) ([]FieldInfo, error) {
	key := strings.ToLower(entity)
	c.infoMu.Lock()
	cached, ok := c.fieldCache[key]
	c.infoMu.Unlock()
	if ok {
		return append([]FieldInfo(nil), cached...), nil
	}
	path := entity + "/entityInformation/fields"
	// No write of ours changes a field list: concurrent reads always share.
	resp, err := c.flight.do(ctx, "GET "+strings.ToLower(path), 0, unchangedByWrites, func() (*response, error) {
		return c.do(ctx, request{method: http.MethodGet, path: path, kind: kindRead})
	})
	if err != nil {
		return nil, err
	}
	var env struct {
		Fields []FieldInfo `json:"fields"`
	}
	if err := json.Unmarshal(resp.body, &env); err != nil {
		return nil, fmt.Errorf("autotask: GET /%s: decoding: %w", path, err)
	}
	c.infoMu.Lock()
	c.fieldCache[key] = env.Fields
	c.infoMu.Unlock()
	return append([]FieldInfo(nil), env.Fields...), nil
}

// ThresholdInfo is the answer of GET /ThresholdInformation.
type ThresholdInfo struct {
	ExternalRequestThreshold     int `json:"externalRequestThreshold"`
	RequestThresholdTimeframe    int `json:"requestThresholdTimeframe"`
	CurrentTimeframeRequestCount int `json:"currentTimeframeRequestCount"`
}

// Threshold reads the tenant's request usage and feeds it to the usage
// monitor (which warns at 75% and 90%).
func (c *Client) Threshold(ctx context.Context) (*ThresholdInfo, error) {
	path := "ThresholdInformation"
	resp, err := c.do(ctx, request{method: http.MethodGet, path: path, kind: kindRead})
	if err != nil {
		return nil, err
	}
	var ti ThresholdInfo
	if err := json.Unmarshal(resp.body, &ti); err != nil {
		return nil, fmt.Errorf("autotask: GET /%s: decoding: %w", path, err)
	}
	c.monitor.observe(ctx, ti.CurrentTimeframeRequestCount, ti.ExternalRequestThreshold)
	return &ti, nil
}
