package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

// TestEntityActors checks that names inside actor mentions carry the
// actor they stand for, their country as ISO 3166-1 alpha-3 (Kosovo's
// XKX, not CAMEO's KSV), that a name inside a longer mention takes what
// its own words code (the country of "Kosovo police", the group of
// "Hamas fighters"), and that a name no mention holds carries none.
func TestEntityActors(t *testing.T) {
	c, a := coder(t)
	tests := []struct {
		text, name, code, country string
	}{
		{"Albanian Prime Minister Edi Rama said on Monday that talks would resume.", "Edi Rama", "ALBGOV", "ALB"},
		{"Kosovo police arrested two men in the north on Monday.", "Kosovo", "KSV", "XKX"},
		{"Kosovo condemned the attack on Monday.", "Kosovo", "KSV", "XKX"},
		{"Hamas fighters attacked an army post on Monday.", "Hamas", "PSEREBHMS", "PSE"},
		{"Johnson told reporters on Monday that the talks would resume.", "Johnson", "", ""},
		{"Timor-Leste officials condemned the arrests on Monday.", "Timor", "TMP", "TLS"},
		{"Guinea-Bissau police detained two opposition leaders on Monday.", "Bissau", "GNB", "GNB"},
		{"Timor-Leste's prime minister met Indonesian President Prabowo Subianto in Jakarta.", "Leste", "TMP", "TLS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := a.Analyze(tt.text)
			art := &model.Article{Text: tt.text, Published: model.Day(thursday)}
			p := c.Prepare(art, doc)
			p.EntityActors(doc.Entities)
			var e *model.Entity
			for i := range doc.Entities {
				if doc.Entities[i].Text == tt.name {
					e = &doc.Entities[i]
				}
			}
			if e == nil {
				t.Fatalf("no entity %q among %v", tt.name, doc.Entities)
			}
			switch {
			case tt.code == "" && e.Actor != nil:
				t.Errorf("%q carries %+v, want no actor", tt.name, *e.Actor)
			case tt.code == "":
			case e.Actor == nil:
				t.Errorf("%q carries no actor, want %s", tt.name, tt.code)
			case e.Actor.Code != tt.code || e.Actor.Country != tt.country || e.Actor.Span != e.Span:
				t.Errorf("%q carries %s %s at %v, want %s %s at %v", tt.name, e.Actor.Code, e.Actor.Country, e.Actor.Span, tt.code, tt.country, e.Span)
			}
		})
	}
}
