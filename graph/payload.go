package graph

import (
	"errors"

	"github.com/b40-network/workspace/graph/model"
	"github.com/b40-network/workspace/internal/apperr"
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

func ptr[T any](v T) *T { return &v }
