// Command pgrun runs a command beside a throw-away PostgreSQL: `make test` uses it so that one
// PostgreSQL serves every test package of the run (B40_TEST_DATABASE_URL).
package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"

	"github.com/b40-network/workspace/internal/pgembed"
)

func main() { os.Exit(run()) }

func run() int {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: pgrun -- command [args...]")
		return 2
	}
	if os.Getenv("B40_TEST_DATABASE_URL") != "" {
		return runCmd(args, nil) // a database was given: use it
	}
	dir, err := os.MkdirTemp("", "b40-pgrun-")
	if err == nil {
		err = os.Chmod(dir, 0o755)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgrun:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	srv, err := pgembed.Start(context.Background(), pgembed.Config{
		DataDir: dir, ExtraSettings: map[string]string{"max_connections": "300"},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgrun:", err)
		return 1
	}
	defer srv.Stop()
	return runCmd(args, []string{"B40_TEST_DATABASE_URL=" + srv.AdminURL()})
}

func runCmd(args, env []string) int {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "pgrun:", err)
		return 1
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		for s := range sig {
			_ = cmd.Process.Signal(s)
		}
	}()
	if err := cmd.Wait(); err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		return 1
	}
	return 0
}
