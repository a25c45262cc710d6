package main

import (
	"context"
	"fmt"
	"time"

	"github.com/b40-network/workspace/internal/db"
)

// startupJobsWait bounds the wait for the server's first background jobs.
const startupJobsWait = 10 * time.Minute

// waitStartupJobs waits until the server's first reminder scan has run and no background job
// is queued or running. A server's start runs the reminder scan at once (and every hour after);
// on the synthetic set it raises one reminder per stale implementation, and measuring while it
// runs measured it as much as the requests. It reports how long the jobs took.
func waitStartupJobs(ctx context.Context, adminURL string) (time.Duration, error) {
	admin, err := db.Open(ctx, adminURL, db.Options{MaxOpenConns: 1})
	if err != nil {
		return 0, err
	}
	defer admin.Close()
	start := time.Now()
	for {
		var jobs struct {
			Busy    int `bun:"busy"`
			Scanned int `bun:"scanned"`
		}
		err := admin.NewRaw(`SELECT count(*) FILTER (WHERE state IN ('available', 'running', 'retryable', 'pending')) AS busy,
			count(*) FILTER (WHERE kind = 'b40_reminders' AND state = 'completed') AS scanned FROM river_job`).Scan(ctx, &jobs)
		if err != nil {
			return 0, fmt.Errorf("the server's background jobs: %w", err)
		}
		if jobs.Scanned > 0 && jobs.Busy == 0 {
			return time.Since(start), nil
		}
		if time.Since(start) > startupJobsWait {
			return 0, fmt.Errorf("the server's start-up jobs still run after %s", startupJobsWait)
		}
		time.Sleep(250 * time.Millisecond)
	}
}
