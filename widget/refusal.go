package widget

import "strconv"

// RefusalText is what a proof entry keeps as its Error when the endpoint refuses the record with HTTP status
// and body: the body (the endpoint's JSON error, docs/contract.md section 3), or when the body is blank a JSON error
// of the same shape coded "http_<status>". It is never "", so a refused entry is never Pending again.
func RefusalText(status int, body string) string {
	for _, c := range body {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return body
		}
	}
	return `{"error":"http_` + strconv.Itoa(status) + `","message":"the endpoint answered HTTP ` + strconv.Itoa(status) + `","findings":[]}`
}
