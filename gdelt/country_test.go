package gdelt

import (
	"testing"

	"github.com/casus-project/casus/model"
)

func TestActorCountry(t *testing.T) {
	tests := []struct{ code, want string }{
		{"IRNGOV", "IRN"},
		{"ROMGOV", "ROU"},
		{"KSVGOV", "XKX"},
		{"KSV", "XKX"},
		{"AFR", "AFR"},
		{"IGOUNO", ""},
		{"GOV", ""},
		{"ZZZGOV", ""},
		{"RO", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ActorCountry(tt.code); got != tt.want {
			t.Errorf("ActorCountry(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestActorCountryColumn checks that GDELT rows carry CAMEO country codes
// whatever country code the actor carries: from the code's prefix, else
// from the actor's ISO country turned into CAMEO.
func TestActorCountryColumn(t *testing.T) {
	tests := []struct {
		actor model.Actor
		want  string
	}{
		{model.Actor{Code: "ROMGOV", Country: "ROU"}, "ROM"},
		{model.Actor{Code: "GOV", Country: "ROU"}, "ROM"},
		{model.Actor{Code: "GOV", Country: "ALB"}, "ALB"},
		{model.Actor{Code: "IGOUNO"}, ""},
		{model.Actor{Code: "KSVGOV", Country: "XKX"}, ""}, // GDELT's CAMEO table has no Kosovo
		{model.Actor{Code: "GOV", Country: "ZZZ"}, ""},
	}
	for _, tt := range tests {
		c := make([]string, 10)
		actorColumns(c, &tt.actor)
		if c[2] != tt.want {
			t.Errorf("%+v: country column %q, want %q", tt.actor, c[2], tt.want)
		}
	}
}
