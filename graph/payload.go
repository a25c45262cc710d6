package graph

import (
	"errors"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/gid"
)

// userErrors splits a service error: an expected outcome becomes the payload's userErrors
// (contract C4), anything else stays a top-level error (C5).
func userErrors(err error) ([]*model.UserError, error) {
	if err == nil {
		return []*model.UserError{}, nil
	}
	var ue *apperr.UserError
	if errors.As(err, &ue) {
		return []*model.UserError{{Code: model.UserErrorCode(ue.Code), Field: ue.Field, Message: ue.Message}}, nil
	}
	return nil, err
}

// inputID decodes one global ID of an input field; a malformed one is a userError on that field.
func inputID(id string, typ string, field ...string) (int64, error) {
	key, err := gid.DecodeAs(id, typ, 1)
	if err != nil {
		return 0, apperr.User(apperr.CodeInvalid, field, "not a %s ID", typ)
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

func ptr[T any](v T) *T { return &v }
