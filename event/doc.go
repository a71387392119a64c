// Package event codes the events an analysed article reports: who did
// what to whom in CAMEO terms, when, on whose word, and why casus thinks
// so.
//
//	c, err := event.New(d) // d from dict.Default() or dict.LoadDir
//	doc := analyzer.Analyze(art.Text)
//	evs := c.Code(ctx, art, doc, quotes, framing)
//
// For every verb that the verb dictionary knows (of TABARI dictionaries,
// which find verbs by word, not by part of speech: a word written without
// a trailing underscore as a stem, one with it with a regular ending, and
// also where the tagger saw a noun right after an actor; and a base form
// the tagger took for an adjective or noun that ends its phrase right
// after "to" and a verb of intent, "had offered to mediate.", or any
// base form after "to" that follows the object of a verb of prompting or
// forcing, "prompting Chilean troops to fire warning shots"), the Coder matches the verb's patterns
// (particles, objects, prepositional phrases, synsets) against the words
// of the verb's own clause (the most specific wins; of equally specific
// ones the block's first, so a supplement merged ahead of a block
// overrides it, except that of two written alike for two of the block's
// verbs the matched verb's own wins, "recognise"'s "- * INDEPENDENCE"
// (054) over "celebrate"'s (017), an -IZE verb being its -ISE spelling;
// a block's verbs share its patterns, except that one made
// of particles alone, "- * (WITH)" or "- * TO", is a phrasal verb's and
// codes only for the verb its comment names, unless it is mutual:
// "beat protesters with batons" borrows no "break with"; a verb listed in
// two blocks has its bare code from the first and, from the later one,
// the patterns whose comment names it, "reopened its embassy" (054) in
// START for REOPEN of RE_ESTABLISH; and whose target
// slot right after the verb holds an actor from its first word ("- * +
// TO # WANT": "wants the UK to extradite him", not "wanted the talks with
// Peru to succeed"), and whose appeal or demand of a verb of wanting or
// needing followed by its subject's own infinitive codes nothing ("wants
// to withdraw its troops", "needs to release": the deed is coded for
// itself), as does the bare code of a verb of planning (030) or failing
// (120) followed by its infinitive ("was preparing to attack Peru",
// "failed to attack Peru"), and a plan's bare 030 at all ("is preparing
// an attack on Peru"); a pattern's noun
// of one word matches no word of a longer name of a person, organisation
// or place, nor the second half of a hyphenated participle: "Amnesty
// International" is no amnesty, "ad-supported" no support, while the
// head of a name that is an actor does, "the International Court of
// Justice", and so do two words in a name, "the UN Security Council"): where the dependency parse is plausible the
// clause ends where a coordinated or adverbial clause of the verb begins,
// and always at brackets that hold a clause of their own ("calls with
// leaders (several were placed on a server)"; not at "(ELN)").
// "We" or "I" opening a clause of a direct quote is the quote's
// speaker, named after its reporting verb or before it ("“We thank the
// Afghan government,” said the US envoy"), or, for a quote that goes on
// from one in the sentence before with the same speaker, the actor that
// sentence names as that speaker or as the speaker's title ("“We pray
// for them,” said White House Press Secretary Jane Doe. “We thank the
// Afghan government.”"), for what the speaker says was
// done or will be, not for what "we" could not do nor for a decision.
// "It" as the subject of what an actor says, and "its" on that subject,
// is the speaker, whatever actor was named last: "China's commerce
// ministry accused Lima of dumping and said it would take the case to
// the WTO" (the ministry, not Lima), unless the speaker is a person, a
// list or an agent of no known country.
// The source is the verb's subject in the parse (the "by" agent of a
// passive, not a place the agent phrase names after "near", "in", "at",
// "outside" or "around": "killed by a coalition airstrike near Tacna,
// Peru" has no source; or for captives released with no agent named, who the
// sentence says held them: "two hostages held by the Taliban were
// released"; which a participle followed by "by" also is: "the treaty,
// brokered by Norway", and a participle on a noun with a "by" agent
// further on: "weapons supplied to him by Chile"); for a coordinated verb, an infinitive or a participle such as
// "..., accusing it of" the subject of the governing verb (a participle
// set off by a comma is such an adjunct, an event of its own, even where
// the parse hangs it on a noun; so is an infinitive the parse hangs on
// the object of "with" or a noun joined to it: "worked with the rebels
// and the army to ensure" is the subject's, and so is one on a noun ",
// as well as" adds after a clause on that object, wherever the parse
// hangs the noun), or its object
// for "asked France to expel"; a coordinated verb whose present tense
// disagrees in number with the governing one's ("agree that China has
// ... and support") takes no subject from it; an active verb with an
// object joined to a passive takes the passive's subject, not its "by"
// agent ("Peru was backed by Chile and attacked Bolivia": PER>BOL), and
// none when that subject is no actor; a clause before the verb it hangs on has
// none: "after crowds burned down its embassy, an official said"; for a pattern that used words before the
// verb, the actor before them), the target the pattern's target slot or
// the verb's object, indirect object or an oblique (one with the
// pattern's preposition first; for a target inside the pattern's
// prepositional phrase, "- * &BLAMEDACT (TO +)", the actor after that
// preposition: "attributed the theft from Peruvian banks to Bolivia");
// an actor right after "after" or
// "before" opening a clause is that clause's subject ("after North Korea
// test-fired"), as is a subject the parse took for a passive's when the
// verb has no auxiliary, and a noun that a past tense the parse hung on
// it as a participle (no auxiliary, no "by" agent) follows, when "and"
// joins that verb to a later one the noun is made the subject of
// ("Thousands of Bolivians protested, and police responded": the
// protest is the Bolivians' and a main event, the response the
// police's), or when ", and" joins the noun to the clause before and
// the verb takes an object, after a particle only of a dictionary verb
// ("Diplomats left Peru, and Peruvian police sealed off the embassy": a
// main event, the police's alone); an actor right after an active verb is
// its object whatever the parse made of it ("blaming Pakistan for
// backing militants"). Where the parse names none, word order
// decides: the actor before the verb (not a place named after "in", "at"
// or "near": "leaders meeting in Addis Ababa", nor the object of the
// verb before it in a series of verbs: "did not invade Peru, threaten
// Bolivia and insult Ecuador", nor one in a prepositional phrase that
// opens the sentence up to a comma: "In support of the Chilean army,
// coalition aircraft conducted air strikes", nor, whatever the parse
// says, one after a common noun: "the price of oil in Peru hit
// exporters", nor the owner of a thing in an "of" phrase on another: "the
// collapse of Chile's currency hurt Peruvian farmers"; none, outside TABARI's
// stems mode, when the subject right before the verb is a person or
// organisation the dictionaries do not know: "prosecutors said John
// Smith attacked protesters"; nor, however the parse hangs it, the
// speaker when a common noun no dictionary knows follows the verb of
// saying with "the", "this" or "that": "the minister said the group
// attacked Peruvian soldiers"; nor the "by" agent of a participle
// phrase on the subject, which backed or trained the subject and did not
// act: "Chadian soldiers, trained by French instructors, attacked",
// "rebels backed by Rwanda attacked Goma", where the actor the phrase
// follows in its noun phrase acts, if any), the first actor after it,
// unless the verb's object is a person or organisation no dictionary
// knows and the actor comes in words about it ("asked John Smith about
// concerns within the army", "bought Acme, a firm that was part of
// Chile's strategy": no target), and for a present participle right
// after the noun it describes, unless the actor comes before the
// sentence's own verb ("doctors offering to run the clinic have
// documented abuses by the police": no target).
// Participles on nouns (issuedtext.go, relative.go, deptarget.go): a
// present participle on a text that a verb of issuing takes ("Chile
// released a letter condemning Peru") is the issuer's deed; a past
// participle with an actor "by" agent and another actor in its own
// phrases takes the noun it is on as its patterns' object ("sanctions
// imposed by Chile on Peru": 163); and a phrase the parse hung on the
// "by" agent ("talks mediated by Chile between Peru and Bolivia") is
// the target when its preposition is the pattern's, or with none named
// "between", "against", "to" or "on".
// An abuse of human rights that a speaker names as someone's ("a pattern
// of unlawful killings by Iranian security forces, said Amnesty
// International", "torture by Peruvian police") is the speaker's
// accusation (1122), dated by its verb of saying.
// Armed forces moved to another country's border ("deployed troops to
// the border with Peru", "sent tanks near Ukraine's border") are a
// mobilisation (154) aimed at that country.
// Calling a charge false, or saying it is ("called the accusations
// baseless", "said Peru's claim was patently false"), is a denial (016)
// aimed at the charge's owner, else at who made the latest charge
// against the speaker.
// To blast an act or words ("Russia blasted the sanctions imposed by the
// EU") is to criticise its author (111), not a use of force.
// Judging another actor's act "as" a wrong ("viewed Washington's move as
// another measure contradicting" the law, "described Chile's decision as
// a provocation") is the judge's criticism of that actor (111), the actor
// named by possessive or modifier right before the act's noun.
// A denial
// (016) that names no target ("The Indian army denied the allegation") is
// aimed at the source of the article's latest accusation or criticism of
// the denier or its country (111, 112; at each of its sources when
// several made it together: "the Russian and Syrian defence ministries
// accused U.S. forces"); a relative clause that denies or
// rejects a charge named before its subject ("..., a charge Azerbaijan
// denies") is such a denial, kept beside the accusation.
// A verb of answering (comment, respond, reply) negated ("Russia has
// not commented on the proposal", "did not immediately respond") is
// declining comment, a negated plain statement (010) whatever its
// object, aimed at the country of the last actor of another country
// named in the three sentences before.
// What a naming verb's quotation says its object is ("called the
// decision \"an act of economic war against the Venezuelan people\"")
// holds no target: the object is, or, for a decision or move, who made
// it, as for a reaction.
// An application for membership (02) that names no organisation
// ("Finland applied for membership in May last year") is aimed at the
// last international organisation named in the sentences just before.
// An official complaint (114), legal action (115) or refusal to yield
// (124) that names no one ("Tokyo lodged a protest through diplomatic
// channels", "would take the matter to the World Trade Organization":
// the court or body a matter is taken to is no target; "has refused to
// withdraw her comments") is aimed at the country of the source of the
// article's latest event against the complainer's country.
// A past participle that opens the sentence with a "by" agent, alone or
// after "after", "having been" or "when" ("Accused by Baku of sabotage,
// Armenia denied any role"), is done to the subject after its comma
// (AZE>ARM 112). The actor in a phrase a preposition opens before the
// subject's comma ("Despite warnings from Washington, Israel attacked
// Rafah") is no member of a list with that subject, also when the tagger
// took the subject's past tense for a participle. Nor is a name after
// "and" or "but" that a past or a singular present follows a member of a
// list with the object of the verb before it ("China criticised Japan and
// South Korea praised the decision": two clauses), unless that verb
// reports speech or thought ("believes Peru and Chile can cope").
// A verb that names no target, joined to a first verb with the same
// subject (or what such a second verb says or means to do), is aimed at
// the first verb's object when that is an actor of another country named
// as the object itself, not through an earlier mention: "China's
// commerce ministry accused Lima of dumping and said it would take the
// case to the WTO" (CHNGOV>PER 115); not when the first verb reports
// speech ("said U.S. drills had provoked Pyongyang and urged"), nor when
// the second deed is on the source's own thing ("defend its islands").
// An investigation (CAMEO 09) that names no one ("The U.S. Navy said it
// was investigating") looks into the accused of the article's latest
// accusation (112) by another than the investigator's country against
// another, a target from context, and a bare one (090) is refined by
// the latest charge against the accused, the codebook's accusations and
// investigations going in step: aggression (1123) is investigated as
// military action (093), crime (1121) as crime (091), human rights
// abuses (1122) as such (092), war crimes (1124) as such (094).
// Aid (CAMEO 07) that names no recipient ("The United States also
// resumed its food assistance") goes to the recipient of the article's
// latest aid by another source, a target from context; a possessive of
// the source's own ("its") is no target.
// A membership suspended with no agent named ("Sudan's membership of the
// African Union has been suspended") is suspended by the organisation
// (172, its member the target).
// Talks halted (164) with no one named ("President Petro suspended the
// talks") are halted with the other party of the article's latest
// consultation or negotiation (04) that the source, or its country with
// another country, held, a target from context; talks whose own phrase
// names the partner ("Peru's talks with Bolivia collapsed") are halted
// with that partner. Talks that broke down
// with no party named ("Previous talks in Jeddah, sponsored by Norway,
// collapsed in 2023": a sponsor after "by" or a place is none) broke
// down between the two parties of the article's latest negotiation
// (046), each way, source and target from context.
// A defeat conceded (08) to no one named ("Lai won ..., ahead of Hou,
// who conceded defeat") is conceded to the first other actor its
// sentence names before the verb.
// A reduction of relations (16) that names no one, of a relation
// (participation, ties, relations, cooperation, a treaty or deal), by a
// finite verb's subject of a country ("after New Delhi suspended its
// participation in the Indus Waters Treaty"), is aimed at the other party of the story's
// latest earlier event between the source's country and one other
// country, either way, a target from context; not so a gerund's, or a
// pair's ("the two countries broke off ties").
// A riot (145) whose clause names no target ("people threw petrol
// bombs") is aimed at the police or army of the rioters' country whose
// coercion or force (17-19) against people of that country the article
// last reported ("police fired teargas at protesters"), a target from
// context.
// A protest (14) whose clause names no target, by a group of a country
// that is neither its state nor the country itself ("Serbs put up the
// barricades", "Iranian students protested"), is aimed at that
// country's government, a target from context. The country's people,
// named by a plural noun, protesting against their own state or in
// their own country ("thousands of Venezuelans took to the streets of
// Caracas") are opposition (as the Phoenix agents code protesters,
// ~OPP) protesting against its government; a group of the country
// protesting in one of its places protests against the government, not
// the place. Violent repression (175) that names no one ("security
// forces responded with tear gas") is aimed at the latest protesters of
// the repressing actor's country, a target from context.
// An appeal (02) to "all sides", "both sides", "the two parties" and the
// like, or a call for de-escalation (0256) that names no one ("NATO
// urged all sides to show restraint", "Oman called for restraint"), and
// mediation between no one named ("the African Union offered to
// mediate", 039), is aimed at both countries of the article's latest conflictual event
// (CAMEO 11 to 20) between two countries, targets from context; at no
// one where the appealing actor's country is one of them. What a
// go-between's participle says it mediated, with no parties named ("The
// treaty, brokered by the World Bank in 1960", "the deal, mediated by
// China"), lies between the countries of the article's latest event of
// any kind between two countries.
// An appeal, demand or threat (02, 10, 13) addressed to a plural noun
// that names no actor ("warned foreign powers to stop arming Peru",
// "urged donors to send aid to Peru") is not aimed at an actor inside
// the deed it asks for; a singular object ("urged restraint to avoid a
// war with Peru") is what is asked for, and the target stays.
// Nor is an actor of the reacting (or opposing) source's own country
// that a nominal act was done to ("opposed the listing of Chinese
// companies") what it reacts to.
// An active reaction (condemn, reject, welcome ...) that names after
// "by" who did what it is about ("condemned the shelling of El Fasher,
// the last city in Sudan's Darfur region, by the RSF") is aimed at them.
// A reaction (condemn, reject, welcome, dismiss, refuse, blast ...) to a
// decision, protest, move, measure or attack that names no one ("Baku
// rejected the protest") is aimed at who did it: the source of the
// latest earlier event aimed at the reacting actor's country (for an
// attack or strike, the latest use of force; for measures, sanctions or
// a ban, the latest such, CAMEO 16-17, where there is one; for an
// expulsion, who expelled the reacting actor's people in the latest
// expulsion, 174, or withdrawal from another's country, 166), else,
// but for an attack, the source of the latest event by another in the
// three sentences before ("Chile expelled two Peruvian diplomats.
// Bolivia condemned the decision" condemns Chile), else the last actor of
// another country named in the three sentences before. Such a target's
// entry begins "target from context:", and the event's confidence is
// lower. No target from context comes from before the current story's
// start in a file of several items: a wire dateline after the first
// sentence, or a headline (a line of its own with no full stop) that
// names only countries the story before it had not named ("North Korea
// tests missile" after an item on Ukraine; not a subheading, "A long
// road"); nor from a dateline's agency ("(Reuters) -").
// Nouns name events too (not with TABARI dictionaries): "a visit to
// Moscow by X", "X's visit to Y" and "X is (X, ...) on a visit to Y" are visits (042), "a visit to the
// island by X" one to the country named last before in the sentence or
// the one before ("drills around Taiwan ... a visit to the island"), "talks between X
// and Y" negotiations (046) each way (and talks between a bare agent,
// "military commanders", after "India and China" those of the two
// countries, INDMIL and CHNMIL), "the ceasefire (truce, armistice)
// agreed (signed, reached, declared) in March between X and Y" each one's
// declaration of a truce (0871), dated by the phrase's own time and so in
// the background when that is before the article's day (a ceasefire with
// no such participle, or none dated, codes nothing), "the war between X
// and Y in 1995" or "the 1995 war between X and Y" (a year alone before
// the noun, not after the article's) each one's military force (190)
// against the other, dated by the phrase's time and happened whatever
// the verb it hangs on denies of its subject ("has not forgotten"; an
// undated war codes nothing of its own), "in a telephone call with Y" a
// call (041) by the clause's subject, "a (phone) call, conversation or
// meeting (in Lima) between X and Y", or a meeting of them ("a meeting
// of their foreign ministers"), a consultation (040; by telephone 041)
// each way, a meeting "planned", "scheduled", "upcoming" or "expected"
// each one's intent to meet (036), one "proposed" or "next" and a call
// planned none, "during (at,
// after, in) a meeting
// with Y" a meeting held (040) by the clause's subject with an actor of
// another country (a name set off by its description counts as the
// description's actor: "with Liu He, China's top trade negotiator"; a
// meeting cancelled or sought is none; "X's meeting with Y" too, by
// its owner; talks so held, "after talks with Y" or "X's talks with Y",
// are negotiations, 046, with a group of X's own country too), "X's
// offensive against Y", "an
// X attack on Y", "the shelling of Y by X" and "X's strikes on Y" uses of
// force (190), an attack naming neither party that a use of force
// answers ("the strikes were a response to what it called a terrorist
// attack", "bombed Peru in retaliation for an attack") one by the
// answering force's target on its source, both from context (190;
// "terrorist" 180; a later reaction is not to it), "an X drone strike on Y" aerial weapons (195; a labour
// strike "against" anything is none), "X's detention of two Ys" and "the
// arrest (expulsion, deportation, kidnapping, release) of Y by X" the verb's deed
// (173, 174, 181, 0841), also by X that "announced (ordered, authorised) the
// expulsion of Y", with no statement of the announcing, "X's crackdown
// on Y" 170; such an event has the status of
// the clause its noun stands in, and one whose governing verb says it is
// yet to be held or put off ("talks between X and Y are expected next
// week", "postponed a call between") is none, as is force or coercion
// it says has stopped ("ended its crackdown on Y", "halted its offensive
// against Y"). A noun that names again what a verb of
// its sentence coded between the same countries ("met Xi in Beijing, the
// highest-level visit to China by a U.S. official") codes nothing more.
// A building or settlement visited ("visited a prison", "a hospital",
// "a settlement", by the agent that names it) hosts no visit
// (043), and one named with no country of its own ("made a trip to the
// hospital", "the city's prison") is not visited (036, 04x) at all: the
// country the article so far lends it is a guess.
// A meeting or journey (CAMEO 04x) in a country other than the source's
// is a visit (042) to it, or to the host met there ("met Xi in
// Beijing"; a meeting with someone of a third country stays a meeting
// with them, "met Chile's president in Lima" 040; an organisation's meeting only where it meets a host in the
// host's own country, "met Iranian officials in Isfahan"; with
// Coder.Places set, a city only the gazetteer knows will do for a host
// met there; bare officials a visitor meets in a story whose dateline
// is in another country are that country's: "HANOI, Vietnam (AP) -
// Esper met with several top government officials"); a journey, "arrived in Baku for talks with Aliyev", visits
// the place; parties that travel together to negotiate, "delegations
// from the army and the RSF arrived in Ankara for talks", negotiate with
// each other; an organisation's envoy or mission that travels to a
// country visits it, "the UN envoy travelled to Yemen"; goods or aid
// that arrive, "a shipment of grain from Ukraine arrived in Egypt", make
// no journey of their country's; a city the dictionaries code as the
// organisation seated there, named as where a list of parties talks,
// "held talks in Brussels", is no party to their talks). Receiving a
// visitor (an official, an envoy, a delegation) hosts the visit (043,
// the visitor's 042); receiving a thing does not. One the source plans, hopes, agrees, is due, ready or willing to (not "not ready to") or will hold ("said
// he would travel to Khartoum") is an intent to meet (036), and mediation offered ("offered to mediate between") an intent to mediate (039), which replaces the governing verb's event; one its source agrees, offers, pledges, vows, promises or decides to hold, or is ready or willing to hold, is expressed by that commitment, asserted or claimed as the commitment is. So is any deed with an intent of its own that its source pledges
// (agrees, offers, pledges, vows, promises, commits itself, is ready or willing, or expresses its willingness
// or commitment to do): "Peru and Chile agreed to withdraw troops" is an intent to de-escalate (0356) each way, no
// withdrawal, "promised to send military aid" 0332, "agreed to extradite the suspect" 0313; the intent replaces
// the pledging verb's bare 030 (or its dictionary reading, 087 for "agreed to withdraw") unless that names an intent
// itself; a refusal, a pledge negated or under a condition is none. Likewise
// cooperation, aid or a concession (050, 06-08) its source will give ("the US
// will provide Peru's navy with a ship", "Peru will cooperate with Chile")
// is an intent to give it (030, 031, 033, 035 and their children), unless the Coder codes deeds that may
// happen as deeds (Unrealised) or TABARI stems, as the peers do. Joined
// members of compound actors ("Canada, the United States and Japan", the
// two parties of "the two countries", the list that "they" stands for;
// not a speaker after a bare comma whose verb of saying ends the
// sentence: "... Bolivia, Peruvian officials said", though not one whose
// verb takes an object: "Chile, Peru and Bolivia accused Argentina" is
// three accusers; nor the subject of the
// next clause after a lone object and a bare comma: "As Chile criticised
// Peru, Bolivia stayed silent", which is that clause's source however the
// parse hangs it, as its apposition: "After talks with Peru, Bolivia
// accused Chile" is BOL>CHL) give one event each; a compound subject with no target acts on each other
// only in reciprocal events (meeting, cooperating, exchanging, fighting:
// "Colombia and Venezuela restored relations", not "Colombia and Brazil
// called for a recount", nor praise, verbal defence, rallying, apology or
// forgiveness, which go one way: "France and Germany welcomed the deal"
// is no praise of each other, nor yielding, fighting or an aid pledge
// done to a thing ("France and Germany bombed the rebel camps", "lifted
// the ban"), unless the verb is mutual by nature ("fought a war",
// "exchanged fire") or the deed a de-escalation ("agreed a ceasefire");
// not the list "they" stands for: "Russia and
// China said they did not recognise the vote") and where the clause says
// so ("Armenia and Azerbaijan accused each other"); a member, or a pronoun that stands
// for one ("Russia and China voted against it"), is never the target of
// its own compound, nor is an actor between "for" and an infinitive
// ("discussed a need for Ukraine to launch investigations"), the
// infinitive's subject, unless the verb is an appeal or demand ("called
// for Bolivia to withdraw"), nor is an object pronoun that stands for its own
// clause's subject or an actor ending it ("Russia and the [Syrian]
// regime are blocking them"). "It" standing for a country or an outlet named in an
// earlier sentence is no party of a deed (CAMEO 04, 06-09, 14-20: "It
// would also let exporters sell more" is a plan's doing, not the
// country's), though it stays one of words ("It accused Peru").
// A pattern's '%' needs a compound actor: before the verb
// its members act on each other ("Gondor and Osgiliath have delayed their
// meeting"); after it, TABARI dictionaries make them reciprocal too.
// An agent written before "in" or "of" and a compound of countries is
// each country's ("lawmakers in Fornost and Gondor"), though not with
// TABARI dictionaries, which give it only to the first.
// With Coder.Places set, a town or region that no actor names but the
// gazetteer knows, the object right after a verb of force (CAMEO 18 to
// 20), is its country ("The RSF has besieged El Fasher" is aimed at
// Sudan).
// A capital is its country, as the peers and the CAMEO codebook code it,
// unless Coder.CapitalGovernments makes a capital acting its government.
// The forces a show of force (CAMEO 15: alert, mobilisation) acts on are
// the source's own, a bare "the army" included, whatever country the story
// lent it: the event is aimed at the country whose armed forces a clause
// after it opens with ("Greece placed its army on alert after Turkish
// warships entered disputed waters"), else at the last other country
// named in the sentences just before, in the sentence just before in its
// paragraph, in the closing sentence of the paragraph before when that
// names one other country and its armed forces, or
// in one that names the source's country too ("Serbian President Vucic
// placed the army on the highest level of combat readiness", after "He
// called on Belgrade and Pristina to de-escalate", is SRBGOV against
// KSV), else at no one ("North Korea launched a ballistic missile"
// opening a paragraph after one on Iraq is aimed at no one, so not coded).
// A verb by which an actor names its own deed in a free relative ("North
// Korea test-fired what it called a new missile") codes nothing, and
// its subject is no target of the verb the free relative is the object
// of (the object's words, "over the Sea of Japan", still are); another
// actor's name for it ("what Turkey called a provocation") is its
// reaction, aimed at who did the deed. Nor does a verb of seeing,
// holding or serving that, by the parse, only says what something is or
// is held to be ("seen as pivotal", "serving as the president's
// physician", "considers the settlements illegal"), nor a "go" that
// measures a change of amount ("going from 175 gigawatts to 450", "the rate is going up,"); a
// call that names its object ("called his death \"a crisis\"") phones
// no one, and nor does asking to go unnamed ("a refugee who asked not to
// be identified", "spoke on condition of anonymity"), nor a bare verb
// of expecting whose object or clause is expected to act ("expects
// producers to raise output": no intent of the expecter's), nor a bare
// verb of fighting with no object that goes on to what its subject
// strives to do ("parties battle to win the election"), nor a bare verb
// of deciding or voting that goes on to what was decided ("voted to
// expel the ambassador" is the expulsion, no intent to cooperate), nor a
// bare verb that names no deed in its construction ("tend to look down
// on", "went on to play brinkmanship", "has gone on blaming Peru",
// "what goes on in the army", "what the vote means", "bothered
// following", "served in the army", "this applies to", "learnt that",
// "deal with the surge of migrants", "defending the state budget", "met
// its obligations", "met the deadline"), nor an -ing participle the parse makes an adjective
// ("retiring jurists"), or a past participle it makes one after "and"
// ("armies and suspected weapons programmes"), nor what a proposal says its parties would do
// ("Under the plan, Kosovo would guarantee ..."); a verb of going on
// with a deed the dictionary codes takes no pattern noun past the gerund
// ("kept attacking Chilean positions" is no KEEP POSITION), nor a verb of
// saying a pattern of cooperation (03-05) from a word past a "that" after
// it ("told lawmakers that he opposed the plan"); hoping or
// wishing to do something oneself is no appeal. A threat is not aimed at
// whom its deed would protect ("to protect their rights"), a statement
// of another actor's support ("saying Washington's support for the
// rebels") is no support of that actor by the speaker, a pronoun after a
// passive that stands for its subject is not its agent ("surrounded by
// territories unfriendly to them"), members joined by "or" are no pair
// acting on each other, the source of "according to X," is no list with
// the subject after its comma, and a city of a firm's or people's own
// country that something goes to is where, not the target ("offered to
// fly the cat to Portland"), nor is an actor after "near", "around" or
// "outside" the object of a verb of closing off or encircling ("sealed
// off the streets near the Israeli embassy"). Force (18x, 19x) that a
// phrase "in" opens calls a breach or violation of a ceasefire ("in
// violation of a ceasefire", "in what it said was the first serious
// breach of a ceasefire") is a ceasefire violation (196), aimed at its
// target's country where that is its civilians. An organisation named after "on the
// sidelines of" is where, not a party; the agent of a participle on the
// object of aid or a release receives nothing ("rescued the crew of a
// ship hijacked by pirates"), and force or coercion in a participle on a
// noun no actor names is used on that noun, as is a claim or a word
// ("waters claimed by Greece", "a plan proposed by Chile"). A thing an
// actor owns as the subject of a pattern that codes only what the subject
// undergoes stands for its owner ("China's plan drew criticism from
// Britain": GBR>CHN 111). A pattern whose words open a clause of time
// takes as source the subject of the clause it hangs on, not an object
// there ("Greece put its navy on alert after talks with Turkey
// collapsed": GRC, not GRCMIL). A generic agent that took
// its country from a place after it ("told reporters in Lima") is no
// target; elections or reform (034x, 083x) a compound subject holds are
// no pair acting on each other; a place named as where ("came under fire
// near the Peruvian border") is no reverse event's source. An infinitive
// right after an adjective of likelihood ("is unlikely to attack") or on
// a possessed plan or refusal noun ("Chile's refusal to negotiate", "the
// failure of the Peruvian army to disarm the rebels") is hypothetical by
// word order. A gerund a verb under a modal governs
// ("would have objected to Ukraine opening an investigation") or that
// something is likened to ("tantamount to investigating") is
// hypothetical, and so is one that someone is committed, dedicated,
// devoted or determined to, unless it is cooperation ("committed to
// carrying out attacks", not "committed to supporting the government"),
// or close to ("close to signing a deal"). What a text that a verb kept
// from being adopted says is no event: "vetoed a Security Council
// resolution demanding a ceasefire" codes the veto, no demand (vetoed.go:
// vetoing, blocking, rejecting, defeating, withdrawing a resolution,
// draft, motion, bill, statement, proposal or declaration). A headline
// glued to the lede it heads by a dateline in mid
// sentence ("... accepts invitation COLOMBO: Sri Lankan President ...")
// codes nothing: only the lede after the dateline's colon does.
// A threat or warning whose clause names no target is aimed at the first
// actor of another country its "that" clause names ("warned that Japan
// would bear all the consequences"), or what a participle of speech on it
// says ("threatened to strengthen its forces, saying Russia would take
// countermeasures if NATO forces were deployed"), or its "if" or
// "unless" clause ("threatened to raise tariffs if Peru goes ahead"),
// not at the speaker's own country nor at a description ("the
// country"), unless it is of an organisation named before ("if the bloc
// goes ahead"). One that names no one there either and says in an
// infinitive what its source would do ("Peru threatened to retaliate",
// "threatened to take necessary measures") answers the source of the
// article's latest earlier event, of another country, aimed at the
// threatener or its country, as a target from context; joined to
// opposing or condemning measures ("opposed the listing of Chinese
// companies and threatened to take necessary measures"), the source of
// the latest measure (16-17) of another country, whomever it was aimed
// at; with no such event it codes nothing.
// A threat (130) of military means ("warned Ethiopia that it would
// defend every grain of its sovereignty", "military", "war", "force") is
// a threat to use military force (138).
// Missiles or rockets fired at no one ("into waters around Taiwan") are
// a demonstration of military power (150) by the country's military,
// and so are military exercises, unless joint (062). A country that
// carries out air strikes or air raids (195) acts through its military
// ("Chile carried out air strikes on Peruvian towns" is CHLMIL). A
// country's positions, posts or trenches under force ("opened fire on Armenian
// positions") are its military's.
// Force used with the means of crowd control ("fired tear gas", "rubber
// bullets", "water cannon") is violent repression (175), force whose
// passive agent is a sanction or tariff ("farmers hit by Chinese
// tariffs") is that sanction (163), and hosting
// people ("has hosted several thousand members of the exiled
// opposition", "refugees") is giving them refuge (075), not a visit.
// What a verb of giving (provide, supply, give) with no pattern of its
// own gives armed forces ("will provide Vietnam's coast guard with a
// ship") is military aid (072; its intent 0332), as the dictionary's
// "- * &MILITARY [072]" codes it for an army or a navy.
// Joining an international organisation named as the verb's object
// ("Finland joined NATO") is acceding to its founding treaty, a formal
// agreement (057), as the dictionary's "JOIN &TREATY" is; "joined the
// NATO summit" stays a gathering. Recognising a state or its government
// named as the verb's object or the passive's subject ("Greece
// recognised Kosovo", "Kosovo was recognised by Greece") grants
// diplomatic recognition (054); recognising what an actor did
// ("recognised Kenya's contribution") stays praise (051). A praise
// pattern (051) on a word beside or inside the verb's object, when that
// object is a noun naming no actor, is someone else's support ("expressed
// concern about Chinese support for Russia" is concern, 012). A finite
// passive whose subject is a thing and whose "by" agent is an actor
// takes its patterns from that subject ("an accord was signed by Peru
// and Chile"), and the agents of a reciprocal 05 deed (057, 054) act on
// each other, as they would as its subject.
// A country that summons a foreign envoy (a pattern naming the verb
// dictionary's &ENVOY) is its government: "Iran summoned Azerbaijan's
// ambassador" is IRNGOV against AZEGOV; one that expels envoys or
// orders them out (174) stays the country, the state that declares them
// unwelcome ("Oslo expelled 15 Russian diplomats" is NOR).
//
// When the actor first taken as the target is the source's own (the
// "cruise missiles" of "Russia fired cruise missiles at Ukrainian power
// stations"), the actor after the pattern's preposition is the target.
//
// The use of force an accusation (112) charges its target with
// ("accusing Tehran of orchestrating a cyberattack", "accused Iran of
// launching a drone attack on a tanker") is an event of its own: the
// accused's cyberattack (176), attack from the air (195) or attack (190)
// against the accuser, or against another country's actor the charge
// names after "against" or "on", claimed by the accuser.
// A gerund after "of" or "for" names a deed of the noun it follows or of
// its verb's object ("praised Norway for mediating", "condemned Russia
// for shelling Ukrainian cities"): that noun or object is its source. A
// deed a charge (accuse, blame, condemn, censure ...) names is coded only
// where it is a use of force or coercion (CAMEO 17-20) and someone makes
// the charge, claimed by them, and it is kept beside the accusation as a
// main event however the parse hangs the gerund ("Chile accused Peru of
// attacking Chilean soldiers": CHL>PER 1123 and PER>CHLMIL 190):
// "blaming Pakistan for backing militants"
// and "an officer accused of attacking officials" code no deed. Force
// in a participle that follows such a charge ("accused Indian troops of
// firing across the Line of Control, wounding two villagers") is the
// accused's too, claimed by the accuser.
// A relative clause with a subject of its own ("a bomb attack that
// Ankara blamed on Kurdish fighters") asserts its event as a main clause
// does; one whose subject is a relative pronoun stays subordinate, and
// one set off by a comma describes its actor and codes nothing when it
// is in the present or present perfect ("Oman, which has mediated
// between Washington and Tehran, called for restraint"), while a past
// one reports an event of its own ("Bolivia criticised Chile, which
// attacked Peru last week"). A relative clause that picks out a definite
// description ("the country that invaded Ukraine does not get to
// lecture anyone") says which actor is meant and codes nothing.
// A relative pronoun that is the object of a clause with a subject of
// its own stands for the actor right before its comma, or with no comma
// for the noun the clause hangs on, which is the verb's target ("Bolivia,
// which Chile has accused of smuggling": CHL>BOL); not a "that" that
// marks a reported clause, nor when the verb has an object of its own.
// Some parses are tangled, and the coder reads them as what they stand
// for: a "that" clause with a subject of its own hung on the object of a
// verb of telling ("told reporters that ...") is that verb's complement;
// a finite verb hung on the object before it as its apposition ("said it
// \"strongly condemns\" the attacks") is a complement whose subject is
// that object; a past verb conjoined to the modal verb of a reported
// clause ("said the country would take action and called for ...") is a
// second verb of the reporting clause, done by its subject, since it
// cannot share the modal; a relative pronoun the parse makes a second
// subject of its verb ("assets, which several member states want to
// spend") is what the clause is about, not who acts; a finite verb
// conjoined right after a phrase opened by "after", "before", "since",
// "until" or "once" ("warned the EU after the European Parliament
// voted") opens a clause of time whose subject is that phrase's noun;
// an infinitive set
// beside its clause ("agreed in 2013, at
// the request of the United States, to take in ...") is subordinate as
// a purpose is; a participle right after an object or oblique, with no
// comma ("vetoed a resolution demanding a ceasefire") is that noun's
// modifier, not done by the verb's subject; a clause of time on a span
// ("on Monday, days after accusing Chile") dates the verb however the
// span hangs. A verb's words end where a clause it does not govern
// begins, for a complement clause or an adverbial one (a relative
// clause's where the verb of the clause around it begins: "victims who
// are suing the estate will find"), and an actor or
// possessor inside another clause is no target of the verb, the owner
// of that clause's subject neither ("went to the heart of what the
// minister's plan meant"), nor is an actor after an infinitive on the
// noun of a phrase a preposition opens ("blocked aid in an attempt to
// force Chile to leave"), and that infinitive is a purpose, no deed
// done, wherever the parse hangs it. Nor is an actor after the purpose
// infinitive of a journey ("arrived in the capital to join the fight
// against ISIL"), unless it is to meet or hold talks, nor, of a
// cooperative deed (CAMEO 03-07), one that "against" names ("supported
// the campaign against Bolivia"), unless the pattern names "against" or
// what is against it ends ("an end to the sanctions against Iran").
// People the verb acts on, named only by whom they are suspected or
// accused of working or spying for ("arrested 19 people suspected of
// working for Iranian intelligence"), are that actor's: it is the
// target.
// What a cause (prompt, force, lead, push ...) moves its object to do
// is an event of its own, not a complement: its source is that object
// and, naming no target, it is aimed at the subject of the cause's
// clause ("the board censured Iran, prompting Tehran to threaten a
// response" is IRN against the board), also when the parse makes the
// object the infinitive's subject and hangs the infinitive elsewhere, or
// where the tagger took the infinitive for a noun and word order finds
// the cause ("Peruvian soldiers crossed the border, prompting Chilean
// troops to fire warning shots" is CHLMIL against PERMIL).
// An actor right after "if", "unless", "because", "when" or "while" is
// the subject of the clause that word opens, no target of the verb
// before it ("would remove the barricades if NATO peacekeepers did
// not").
// The noun a past participle is on ("tankers linked to Israel") had
// its event done to it: with no "by" agent, the participle names no
// source.
// A subject that is a common noun with no actor in it or before the verb
// ("regional countries could guarantee their own security") leaves the
// verb without a source, as does an act that is its subject ("a Chinese
// attack on Taiwan could constitute", "U.S. military drills had
// provoked"): the actor only modifies the act. A participle or a
// coordinated verb that takes its subject from such a clause has no
// source either ("could constitute a threat, allowing its forces to
// act", "the strikes had killed civilians and hit a hospital").
// A present participle between "it is" and the clause it judges ("it's
// striking that ...", "it is alarming how ...") is an adjective and no
// predicate.
// Who mediates, brokers or hosts what others do, named as the agent of a
// participle on a noun of their clause ("exchanged prisoners in a swap
// mediated by Qatar", "held talks hosted by Turkey"), takes no part in
// their event; a mediating participle (045) is an event of its own,
// aimed at the subject of the verb its noun hangs on, not at an actor
// word order finds nearer ("exchanged prisoners of war in a swap
// mediated by Qatar" is not aimed at the military), also where the parse
// hung the participle elsewhere but it follows its noun and precedes its
// "by" agent. Hosting indirect or
// proximity talks mediates them (045, verb supplement).
// Who reports an event ("according to Chinese state television"), who
// asked for it ("at the request of Chile", "at Chile's request") and a
// partner of its source ("together with Sweden", "along with",
// "alongside", "on the side of Chile's army", whom fighting is for:
// "fought for Bolivia": a verb coded alone is then
// aimed at what "against" names; an ally after "in support of" whose
// words no pattern uses: "launched an attack in support of the
// government of Peru") take no part in it, nor does an actor joined by a hyphen
// to a participle ("a Russia-brokered ceasefire", "a U.S.-backed
// alliance"), which is no source either unless it leads ("a
// Chilean-dominated alliance attacked" has none, "a Saudi-led coalition"
// is Saudi Arabia). A pattern word before the verb that is part of the
// subject ("troops" of ATTACK's "- &MILITARY *") makes that subject the
// source, not an actor before it ("Kenya said Ugandan troops attacked
// rebels" is UGAMIL's deed). A pattern that names the deed after the verb
// ("went to * &FIGHT") aims it at what the deed word takes as object or
// after "against", not at the place the verb goes to ("travelled to
// Peru to fight against Bolivia" is aimed at Bolivia; "to fight for the
// rebels" at no one). The noun a relative clause with a subject of its own
// hangs on is the object of its verb when the verb has none, no clause
// and no infinitive: a pattern of that noun alone matches it ("the
// ceasefire that Peru and Chile agreed" declares a truce, 0871, as
// "agreed a ceasefire" does), also where the parse hung the clause, as
// a participle, on its own subject ("a ceasefire the two countries
// agreed": the clause is a main one, its subject the source). A
// relative clause on a noun that is
// no actor ("tariffs on countries that buy Venezuelan oil") has no
// source. A relative pronoun stands for its noun in the verbs
// coordinated with its clause too ("Hou, who conceded defeat and
// apologised"), and for the actor right before it where the parse hangs
// the clause elsewhere; where no actor stands right before it ("the
// budget approved in April that boosted school spending"), the clause
// has no actor source either. The forces a threat (CAMEO 13) promises to strengthen are the
// source's own, not its target. Who dies ("people had died") is no
// source: a bare "die" codes nothing. A bare "call" that names what its
// object is ("which calls him a separatist", "which he calls a
// \"terrorist militia\"") is no contact (041), nor is one hung on what it
// names with no subject, auxiliary, "by" agent or actor object of its
// own ("an air base, also called Camp Tacna"); the preposition of a
// phrasal pattern, or of one that opens with a particle ("- * (ON) TO
// RESOLVE"), that opens a time ("called Peru's president on Monday") is
// no particle ("call on", 020), and neither is one of "call" past its
// object ("called the decision a mistake in remarks on Monday"; adverbs
// and asides may stand between, "called (in a letter) on Peru"). A bare "host" whose object is a thing
// that an actor only modifies ("hosted a Peruvian trade fair") hosts no
// visit; an official, a delegation or a team hosted is one. A verb
// written as the second half of a hyphenated word of manner or degree
// ("ill-advised", "strong-arm", "self-declared") is no predicate, and
// to demonstrate something ("demonstrated its commitment") is to show it,
// no protest (141). What is discussed or debated (the verb's object) is a
// matter, not who is consulted: the partner "with" whom it is discussed
// is ("discussed Bolivia with his Peruvian counterpart"), or the members
// of a compound subject; a possessive pronoun after a pattern's
// preposition owns its object and is not it. The passive
// of a verb of feeling whose "by" phrase is a deed or a thing ("Chile was
// disappointed by Peru's refusal") has its subject for source and the
// actor behind the deed for target. A capital named as where
// something happens ("talks in Washington", "a protest lodged in
// Beijing") is not its target; one after "at" may be ("fired shells at
// Seoul").
//
// Word order finds no target in words quoted after the verb ("suggested
// a new date, 'to help the Chilean people'"), and the press asking for
// comment is no consultation (040) or statement (010) to it ("declined to
// comment when contacted by Reuters", "met reporters").
// Force between two private parties (civilians, workers, businesses,
// criminals: "a shopkeeper fought with a thief")
// is unconventional violence (180), not the use of military force (19).
// To keep from over-coding, an article reports each event (source,
// target, code and date) once: a later sentence that reports it again,
// a lede's restatement, adds "restated in the sentence at START-END" to
// the first one's evidence entries instead of a second event; so does,
// on the event kept, a sentence that reports it of vaguer actors (the
// bare country of a sector the other names, "an allegation Tehran
// denied" beside "Iran's foreign ministry spokesman rejected the
// accusation": one denial, IRNGOV's; two named officials of one code are
// two actors); no event links a country and its own state
// ("ALBGOV" and "ALB") or a state organ and one of its own ("KORGOV" and
// "KORGOVMIL"), no bare generic agent ("reporters", "people") is
// a target, an agent no country claims ("merchant ships" in a story that
// names none) is no actor unless actor.Resolver.Unknown gives it a code, a prenominal participle ("the exiled opposition"), or one joined by a
// hyphen to the noun before it ("a survival-threatening situation", "a
// U.S.-backed alliance"), is no predicate, nor is a participle that
// makes a preposition ("based on", "compared with", "depending on"), a verb that only reports speech ("said", "told", "estimated")
// codes no plain statement (010) of its own, nor does a reporting verb
// no pattern makes specific that introduces a "that" clause ("Rama
// claimed that ..."), whose common-noun subject ("investigators had
// found") keeps the speaker from becoming its source, and a reporting verb's
// statement (CAMEO 010-019) is dropped
// when its sentence codes another event, which is then claimed by the
// speaker, as PETRARCH does (a statement more specific than 010, such as a
// denial, gives way only to an event that is kept, not to a subordinate
// one: "denies arming the RSF"). An unspecified appeal (020) gives way to
// a more specific appeal (02x) of its sentence between the same actors:
// "called for restraint and urged all parties to avoid escalation" is one
// call for de-escalation (0256) to each party.
//
// An unspecified appeal (020) or demand (100) whose infinitive names the
// deed it calls for takes that deed's entry ("urged Chile to release the
// prisoners" 0253, "called on Chile to lift sanctions" 0254, "to
// withdraw its troops" 0256, "to hold talks" 026, "to mediate" 028),
// where the deed's code is specific enough to tell (see appealCode); so
// does one whose "that" clause names the deed with a bare verb
// ("demanded that NATO withdraw its troops" 1056, "urged that Israel
// release the prisoners" 0253: mandatedBy; INSIST, which codes nothing
// bare, demands through such a clause alone: "insisted that Peru
// withdraw its troops" 1056, mandates), and a specified appeal or
// demand of three digits narrows to a child of its own (deedCode). What
// DEMAND calls for is a demand (10) where its pattern is an appeal's
// (02, demandOf). An unspecified threat (130) whose infinitive names the
// deed takes the matching threat ("to cut ties" 1313, "to halt aid"
// 1311, "to suspend talks" 134, "to ban the party" 1322, "to invade"
// 1382: threatCode); unspecified force ("to retaliate"), arrests and
// expulsions of people keep 130. An unspecified accusation (112) that
// charges a deed by a gerund or a deed noun takes its kind ("accused
// Seoul of firing artillery" 1123, armed force; mass violence 1124;
// repression or torture 1122: accusationCode).
// Refusing a meeting, cooperation, aid or a concession (04-08: "refused
// to negotiate with Peru", "declined to release the prisoners") is the
// matching rejection (125, 120, 121, 122, 123, 124 and their children)
// from the refuser alone, as real as the refusal, not the negated deed;
// so is one its source says it will not or would never give, outside a
// condition ("Serbia would never recognise Kosovo's independence" is
// 120, "Peru will not meet Chile's envoy" 125).
// Each event carries a claim status: negated ("has not yet reacted",
// what a verb of denial says did not happen: "denied that it had
// attacked Peru", "denied reports that its troops had attacked",
// "rejected accusations that it armed the rebels", what a charge a verb
// of denial rejects says,
// "neither Peru nor Chile attacked", a gerund after a verb of avoiding
// or ceasing: "refrained from attacking", "avoid travelling to",
// "stopped short of condemning", a verb whose object right after it
// opens with "no": "received no reply", "signed no agreement", not "no
// fewer than", unless
// the ceasing is itself only asked for or warned of: "urged Chile to
// stop shelling Peru" is hypothetical, and so is a ceasing one "should",
// "must" or "ought to" do, "Chile should stop arming the rebels", as is
// what one is asked not to do:
// "advised its citizens not to travel to Chile"),
// hypothetical (modals, on the verb or on the governor of its governor,
// "must continue for Peru to allow Chile to deliver", plans and threats,
// calls and demands, what one
// is told, advised, warned, invited or ordered to do: "told the envoy to meet",
// or warned against: "warned Chile against attacking Peru", a
// subjunctive "that" clause of a verb of wanting: "suggested that Peru
// meet", the "that" clause of a noun of supposition: "the idea that",
// "speculation that", "no evidence (sign) that", which codes nothing, intent or threat included,
// unless Coder.Unrealised, conditions, among them one that puts "should" before its subject, or "had" ("Had
// Chile attacked Peru, ..."),
// whatever its negation: "should China not accede"; a threat whose
// "that" clause says what would happen; with
// a usable parse, a verb joined to, continuing or completing one under a
// modal (a clause marked "before" or "until" too: "must consult Bolivia
// before sending aid"; so below the infinitive of a verb of needing or
// trying: "needs to complete an assessment before providing aid"), and
// the infinitive of a plan-like noun or adjective: "may choose
// to buy less, thereby hurting", "efforts to get Peru to expel", "is
// likely to face"; an infinitive whose governor is itself tried, planned
// or called for: "tried to force Chile to withdraw"), disputed (a "so-called" term in its clause, not one before
// a name, "the so-called Lazarus Group", what a charge says was done,
// "exposed to accusations that it favours Chile", or, for a
// material act (CAMEO 14-20), a scare-quoted or distanced one from the
// framing marks passed in: a statement's or accusation's quotation
// marks hold its speaker's own words), claimed (reported through
// someone: "Rama said", also after a comma where the parse took the
// report for the deed's complement ("..., officials said on Monday"),
// a speaker closing the sentence whatever the parse ("..., the health
// ministry said.", "..., a spokesman for the army told reporters.",
// "..., said Amnesty International."; the speaker is no party to the
// deed, nor is a list of speakers: "..., Peru and Bolivia said"; a
// speaker no dictionary knows, ", witnesses said", ", according
// to local sources", is AttributedTo by name only), "according to",
// inside a quotation, whose speaker
// becomes AttributedTo (coded, when the quote names but does not code
// its speaker, as the sentence's mention nearest the quote whose words
// are the speaker's: "A spokesman for the Chilean army said" is
// CHLMIL); with a usable parse only what the reporting verb
// reports, not an act beside it: "announced the decision, ordering the
// diplomats to leave"; announcing one's own act does it, "Beijing
// announced it was suspending talks" and "Kenya and Uganda signed a
// pact, the two governments announced" are asserted) or asserted. A hypothetical material act (CAMEO
// 06-09, 14-20: "firms can pay their workers more", "if Peru imposes a
// tariff", "efforts to get Bolivia to investigate", a noun's: "a Chilean
// attack on Peru could start a war") codes
// nothing unless its source will do it or means to ("said it would
// impose sanctions", "is going to expel", "plans to expel"): what is
// said of it is an appeal, a demand or a threat, coded from the verb that
// says it, and a deed a speaker says an actor must do is the speaker's
// demand of that actor, claimed (100, or the demand for the deed as for
// "urged": "“Chile must withdraw its troops,” said Bolivia's foreign
// minister" 1056, "Peru's president said Chile must apologise" 100, "has
// to" and "needs to" as "must": "said Chile has to release the
// fishermen" 1053, and what one has to do now is not done; not
// "we must", "must not" nor a passive; a deed one must or should stop is
// a demand that it stop, 100: "told Biden the US should stop arming
// Taiwan"; and so is a use of force or a repression an event noun names
// that one must or should end: "“The authorities must end this
// crackdown,” said X", "should halt the offensive"; telling someone
// "they" or "it" must, have to or need to do anything is a demand of
// them, 100, asserted: "told visiting officials they would need to
// deliver"), and a deed a verb of saying's
// pattern finds after "must", "had to" or "need to" is a demand of whom
// it is said to ("told Chile it must withdraw its troops" 1056, not the
// teller's withdrawal), or of the deed's own named subject ("told the
// Peruvian envoy that Chile must release the fishermen" is a demand of
// Chile); so do words or meetings that may happen (CAMEO 01, 02, 04,
// 05, 10-12: "Peru could criticise Chile", "is likely to face questions
// from senators"), while intents (03) and threats (13) speak of the
// future themselves; "would" in a sentence that reports no words is a
// condition's consequence, not a source's word that it will act ("To win
// Ohio, he would need the support of its voters"); Coder.Unrealised codes
// it all, as the peers' suites expect.
// Its date comes from the time
// expressions of its sentence (package when) that the parse puts in its
// own clause, not in a clause below it ("accusing Tehran of an attack in
// July" is an accusation of the story's day and an attack of July; an
// appeal, demand or threat is not dated by the deed it asks of its object,
// nor is a paragraph: "urged Hungary to approve the bid before the summit
// in July", nor by a time before an event noun it names: "denied any
// role in the Nov. 13 bombing"; "the same day" and "two days later" count
// from the day named before them, and where none is, or the count
// lands after the article's day for a verb not in the future, the event
// is undated), else
// from the clause its participle or infinitive continues, else from an
// explicit date of a main clause earlier in its paragraph, else from the
// story's day (the day the lede dates its news, so that a report
// published the morning after dates the day before), else the article's
// date; a verb in the present tense takes neither the paragraph's date nor
// the story's day. Events before the article's week are background, and
// no event of a paragraph about the past is given the article's date.
// Its actors' dated roles are read at the sentence's own past date,
// found before the parse (Prepare): the days of its time expressions
// when all lie before the article's week (one that opens the sentence
// first, then from the last: "Saddam Hussein, who took power in 1979,
// invaded Iran in 1980" is IRQGOV), else the date that opened its
// paragraph before any verb ("In 1990, ... Saddam Hussein then invaded
// Kuwait"), unless the sentence speaks in the present; a name with no
// dated role on those days, and every other sentence, reads the article's
// date (actor.Resolver.ResolveDated). A sentence that also names a
// recent time reads its past days only for a name with no role on the
// article's date ("Iran said on Monday that Saddam Hussein invaded Kuwait
// in 1990").
// With Coder.Places set, its place is
// the one its clause names, else its sentence, else the article's
// dateline, with the FIPS, ADM1 and type codes of GDELT's export. A
// background event takes no dateline ("they fought a war in 2020" did
// not happen where the story was filed). An event a speaker reports
// takes the place its report names ("In Paris, the minister said Russia
// had attacked Kharkiv" is Kharkiv); where it was said, or the dateline,
// only when that lies in an actor's country (or an actor has none), so
// "In Paris, the minister said Russia had attacked Ukraine" has no place.
// Evidence holds the byte spans of the
// sentence, source, target and predicate and the dictionary entries and
// pattern that fired.
//
// EvalDemo, EvalPetrarch and EvalTabari score the coder against the demo
// corpus's gold events and the PETRARCH and TABARI validation suites
// (with actor.Resolver.Local, as those coders treat bare agents; a TABARI
// record whose comment deactivates an expectation, "-{...}", lists only
// part of what it codes: events beyond the list are reported, not counted
// as extra).
// AnnotationArticles turns a second annotation into articles, so that
// EvalCorpus scores it against the first with the same matching: how far
// two annotators agree under the measure the coder is held to.
// Four of TABARI's options are Coder fields: MinWords leaves short
// sentences uncoded, MaxVerbs and MaxConj complex ones, CodeBy keeps the
// first verb's events of a sentence or every verb's, and Forward gives
// a leading pronoun the actor of the story's previous sentence when each
// sentence is coded apart. In TABARI
// dictionaries an actor coded "###" discards its sentence, as does a
// "<TIME>" phrase coded "###" or "+++" (read as a discard phrase).
//
// The coder compares CAMEO country codes throughout; the events it
// returns carry, as their actors' Country, ISO 3166-1 alpha-3 codes
// ("ROU" for CAMEO's "ROM", "XKX" for "KSV"; see cameo.ISOCountry), set
// in one place as the events leave Prepared.Code. Actor codes stay CAMEO.
// Prepared.EntityActors gives the article's names the actors the mentions
// that hold them stand for, with the same ISO countries, so that a
// name's entity and its events agree ("Kosovo" is KSV, country XKX).
//
// The package knows the document model, the dictionaries, actor
// resolution, the CAMEO ontology and its country codes (package cameo),
// time expressions and the gazetteer. It does not
// segment, tag or parse text itself (the caller passes the analysis in),
// it does not find quotations (the caller passes them in), and it knows
// nothing of storage, HTTP or the command line.
package event
