package event

import "testing"

// TestRoleAtSentenceDate checks that a leader's role is read at the
// sentence's own past date (its year, or the date that opened its
// paragraph), and at the article's date when the sentence names a recent
// time, none, or speaks in the present.
func TestRoleAtSentenceDate(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a deed dated in his term", "Saddam Hussein invaded Kuwait in 1990.", []string{"IRQGOV>KWT:*"}, nil},
		{"the same name with no date of its own", "Saddam Hussein invaded Kuwait.", nil, []string{"IRQGOV>KWT:*"}},
		{"beside a recent date, a name with no role today", "Iran said on Monday that Saddam Hussein invaded Kuwait in 1990.", []string{"IRQGOV>KWT:*"}, nil},
		{"beside a recent date, a name with a role today", "Sali Berisha criticised Serbia on Monday, as he did in 1986.", []string{"ALBGOV>*:*"}, []string{"ALBELI>*:*"}},
		{"two dates: the relative clause's is read last", "Saddam Hussein, who took power in 1979, invaded Iran in 1980.", []string{"IRQGOV>IRN:*"}, []string{"IRQELI>IRN:*"}},
		{"a relative clause's date: a name with a role today keeps it", "Sali Berisha, who was jailed in 1986, criticised Serbia.", []string{"ALBGOV>*:*"}, []string{"ALBELI>*:*"}},
		{"two dates: an opening date first", "In 1990, Saddam Hussein, who took power in 1979, invaded Kuwait.", []string{"IRQGOV>KWT:*"}, nil},
		{"the paragraph's opening date", "In 1990, Iraq massed troops on its border. Saddam Hussein then invaded Kuwait.", []string{"IRQGOV>KWT:*"}, nil},
		{"another paragraph", "In 1990, Iraq massed troops on its border.\nSaddam Hussein then invaded Kuwait.", nil, []string{"IRQGOV>KWT:*"}},
		{"a dated leader's army is his country's", "In 1991, Kuwaiti troops attacked Saddam Hussein's army.", []string{"KWTMIL>IRQMIL:*"}, []string{"KWTMIL>KWTMIL:*"}},
		{"a year's middle: the target before the deed's change", "Iraq invaded Kuwait in 1990.", []string{"IRQ>KWT:*"}, []string{"IRQ>KWTOCC:*"}},
		{"a role that changed", "In 1986, Sali Berisha criticised Serbia.", []string{"ALBELI>*:*"}, []string{"ALBGOV>*:*"}},
		{"the same person today", "Sali Berisha criticised Serbia on Monday.", []string{"ALBGOV>*:*"}, []string{"ALBELI>*:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
