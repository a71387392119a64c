package actor

import "testing"

// TestForcesHost checks that a bare junta, rebels or gang after a
// sentence (or clause) led by a country's forces acting in another
// country are that other country's, that bare rebels in a sentence that
// names no country before them fight where fighters named earlier did,
// and that other bare agents, and agents after a sentence led otherwise,
// keep the country they took.
func TestForcesHost(t *testing.T) {
	tests := []lastCase{
		{"junta after foreign troops in the last sentence",
			[]string{"French/ADJ troops/NOUN/NNS withdrew/VERB from/ADP Niger ./PUNCT", "The/DET junta/NOUN expelled/VERB a/DET German/ADJ diplomat/NOUN"},
			"junta=NERGOV|German diplomat=DEUGOV"},
		{"junta after foreign troops in its own sentence",
			[]string{"French/ADJ troops/NOUN/NNS left/VERB Mali ,/PUNCT and/CCONJ the/DET junta/NOUN accused/VERB France"},
			"French troops=FRAMIL|Mali=MLI|junta=MLIGOV|France=FRA"},
		{"junta after foreign troops that left the country named before",
			[]string{"Mali/PROPN expelled/VERB a/DET diplomat/NOUN ./PUNCT", "French/ADJ troops/NOUN/NNS left/VERB the/DET country/NOUN ,/PUNCT and/CCONJ the/DET junta/NOUN turned/VERB to/ADP Russia"},
			"French troops=FRAMIL|the country=MLI|junta=MLIGOV|Russia=RUS"},
		{"rebels after foreign troops that entered the country named before",
			[]string{"Congo/PROPN held/VERB talks/NOUN/NNS ./PUNCT", "Rwandan/ADJ troops/NOUN/NNS entered/VERB the/DET country/NOUN ./PUNCT", "The/DET rebels/NOUN/NNS accused/VERB Uganda"},
			"rebels=CODREB|Uganda=UGA"},
		{"rebels after foreign troops",
			[]string{"Rwandan/ADJ troops/NOUN/NNS crossed/VERB into/ADP Congo ./PUNCT", "The/DET rebels/NOUN/NNS accused/VERB Uganda"},
			"rebels=CODREB|Uganda=UGA"},
		{"gangs after foreign police",
			[]string{"Kenyan/ADJ police/NOUN arrived/VERB in/ADP Haiti ./PUNCT", "The/DET gangs/NOUN/NNS threatened/VERB Kenya"},
			"gangs=HTICRM|Kenya=KEN"},
		{"a people's word is no host",
			[]string{"Peruvian/ADJ troops/NOUN/NNS ,/PUNCT backed/VERB by/ADP Chilean/ADJ advisers/NOUN/NNS ,/PUNCT attacked/VERB rebel/NOUN camps/NOUN/NNS"},
			"Peruvian troops=PERMIL|Chilean=CHL|rebel=PERREB"},
		{"a country the forces are only near is no host",
			[]string{"Chadian/ADJ troops/NOUN/NNS patrolled/VERB near/ADP Sudan ./PUNCT", "The/DET rebels/NOUN/NNS attacked/VERB a/DET convoy/NOUN"},
			"rebels=TCDREB"},
		{"a country after a compass word is a host",
			[]string{"Turkish/ADJ troops/NOUN/NNS shelled/VERB northern/ADJ Iraq ./PUNCT", "The/DET insurgents/NOUN/NNS accused/VERB Turkey"},
			"insurgents=IRQREB|Turkey=TUR"},
		{"rebels after fighters named with their place",
			[]string{"Chad/PROPN denied/VERB arming/VERB the/DET militias/NOUN/NNS in/ADP {Sudan} ./PUNCT", "The/DET rebels/NOUN/NNS accused/VERB Egypt"},
			"rebels=SDNREB|Egypt=EGY"},
		{"mercenaries are no local fighters",
			[]string{"Russian/ADJ mercenaries/NOUN/NNS attacked/VERB a/DET town/NOUN ./PUNCT", "Mali/PROPN praised/VERB them/PRON ./PUNCT", "The/DET rebels/NOUN/NNS accused/VERB Mali"},
			"rebels=MLIREB|Mali=MLI"},
		{"the forces' own kind stays theirs",
			[]string{"French/ADJ troops/NOUN/NNS left/VERB Mali ./PUNCT", "The/DET soldiers/NOUN/NNS returned/VERB to/ADP France"},
			"soldiers=FRAMIL|France=FRA"},
		{"rebels after a junta that leads",
			[]string{"Niger 's/PART junta/NOUN expelled/VERB French/ADJ troops/NOUN/NNS ./PUNCT", "The/DET rebels/NOUN/NNS attacked/VERB a/DET convoy/NOUN"},
			"rebels=NERREB"},
		{"rebels after a country that leads",
			[]string{"Chad/PROPN accused/VERB Sudan of/ADP raids/NOUN/NNS ./PUNCT", "The/DET rebels/NOUN/NNS denied/VERB the/DET charge/NOUN"},
			"rebels=TCDREB"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestArmedGroupFighters checks that bare fighters after an armed group
// of no country, in their sentence or the last, are that group's, and
// that fighters of a country named after the group, or a group named
// two sentences back, leave them as they were.
func TestArmedGroupFighters(t *testing.T) {
	tests := []lastCase{
		{"militants after the group in the last sentence",
			[]string{"Peruvian/ADJ jets/NOUN/NNS struck/VERB Islamic/PROPN State/PROPN camps/NOUN/NNS", "The/DET strikes/NOUN/NNS killed/VERB/VBD four/NUM militants/NOUN/NNS"},
			"militants=IMGMUSISI"},
		{"fighters after the group in their own sentence",
			[]string{"Chilean/ADJ troops/NOUN/NNS repelled/VERB/VBD an/DET al/PROPN Qaeda/PROPN raid/NOUN and/CCONJ killed/VERB/VBD six/NUM fighters/NOUN/NNS"},
			"Chilean troops=CHLMIL|al Qaeda=IMGMUSALQ|fighters=IMGMUSALQ"},
		{"a country's fighters named after the group",
			[]string{"Islamic/PROPN State/PROPN and/CCONJ Peruvian/ADJ rebels/NOUN/NNS raided/VERB/VBD a/DET town/NOUN", "Chile 's/PART army/NOUN killed/VERB/VBD four/NUM militants/NOUN/NNS"},
			"Chile 's army=CHLMIL|militants=CHLUAF"},
	}
	checkLast(t, New(dicts(t)), tests)
}

// TestCoupHost checks that a bare junta or military rulers are the
// government of the country a coup cue names (a coup in it, its coup, its
// rulers), not of the country the sentence before led with, and that
// without such a cue they keep the country they took.
func TestCoupHost(t *testing.T) {
	tests := []lastCase{
		{"junta after a coup in a country",
			[]string{"Germany/PROPN criticised/VERB the/DET coup/NOUN in/ADP Niger ./PUNCT", "The/DET junta/NOUN expelled/VERB a/DET French/ADJ diplomat/NOUN"},
			"junta=NERGOV|French diplomat=FRAGOV"},
		{"military rulers after a country's coup",
			[]string{"France/PROPN condemned/VERB Mali 's/PART coup/NOUN ./PUNCT", "The/DET military/ADJ rulers/NOUN/NNS closed/VERB the/DET border/NOUN"},
			"rulers=MLIGOV"},
		{"junta after a country's coup written with a curly apostrophe",
			[]string{"Spain/PROPN condemned/VERB Chad ’s/PART coup/NOUN ./PUNCT", "The/DET junta/NOUN expelled/VERB a/DET Spanish/ADJ envoy/NOUN"},
			"junta=TCDGOV|Spanish envoy=ESPGOV"},
		{"junta after the rulers of a country",
			[]string{"Britain/PROPN condemned/VERB the/DET military/ADJ rulers/NOUN/NNS of/ADP Guinea ./PUNCT", "The/DET junta/NOUN dissolved/VERB parliament/NOUN"},
			"junta=GINGOV|parliament=GINLEG"},
		{"junta after a coup in its own sentence",
			[]string{"Germany/PROPN criticised/VERB the/DET coup/NOUN in/ADP Niger ,/PUNCT and/CCONJ the/DET junta/NOUN accused/VERB France"},
			"Germany=DEU|Niger=NER|junta=NERGOV|France=FRA"},
		{"no coup cue keeps the lead",
			[]string{"Germany/PROPN praised/VERB Niger ./PUNCT", "The/DET junta/NOUN expelled/VERB a/DET French/ADJ diplomat/NOUN"},
			"junta=DEUGOV|French diplomat=FRAGOV"},
		{"a vote is no coup",
			[]string{"France/PROPN welcomed/VERB the/DET vote/NOUN in/ADP Chad ./PUNCT", "The/DET junta/NOUN expelled/VERB a/DET German/ADJ diplomat/NOUN"},
			"junta=FRAGOV|German diplomat=DEUGOV"},
		{"a coup cue does not move the army",
			[]string{"Germany/PROPN criticised/VERB the/DET coup/NOUN in/ADP Niger ./PUNCT", "The/DET army/NOUN closed/VERB the/DET border/NOUN"},
			"army=DEUMIL"},
	}
	checkLast(t, New(dicts(t)), tests)
}
