// Package dict reads, compiles and looks up the dictionaries of the event
// coder: actors (countries, leaders and organisations with dated roles),
// agents (police, diplomats, ...), verb patterns with CAMEO codes,
// discards and issues.
//
// The common path uses the compiled dictionaries embedded in the binary:
//
//	d, err := dict.Default()
//	code, e, n, ok := d.Actor([]string{"Edi", "Rama", "said"}, day)
//	// code == "ALBGOV", n == 2, e.Name == "EDI RAMA"
//	agent, m, ok := d.Agent([]string{"police"}) // "~COP", 1
//	b := d.Verb("sever")                           // the SEPARATE block
//
// Users who bring their own dictionaries pass a directory to LoadDir,
// which recognises PETRARCH-2 and TABARI files by name and contents. The
// readers (ReadActors, ReadAgents, ReadVerbs, ReadDiscards, ReadIssues and
// the streaming ActorReader) can also be used one file at a time; their
// errors are *ParseError values carrying file and line.
//
// Matching follows PETRARCH-2: words are compared upper-cased, an
// underscore in a dictionary phrase joins words that must be consecutive,
// and a trailing underscore is dropped (PETRARCH-2 treats every phrase as
// whole words). A phrase also matches the tokens a tokenizer splits it
// into at inner hyphens ("AL-QAEDA" as "Al" "-" "Qaeda") and possessives
// ("KURDISTAN_WORKERS'_PARTY" as "Kurdistan" "Workers" "'" "Party"), and
// US, UK, UN and EU in a longer phrase also written with full stops
// ("US_TREASURY_DEPARTMENT" as "U.S. Treasury Department"). TABARI files (verb files without "---" block headers)
// keep TABARI's rule that a word not closed by an underscore may
// continue: such pattern and synset words end in Stem ("REVOLUTION~"),
// verb words in Verb.Stems, and '=' closes a word ("BAN="); a '_'
// between the '*' and a pattern word ("RECENT~_*") makes that word touch
// the verb (Pattern.TightBefore, TightAfter); an actor
// word closed by an underscore still takes a noun ending 'S ("Libyas" is
// LIBYA_), one closed by '=' does not ("MOUSE="); an actor
// phrase whose words a space separates lets a few other words stand
// between them ("PRINCE DOL_AMROTH": "the Prince of Dol_Amroth"). An actor's roles are tried in file order and
// the first one whose dates cover the asked date gives the code; a role
// without dates always applies, so it is the fallback.
//
// Build also merges data/supplement.verbs.txt, casus's verb supplement
// in PETRARCH-2 syntax, into the verb blocks: a supplement block named like
// a block of CAMEO.2.0.txt ("--- LODGE [---] ---") adds its patterns ahead
// of that block's own, so that an equally specific supplement pattern wins
// ("lodged a protest" is 114, not 110), and adds the verbs the block lacks
// (URGE under APPEAL); the block's code is kept. Its patterns may use the
// main dictionary's synsets; a block the main dictionary lacks is appended.
// The supplement holds conventions of the CAMEO codebook that CAMEO.2.0.txt
// lacks (summoning an envoy is 114, calling on parties to de-escalate is
// 0256).
//
// Compile turns the read sources into a Dicts; WriteTo and Read store it
// in casus's compiled format (strings once, varints, and the string ends,
// the actor entries' starts and the lookup tries as built, in arrays that
// Read uses in place), and Build regenerates the
// embedded data/dicts.bin from the PETRARCH-2 dictionaries, the casus
// supplement and the leader tables in ../shared/data.
//
// The package knows dictionaries only: it does not tokenise or parse
// text, it does not decide which noun phrase is a source or target, and
// it knows nothing of stores, HTTP or the command line.
package dict
