package notify

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
)

// ScheduleQueue is the River queue of the periodic scans (digests, reminders).
const ScheduleQueue = "schedule"

// Intervals of the periodic scans. Digests are checked every quarter of an hour (so a 07:00 in a
// zone offset by a half or a quarter hour is met within 15 minutes); reminders hourly.
const (
	DigestEvery    = 15 * time.Minute
	RemindersEvery = time.Hour
)

// DigestArgs is River's periodic job that sends the digests due.
type DigestArgs struct{}

// Kind is River's name of the job.
func (DigestArgs) Kind() string { return "b40_digest" }

// ReminderArgs is River's periodic job that raises the reminders due.
type ReminderArgs struct{}

// Kind is River's name of the job.
func (ReminderArgs) Kind() string { return "b40_reminders" }

// DigestWorker runs the Digester.
type DigestWorker struct {
	river.WorkerDefaults[DigestArgs]
	Digester *Digester
	Now      func() time.Time
	Log      *slog.Logger
}

// Work sends the digests due now.
func (w *DigestWorker) Work(ctx context.Context, _ *river.Job[DigestArgs]) error {
	res, err := w.Digester.Run(ctx, w.Now())
	if err == nil && res.Sent > 0 {
		w.Log.Info("digests written", "digests", res.Sent, "notifications", res.Items)
	}
	return err
}

// ReminderWorker runs the reminder scan.
type ReminderWorker struct {
	river.WorkerDefaults[ReminderArgs]
	Reminders *Reminders
	Now       func() time.Time
	Log       *slog.Logger
}

// Work raises the reminders due now.
func (w *ReminderWorker) Work(ctx context.Context, _ *river.Job[ReminderArgs]) error {
	res, err := w.Reminders.Scan(ctx, w.Now())
	if err == nil && res.Raised > 0 {
		w.Log.Info("reminders raised", "due", res.Due, "notifications", res.Raised)
	}
	return err
}

// periodicJobs are the scans River's leader enqueues. Only the elected leader among the servers
// enqueues periodic jobs, and each is unique per period besides, so two servers do not both
// run a scan in one period; were they to, the digest marks and the reminders' keys would still
// write everything once.
func periodicJobs() []*river.PeriodicJob {
	job := func(every time.Duration, args river.JobArgs) *river.PeriodicJob {
		return river.NewPeriodicJob(river.PeriodicInterval(every), func() (river.JobArgs, *river.InsertOpts) {
			return args, &river.InsertOpts{Queue: ScheduleQueue, MaxAttempts: 3, UniqueOpts: river.UniqueOpts{ByPeriod: every}}
		}, &river.PeriodicJobOpts{RunOnStart: true})
	}
	return []*river.PeriodicJob{job(DigestEvery, DigestArgs{}), job(RemindersEvery, ReminderArgs{})}
}
