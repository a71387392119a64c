package quote

import "strings"

// set builds a read-only word set from a space-separated list.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speechVerbs are the cues of speech, as printed (lower case). Verb-first
// languages (Arabic) put the speaker after them.
var speechVerbs = set(`said says say told tells added adds stated states declared declares
insisted insists stressed stresses warned warns wrote writes tweeted posted explained explains
noted notes replied replies argued argues asserted asserts acknowledged admitted claimed claims
announced continued concluded remarked emphasised emphasized emphasises emphasizes recalled
quipped threatened saying adding telling writing warning stressing insisting arguing noting claiming
заявил заявила заявили сказал сказала сказали отметил отметила добавил добавила подчеркнул
подчеркнула сообщил сообщила сообщили написал написала признал признала
قال وقال قالت وقالت أضاف وأضاف أضافت وأضافت أكد وأكد أكدت وأكدت صرح وصرح يقول ويقول تقول وتقول`)

// arabicVerbs are speech verbs that precede their subject.
var arabicVerbs = set(`قال وقال قالت وقالت أضاف وأضاف أضافت وأضافت أكد وأكد أكدت وأكدت صرح وصرح يقول ويقول تقول وتقول`)

// reportVerbs introduce reported speech: the speech verbs that take a
// clause ("said the government had decided").
var reportVerbs = set(`said says say told tells added adds stated insisted insists stressed
warned warns wrote writes argued argues asserted acknowledged admitted claimed noted threatened
emphasised emphasized saying adding telling warning stressing insisting arguing claiming`)

// bareClauseVerbs may take a clause without "that": "said the talks
// failed". The other report verbs need it.
var bareClauseVerbs = set(`said says say told tells saying telling wrote writes`)

// timeWords may sit between a verb and its clause: "said on Sunday".
var timeWords = set(`on last this late early Monday Tuesday Wednesday Thursday Friday Saturday
Sunday night morning evening afternoon week month year today yesterday tonight later earlier
also again then now`)

// relatives open a clause whose subject or object is missing: "what it
// said was", "a team that Washington says works for".
var relatives = set(`that which who whom what whose`)

// labelVerbs quote another's words as a label of something: called the
// attack "a blow against peace".
var labelVerbs = set(`called calling calls described describing describes branded branding
labelled labeled termed urged urging dismissed dismissing condemned condemning`)

// listenerVerbs take a listener before the clause: told reporters that.
var listenerVerbs = set(`told tells telling warned warns warning assured`)

// subordinators open a fronted clause whose subject may be a later
// pronoun's antecedent.
var subordinators = set(`When While As After Before Although Though Since Because If Once Until Whereas`)

// pronouns resolvable to a speaker.
var personPronouns = set(`he she He She`)
var thingPronouns = set(`it It they They`)

// determiners and other words that may open a noun phrase.
var determiners = set(`the a an The A An its his her their our this these those some several
many most all both each every any no another other`)

// descriptors are the lower-case words of descriptions of speakers:
// "Pakistan's foreign office spokesman", "a Western diplomat".
var descriptors = set(`official officials spokesman spokeswoman spokesperson spokespeople
minister ministers ministry ministries secretary ambassador ambassadors envoy envoys president
presidents prime chief chiefs commander commanders director general head heads leader leaders
adviser advisers advisor analyst analysts diplomat diplomats source sources expert experts
observer observers witness witnesses critic critics doctor doctors researcher researchers media
agency agencies office council committee mission embassy government governments army military
forces police party delegation authorities airlines airline state foreign defence defense
interior information security national humanitarian senior deputy vice country regional
opposition cabinet chairperson chairman chairwoman coordinator negotiator mediator mediators
monitoring monitors group groups alliance bloc lawmakers legislators parliament speaker mayor
governor commissioner representative representatives delegate delegates activists residents
protesters villagers soldiers troops officer officers investigators prosecutor prosecutors
judge court board members member staff people man woman journalist journalists reporter
correspondent editor newspaper news television tv radio outlet website team department service
intelligence navy fleet guard guards corps assembly union federation organisation organization
movement front faction militia rebels insurgents fighters militants company firm operator owner
executive manager economist economists scholar professor historian pundits commentators western
former top acting outgoing incoming local junior federal provincial municipal central supreme
high joint international independent anonymous unnamed own new main u.n. state-run state-owned
official policy affairs trade economy finance justice health energy environment commerce
humanitarian relief aid workers worker charity charities campaigners campaign activist
nuclear atomic energy watchdog inspectors inspector director-general secretary-general
spokesmen managers monitor panel
country's agency's ministry's government's army's party's council's group's bloc's`)

// titles are capitalised words that precede a person's name.
var titles = set(`President Prime Minister Foreign Defence Defense Interior Secretary General Director
Ambassador Spokesman Spokeswoman Chief Commander Gen. Gen Col. Lt. Maj. Adm. Dr. Mr. Mrs. Ms. Sir
Lord King Queen Prince Sheikh Emir Pope Chancellor Premier Deputy Vice Speaker Senator Sen. Rep.
Governor Gov. Mayor Judge Justice Commissioner Chairman Chairwoman Chairperson Envoy Special
Representative Opposition Leader Former State Supreme Leader Ayatollah Marshal Field Admiral
Captain Capt. Sgt. Sergeant Colonel Major Lieutenant Brigadier Foreign-Minister Kremlin House
Affairs Security National Council Committee Cabinet Finance Economy Trade Energy Health Justice
Information Parliament Parliamentary Acting Interim Crown First Second Executive Senior High`)

// orgWords mark a capitalised run as an organisation or place, not a
// person.
var orgWords = set(`Office Ministry Council Committee Commission Party Forces Army Agency Union
Nations Organization Organisation House Republic States Kingdom Emirates Korea Arabia Africa
America Europe Group Bank Court Parliament Assembly Front Movement News Times Post Wire Press
TV Media Service Department Embassy Mission Alliance Fleet Navy Airlines Programme Program Fund
Institute University Centre Center City Province Region Island Islands Sea Strait Street Avenue
Valley Corps Guard Guards Board Authority Police Government Coalition Federation League
Association Company Corporation Inc. Ltd. Agency Bureau Daily Observer Ledger Courier Monitor
Brief Journal Herald Tribune Gazette Radio Television Network Foundation Network Headquarters
Treaty Line Zone Gulf Ocean River Mountains Democrats Republicans Communist Congress Senate Cabinet`)

// adverbials may sit between a speaker and the cue ("said on Sunday").
var trailingSkip = set(`also later then again earlier previously separately publicly repeatedly
has had have was were is are on last this late early Monday Tuesday Wednesday Thursday Friday
Saturday Sunday night morning evening afternoon week month year today yesterday tonight
reportedly once already now still`)

// clauseStops are words that cannot begin a reported clause.
var clauseStops = set(`is are was were be been being has have had will would can could should
may might must do does did to of on in at by for with from about after before during over
under into onto than as and or but nor so yet if when while because although though since
until unless whether how why where which who whom whose what not never also later then again
there here via per among between through across against without within
на в во с со по о об от для из к у за при после перед`)

// prepositions open adverbial phrases before a subject ("In Washington,").
var prepositions = set(`in In at At on On after After during During before Before from From
under Under with With for For by By despite Despite amid Amid following Following since Since
according According meanwhile Meanwhile however However separately Separately earlier Earlier later Later`)

// anonymity words make a source anonymous when no name comes with them.
var anonymityWords = set(`source sources official officials diplomat diplomats expert experts
analyst analysts observer observers witness witnesses critic critics pundits insider insiders
people person resident residents commentators spokesman spokeswoman spokesperson doctor doctors`)
