// Command bench is `make bench`: it starts PostgreSQL and the server on the synthetic network,
// drives the server from a load client over loopback at fixed concurrency, and prints
// requests per second, p50/p99 latency and SQL statements per request for each query, the
// server's peak memory, and pgbench's raw-SQL throughput for the same reads as the floor.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/b40-network/workspace/internal/db"
	"github.com/b40-network/workspace/internal/pgembed"
	"github.com/b40-network/workspace/internal/seed"
	"github.com/b40-network/workspace/internal/workspace"
)

type scenario struct {
	name, query string
	vars        map[string]any
	auth        bool
	// sql is the same read as raw SQL, for pgbench (empty: none).
	sql string
	// doc, for the app's operations, names the operation in the app's manifest
	// (web/src/gql/persisted-documents.json): the request sends only its documentId
	// ("sha256:<hex>"), as the app does (web/src/api.ts), and query is filled from the manifest.
	doc string
	// as is the e-mail of the account the request signs in as ("" and auth: the analyst;
	// "" and not auth: anonymous).
	as string
	// prepare, when set, fills vars from the running server (IDs it assigns), as the app would
	// have them, with a caller that sends an operation of the manifest as the scenario's account.
	prepare func(ask asker) (map[string]any, error)
}

// asker sends an operation of the app's manifest with variables as the scenario's account and
// decodes the answer's data into out.
type asker func(doc string, vars map[string]any, out any) error

// body is the request's JSON: the app's operations by documentId, the others by text.
func (s scenario) body() []byte {
	req := map[string]any{"variables": s.vars}
	if s.doc != "" {
		req["documentId"] = "sha256:" + manifestHash(s.doc)
	} else {
		req["query"] = s.query
	}
	b, _ := json.Marshal(req)
	return b
}

