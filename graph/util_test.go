package graph_test

import (
	"encoding/json"
	"strconv"

	"github.com/b40-network/workspace/internal/db"
)

type dbCount = db.StatementCount

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func itoa(i int) string { return strconv.Itoa(i) }
