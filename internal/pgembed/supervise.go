package pgembed

import (
	"context"
	"time"
)

// Supervise watches the PostgreSQL this process owns until ctx ends. When it exits without
// being asked to, onDown is called at once, and PostgreSQL is started again on the same port
// with back-off (the dead cluster's backends and shared memory take a moment to go); onUp is
// called when it accepts connections again. A guest has nothing to supervise.
func (s *Server) Supervise(ctx context.Context, onDown func(), onUp func()) {
	if s.guest {
		return
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.Done():
		}
		s.mu.Lock()
		stopping := s.stopping
		s.mu.Unlock()
		if stopping {
			return
		}
		onDown()
		s.cfg.Logger.Error("embedded postgres exited unexpectedly; restarting it", "log", s.cfg.DataDir+"/postgres.log")
		began := time.Now()
		if err := s.startWithBackoff(ctx, 0); err != nil {
			if ctx.Err() == nil {
				s.cfg.Logger.Error("embedded postgres cannot be restarted", "error", err)
			}
			return
		}
		s.cfg.Logger.Info("embedded postgres is back", "after", time.Since(began).Round(time.Millisecond).String())
		onUp()
	}
}
