package config

import (
	"slices"
	"strings"
	"testing"
)

func TestFromEnv(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	c, err := FromEnv(env(nil))
	if err != nil || c.Addr != "127.0.0.1:8080" || c.DataDir != "./.b40" || c.Demo || c.Introspection || c.DemoPassword != "b40-demo-password" {
		t.Fatalf("defaults: %+v %v", c, err)
	}
	c, _ = FromEnv(env(map[string]string{"B40_DEMO": "1"}))
	if !c.Introspection {
		t.Error("introspection should follow B40_DEMO")
	}
	c, _ = FromEnv(env(map[string]string{"B40_DEMO": "1", "B40_INTROSPECTION": "0"}))
	if c.Introspection {
		t.Error("B40_INTROSPECTION=0 should win")
	}
	c, err = FromEnv(env(map[string]string{"B40_CORS_ORIGINS": " https://a.example , http://localhost:5173,"}))
	if err != nil || !slices.Equal(c.CORSOrigins, []string{"https://a.example", "http://localhost:5173"}) {
		t.Errorf("origins %v %v", c.CORSOrigins, err)
	}
	for name, bad := range map[string]string{"B40_LOG_LEVEL": "loud", "B40_LOG_FORMAT": "xml", "B40_DEMO": "sure",
		"B40_INTROSPECTION": "maybe", "B40_SHUTDOWN_TIMEOUT": "soon", "B40_CORS_HEADERS": "bad header", "B40_ALLOW_NEWER_SCHEMA": "2",
		"B40_DOCUMENTS": "persisted"} {
		if _, err := FromEnv(env(map[string]string{name: bad})); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%q: %v", name, bad, err)
		}
	}
	c, err = FromEnv(env(map[string]string{"B40_CORS_HEADERS": "X-Custom, x-other", "B40_DEMO": "off", "B40_LOG_LEVEL": "DEBUG"}))
	if err != nil || !slices.Equal(c.CORSHeaders, []string{"X-Custom", "x-other"}) || c.Demo {
		t.Errorf("headers %v %v", c.CORSHeaders, err)
	}
	if c, _ := FromEnv(env(nil)); c.Documents != "open" {
		t.Errorf("B40_DOCUMENTS defaults to %q, want open", c.Documents)
	}
	if c, err := FromEnv(env(map[string]string{"B40_DOCUMENTS": " Trusted "})); err != nil || c.Documents != "trusted" {
		t.Errorf("B40_DOCUMENTS=trusted: %q %v", c.Documents, err)
	}
	for _, bad := range []string{"*", "https://*.example", "https://a.example/path", "a.example", "ftp://a.example"} {
		if _, err := FromEnv(env(map[string]string{"B40_CORS_ORIGINS": bad})); err == nil {
			t.Errorf("origin %q accepted", bad)
		}
	}
}
