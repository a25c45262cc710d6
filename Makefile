# B40 Workspace. `make run` serves the demo; `make test` runs every test. Both install what
# they need first (PostgreSQL from Debian's packages when the machine has none).
GO ?= go
export GOFLAGS ?= -buildvcs=false
# The toolchain go.mod names (a patched release, fetched once from the Go module proxy), not
# whatever Go the machine has: the standard library's security fixes come with it.
export GOTOOLCHAIN = auto

.PHONY: run test bench bench-app build generate check-generate vet lint vulncheck deps pg-deps node-deps browser-deps web clean

# Built, then run in the recipe's place (exec): a clean Ctrl-C stops the server gracefully and
# make with it, without an error.
run: pg-deps
	@if [ ! -x bin/b40 ]; then echo "building b40 (the first build takes about 100 s on a fresh machine)..."; fi
	@$(GO) build -ldflags "-X main.version=$(VERSION)" -o bin/b40 ./cmd/b40
	@B40_DEMO=$${B40_DEMO:-1} exec ./bin/b40 serve

# The browser tests (package web) take 2 to 6 minutes on a quiet 2-core machine and past go
# test's default 10-minute limit on a loaded one: the limit is 30 minutes.
test: deps
	$(GO) run ./internal/pgembed/pgrun -- $(GO) test -race -count=1 -timeout 30m ./...

VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o bin/b40 ./cmd/b40

vet:
	$(GO) vet ./...

# staticcheck, pinned, from the Go module proxy: every check on, no findings allowed.
lint:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

# Known vulnerabilities the code can reach, from a pinned copy of the Go vulnerability database
# (offline; skipped with a message when the database cannot be fetched).
vulncheck:
	GO=$(GO) bash scripts/vulncheck.sh

generate:
	$(GO) generate ./...

# The app: typed operations from schema.graphqls, then the bundle the binary embeds (web/dist).
web: node-deps
	npm --prefix web run codegen
	npm --prefix web run build

# CI fails when generated code or the app's bundle is not what the sources produce.
check-generate: web
	$(GO) generate ./...
	@if [ -n "$$(git status --porcelain -- schema.graphqls graph web/src/gql web/dist)" ]; then \
		echo "generated code or web/dist is stale: run make generate web and commit"; git status --porcelain -- schema.graphqls graph web/src/gql web/dist; exit 1; fi

# PostgreSQL binaries: PATH, then /usr/lib/postgresql/*/bin; as root on Debian, install them.
# Node.js runs the real-client tests (Apollo Client, the graphql-http audit): Debian's package
# when the machine has none, then the locked npm packages.
deps: pg-deps node-deps browser-deps

node-deps:
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing Node.js from Debian's packages"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
		else \
			echo "Node.js not found: install nodejs and npm"; exit 1; \
		fi; \
	fi
	@for d in internal/clienttest web; do \
		if [ ! -f $$d/node_modules/.package-lock.json ] || [ $$d/package-lock.json -nt $$d/node_modules/.package-lock.json ]; then \
			npm ci --prefix $$d --no-audit --no-fund --loglevel=error || exit 1; fi; done

# The browser tests drive Debian's Chromium (browser downloads from other hosts fail here).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] && [ -z "$${CHROMIUM:-}" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing Chromium from Debian's packages"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "Chromium not found: install Debian's chromium package or set CHROMIUM"; exit 1; \
		fi; \
	fi

pg-deps:
	@if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing PostgreSQL from Debian's packages"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null; \
		else \
			echo "PostgreSQL binaries not found: install PostgreSQL (e.g. apt-get install postgresql) or set DATABASE_URL"; exit 1; \
		fi; \
	fi

# Deletes the local database too, so it asks first (YES=1 does not ask). The cluster may live
# outside .b40 (a clone under /root): CLUSTER-LOCATION names it.
clean:
	@if [ -d .b40 ] && [ "$${YES:-}" != 1 ]; then \
		printf 'Delete the local database in .b40 (all its data)? Type yes: '; read a; [ "$$a" = yes ] || { echo "kept"; exit 1; }; fi
	@if [ -f .b40/CLUSTER-LOCATION ]; then rm -rf "$$(head -n 1 .b40/CLUSTER-LOCATION)"; fi
	rm -rf bin .b40

# Benchmarks print figures; no test asserts on time. First the load test of the server on the
# synthetic 1,000-city network, then the Go micro-benchmarks.
bench: pg-deps build
	$(GO) run ./internal/bench -b40 bin/b40 -cities $${BENCH_CITIES:-1000}
	$(GO) run ./internal/pgembed/pgrun -- $(GO) test -run '^$$' -bench . -benchmem -benchtime 200x ./...
	@$(MAKE) --no-print-directory bench-app

# The app as a browser meets it: time to a usable page on a cold load and the bytes downloaded.
bench-app: build node-deps browser-deps
	bash scripts/coldload.sh
