package workinggroup

import (
	"net/http"
	"strings"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/gid"
)

// MinutesHandler serves GET /minutes/{meetingId}.md: a meeting's approved minutes as frozen,
// with their SHA-256 in the X-Content-SHA256 header. Drafts are not served.
func MinutesHandler(s *Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutSuffix(r.PathValue("file"), ".md")
		typ, key, err := gid.Decode(name)
		if !ok || err != nil || typ != gid.WorkingGroupMeeting || len(key) != 1 {
			apperr.WriteHTTP(w, r, http.StatusNotFound, apperr.NotFound, "not found")
			return
		}
		mins, _, err := s.ApprovedMarkdown(r.Context(), key[0])
		if err != nil {
			apperr.WriteHTTP(w, r, http.StatusInternalServerError, apperr.Internal, "internal error")
			return
		}
		if mins == nil {
			apperr.WriteHTTP(w, r, http.StatusNotFound, apperr.NotFound, "no approved minutes")
			return
		}
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		w.Header().Set("Content-Disposition", `inline; filename="b40-minutes-`+name+`.md"`)
		w.Header().Set("X-Content-SHA256", *mins.ContentHash)
		_, _ = w.Write([]byte(*mins.Markdown))
	})
}
