package event

// releaseLemmas are the verbs whose bare code is a release of no kind
// (080, 084) and whose object may be people.
var releaseLemmas = map[string]bool{"RELEASE": true, "FREE": true}

// releasedPeople reports a bare release (080 or 084) of the clause at v
// whose target, the verb's object or its passive subject, is people: an
// actor with a role, not a bare country ("Maoist rebels freed three aid
// workers", "Vietnamese fishermen were released by China"). The verb
// supplement's &RELEASEDPERSON lists the nouns that name people and
// nothing else; an actor the resolver found is people whatever its noun,
// so its release is a release of persons (0841).
func (a *article) releasedPeople(st *coding) bool {
	cl, ms, src, tgt := st.cl, st.ms, st.src, st.tgt
	if cl.code != "080" && cl.code != "084" || !bareVerb(cl) || !releaseLemmas[a.w.lem[st.v]] || src < 0 || tgt < 0 {
		return false
	}
	if c := ms[tgt].Code; c == "" || bareCountry(c) {
		return false
	}
	if h := ms[tgt].Head; h >= 0 && h < len(a.w.lem) && craftNouns[a.w.lem[h]] {
		return false
	}
	return a.recognised(st.toks, ms, cl, src, tgt)
}

// craftNouns are the heads (upper-case lemmas) of actor mentions that are
// a company's or a state's craft, not people: "released a Chilean tanker"
// releases property, though the resolver gives the tanker its owner's code.
var craftNouns = map[string]bool{
	"SHIP": true, "BOAT": true, "VESSEL": true, "TANKER": true, "TRAWLER": true,
	"FREIGHTER": true, "TRUCK": true, "LORRY": true, "AIRCRAFT": true, "PLANE": true,
	"JET": true, "HELICOPTER": true, "CARGO": true,
}
