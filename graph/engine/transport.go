package engine

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/b40-network/workspace/internal/apperr"
)

// GraphQL over HTTP (the current draft, "legacy watershed" included), in one transport for GET
// and POST:
//   - the response media type is negotiated from Accept: application/graphql-response+json or
//     application/json (the legacy default when Accept is absent or a wildcard); any other
//     Accept answers 406;
//   - with application/json, every well-formed request answers 200, its errors in the body;
//   - with application/graphql-response+json, a request whose execution never began (parse,
//     validation, variable coercion, a limit) answers 400 with no data;
//   - a mutation sent by GET answers 405 with Allow: POST.

const (
	mediaJSON            = apperr.MediaJSON
	mediaGraphQLResponse = apperr.MediaGraphQLResponse
)

type httpTransport struct{}

var _ graphql.Transport = httpTransport{}

func (httpTransport) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	if r.Method == http.MethodGet {
		return true
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return r.Method == http.MethodPost && err == nil && mt == mediaJSON
}

func (httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	media, ok := apperr.NegotiateResponse(r.Header.Get("Accept"))
	if !ok {
		w.Header().Set("Content-Type", mediaJSON)
		writeErrors(w, http.StatusNotAcceptable, gqlerror.List{codedError(string(apperr.InvalidInput),
			"the server answers application/graphql-response+json or application/json; Accept allows neither")})
		return
	}
	w.Header().Set("Content-Type", media)
	params, documentID, status, err := readParams(r)
	if err != nil {
		writeErrors(w, status, gqlerror.List{codedError(string(apperr.InvalidInput), "%s", err.Error())})
		return
	}
	ctx := withDocumentID(r.Context(), documentID)
	params.Headers = r.Header
	start := graphql.Now()
	params.ReadTime = graphql.TraceTiming{Start: start, End: start}
	rc, errs := exec.CreateOperationContext(ctx, params)
	if errs == nil && r.Method == http.MethodGet && rc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", http.MethodPost)
		errs = gqlerror.List{codedError(string(apperr.InvalidInput), "GET runs queries only; send a %s by POST", rc.Operation.Operation)}
		writeErrors(w, http.StatusMethodNotAllowed, exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs).Errors)
		return
	}
	if errs == nil && rc.Operation.Operation == ast.Subscription {
		// A subscription needs a stream to answer on.
		errs = gqlerror.List{codedError(string(apperr.InvalidInput), "subscriptions are served as server-sent events: send Accept: text/event-stream (the graphql-sse protocol)")}
	}
	if errs != nil {
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest // execution never began
		}
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs)
		writeErrors(w, status, resp.Errors)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	status = http.StatusOK
	if resp != nil && allUnavailable(resp.Errors) {
		// The database went away (or was too busy) under the operation: the same answer as a
		// request refused while it is down, so clients and proxies retry alike.
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, resp)
}

// allUnavailable reports whether errs are some and all UNAVAILABLE.
func allUnavailable(errs gqlerror.List) bool {
	for _, e := range errs {
		if e.Extensions["code"] != string(apperr.Unavailable) {
			return false
		}
	}
	return len(errs) > 0
}

