package graph

import (
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/gid"
	"github.com/b40-network/workspace/internal/workspace"
)

// badID is the one error an ID gets that is malformed or names another type, wherever it
// appears: INVALID on the field that carried it. A mutation answers it in its payload's
// userErrors (contract C4); a query, which has no payload, as a top-level INVALID_INPUT with
// the same field and message (C5, see ErrorPresenter).
func badID(typ string, field []string) error {
	return apperr.User(apperr.CodeInvalid, field, "not a %s ID", typ)
}

// decodeKey reads a global ID of type typ with parts key parts; every ID argument and input
// field of the API goes through it.
func decodeKey(id, typ string, parts int, field ...string) ([]int64, error) {
	key, err := gid.DecodeAs(id, typ, parts)
	if err != nil {
		return nil, badID(typ, field)
	}
	return key, nil
}

// DecodeNodeID reads a global ID of any type, for node and nodes.
func DecodeNodeID(id string, field ...string) (string, []int64, error) {
	typ, key, err := gid.Decode(id)
	if err != nil {
		return "", nil, badID("global", field)
	}
	return typ, key, nil
}

// inputID reads the ID of a network-wide entity.
func inputID(id, typ string, field ...string) (int64, error) {
	key, err := decodeKey(id, typ, 1, field...)
	if err != nil {
		return 0, err
	}
	return key[0], nil
}

// optionalInputID is inputID for an optional field.
func optionalInputID(id *string, typ string, field ...string) (*int64, error) {
	if id == nil {
		return nil, nil
	}
	k, err := inputID(*id, typ, field...)
	return &k, err
}

// compositeInputID reads a tenant row's ID (city, id).
func compositeInputID(id, typ string, field ...string) (cityID, rowID int64, err error) {
	key, err := decodeKey(id, typ, 2, field...)
	if err != nil {
		return 0, 0, err
	}
	return key[0], key[1], nil
}

// tenantKey is compositeInputID as a workspace key.
func tenantKey(id, typ string, field ...string) (workspace.Key, error) {
	c, i, err := compositeInputID(id, typ, field...)
	return workspace.Key{CityID: c, ID: i}, err
}

// DecodeIDs reads a list of IDs of one type; nil stays nil (no filter).
func DecodeIDs(ids []string, typ string, field ...string) ([]int64, error) {
	if ids == nil {
		return nil, nil
	}
	out := make([]int64, len(ids))
	for i, id := range ids {
		var err error
		if out[i], err = inputID(id, typ, field...); err != nil {
			return nil, err
		}
	}
	return out, nil
}
