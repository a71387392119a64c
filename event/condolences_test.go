package event

import "testing"

// TestCondolencesSent checks that sending or conveying condolences to
// someone is an empathetic comment (018), as extending or offering them
// is, and that a message of condolence is not a meeting (040).
func TestCondolencesSent(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Ghana sent condolences to Togo after the explosion.", []string{"GHA>TGO:018"}, nil},
		{"Ghana sends its deepest condolences to Togo.", []string{"GHA>TGO:018"}, nil},
		{"Ghana conveyed its condolences to Togo on Tuesday.", []string{"GHA>TGO:018"}, []string{"GHA>TGO:010"}},
		{"Ghana sent a message of condolence to Togo.", []string{"GHA>TGO:018"}, []string{"GHA>TGO:040"}},
		{"Ghana offered condolences to Togo.", []string{"GHA>TGO:018"}, nil},
		{"Ghana sent troops to Togo.", []string{"GHA>TGO:074"}, []string{"GHA>TGO:018"}},
	})
}
