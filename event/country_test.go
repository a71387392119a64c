package event

import (
	"testing"

	"github.com/casus-project/casus/model"
)

func TestISOCountries(t *testing.T) {
	shared := &model.Actor{Code: "ROMGOV", Name: "Romania", Country: "ROM"}
	evs := []model.Event{
		{Source: shared, Target: &model.Actor{Code: "KSV", Country: "KSV"}},
		{Source: &model.Actor{Code: "ALB", Country: "ALB"}, Target: shared},
		{Source: &model.Actor{Code: "IGOUNO"}},
		{Target: &model.Actor{Code: "GZSREB", Country: "GZS"}, AttributedTo: &model.Actor{Code: "MTNGOV", Country: "MTN"}},
	}
	want := [][3]string{{"ROU", "XKX", "-"}, {"ALB", "ROU", "-"}, {"", "-", "-"}, {"-", "PSE", "MNE"}}
	got := isoCountries(evs)
	for i, ev := range got {
		var g [3]string
		for j, a := range []*model.Actor{ev.Source, ev.Target, ev.AttributedTo} {
			g[j] = "-"
			if a != nil {
				g[j] = a.Country
			}
		}
		if g != want[i] {
			t.Errorf("event %d: source, target, attribution countries %q, want %q", i, g, want[i])
		}
	}
	if got[0].Source.Code != "ROMGOV" {
		t.Errorf("code %q changed, want ROMGOV", got[0].Source.Code)
	}
	if shared.Country != "ROM" {
		t.Errorf("the coder's own actor changed to %q", shared.Country)
	}
}
