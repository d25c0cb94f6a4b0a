package autotask

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

var errNullItem = errors.New("item is null")

// PageDetails is the paging block of a query answer.
type PageDetails struct {
	Count        int    `json:"count"`
	RequestCount int    `json:"requestCount"`
	PrevPageURL  string `json:"prevPageUrl"`
	NextPageURL  string `json:"nextPageUrl"`
}

// decodeItem reads {"item":{...}}. A null or absent item gives errNullItem.
func decodeItem[T any](body []byte) (*T, error) {
	var env struct {
		Item json.RawMessage `json:"item"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, fmt.Errorf("decoding item envelope: %w", err)
	}
	raw := bytes.TrimSpace(env.Item)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, errNullItem
	}
	if raw[0] != '{' {
		return nil, errors.New("decoding item envelope: item is not an object")
	}
	return decodeObject[T](raw)
}

// decodeObject reads one object of an answer.
func decodeObject[T any](raw []byte) (*T, error) {
	var item T
	if err := json.Unmarshal(raw, &item); err != nil {
		return nil, fmt.Errorf("decoding item: %w", err)
	}
	return &item, nil
}

// decodeItems reads {"items":[...],"pageDetails":{...}}.
func decodeItems[T any](body []byte) ([]T, PageDetails, error) {
	var env struct {
		Items       []json.RawMessage `json:"items"`
		PageDetails *PageDetails      `json:"pageDetails"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, PageDetails{}, fmt.Errorf("decoding items envelope: %w", err)
	}
	var pd PageDetails
	if env.PageDetails != nil {
		pd = *env.PageDetails
	}
	items := make([]T, 0, len(env.Items))
	for i, raw := range env.Items {
		var item T
		if err := json.Unmarshal(raw, &item); err != nil {
			return nil, pd, fmt.Errorf("decoding item %d: %w", i, err)
		}
		items = append(items, item)
	}
	return items, pd, nil
}

// decodeCount reads {"queryCount":N}.
func decodeCount(body []byte) (int64, error) {
	var env struct {
		QueryCount *int64 `json:"queryCount"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return 0, fmt.Errorf("decoding count: %w", err)
	}
	if env.QueryCount == nil {
		return 0, errors.New("decoding count: no queryCount in the answer")
	}
	return *env.QueryCount, nil
}

// decodeItemID reads {"itemId":N}.
func decodeItemID(body []byte) (int64, error) {
	var env struct {
		ItemID *int64 `json:"itemId"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return 0, fmt.Errorf("decoding itemId: %w", err)
	}
	if env.ItemID == nil {
		return 0, errors.New("decoding itemId: no itemId in the answer")
	}
	return *env.ItemID, nil
}
