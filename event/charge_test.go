package event

import (
	"slices"
	"strings"
	"testing"
)

// TestChargedDeed checks that the deed a gerund after "of" or "for" names
// is its object's, not the governing verb's subject's; that the deed a
// charge holds someone to account for is coded only where it is a use
// of force and someone makes the charge, claimed by them, beside the
// accusation however the parse hangs the gerund; and that an
// accusation with no accuser ("an officer accused of attacking") codes
// no deed. The means of a charged deed ("by granting migrants entry") is
// charged with it.
func TestChargedDeed(t *testing.T) {
	tests := []struct {
		name, text string
		// want are "SRC>TGT:CODE/STATUS" events that must be coded,
		// absent ones that must not.
		want, absent []string
	}{
		{"a charge of force is the accused's, claimed",
			"Canada condemned Russia for shelling Ukrainian cities.",
			[]string{"CAN>RUS:111/asserted", "RUS>UKR:194/claimed"}, []string{"CAN>UKR:194/asserted"}},
		{"a charge of force on the accuser's own soldiers is the accused's, beside the accusation",
			"Chile accused Peru of attacking Chilean soldiers.",
			[]string{"PER>CHLMIL:190/claimed"}, []string{"CHL>CHLMIL:190/asserted", "PER>CHLMIL:190/asserted"}},
		{"a charge of shelling villages of the accuser's country",
			"Greece accused Turkey of shelling Greek villages near the border.",
			[]string{"GRC>TUR:1123/asserted", "TUR>GRCCVL:194/claimed"}, nil},
		{"a charge of force against a third country's trucks",
			"Kenya accused Somalia of attacking Ethiopian trucks.",
			[]string{"SOM>ETH:190/claimed"}, []string{"KEN>ETH:190/asserted"}},
		{"a charge of backing is no deed of the accuser",
			"Peru expelled Bolivian advisers, blaming Bolivia for backing Chile.",
			[]string{"PER>BOL:112/asserted"}, []string{"PER>CHL:050/asserted", "BOL>CHL:050/claimed"}},
		{"a passive accusation has no accuser",
			"Police in Peru arrested a Bolivian officer accused of attacking Chilean diplomats.",
			nil, []string{"BOL>CHL:190/asserted", "BOL>CHL:190/claimed", "PERCOP>CHL:190/asserted"}},
		{"the means of a charged deed is charged too",
			"Peru accused Chile of encouraging illegal crossings by granting Bolivian migrants entry.",
			[]string{"PER>CHL:112/asserted"}, []string{"PER>BOLCVL:060/asserted", "CHL>BOLCVL:060/asserted"}},
		{"force as the means of a charged deed is the accused's, claimed",
			"Peru accused Chile of terrorising the region by shelling Bolivian villages.",
			[]string{"PER>CHL:112/asserted", "CHL>BOLCVL:194/claimed"}, []string{"PER>BOLCVL:194/asserted"}},
		{"praise for mediation: the praised mediates",
			"Egypt praised Norway for mediating between Colombia and Venezuela.",
			[]string{"NOR>COL:045/asserted"}, []string{"EGY>COL:045/asserted"}},
		{"a passive thanks: its subject mediates",
			"Norway was thanked by Egypt for mediating between Colombia and Venezuela.",
			[]string{"NOR>COL:045/asserted"}, []string{"EGY>COL:045/asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			var got []string
			for _, e := range evs {
				got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code+"/"+e.Status)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s (all: %s)", w, describe(evs))
				}
			}
			for _, w := range tt.absent {
				if slices.Contains(got, w) {
					t.Errorf("coded %s (all: %s)", w, describe(evs))
				}
			}
		})
	}
}

