package apperr

// WithField returns err with the input field path set, when err is an *Error.
func WithField(err error, field []string) error {
	if e, ok := As(err); ok && len(field) > 0 {
		c := *e
		c.Field = field
		return &c
	}
	return err
}
