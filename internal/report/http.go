package report

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/b40-network/workspace/internal/apperr"
)

// Handler serves GET /reports/annual/{year}.md to the readers of the annualReport query.
func Handler(s *Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		year, err := strconv.Atoi(strings.TrimSuffix(name, ".md"))
		if !strings.HasSuffix(name, ".md") || err != nil {
			apperr.WriteHTTP(w, r, http.StatusNotFound, apperr.NotFound, "not found")
			return
		}
		rep, err := s.Get(r.Context(), year)
		if err != nil {
			status, code, msg := http.StatusInternalServerError, apperr.Internal, "internal error"
			if e, ok := apperr.As(err); ok {
				code, msg = e.Code, e.Message
				status = map[apperr.Code]int{apperr.Unauthenticated: http.StatusUnauthorized, apperr.Forbidden: http.StatusForbidden,
					apperr.InvalidInput: http.StatusBadRequest, apperr.NotFound: http.StatusNotFound}[e.Code]
				if status == 0 {
					status = http.StatusBadRequest
				}
			}
			apperr.WriteHTTP(w, r, status, code, msg)
			return
		}
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		w.Header().Set("Content-Disposition", `inline; filename="b40-annual-report-`+strconv.Itoa(year)+`.md"`)
		_, _ = w.Write([]byte(Markdown(rep)))
	})
}