var scenarios = []scenario{
	{name: "a_CityById", query: `query a_CityById($id: ID!) { node(id: $id) { ... on City { name slug country population status } } }`,
		vars: map[string]any{"id": "Q2l0eTo1MDA"}, sql: `SELECT name, slug, country, population, status FROM city WHERE id = 500;`},
	{name: "b_CitiesWithPractices", query: `query b_CitiesWithPractices { cities(first: 20) { edges { node { name practices(first: 10) { edges { node { title } } } } } } }`,
		sql: `SELECT id, name FROM city ORDER BY name, id LIMIT 21;
SELECT * FROM (SELECT city_id, title, row_number() OVER (PARTITION BY city_id ORDER BY coalesce(published_at, created_at) DESC, id DESC) rn FROM practice WHERE city_id IN (SELECT id FROM city ORDER BY name, id LIMIT 20) AND visibility = ` + db.Lit(workspace.VisibilityPublic) + ` AND status = ` + db.Lit(workspace.PracticePublished) + `) x WHERE rn <= 11;`},
	{name: "c_ImplementationsPage", auth: true, query: `query c_ImplementationsPage { implementations(first: 50) { edges { node { progress status city { name } recommendation { title } latestUpdate { at progress note } } } } }`,
		sql: `SELECT city_id, id, recommendation_id, progress, status FROM implementation WHERE visibility <> ` + db.Lit(workspace.VisibilityPrivate) + ` ORDER BY updated_at DESC, city_id DESC, id DESC LIMIT 51;`},
	{name: "d_membershipGrowth", auth: true, query: `query d_membershipGrowth { analytics { membershipGrowth(interval: MONTH) { period count cumulative } } }`},
	{name: "d_implementationStatus", auth: true, query: `query d_implementationStatus { analytics { implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress } } }`,
		sql: `SELECT c.country, im.status, count(*), avg(im.progress) FROM implementation im JOIN city c ON c.id = im.city_id WHERE im.visibility <> ` + db.Lit(workspace.VisibilityPrivate) + ` GROUP BY 1, 2;`},
	{name: "d_recommendationAdoption", auth: true, query: `query d_recommendationAdoption { analytics { recommendationAdoption(first: 5) { recommendation { title } committed inProgress completed notPursued cityIds statuses progresses } } }`},
	{name: "d_recommendationAdoption_cells", auth: true, query: `query d_recommendationAdoption_cells { analytics { recommendationAdoption(first: 5) { recommendation { title } cities { city { name } status progress } } } }`},
	{name: "d_indicatorProgress", auth: true, query: `query d_indicatorProgress { analytics { indicatorProgress(termYear: 2025) { indicator { key } progress { latest percent onTrack } } } }`},
	{name: "d_workingGroupActivity", auth: true, query: `query d_workingGroupActivity { analytics { workingGroupActivity(year: 2025) { workingGroup { slug } meetingsHeld meetingsDue members } } }`},
	{name: "d_cityEngagement", auth: true, query: `query d_cityEngagement { analytics { cityEngagement(first: 100) { city { name } score practicesShared implementations } } }`},
	{name: "e_annualReport", auth: true, query: `query e_annualReport { annualReport(year: 2025) { year proposals { submitted accepted } recommendations { title completed } implementations { byStatus { status count } } practicesShared indicators { name percent onTrack } workingGroups { meetingsHeld meetingsDue } } }`},
	// The app's five busiest query operations, sent as the app sends them (by documentId, with
	// the variables its pages pass), as the role that uses each.
	{name: "f_PracticesSearch", doc: "Practices", vars: map[string]any{"filter": map[string]any{"search": searchWord}}},
	{name: "g_CityPage", doc: "CityPage", vars: map[string]any{"slug": "synthetic-city-500"}},
	{name: "h_Practice", doc: "Practice", prepare: func(ask asker) (map[string]any, error) {
		// The first practice the city page lists, as a visitor opens it.
		var out struct {
			City struct {
				Practices struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
		if err := ask("CityPage", map[string]any{"slug": "synthetic-city-500"}, &out); err != nil || len(out.City.Practices.Edges) == 0 {
			return nil, fmt.Errorf("no practice on the city page: %v", err)
		}
		return map[string]any{"id": out.City.Practices.Edges[0].Node.ID}, nil
	}},
	{name: "i_Workspace", doc: "CityPractices", as: seed.DemoEmail("editor", seed.SyntheticSlug), prepare: func(ask asker) (map[string]any, error) {
		v, err := viewer(ask)
		if err != nil {
			return nil, err
		}
		return map[string]any{"cityIds": []string{v.Memberships[0].City.ID}}, nil
	}},
	{name: "j_Home", doc: "Home", as: seed.DemoEmail("admin", seed.SyntheticSlug), prepare: func(ask asker) (map[string]any, error) {
		// The variables web/src/pages/Home.tsx computes from the viewer.
		v, err := viewer(ask)
		if err != nil {
			return nil, err
		}
		var cityIDs []string
		for _, m := range v.Memberships {
			cityIDs = append(cityIDs, m.City.ID)
		}
		stale := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -90)
		return map[string]any{"cityIds": cityIDs, "city": len(cityIDs) > 0, "secretariat": v.Can.ReviewApplications,
			"review": v.Can.ReviewProposals, "figures": v.Can.ViewAnalytics, "staleBefore": stale.Format("2006-01-02T15:04:05.000Z")}, nil
	}},
}

func main() {
	b40 := flag.String("b40", "bin/b40", "the server binary")
	cities := flag.Int("cities", 1000, "synthetic cities")
	duration := flag.Duration("duration", 2*time.Second, "measuring time per query and concurrency")
	benchDuration = duration
	only := flag.String("only", "", "run only the queries whose name matches this regular expression")
	flag.StringVar(&profileDir, "profile", "", "save the server's CPU profile of each query's 16-client run in this directory")
	flag.Parse()
	if *only != "" {
		re, err := regexp.Compile(*only)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench: -only:", err)
			os.Exit(2)
		}
		scenarios = slices.DeleteFunc(scenarios, func(s scenario) bool { return !re.MatchString(s.name) })
	}
	if err := run(*b40, *cities, *duration); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(b40 string, cities int, duration time.Duration) error {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "b40-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	_ = os.Chmod(dir, 0o755)
	pg, err := pgembed.Start(ctx, pgembed.Config{DataDir: dir, ExtraSettings: map[string]string{"shared_buffers": "256MB"}})
	if err != nil {
		return err
	}
	defer pg.Stop()
	env := append(os.Environ(), "DATABASE_URL="+pg.URL())

	fmt.Printf("# B40 Workspace benchmark, %s\n\n", time.Now().UTC().Format(time.RFC3339))
	fmt.Printf("machine: %s\n\n", machine())
	seed := exec.Command(b40, "seed", "synthetic", "--cities", strconv.Itoa(cities))
	seed.Env = env
	out, err := seed.CombinedOutput()
	if err != nil {
		return fmt.Errorf("seed: %v: %s", err, out)
	}
	fmt.Printf("load: %s\n", lastLine(string(out)))

	srv := exec.Command(b40, "serve")
	// The server runs with its own collector defaults (cmd/b40/gctune.go), as in production.
	srv.Env = append(env, "B40_ADDR=127.0.0.1:0", "B40_METRICS_ADDR=127.0.0.1:0")
	stderr, _ := srv.StderrPipe()
	if err := srv.Start(); err != nil {
		return err
	}
	defer func() { _ = srv.Process.Signal(os.Interrupt); _ = srv.Wait() }()
	addr, metricsAddr, err := waitListening(stderr)
	if err != nil {
		return err
	}
	go io.Copy(io.Discard, stderr) //nolint:errcheck
	took, err := waitStartupJobs(ctx, pg.URL())
	if err != nil {
		return err
	}
	fmt.Printf("start-up: the server's first reminder scan (and any other background job) took %.1f s; measured after it\n", took.Seconds())
	base := "http://" + addr
	token, err := login(base)
	if err != nil {
		return err
	}
	// Each scenario's token: the analyst's unless it names its account.
	tokens := map[string]string{"": token}
	if err := fillApp(base, tokens); err != nil {
		return err
	}
	tokenOf := func(sc scenario) string { return tokens[sc.as] }

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}
	fmt.Printf("\n| query | concurrency | req/s | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: |\n")
	stmts := map[string]float64{}
	serverRPS, serverP99 := map[string]float64{}, map[string]float64{}
	for _, sc := range scenarios {
		before, err := statements("http://" + metricsAddr)
		if err != nil {
			return err
		}
		body := sc.body()
		for _, c := range []int{8, 16, 32} {
			var profiled chan error
			if c == 16 && profileDir != "" {
				profiled = make(chan error, 1)
				go func() {
					profiled <- saveProfile("http://"+metricsAddr, filepath.Join(profileDir, sc.name+".pprof"), duration)
				}()
			}
			rps, p50, p99, err := load(client, base+"/graphql", body, sc.auth, tokenOf(sc), c, duration)
			if profiled != nil {
				if perr := <-profiled; perr != nil {
					return perr
				}
			}
			if c == 16 {
				serverRPS[sc.name], serverP99[sc.name] = rps, p99
			}
			if err != nil {
				return fmt.Errorf("%s: %w", sc.name, err)
			}
			fmt.Printf("| %s | %d | %.0f | %.1f | %.1f |\n", sc.name, c, rps, p50, p99)
		}
		after, err := statements("http://" + metricsAddr)
		if err != nil {
			return err
		}
		// Only the scenario's requests run meanwhile: every operation label counts.
		if n := after.total(after.count) - before.total(before.count); n > 0 {
			stmts[sc.name] = (after.total(after.sum) - before.total(before.sum)) / n
		}
	}
	fmt.Printf("\n| query | SQL statements per request (all of them: a signed-in operation adds its BEGIN with the scope and its COMMIT) |\n| --- | ---: |\n")
	for _, sc := range scenarios {
		fmt.Printf("| %s | %.1f |\n", sc.name, stmts[sc.name])
	}
	fmt.Printf("\nserver memory: %s\n", memory(srv.Process.Pid))

	if err := tracingCost(b40, env, client, base); err != nil {
		return err
	}

	floor, stopFloor, err := startFloor(ctx, pg.URL())
	if err != nil {
		return err
	}
	defer stopFloor()
	fmt.Printf("\nbare-Go floor (pgx, the request role, the same RLS scope, one pipelined round trip), 16 clients,\n"+
		"%d interleaved rounds (server, floor, server, …), medians; the app's operations' targets: ratio ≥ 0.5 and p99 < 20 ms at 16 clients:\n\n"+
		"| query | this server req/s | floor req/s | ratio | p99 ms at 16 clients | the floor's p99 ms | targets |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n", floorRounds)
	for _, sc := range scenarios {
		if _, ok := floorSQL[sc.name]; !ok || serverRPS[sc.name] == 0 {
			continue
		}
		body := sc.body()
		var ours, theirs, theirP99 []float64
		for range floorRounds {
			rps, _, _, err := load(client, base+"/graphql", body, sc.auth, tokenOf(sc), 16, duration)
			if err != nil {
				return fmt.Errorf("%s: %w", sc.name, err)
			}
			ours = append(ours, rps)
			rps, _, p99, err := load(client, floor+"/"+sc.name, []byte("{}"), false, "", 16, duration)
			if err != nil {
				return fmt.Errorf("floor %s: %w", sc.name, err)
			}
			theirs, theirP99 = append(theirs, rps), append(theirP99, p99)
		}
		o, f := median(ours), median(theirs)
		met := "–"
		if sc.doc != "" {
			met = "met"
			switch {
			case o/f < 0.5 && serverP99[sc.name] >= 20:
				met = "neither"
			case o/f < 0.5:
				met = "ratio not met"
			case serverP99[sc.name] >= 20:
				met = "p99 not met"
			}
		}
		// The floor's own tail says what the machine allows: a p99 target under the floor's is
		// out of reach of any server here.
		fmt.Printf("| %s | %.0f | %.0f | %.2f | %.1f | %.1f | %s |\n", sc.name, o, f, o/f, serverP99[sc.name], median(theirP99), met)
	}

	bin, err := pgembed.FindBinaries()
	if err != nil {
		return err
	}
	fmt.Printf("\npgbench floor (raw SQL of the same reads, as the database owner, no RLS):\n\n| query | clients | tps |\n| --- | ---: | ---: |\n")
	for _, sc := range scenarios {
		if sc.sql == "" {
			continue
		}
		script := filepath.Join(dir, sc.name+".sql")
		if err := os.WriteFile(script, []byte(sc.sql), 0o644); err != nil {
			return err
		}
		for _, c := range []int{8, 32} {
			out, err := exec.Command(filepath.Join(bin, "pgbench"), "-n", "-c", strconv.Itoa(c), "-j", "2", "-T", strconv.Itoa(int(duration.Seconds())),
				"-f", script, pg.URL()).CombinedOutput()
			if err != nil {
				return fmt.Errorf("pgbench %s: %v: %s", sc.name, err, out)
			}
			fmt.Printf("| %s | %d | %s |\n", sc.name, c, tps(string(out)))
		}
	}
	return nil
}

