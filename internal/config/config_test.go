package config

import (
	"slices"
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
	for _, bad := range []string{"*", "https://*.example", "https://a.example/path", "a.example", "ftp://a.example"} {
		if _, err := FromEnv(env(map[string]string{"B40_CORS_ORIGINS": bad})); err == nil {
			t.Errorf("origin %q accepted", bad)
		}
	}
}
