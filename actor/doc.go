// Package actor resolves the people, governments, organisations and
// groups that an analysed article mentions to CAMEO actor codes.
//
//	r := actor.New(d) // d from dict.Default() or dict.LoadDir
//	ms := r.Resolve(doc.Sentences, doc.Entities, published)
//	for i, sent := range ms {
//		for _, m := range sent {
//			fmt.Println(i, m.Code, m.Country, m.Start, m.End, m.Kind)
//		}
//	}
//
// Resolve works over a whole article so that later mentions can be
// resolved through earlier ones. It finds, in each sentence:
//
//   - dictionary actors, longest match first, with the role the entry
//     holds on the article's date ("Edi Rama" is ALBGOV in 2022; an
//     undated article takes the undated role, else the open-ended one:
//     "Azerbaijan" is AZE), or, with ResolveDated, on the first of the
//     sentence's own past days on which a dated role of it holds
//     ("Saddam Hussein" is IRQGOV in a sentence of 1990 of an article of
//     2022, where he has no role; an undated role is read on the
//     article's date), else, for a name with no role on the article's
//     date, on the first of the sentence's other past days (Dates.Also:
//     beside a recent time, or in a relative clause) on which a dated
//     role of it holds:
//     countries, their demonyms (in the plural too: "Ukrainians" of
//     Phoenix's UKRAINIAN) and capitals, leaders, international
//     organisations and their organs, non-state armed groups and their
//     aliases; a capitalised word starts a name, and so does a lower-case
//     "the" the entry begins with ("the Shire" of THE_SHIRE, the article
//     left out of the mention), or any word when the dictionaries are
//     TABARI's, which match whatever the case ("ithilen"); a phrase the
//     dictionaries code "---" is passed over whole, agents inside it too
//     ("the international community") or opening it ("settlement
//     building" is no settlers); a longer name right after "The"
//     wins over an entry with the article ("The US Treasury Department"
//     is not THE_US);
//   - agents (police, military, rebels, protesters, the foreign ministry,
//     a state security service) combined with the nearest country
//     modifier before them ("Albanian police", "Iran's foreign ministry",
//     also past participles and other modifiers: "Colombia's largest
//     remaining rebel group") or after
//     them ("the police of Kosovo", "MSF Arnor": a bare agent right before
//     a country's name; not envoys "in" a city: "diplomats in Addis
//     Ababa" are not Ethiopia's; "officials in the White House" are
//     USAGOV; nor an agent a possessive owns "in" a country: "its
//     soldiers in Peru" are its owner's, and "its troops from Bolivia"
//     name Bolivia, whence they go, not Bolivian troops), or an international organisation or
//     armed group after "of" ("the board of governors of the IAEA" is
//     IGOUNOIAE, "fighters of Hamas" PSEREBHMS), or a country after "in"
//     and a lower-case part of it ("people in southern Lebanon"); an
//     agent phrase of more than one word that modifies a noun is one too,
//     adjective or not ("Kurdish militant bases" are the Kurdish
//     militants'),
//     and a title with the name that follows it ("Albanian Prime
//     Minister Edi Rama" is one mention; "Deputy Foreign Minister
//     Alexander Grushko" too, and "deputy U.S. ambassador Robert Wood"
//     is the ambassador: "deputy" alone is Phoenix's sheriff's deputy),
//     and a head's title with a surname alone after it that only sitting
//     leaders of one country bear in the dictionaries on the day read
//     ("President Zelenskyy" is UKRGOV in 2019, "President Xi", a family
//     name of two letters written first, CHNGOV; a surname leaders of two
//     countries share is left to the article's country; one several
//     sitting leaders of one country share is that country's government,
//     named after none of them: "Premier Li" is CHNGOV named LI), and such a
//     surname alone ("Modi said") when every entry of the dictionaries
//     with it is a sitting leader of one country that the article has
//     named before ("Johnson", which others bear, is no one);
//   - a person the dictionaries do not know, named before a title set
//     off by a comma ("Kurt Volker, the US special envoy to Ukraine,"):
//     a later surname ("Volker") is that titled person;
//   - a person named right after a title noun or rank that follows an
//     agent ("Peru's central bank chief Rita Campos", "army chief
//     General Ana Ruiz"), after a legislator's, judge's or negotiator's
//     title ("Peruvian lawmaker Rosa Quispe"), or, when the dictionaries
//     do not know the name, after an organisation's official ("Hamas
//     official Osama Hamdan"), as one mention with the title: a later
//     surname is that person;
//   - a person the dictionaries do not know, named after a title that
//     they list as an actor ("Secretary of State Ana Lind" is USAGOV),
//     or set off by commas before or after an envoy's title and post
//     ("Peru's ambassador to Chile, Ana Lind,"): a later surname is that
//     person;
//   - a country's envoy to an international organisation ("Russia's UN
//     ambassador", "the Iranian U.N. envoy") as the country's
//     government, not the organisation;
//   - a one-word name that the tagger reads as a function word only in
//     capitals ("WHO" is the World Health Organization, "Who" the
//     pronoun), as a two-letter one ("Us" is not the US);
//   - a country's "leader" right after its demonym or possessive ("the
//     Chinese leader", "Iran's supreme leader") as its government;
//   - a country's "counterpart" ("his Japanese counterpart") as that
//     country's actor of the type of the one the possessive before it
//     stands for (a defence minister's: JPNGOVMIL), else its government;
//   - a person's aide or adviser, named with the person after "to" ("a
//     top aide to Zelenskiy"), as one mention with the person's code;
//   - a person the dictionaries do not know, named after a country's
//     possessive ("Armenia's Ararat Mirzoyan"), as that country's
//     government (not after a city's: "Tirana's Mustafa Matohiti street",
//     nor after "in", "at" or "near": "in southern Syria's al-Tanf" is a
//     place), and so a name of proper nouns the names model calls
//     neither person nor place or organisation when "and" joins it to
//     such a person ("Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun
//     Bayramov");
//   - not a country's name that ends an organisation's name the names
//     model found, after a capitalised word that is neither an actor nor
//     an agent ("Ascom North America" is a company, not the US);
//   - not one person's title in an organisation the names model found
//     and the dictionaries do not know ("the president of the American
//     Farm Bureau", "President Ascom North America");
//   - not a capitalised title that is the surname of a person the
//     entities named in full earlier ("King and Weeks were freed" after
//     "Kevin King"), unless a name follows it ("King Abdullah");
//   - not a capitalised "He" right before a person's name the names
//     model finds ("He Jianxiong"): a family name, not the pronoun;
//   - not a two-letter name out of capitals ("Us", "Un" are not the US
//     and the UN), and not a country's or city's one-word name that
//     only begins a longer name the names model found ("Chad Wolf",
//     "Israel Adesanya", "Tehran Times"), unless an agent or "City"
//     follows it;
//   - not a city's name between a determiner or adjective and the
//     common noun it modifies ("a Sacramento family medicine
//     physician" is where the physician works; the city does not act;
//     a word that may be a people's name, "The Chilean general", is
//     kept), unless Resolver.Local is set;
//   - not a city's or region's name after "in", "at" or "near" that
//     follows a noun ("visited Epstein in New York", "the settlement
//     bloc in the West Bank" say where; the place does not act), unless
//     the noun is an agent ("officials in Kabul"), a month, day or other
//     time ("a meeting last February in Hanoi"), or Resolver.Local is
//     set;
//   - a name followed by a party's letter and a state in brackets
//     ("Rep. José Serrano (D-NY)") is a member of the US Congress,
//     USALEG, whoever else the dictionaries know by that name;
//   - not a country's or city's name before "-based" when neither an
//     agent of the dictionaries nor a business follows ("an
//     Amritsar-based agent", "Washington-based analysts" are people with
//     a home, no state actor; "a Tokyo-based exchange" keeps Tokyo),
//     unless Resolver.Local is set;
//   - a region's adjective before leaders, ministers, presidents or
//     governments ("African leaders meeting in Addis Ababa") as the
//     region's organisation when the names model finds one the
//     dictionaries code anywhere in the article ("the African Union" is
//     IGOAFR), and "allied" before members or forces ("allied ships",
//     "allied countries") as NATO when the article has named it before,
//     unless Resolver.Local is set;
//   - "the Congress" of a country whose news calls a party so (India's:
//     the Indian National Congress, INDOPP in 2019) as that party, not
//     its legislature;
//   - not an organisation or country that only names a gathering after
//     "at", "during", "after" or "before" ("At the recent United
//     Nations Climate Action Summit, Modi pledged": the summit is where,
//     the UN does not act), unless Resolver.Local is set;
//   - "former" or "ex-" before an agent or title makes it one of CAMEO's
//     elites ("former security officials" of Peru are PERELI, "former
//     president Ivan Duque" COLELI);
//   - a title before a known name says what the person is now when the
//     dictionaries give the name a portfolio with no end date ("Israel's
//     foreign minister Gideon Saar" is ISRGOV in 2025, not the ISRGOVEDU
//     Phoenix lists since 2009); a dictionary name that only begins a
//     longer person's name ("Nasser" of "Nasser Kanaani") is not that
//     person;
//   - surnames of people named in full earlier ("Rama" after "Edi Rama",
//     "Li" after "Premier Li", a family name of two letters, but not when it begins another name: "Rama Yade", nor after
//     another given name: "Linda Rama"; a courtesy title is no given
//     name: "Mr. Rama"; with ResolveDated, a surname, and a pronoun, in
//     a sentence read at another day than the full name takes the
//     dictionary role of its own day, and is no actor when there is
//     none: "Hussein" or "he" in a sentence of 2022 after "In 1990,
//     Saddam Hussein invaded Kuwait"),
//     a Slavic surname's final -y, -yy, -iy, -i in any of these spellings,
//     and the first word of a name, where Chinese and Korean names put
//     the family name ("Lai" after "Lai Ching-te"; of two letters too,
//     "Xi" after "Xi Jinping", when tagged as a name and no English
//     word such as "He" or "Oh"), unless that word is already someone's
//     surname;
//   - "the opposition" before a party as one mention of the country's
//     opposition ("the opposition Democratic Party" is ALBOPP; a party's
//     name takes the word "party" after it: "Vetëvendosje party"), and a
//     people's name before protesters, civilians or people as one
//     mention of that people in the country of the context ("Serb
//     protesters" in Kosovo are KSVSRB, the agent SERB being ~SRB); an
//     "ethnic" demonym is a people's, not a state's ("ethnic Albanian
//     mayors" in Kosovo are KSVGOV); but "opposition" before "to" or
//     "against", or after a possessive pronoun, is a stance, no actor
//     ("voiced its opposition to the plan");
//   - "the" and an agent named before with more than its country ("the
//     protesters" after "Serb protesters" in Kosovo are KSVSRB), and "the
//     crowd" for the protesters named before;
//   - in news mode, a bare group set off by a comma right after a named
//     group or organisation (its abbreviation in brackets may come
//     between) as that one ("members of Hamas, the militant group that
//     rules Gaza" are not the story country's militants);
//   - pronouns and definite descriptions ("he", "it", "they", "the group",
//     "the country", "the government", "the prime minister", "the bloc",
//     "the alliance", "the agency": an organisation; "the fund", "the
//     court", "the union": the organisation named with that word in this
//     sentence or the last), resolved to
//     the last compatible mention before them ("the country" not to the
//     subject whose verb it is the object of: "Washington invaded the
//     country" is another country; "the state budget", a noun after
//     it, is no country; but in news mode "he" or
//     "she" that opens its sentence's mentions to the person who opened
//     the last sentence's, when another person was named after them
//     there: "Chen told Rossi the talks had failed. He said" is Chen;
//     "it" to a place named
//     after "in", "at" or "via" only when no other is there, and "they"
//     to none past such a place: "via Moscow and Paris. They caught me"
//     is not France); bare agents take
//     the country that its kind of agent was last named with ("the army"
//     after "Sudan's army"; not one an indefinite word or a number
//     introduces, "another firm", "three soldiers", a new one), else that of the first country-bearing
//     mention of their own sentence ("Protesters in Tbilisi clashed with
//     riot police" is GEOCOP; people who are no state's agents named
//     before any country of their sentence, that of the place the
//     sentence puts them in: "Protesters rallied in Nairobi" is KENOPP
//     after a story on Japan, and so are non-state fighters ("Armed men
//     abducted three workers in Mali" is MLIUAF), though not a state's
//     troops, which often fight abroad; so are those opening what a verb of saying
//     reports: "Kenya's foreign minister said police arrested protesters
//     in Kampala" is UGACOP; in such a reported clause, the country it
//     names first: "Uganda said police in Kenya arrested protesters" is
//     KENOPP; a sentence that opens with "In" and a place sets them
//     there, civilians too: "In the Senegalese fishing town of
//     Kafountine, relatives of the detained men blocked the road" are
//     SENCVL; a town no dictionary lists is found, where the caller sets
//     Resolver.Places, in a gazetteer, the story's country preferred,
//     once the story has named a country or has a dateline: "In
//     Tiraspol, separatist leader Vadim Krasnoselsky said" is MDAREB,
//     not the Kremlin's of the sentence before, and "people rallied in
//     Nuuk" DNKGRLCVL), but for civilians and people, whom that
//     country more often harms, else that led the last sentence (in the
//     article's first sentence, the one it led with; else of the last
//     mention that had one; with Resolver.Local, as the PETRARCH and
//     TABARI suites code, not of a mention earlier in its own sentence),
//     a ship, airliner (a jumbo or passenger jet) or passengers that are
//     no one's forces none
//     from the story ("Iran seized an oil tanker" is BUS, not IRNBUS),
//     only from their own words ("a British-flagged tanker" is GBRBUS,
//     and so is "the tanker" after it), a company the sentence
//     introduces as a new one ("a company", "three firms", "sanctioned
//     firms that ...") none but the country of a place it puts it in
//     ("a firm based in Kenya"), as companies trade across borders
//     ("China sanctioned a company" is BUS, not CHNBUS; "a local firm",
//     "state-owned companies" are the story's), and an agent other than a
//     government's that "foreign" modifies none ("Egypt deported
//     foreign workers" is LAB, not EGYLAB),
//     a governor or mayor the city or region named before the title in
//     the sentence ("Russian forces shelled Kharkiv, regional governor
//     Oleh Syniehubov said" is UKRGOV), "the regime" the government last
//     called one ("the Asad regime"), a bare envoy or mission ("the
//     ambassador", "the embassy") the country whose envoy or mission was
//     named last ("Iran summoned the British ambassador ... The
//     ambassador rejected the protest" is GBRGOV, not the country where
//     it serves),
//     and a bare government ("the government", "the ministry") that of
//     the first country-bearing mention of its own sentence when there is
//     one ("Opposition leader Sali Berisha criticised the government");
//     a bare spokesperson right after a named mention or a bare organ
//     speaks for it ("Iran's foreign ministry spokesman" is IRNGOV, not
//     media; "a foreign ministry spokeswoman", "an army spokesman" are
//     the organ's; "a ministry spokesman in Lima" PERGOV), one
//     that opens its sentence for the actor that led the last sentence
//     ("The RSF denied it. A spokesman said ..."), and a named one
//     later in a sentence for the actor that leads it (a bare country's
//     spokesperson is its government; the PETRARCH and TABARI suites'
//     Local mode keeps Phoenix's media reading), and "a spokesperson for
//     the British Foreign Office" for that office; a pronoun does not
//     stand for an agent of no known country, nor "he", "his", "she" or
//     "her" for a person named before a person the names model found
//     and no mention resolved ("the United States, which accuses him"
//     after "Assange" is no actor), nor "they" or "them" after two such
//     persons; "they" or "them" whose antecedent is the last member of
//     a list ("Peru, Chile and Bolivia said they would", "talks with
//     Japan and Canada, threatening them") stands for every member, one
//     mention each, as "the three countries" does, and a "they" that
//     opens its sentence's mentions stands for the list named last in
//     the sentence before rather than a lone actor or a place named
//     after it ("Chile and Peru met in Lima. They signed", "... sanctioned
//     Bolivia. They met"), and again in the sentence after; "they" or "them"
//     after a plural noun for people that no dictionary codes, named
//     after the actor in the pronoun's sentence ("talks between him and
//     other leaders in which they discussed"), stands for those people,
//     no actor;
//   - a titled person left with no country when the article is read
//     ("Ambassador Gordon Sondland" opening a story that names the
//     United States only later), and the pronouns and surname that stand
//     for them, take the country the article names most often, unless
//     Resolver.Local or Resolver.Unknown is set;
//   - an agent after a possessive pronoun belongs to the pronoun's
//     actor: a group's ("its fighters" of the RSF is SDNREB), an
//     organisation's ("their troops" of NATO), else the country's ("its
//     troops" of Peru's defence ministry is PERMIL); "it" and "its" do
//     not stand for a plural agent ("civilians"), nor for a member of a
//     list ("Russia and China voted against it") or the agent in an
//     aside a comma opens ("Belgrade, backed by Russia, does not
//     recognise it"), and past those they stand for no actor named
//     before (after "Russia and China voted against it", "It calls on
//     Iran" is the resolution's);
//   - an armed or government agent right after the possessive of a
//     person the names model found and no mention resolved takes no
//     country from the story
//     ("Saddam Hussein's army" in an article of 2022, when his roles
//     have ended, is not the army of the country named before); after
//     the possessive of a person resolved with a country, such an agent
//     is that country's, whatever the sentence named first ("Kuwaiti
//     troops attacked Saddam Hussein's army" in a sentence of 1991: he
//     is IRQGOV and it is IRQMIL);
//   - an organisation's troops ("NATO peacekeepers") are the
//     organisation's, an armed group's fighters ("Hezbollah fighters",
//     "an ISIL tactical unit") the group's, and so is a bare agent of that kind in the same or
//     the next sentence ("... at troops guarding a town hall"); after
//     the organisation's possessive, an organ the dictionaries lack is
//     part of the mention ("NATO's KFOR mission" is IGOWSTNAT), and so
//     is an organ named right after the organisation ("the AU Peace and
//     Security Council" is IGOAFR, not the UN's Security Council), and
//     an official after the possessive of an organisation or a group
//     ("the EU's enlargement commissioner" is IGOEUREEC, "the RSF's
//     commander" SDNREB), or right after its name ("EU officials" are
//     IGOEUREEC, "a Hamas envoy" PSEREBHMS, not PSEGOV);
//   - "Europe" listed with two countries or more ("trade partners
//     including Europe, Japan and Canada") as the European Union
//     (IGOEUREEC); anywhere else it is a place, no actor;
//   - a person the dictionaries do not know, named right before "of" and
//     an organisation, party or group, as its member ("Hou Yu-ih of the
//     Kuomintang" is TWNOPP in 2024), and one set off by a comma before
//     a post held at such an organisation ("Ana Quispe, a director at
//     Amnesty International" is NGOHRIAMN; not a former director, and
//     not at a company or news outlet, whose staff speak of its business);
//   - a name set off by commas right after a title ("Ukraine's foreign
//     minister, Dmytro Kuleba, said") is remembered as the titled
//     person's, so that a later surname is resolved; in news mode an
//     agent and one or two singular nouns before such a name are that
//     person's title ("the chief government mediator, Ana Quispe, said"
//     is one of the government's people, and so is a later "Quispe").
//
// A civilian ("Chilean civilians", "a Syrian woman") keeps Phoenix's CVL
// type (CHLCVL) unless Resolver.CiviliansAsCountry codes the country alone.
//
// "The two countries", "both nations", "the two governments" and "the
// three countries" stand for the countries (or their governments) of the
// last list of as many in this sentence or the last ("Egypt, Jordan and
// Qatar called on Israel"), else for the last ones named: a Mention each,
// with the same tokens; "the two militaries" and "both armies" for
// those countries' militaries. "Both sides", "the two sides" and "both
// parties" stand for the list of two actors named in this sentence or the last, with
// their own codes ("Kenya and Somalia held talks. The two sides accused
// each other" is KEN and SOM), not for sides of a thing ("both sides of
// the border") nor a where ("protesters on both sides"); "all sides" and
// "all the parties" as a subject ("All sides agreed to a ceasefire") for
// every member of such a list of two or more, never "the parties" alone
// (political parties, or a list named long before); "the other side"
// for the one of such a list that its sentence did not name ("Armenia
// and Azerbaijan held talks. Armenia accused the other side" is AZE), and
// for no one where it names neither. "Both generals" and "the two commanders" stand
// for the two armed forces or groups named last in this sentence or the
// last ("fighting between the army and the RSF ... The council, meeting
// in Addis Ababa, urged both generals" is SDNMIL and SDNREB, not
// Ethiopia's military); "the two leaders" for the governments of the two
// government people of different countries named last in this sentence
// or the last ("Vucic and Kurti ... after hosting the two leaders" is
// SRBGOV and KSVGOV; two of one country's are no pair), and so do "the
// two presidents", "both premiers", "the two (foreign) ministers" and
// "the two heads of state";
// "the two presidents" and "the two leaders" with no government's people
// named stand for the governments of the list of two countries named
// last there ("Kyrgyzstan and Tajikistan held talks. The two presidents
// met"); adjectives may stand before the noun ("the two former Soviet
// republics"; a people's adjective only before a noun of countries:
// "both Peruvian ministers" are Peru's); a pair phrase with no list
// before it stands for the two countries a pair phrase of this sentence
// or the last stood for, even with other countries named between them
// ("Russia keeps bases in both countries. The two former Soviet
// republics fought a war"), and a "they" after such a phrase for its
// actors, as after a list ("The two countries fought a war in 2020.
// They signed a treaty"); "the two police forces", "both border
// services", "the two coast guards" (a body, not two people: "the two
// soldiers" are one side's) for each country's agent, and "the heads of"
// such bodies for the same;
// "both delegations" for the governments of the two countries named last
// (and "the two allies", "both powers" for those countries)
// in this sentence or the last; and a bare "the
// leaders" later in the article ("The leaders are due to meet again",
// not "the leaders of ...") for the same two again. "Their foreign
// ministers" (their leaders, presidents, ministers) stand for the
// governments of the pair "the two countries" (both nations, the two
// leaders) stood for in this sentence or the last, else of a list of two
// countries named last there ("Tension between Iran and Azerbaijan has
// grown. Their foreign ministers met" is IRNGOV and AZEGOV); so do "the
// leaders of the two countries" and "the two nations' foreign ministers"
// for the governments of the countries their pair phrase stands for, and
// so do "foreign secretaries of the two countries", and
// a plural agent of or from that pair ("officials from both countries",
// "the militaries of the two nations", "border guards of both
// countries") for each country's agents. "Both men", "the two women" stand for persons
// named before and, in news mode, are no actor ("King and Weeks were
// abducted ... Both men claimed" are not Afghans), unless they follow a
// list of as many persons of different countries in this sentence or the
// last, whose codes they keep ("Peru's Quispe and Bolivia's Mamani met.
// The two men agreed" is PERGOV and BOLGOV), or, with no such list, as
// many persons of as many countries named last there ("Xi hosted
// Macron. The two men signed"). A name that only backs or hosts what follows
// ("Turkish-backed fighters", "a Britain-based monitor") lends no country
// to its sentence's bare agents, nor, unless it is a home ("-based"), to
// the story's ("Iranian-backed militia" in an article's first sentence is
// a bare militia). Compound actors ("the EU, Canada, the United States
// and Japan") come out as one Mention per member; joining them is the caller's business, since
// it needs the parse. A people's adjective joined by "and" or "or" to
// another's with an agent in the plural shares that agent ("the Peruvian
// and Chilean foreign ministers" are PERGOV and CHLGOV), also when the
// tagger reads a people's word as a name ("Kyrgyz and Tajik border
// guards", "Serbian and Kosovar police"); a country's or armed group's
// own name does not ("Peru and Chilean rebels": Peru is no rebel;
// "Iranian and Hamas fighters").
// A capital city, or a city named as its country
// with "City" ("Mexico City"), is flagged (Mention.Capital; a
// people such as "Venezuelans" or a short name such as "U.S." is not, even
// when the names model tags it as a place) so that a caller that knows
// the verb is political can read it as the government; the resolver
// itself reads it so when an official of that government is named before
// it in the sentence, whose words the clause it opens as subject reports
// ("Hungary's foreign minister said Budapest supported the bid" is
// HUNGOV; "Sybiha said Kyiv was ready, but Moscow had refused": Moscow
// stays RUS; "the president said rebels seized Goma": Goma stays COD),
// but not a city that names a place ("the Kaliningrad region", "the
// Rasht-Astara railway").
//
// The package knows the document model and the dictionaries. It does not
// parse, it does not decide which mention is a source or a target, and it
// knows nothing of events, quotes, storage or the command line.
package actor