// readParams reads the request's query, operation name, variables, extensions and
// documentId (the persisted documents proposal; documents.go resolves it).
func readParams(r *http.Request) (p *graphql.RawParams, documentID string, status int, err error) {
	p = &graphql.RawParams{}
	if r.Method == http.MethodGet {
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			return nil, "", http.StatusBadRequest, errMsg("the query string is malformed")
		}
		p.Query, p.OperationName, documentID = q.Get("query"), q.Get("operationName"), q.Get("documentId")
		for name, into := range map[string]*map[string]any{"variables": &p.Variables, "extensions": &p.Extensions} {
			if v := q.Get(name); v != "" {
				if err := decodeJSON(strings.NewReader(v), into); err != nil {
					return nil, "", http.StatusBadRequest, errMsg(name + " must be a JSON object")
				}
			}
		}
	} else {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, "", http.StatusBadRequest, errMsg("could not read the request body")
		}
		var raw struct {
			Query         *string        `json:"query"`
			OperationName *string        `json:"operationName"`
			Variables     map[string]any `json:"variables"`
			Extensions    map[string]any `json:"extensions"`
			DocumentID    *string        `json:"documentId"`
		}
		if err := decodeJSON(bytes.NewReader(body), &raw); err != nil {
			return nil, "", http.StatusBadRequest, errMsg("the request body is not a GraphQL request object")
		}
		if raw.DocumentID != nil {
			documentID = *raw.DocumentID
		}
		if raw.Query != nil {
			p.Query = *raw.Query
		}
		if raw.OperationName != nil {
			p.OperationName = *raw.OperationName
		}
		p.Variables, p.Extensions = raw.Variables, raw.Extensions
	}
	// A persisted document may arrive without its text; documents.go fills it in.
	if p.Query == "" && p.Extensions["persistedQuery"] == nil && documentID == "" {
		return nil, "", http.StatusBadRequest, errMsg("the request has no query (nor documentId)")
	}
	return p, documentID, 0, nil
}

type errMsg string

func (e errMsg) Error() string { return string(e) }

func decodeJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	return dec.Decode(v)
}

// writeErrors answers errors alone: no data entry, since execution never began.
func writeErrors(w http.ResponseWriter, status int, errs gqlerror.List) {
	b, err := json.Marshal(struct {
		Errors gqlerror.List `json:"errors"`
	}{errs})
	if err != nil {
		b = []byte(`{"errors":[{"message":"the answer could not be encoded","extensions":{"code":"INTERNAL"}}]}`)
	}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeJSON(w http.ResponseWriter, status int, resp *graphql.Response) {
	b, err := encodeResponse(resp)
	if err != nil {
		b = []byte(`{"errors":[{"message":"the answer could not be encoded","extensions":{"code":"INTERNAL"}}]}`)
		status = http.StatusInternalServerError
	}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// encodeResponse is json.Marshal(resp) with the data only compacted. The executor's
// marshallers and PostgreSQL wrote it as JSON already; json.Marshal validated it through its
// scanner again while compacting it (and escaped <, > and & for HTML, which a JSON answer does
// not need), a tenth of the server's CPU on the home page. The other members are gqlgen's,
// marshalled by their own tags: with no errors and null data the struct begins with dataNull.
func encodeResponse(resp *graphql.Response) ([]byte, error) {
	if resp == nil || len(resp.Data) == 0 {
		return marshal(resp)
	}
	rest := *resp
	rest.Errors, rest.Data = nil, nil
	tail, err := marshal(&rest)
	if err != nil || !bytes.HasPrefix(tail, dataNull) {
		return marshal(resp)
	}
	var b bytes.Buffer
	b.Grow(len(resp.Data) + len(tail) + 16)
	b.WriteByte('{')
	if len(resp.Errors) > 0 {
		errs, err := marshal(resp.Errors)
		if err != nil {
			return nil, err
		}
		b.WriteString(`"errors":`)
		b.Write(errs)
		b.WriteByte(',')
	}
	b.WriteString(`"data":`)
	out := appendCompact(b.Bytes(), resp.Data)
	return append(out, tail[len(dataNull):]...), nil
}

// appendCompact appends src, valid JSON, to dst without the whitespace between its tokens
// (PostgreSQL's json_build_object and json_agg write spaces and newlines there).
func appendCompact(dst, src []byte) []byte {
	inString, escaped := false, false
	start := 0
	for i, c := range src {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			dst = append(dst, src[start:i]...)
			start = i + 1
		}
	}
	return append(dst, src[start:]...)
}

var dataNull = []byte(`{"data":null`)

// marshal is json.Marshal without escaping for HTML.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
