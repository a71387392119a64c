package event

import "testing"

// TestBorderBuildup checks that armed forces an actor moves to another
// country's border are its mobilisation (154) aimed at that country,
// however the border names it, and that forces sent to a border of no
// other country, aid sent there and forces not sent are none. Ships and
// aircraft of war are forces, and a coast or waters are an edge as a
// border is; with no edge named, forces moved near a country are aimed
// at it. Forces put on alert there raise the alert status (152).
func TestBorderBuildup(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile deployed troops to the border with Peru.", []string{"CHL>PER:154"}, nil},
		{"Chile sent tanks near Peru's border.", []string{"CHL>PER:154"}, nil},
		{"Chile stationed soldiers on the Peruvian border.", []string{"CHL>PER:154"}, nil},
		{"Chile has massed more than 10,000 troops near Peru's border.", []string{"CHL>PER:154"}, nil},
		{"Chile deployed additional troops along the border.", nil, []string{"CHL>*:154"}},
		{"Chile will not send troops to the border with Peru.", nil, []string{"CHL>PER:154"}},
		{"Chile sent doctors to the border with Peru.", nil, []string{"CHL>PER:154"}},
		{"Peru deployed two warships to the Chilean coast.", []string{"PER>CHL:154"}, nil},
		{"Chile deployed frigates off the coast of Peru.", []string{"CHL>PER:154"}, nil},
		{"Peru sent two frigates to the border with Chile.", []string{"PER>CHL:154"}, nil},
		{"Bolivia moved fighter jets near the Chilean frontier.", []string{"BOL>CHL:154"}, nil},
		{"Peru sent warships to its own coast.", nil, []string{"PER>*:154"}},
		{"Peru sent fishing boats to the Chilean coast.", nil, []string{"PER>CHL:154"}},
		{"Peru deployed troops near Chile on Monday.", []string{"PER>CHL:154"}, nil},
		{"Venezuela massed troops near Guyana.", []string{"VEN>GUY:154"}, nil},
		{"Russia has moved tanks close to Ukraine, officials said.", []string{"RUS>UKR:154"}, nil},
		{"China deployed warships near Taiwan on Friday.", []string{"CHN>TWN:154"}, nil},
		{"Chile sent doctors near Peru.", nil, []string{"CHL>PER:154"}},
		{"Peru will not deploy troops near Chile.", nil, []string{"PER>CHL:154"}},
		{"Russia deployed troops near Moscow.", nil, []string{"RUS>*:154"}},
		{"Peru put its army on high alert along the border with Chile.", []string{"PER>CHL:152"}, []string{"PER>CHL:154"}},
		{"Venezuela placed its troops on alert near Guyana.", []string{"VEN>GUY:152"}, nil},
		{"Peru put the issue on the agenda with Chile.", nil, []string{"PER>CHL:152"}},
		{"Chile sent its army to the border with Peru.", []string{"CHL>PER:154"}, nil},
	})
}
