package graph_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/b40-network/workspace/internal/apitest"
	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/mailtest"
	"github.com/b40-network/workspace/internal/notify"
	"github.com/b40-network/workspace/internal/seed"
)

// BenchmarkNotificationBurst: mutations' transactions raising an event each, from 8 writers at
// once (each event tells a city's editors and admins and queues a mail to each): notifications
// written per second, delivery not included.
func BenchmarkNotificationBurst(b *testing.B) {
	api := apitest.New(b, apitest.Options{})
	ctx := viewerOf(b, api, seed.DemoEmail("editor", "tirana"))
	athens := api.CityID("athens")
	var told atomic.Int64
	b.SetParallelism(4) // 4 x GOMAXPROCS(2) = 8 writers
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
				n, err := api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: athens,
					Params: map[string]string{"title": "Burst", "endorser": "Tirana", "city": "Athens"}})
				told.Add(int64(n))
				return err
			})
			if err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(told.Load())/b.Elapsed().Seconds(), "notifications/s")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "mutations/s")
}

// BenchmarkCommitToMail: one event at a time; the time from its commit to each of its mails
// arriving at an in-process SMTP server (River polling every 100 ms, 4 workers), p50 and p99.
func BenchmarkCommitToMail(b *testing.B) {
	smtp := mailtest.Start(b)
	api := apitest.New(b, apitest.Options{Deliver: &notify.Delivery{Mailer: notify.NewSMTPMailer(smtp.SMTP()),
		From: "B40 <no-reply@b40.test>", PublicURL: publicURL}})
	ctx := viewerOf(b, api, seed.DemoEmail("editor", "tirana"))
	athens := api.CityID("athens")
	var mu sync.Mutex
	committed := map[string]time.Time{}
	recipients := 0
	b.ResetTimer()
	for i := range b.N {
		tag := fmt.Sprintf("E%d", i)
		err := db.Write(ctx, api.Svc.DB, func(tx bun.Tx) error {
			n, err := api.Svc.Outbox.Raise(ctx, tx, notify.Event{Kind: notify.KindProposalEndorsed, CityID: athens,
				Params: map[string]string{"title": "Latency", "endorser": tag, "city": "Athens"}})
			recipients = n
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		mu.Lock()
		committed[tag] = time.Now()
		mu.Unlock()
		time.Sleep(5 * time.Millisecond) // a stream of commits, not one batch
	}
	ms := smtp.Wait(b, b.N*recipients, 120*time.Second)
	b.StopTimer()
	var lat []float64
	for _, m := range ms {
		tag, _, _ := strings.Cut(m.Subject, " ")
		if at, ok := committed[tag]; ok {
			lat = append(lat, float64(m.At.Sub(at).Microseconds())/1000)
		}
	}
	slices.Sort(lat)
	if len(lat) == 0 {
		b.Fatal("no mail arrived")
	}
	b.ReportMetric(lat[len(lat)/2], "p50-ms")
	b.ReportMetric(lat[min(len(lat)-1, len(lat)*99/100)], "p99-ms")
	b.ReportMetric(float64(len(lat)), "mails")
}
