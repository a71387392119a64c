package event

import (
	"context"
	"slices"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestDatelineHost checks that bare officials a visitor meets in a story
// filed from another country are that country's, and that without such
// a dateline they stay the visitor's own (no event with itself). A
// territory's officials take the code the dictionaries give it.
func TestDatelineHost(t *testing.T) {
	lc, a := placedCoder(t)
	tests := []struct {
		text      string
		want, not string
	}{
		{"HANOI, Vietnam (AP) — Peru's defence minister on Wednesday met with several top government officials.", "PERGOV>VNMGOV:040", ""},
		{"LIMA (Reuters) - Peru's defence minister on Wednesday met with several top government officials.", "", "PERGOV>VNMGOV:040"},
		// A territory the dictionaries code as part of its country: the
		// officials are the territory's (DNKGRL, USAPRI), not of its ISO
		// code, which no dictionary has.
		{"NUUK, Greenland (AP) — Peru's defence minister on Wednesday met with several top government officials.", "PERGOV>DNKGRLGOV:040", "PERGOV>GRLGOV:040"},
		{"SAN JUAN, Puerto Rico (AP) — Peru's defence minister on Wednesday met with several top government officials.", "PERGOV>USAPRIGOV:040", "PERGOV>PRIGOV:040"},
		// A country whose CAMEO code is not its ISO one (ROM, ROU).
		{"BUCHAREST, Romania (AP) — Peru's defence minister on Wednesday met with several top government officials.", "PERGOV>ROMGOV:040", "PERGOV>ROUGOV:040"},
	}
	for _, tt := range tests {
		doc := a.Analyze(tt.text)
		art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
		var got []string
		for _, e := range lc.Code(context.Background(), art, doc, nil, nil) {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
		}
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q: got %v, want %s", tt.text, got, tt.want)
		}
		if tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("%q: got %v, not want %s", tt.text, got, tt.not)
		}
	}
}
