package calendar

import (
	"net/http"
	"strings"

	"github.com/b40-network/workspace/internal/apperr"
	"github.com/b40-network/workspace/internal/gid"
)

// Handler serves the calendars, each as text/calendar:
//
//	GET /calendar/meetings/{id}.ics   one meeting (public, like the meeting schedule)
//	GET /calendar/summits/{id}.ics    one summit
//	GET /calendar/feeds/{token}.ics   a subscription feed, read with its owner's rights
//
// auth wraps the first two so a signed-in caller reads in their own scope; feeds carry their
// own secret and need no header (calendar clients send none).
func Handler(s *Service, authn func(http.Handler) http.Handler) http.Handler {
	mux := http.NewServeMux()
	one := func(typ string, load func(r *http.Request, id int64) (*Calendar, error), prefix string) http.Handler {
		return authn(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			name, ok := strings.CutSuffix(r.PathValue("file"), ".ics")
			if !ok {
				notFound(w, r)
				return
			}
			t, key, err := gid.Decode(name)
			if err != nil || t != typ || len(key) != 1 {
				notFound(w, r)
				return
			}
			c, err := load(r, key[0])
			if err != nil {
				internal(w, r)
				return
			}
			if c == nil {
				notFound(w, r)
				return
			}
			w.Header().Set("Content-Disposition", `attachment; filename="`+prefix+`.ics"`)
			write(w, r, c)
		}))
	}
	mux.Handle("GET /calendar/meetings/{file}", one(gid.WorkingGroupMeeting, func(r *http.Request, id int64) (*Calendar, error) {
		return s.MeetingCalendar(r.Context(), id)
	}, "b40-meeting"))
	mux.Handle("GET /calendar/summits/{file}", one(gid.Summit, func(r *http.Request, id int64) (*Calendar, error) {
		return s.SummitCalendar(r.Context(), id)
	}, "b40-summit"))
	mux.HandleFunc("GET /calendar/feeds/{file}", func(w http.ResponseWriter, r *http.Request) {
		tok, ok := strings.CutSuffix(r.PathValue("file"), ".ics")
		if !ok {
			notFound(w, r)
			return
		}
		c, found, err := s.Feed(r.Context(), tok)
		if err != nil {
			internal(w, r)
			return
		}
		if !found {
			notFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "private, max-age=300")
		w.Header().Set("Referrer-Policy", "no-referrer")
		write(w, r, c)
	})
	return mux
}

func write(w http.ResponseWriter, r *http.Request, c *Calendar) {
	b := c.Bytes()
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(b)
}

func notFound(w http.ResponseWriter, r *http.Request) {
	apperr.WriteHTTP(w, r, http.StatusNotFound, apperr.NotFound, "not found")
}

func internal(w http.ResponseWriter, r *http.Request) {
	apperr.WriteHTTP(w, r, http.StatusInternalServerError, apperr.Internal, "internal error")
}