// waitListening reads the start log for the API's and the metrics listener's addresses.
// floorRounds is how many times the server and the floor alternate for the ratio: one run
// each swings with whatever else the machine does.
const floorRounds = 5

// median returns the middle value of xs.
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// benchDuration is the -duration flag: measuring time per query and concurrency.
var benchDuration *time.Duration

// profileDir, when set, receives CPU profiles of the server (the -profile flag).
var profileDir string

// saveProfile records the server's CPU profile for d from its metrics listener into path.
func saveProfile(metrics, path string, d time.Duration) error {
	secs := max(1, int(d.Seconds()))
	resp, err := http.Get(metrics + "/debug/pprof/profile?seconds=" + strconv.Itoa(secs))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, resp.Body)
	return err
}

func waitListening(r io.Reader) (api, metrics string, err error) {
	apiRE := regexp.MustCompile(`listening on http://([0-9.:]+)`)
	metricsRE := regexp.MustCompile(`metrics on http://([0-9.:]+)`)
	sc := bufio.NewScanner(r)
	deadline := time.Now().Add(60 * time.Second)
	for sc.Scan() && time.Now().Before(deadline) {
		if m := metricsRE.FindStringSubmatch(sc.Text()); m != nil {
			metrics = m[1]
		}
		if m := apiRE.FindStringSubmatch(sc.Text()); m != nil {
			return m[1], metrics, nil
		}
	}
	return "", "", fmt.Errorf("the server did not start")
}