// TestThirdPartyAgent checks that whoever mediates, brokers or hosts what
// others do, named as a participle's agent on a noun of their clause, is
// no party to their event, and that a mediating participle is an event
// of its own aimed at those parties, whatever actor word order finds
// before it; a host of indirect talks mediates them.
func TestThirdPartyAgent(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"a swap mediated by a third country",
			"Chile and Peru exchanged prisoners on Friday in a swap mediated by Norway.",
			[]string{"CHL>PER:0841", "PER>CHL:0841", "NOR>CHL:045", "NOR>PER:045"}, []string{"CHL>NOR:0841", "NOR>CHL:0841"}},
		{"talks hosted by a third country",
			"Chile and Peru held talks hosted by Norway on Friday.",
			[]string{"CHL>PER:046", "PER>CHL:046"}, []string{"CHL>NOR:046", "NOR>CHL:046", "NOR>PER:046"}},
		{"a swap of prisoners of war mediated by a third country",
			"Chile and Peru exchanged 40 prisoners of war in a swap mediated by Norway.",
			[]string{"NOR>CHL:045", "NOR>PER:045"}, []string{"NOR>CHLMIL:045", "NOR>PERMIL:045"}},
		{"indirect talks hosted by a third country are mediated",
			"Chilean and Peruvian delegations arrived in Quito for indirect talks hosted by Ecuador.",
			[]string{"ECU>CHL:045", "ECU>PER:045"}, []string{"ECU>CHL:043", "ECU>PER:043"}},
		{"a host of indirect talks mediates",
			"Ecuador hosted indirect talks between Chile and Peru.",
			[]string{"ECU>CHL:045", "ECU>PER:045"}, nil},
		{"the leader of a coalition is its party",
			"Peru joined a coalition led by Chile.",
			nil, []string{"CHL>PER:060"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.absent)
		})
	}
}

// TestWarnedThat checks that a warning or threat whose "that" clause, or
// "if" clause, names another country, or an organisation named before
// ("the bloc"), is aimed at it, and that one naming only the
// speaker's own country, or no one, codes nothing.
func TestWarnedThat(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"a warning that another will suffer", "Chile warned that Peru would bear all the consequences.", []string{"CHL>PER:130"}, nil},
		{"a threat that another will suffer", "Chile threatened that Peru would pay a heavy price.", []string{"CHL>PER:130"}, nil},
		{"a warning about its own country", "Chile's president warned that the country would never give up its claim.", nil, []string{"CHLGOV>CHL:130"}},
		{"a plain report", "Chile said that Peru would bear all the consequences.", nil, []string{"CHL>PER:130"}},
		{"what a threat's participle of speech says", "Chile threatened to strengthen its army, saying Chile would respond if Peruvian troops were deployed near the border.", []string{"CHL>PERMIL:138"}, nil},
		{"who a threat's condition is on", "Chilean lawmakers have threatened to raise tariffs if Peru goes ahead with the plan.", []string{"CHLLEG>PER:1312"}, nil},
		{"a condition on its own country", "Chilean lawmakers have threatened to raise tariffs if the Chilean president goes ahead with the plan.", nil, []string{"CHLLEG>CHLGOV:1312", "CHLLEG>CHL:1312"}},
		{"a condition on an organisation named before", "The European Union is weighing sanctions against Chile. Chilean lawmakers have threatened to raise tariffs if the bloc goes ahead.", []string{"CHLLEG>IGOEUREEC:1312"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.absent)
			if len(tt.want) == 0 {
				for _, e := range evs {
					if e.Code == "130" {
						t.Errorf("coded %s>%s:130", e.Source.Code, e.Target.Code)
					}
				}
			}
		})
	}
}

// TestPassiveParticiple checks that the noun a past participle is on,
// with no "by" agent, is no source of the participle's event ("tankers
// linked to Chile"), while a participle with an agent or an object of
// its own still codes.
func TestPassiveParticiple(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"no agent", "Peruvian tankers linked to Chile have been targeted several times.", nil, []string{"PERBUS>CHL:060", "PER>CHL:060"}},
		{"an agent", "Chile and Peru exchanged prisoners in a swap mediated by Norway.", []string{"NOR>CHL:045"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.absent)
		})
	}
}

// TestThreatStatus checks that a threat whose "that" clause says what
// would happen is hypothetical, and one without such a clause is not.
func TestThreatStatus(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Chile warned that Peru would bear all the consequences.", "CHL>PER:130/hypothetical"},
		{"Chile threatened Peru with sanctions.", "CHL>PER:1312/asserted"},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code+"/"+e.Status)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: got %v, want %s", tt.text, got, tt.want)
		}
	}
}

// TestNamedObjectAndClauseSubject checks that who names an object in a
// free relative ("what it called") is no target and the object's words
// still are, and that the subject right after "after" opening a clause is
// that clause's source, not the main clause's.
func TestNamedObjectAndClauseSubject(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"a free relative's object", "Chile test-fired what it called a new missile over the waters of Peru on Monday.", []string{"CHL>PER:150"}, nil},
		{"the subject after 'after'", "The Security Council met on Friday after Chile test-fired a new missile over Peru.", []string{"CHLMIL>PER:150"}, []string{"IGOUNO>PER:150"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.absent)
		})
	}
}

