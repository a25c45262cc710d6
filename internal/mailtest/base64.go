package mailtest

import (
	"encoding/base64"
	"io"
	"strings"
)

func base64Reader(r io.Reader) io.Reader {
	b, err := io.ReadAll(r)
	if err != nil {
		return strings.NewReader("")
	}
	clean := strings.NewReplacer("\r", "", "\n", "").Replace(string(b))
	out, err := base64.StdEncoding.DecodeString(clean)
	if err != nil {
		return strings.NewReader("")
	}
	return strings.NewReader(string(out))
}