func login(base string) (string, error) { return loginAs(base, "analyst@b40.demo") }

// loginAs signs in an account of the demo and synthetic data (they share the demo password).
func loginAs(base, email string) (string, error) {
	body, _ := json.Marshal(map[string]any{"query": `mutation($e: String!) { login(input: {email: $e, password: "` + seed.DefaultPassword + `"}) { token } }`,
		"variables": map[string]any{"e": email}})
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Data struct{ Login struct{ Token string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.Data.Login.Token == "" {
		return "", fmt.Errorf("login as %s failed: %v", email, err)
	}
	return out.Data.Login.Token, nil
}

// load sends the request from c workers for d, after a short warm-up, and returns requests per
// second and the p50 and p99 latencies in milliseconds. A bounded, self-stopping loop.
func load(client *http.Client, endpoint string, body []byte, auth bool, token string, c int, d time.Duration) (float64, float64, float64, error) {
	do := func() (time.Duration, error) {
		req, _ := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if auth {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || bytes.Contains(b, []byte(`"errors"`)) {
			return 0, fmt.Errorf("status %d: %.300s", resp.StatusCode, b)
		}
		return time.Since(start), nil
	}
	for i := 0; i < 10; i++ {
		if _, err := do(); err != nil {
			return 0, 0, 0, err
		}
	}
	var mu sync.Mutex
	var lat []time.Duration
	var firstErr error
	stop := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 100000 && time.Now().Before(stop); n++ {
				l, err := do()
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				lat = append(lat, l)
				mu.Unlock()
				if err != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		return 0, 0, 0, firstErr
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	return float64(len(lat)) / elapsed.Seconds(), pct(0.50), pct(0.99), nil
}

// histogram is the statements-per-operation histogram's sums and counts by label.
type histogram struct{ sum, count map[string]float64 }

// total adds up one of h's maps over every label.
func (h histogram) total(m map[string]float64) float64 {
	var t float64
	for _, v := range m {
		t += v
	}
	return t
}

// statements reads the server's statements-per-operation histogram.
func statements(base string) (histogram, error) {
	h := histogram{sum: map[string]float64{}, count: map[string]float64{}}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return h, err
	}
	defer resp.Body.Close()
	re := regexp.MustCompile(`^b40_graphql_operation_sql_statements_(sum|count)\{operation="([^"]+)"\} ([0-9.e+]+)$`)
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			v, _ := strconv.ParseFloat(m[3], 64)
			if m[1] == "sum" {
				h.sum[m[2]] = v
			} else {
				h.count[m[2]] = v
			}
		}
	}
	return h, nil
}

func memory(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return "unknown"
	}
	var peak, now string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			peak = strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
		}
		if strings.HasPrefix(l, "VmRSS:") {
			now = strings.TrimSpace(strings.TrimPrefix(l, "VmRSS:"))
		}
	}
	return fmt.Sprintf("peak RSS %s, RSS at the end %s", peak, now)
}

func tps(out string) string {
	if m := regexp.MustCompile(`tps = ([0-9.]+)`).FindStringSubmatch(out); m != nil {
		return m[1]
	}
	return "?"
}

func machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if m := regexp.MustCompile(`model name\s*:\s*(.*)`).FindStringSubmatch(string(b)); m != nil {
			cpu = m[1]
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		mem = strings.Fields(strings.SplitN(string(b), "\n", 2)[0])[1] + " kB RAM"
	}
	out, _ := exec.Command("nproc").Output()
	return fmt.Sprintf("%s cores of %s, %s", strings.TrimSpace(string(out)), cpu, mem)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