// TestAidRecipientFromContext checks that aid naming no recipient goes to
// the recipient of the article's latest aid by another, and that a
// possessive of the source's own ("its food assistance") is no target.
func TestAidRecipientFromContext(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"the latest recipient", "Norway on Tuesday resumed food distributions in Peru. Chile also resumed its food assistance last month.", []string{"CHL>PER:073"}, nil},
		{"no aid before", "Chile resumed its food assistance last month.", nil, []string{"CHL>CHL:073"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.absent)
			if len(tt.want) == 0 && len(evs) > 0 {
				t.Errorf("coded %s", describe(evs))
			}
		})
	}
}

// TestComplaintTargetFromContext checks that an official complaint,
// legal action or refusal to retract (no declined comment, 011) naming
// no one is aimed at the source of the latest event
// against the complainer's country, and at no one without such an
// event; the court or body a matter is taken to is no target.
func TestComplaintTargetFromContext(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"after a deed against it", "Chile fired a missile over the waters of Peru on Monday. Lima lodged a protest through diplomatic channels.", "PER>CHL:114"},
		{"nothing against it before", "Chile praised Bolivia on Monday. Lima lodged a protest through diplomatic channels.", ""},
		{"a matter taken to the WTO", "Peru imposed tariffs on Chilean copper on Monday. Chile said Santiago would take the matter to the World Trade Organization.", "CHL>PER:115"},
		{"a matter taken to a court, nothing before", "Chile praised Bolivia on Monday. Peru took the dispute to the International Court of Justice.", ""},
		{"a country taken to a court", "Ukraine took Russia to the International Court of Justice over the attack.", "UKR>RUS:115"},
		{"a refusal to retract", "Chile warned that Peru would bear all the consequences. Peru's prime minister has refused to withdraw her comments.", "PERGOV>CHL:124"},
		{"a refusal to retract, nothing before", "Peru's prime minister has refused to withdraw her comments.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			var got []string
			for _, e := range evs {
				if e.Code == "114" || e.Code == "115" || e.Code == "124" || e.Code == "011" {
					got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("114/115/124/011 events %v, want %q (all: %s)", got, tt.want, describe(evs))
			}
		})
	}
}

// TestMembershipFromContext checks that an application for membership
// naming no organisation is aimed at the organisation named just before,
// and at no one without one.
func TestMembershipFromContext(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an organisation named before", "Peru formally joined the European Union on Tuesday. Peru applied for membership in May last year.", "PER>IGOEUREEC:020"},
		{"none named", "Peru signed a treaty with Chile on Tuesday. Peru applied for membership in May last year.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			var got []string
			for _, e := range evs {
				if e.Code == "020" {
					got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("020 events %v, want %q (all: %s)", got, tt.want, describe(evs))
			}
		})
	}
}

// TestClauseOpenerSubject checks that an actor right after "if" or
// "unless" is no target of the verb before it.
func TestClauseOpenerSubject(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"the subject of a condition", "Chile said its police would remove the barricades if Peruvian troops did not.", nil, []string{"CHLCOP>PERMIL:174"}},
		{"a target before the condition", "Chile said it would expel Peruvian diplomats if Lima did not apologise.", []string{"CHL>PERGOV:174"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.absent)
		})
	}
}

// TestChargeEffect checks that force following from a charged deed, in a
// participle after the charge, is the accused's and the accuser's
// claim, while the accuser's own further acts stay the accuser's.
func TestChargeEffect(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Chile accused Peruvian troops of firing across the border, wounding two Chilean villagers.", []string{"PERMIL>CHLCVL:180"}, []string{"CHL>CHLCVL:180"}},
		{"Chile accused Peruvian troops of firing across the border, calling on Bolivia to mediate.", []string{"CHL>BOL:028"}, []string{"PERMIL>BOL:020", "PERMIL>BOL:028"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
			for _, e := range evs {
				if e.Code == "180" && e.Status != "claimed" {
					t.Errorf("%s>%s:180 is %s, want claimed", e.Source.Code, e.Target.Code, e.Status)
				}
			}
		})
	}
}

// TestOfSide checks which codes stand on a side: its own, and any of its
// country's, but no other country's and no other body of no country.
func TestOfSide(t *testing.T) {
	tests := []struct {
		code, side string
		want       bool
	}{
		{"PERGOV", "PER", true},
		{"PER", "PERMIL", true},
		{"CHL", "PER", false},
		{"IGOUNO", "IGOUNO", true},
		{"IGOEUR", "IGOUNO", false},
		{"", "PER", false},
	}
	for _, tt := range tests {
		if got := ofSide(tt.code, tt.side); got != tt.want {
			t.Errorf("ofSide(%q, %q) = %v, want %v", tt.code, tt.side, got, tt.want)
		}
	}
}
