package dict

import "testing"

func TestPortfolioGov(t *testing.T) {
	tests := []struct {
		phrase, code, want string
	}{
		{"AGRICULTURE MINISTER", "~GOVAGR", "~GOV"},
		{"HEALTH MINISTRIES", "~GOVHLH", "~GOV"},
		{"MINISTRY OF LABOUR", "~GOVLAB", "~GOV"},
		{"MINISTER FOR THE ENVIRONMENT", "~GOVENV", "~GOV"},
		{"DEPT OF AGRICULTURE", "~GOVAGR", "~GOV"},
		{"TRADE OFFICIALS", "~GOVBUS", "~GOV"},
		{"SECRETARY OF EDUCATION", "~GOVEDU", "~GOV"},
		{"INFORMATION OFFICE", "~GOVMED", "~GOV"},
		// Organs that are no office keep their sector.
		{"STATE MEDIA", "~GOVMED", "~GOVMED"},
		{"OFFICIAL NEWS AGENCY", "~GOVMED", "~GOVMED"},
		{"CENTRAL BANK", "~GOVBUS", "~GOVBUS"},
		// The armed forces, police and courts are organs of their own.
		{"NATIONAL SECURITY ADVISER", "~GOVMIL", "~GOVMIL"},
		{"MINISTER FOR CIVIL", "~GOVMIL", "~GOVMIL"},
		{"BUREAU OF SPECIAL INVESTIGATION", "~GOVCOP", "~GOVCOP"},
		// Other codes are left alone.
		{"HEALTH OFFICIAL", "~HLH", "~HLH"},
		{"FOREIGN MINISTER", "~GOV", "~GOV"},
	}
	agents := make([]Agent, len(tests))
	changed := 0
	for i, tt := range tests {
		agents[i] = Agent{Phrase: tt.phrase, Code: tt.code}
		if tt.code != tt.want {
			changed++
		}
	}
	if n := portfolioGov(agents); n != changed {
		t.Errorf("portfolioGov recoded %d agents, want %d", n, changed)
	}
	for i, tt := range tests {
		if got := agents[i].Code; got != tt.want {
			t.Errorf("%s %s: got %s, want %s", tt.phrase, tt.code, got, tt.want)
		}
	}
}
