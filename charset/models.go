package charset

import (
	"math"
	"sync"
	"unicode"
)

// A model scores decoded text as a language written in some script. It
// is a naive Bayes model over non-ASCII characters: each character has a
// probability, and a letter's probability is further weighted by the
// class of the character before it (ASCII letter, non-ASCII letter,
// anything else), which separates scripts written wholly in high bytes
// (Cyrillic, Greek, CJK) from Latin scripts where accented letters sit
// among ASCII ones.
type model struct {
	name  string
	chars map[rune]float64
	// logs holds the log probability of every character in chars and of
	// the punctuation the class does not outweigh.
	logs map[rune]float64
	// class gives the probability of a character not in chars.
	class func(r rune) float64
	// trans holds log probabilities of the previous character's class.
	trans [3]float64
}

// Classes of the character before a letter.
const (
	prevASCIILetter = iota
	prevHighLetter
	prevOther
)

// Log probabilities of characters that no language model expects.
var (
	logReplacement = math.Log(1e-7)
	logC1          = math.Log(1e-7)
)

// logProb returns the log probability of r following a character of
// class prev.
func (m *model) logProb(r rune, prev int) float64 {
	if r == '\uFFFD' {
		return logReplacement
	}
	if r >= 0x80 && r < 0xA0 {
		return logC1
	}
	lp, ok := m.logs[r]
	if !ok {
		p := m.class(r)
		if p == 0 {
			p = 1e-6
		}
		if q, ok := punctuation[r]; ok && q > p {
			p = q
		}
		lp = math.Log(p)
	}
	if isLetter(r) {
		lp += m.trans[prev]
	}
	return lp
}

// punctuation lists non-ASCII punctuation and symbols that any language
// uses, with rough probabilities among non-ASCII characters.
var punctuation = map[rune]float64{
	'\u00A0': 0.03, '’': 0.05, '‘': 0.01, '“': 0.03, '”': 0.03, '„': 0.01,
	'–': 0.03, '—': 0.02, '…': 0.01, '«': 0.01, '»': 0.01, '·': 0.002,
	'°': 0.003, '€': 0.005, '£': 0.002, '©': 0.003, '®': 0.001, '™': 0.001,
	'•': 0.003, '§': 0.001, '×': 0.0005, '½': 0.0005, '¿': 0.001, '¡': 0.0005,
	'№': 0.0005, '′': 0.0005, '″': 0.0005, '\u200B': 0.001, '\u200E': 0.001, '\u200F': 0.001,
}

// weighted builds a character table from a string of characters sharing
// a total probability, so that earlier characters weigh more (a rough
// Zipf law: the i-th of n gets total/(i+1)/H(n)).
func weighted(dst map[rune]float64, s string, total float64) {
	rs := []rune(s)
	h := 0.0
	for i := range rs {
		h += 1 / float64(i+1)
	}
	for i, r := range rs {
		if _, ok := dst[r]; !ok {
			dst[r] = total / float64(i+1) / h
		}
	}
}

// uniform gives each character of s an equal share of total.
func uniform(dst map[rune]float64, s string, total float64) {
	rs := []rune(s)
	for _, r := range rs {
		if _, ok := dst[r]; !ok {
			dst[r] = total / float64(len(rs))
		}
	}
}

func logs(ascii, high, other float64) [3]float64 {
	return [3]float64{math.Log(ascii), math.Log(high), math.Log(other)}
}

func latinClass(r rune) float64 {
	switch {
	case r >= 0xC0 && r <= 0x24F && unicode.IsLetter(r):
		return 2e-4
	case r >= 0xA0 && r <= 0xBF:
		return 5e-4
	}
	return 1e-6
}

func inRange(lo, hi rune, p float64) func(rune) float64 {
	return func(r rune) float64 {
		if r >= lo && r <= hi {
			return p
		}
		return 1e-6
	}
}

// Common characters of Chinese, Japanese and Korean text, most frequent
// first (roughly), written for this package.
const (
	commonHans   = "的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴称警举击冲欧俄伊朗美日韩叙利亚巴勒坦阿拉伯埃及印度泰越南澳加州省县镇村会议主席总统理部长官员警察法院判决抗议示威袭炸弹恐怖组织武装冲突停火谈判协议签署访问会谈宣布表示指出称据报道记者消息"
	commonHant   = "的一是不了在人有我他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做系計或司利受光王果親界及今京務制解各任至清物台象記邊共風戰干接它許八特覺望直服毛林題建南度統色字請交愛讓認算論百吃義科怎元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦運武半候七必城父強步完革深區即求品士轉量空甚眾技輕程告江語英基派滿式李息寫呢識極令黃德收臉錢黨倒未持取設始版雙歷越史商千片容研像找友孩站廣改議形委早房音火際則首單據導影失拿網香似斯專石若兵弟誰校讀志飛觀爭究包組造落視濟喜離雖壞興稱警舉擊衝歐俄伊朗韓敘利亞巴勒坦阿拉伯埃及印度泰南澳加州省縣鎮村議主席總統理部長官員察法院判決抗示威襲炸彈恐怖組織武裝衝突停火談判協簽署訪問宣布表示指出據報導記者消息灣"
	commonKanji  = "日本人大年中国一出会上十見行分生時事下二三東京市者者政府首相党議員選挙自民発表新手子方金円間長高気持合前後明入地内外回目的問題米北朝鮮韓米国中国警察容疑逮捕関係社会経済企業業界市場価格株式世界全部今年月日午前午後同氏代表対応必要可能情報記事開催実施予定検討発言判断結果影響調査報告確認教育学校病院医療感染者数死亡事故事件被害災害地震台風天気作品映画番組放送電話通信技術開発研究支援活動問題私彼女男女性子供家族"
	hiragana     = "のにはをたがでてとしれいなるかもっくすらんまこりあようおきけさせそちつどばびぶべぼぱぴぷぺぽやゆわゐゑゃゅょぁぃぅぇぉえだぢづでなぬねのはひふへほみむめ"
	katakana     = "ーンスルトクイリラアタカロシレマッドジプコメフニテサキャュョミバパビブベボピペポヴェィォヮオウエケセソチツナヌネノハヒヘホムモヤユヨワヲガギグゲゴザズゼゾダヂヅデ"
	commonHangul = "이다의는에가을를하고한서지기으로도사리자대있인적수것들해시그과정부국일어제우나보니게만라면아전주상요여화장경원소미동세성생방연공중문신무위업회관실발당분선통결체물재내개안년없구저말간러합용행득음"
	jaPunct      = "、。「」『』・（）！？〜：…“”　％"
	zhPunct      = "，。、“”：；？！（）《》【】—…·「」『』　％"
	koPunct      = "“”‘’·…「」（）　"
)

// Alphabet tables: lower-case letters most frequent first; upper-case
// letters are given a small share.
const (
	cyrLower   = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфіъёїєґјљњћђџўѕ"
	cyrUpper   = "ПСВНМКОАТДРИЕГБЗУЛФЧЯХШЦЮЭЖЙЩЁІЇЄҐЈЉЊЋЂЏЎЅЪЫЬ"
	greekLower = "αοιετνσρκπμηλυωςάόίέγδήθύχφβώξζψϊΐϋΰ"
	greekUpper = "ΑΕΟΤΣΚΠΜΝΗΙΥΡΛΔΓΧΘΦΒΩΞΖΨΆΈΉΊΌΎΏ"
	arabic     = "الیيمونهةربتعدسفأكقحجىإشصطخضزذثءغئآظؤکگپچژـ"
	arabicPunc = "،؛؟٪"
	harakat    = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652"
	hebrew     = "יוהלמארבתשנםעדכחןקפסגזטצךףץ"
)

// models returns the language models, built once.
var models = sync.OnceValue(func() map[string]*model {
	ms := map[string]*model{}
	add := func(m *model) { ms[m.name] = m }
	defer func() {
		for _, m := range ms {
			m.logs = make(map[rune]float64, len(m.chars)+len(punctuation))
			for r, p := range m.chars {
				m.logs[r] = math.Log(p)
			}
			for r, p := range punctuation {
				if _, ok := m.chars[r]; !ok && p > m.class(r) {
					m.logs[r] = math.Log(p)
				}
			}
		}
	}()

	latin := func(name, chars string, trans [3]float64, probs ...float64) {
		m := &model{name: name, chars: map[rune]float64{}, class: latinClass, trans: trans}
		for i, r := range []rune(chars) {
			p := 0.002
			if i < len(probs) {
				p = probs[i]
			}
			m.chars[r] = p
		}
		add(m)
	}
	sparse, dense := logs(0.6, 0.06, 0.34), logs(0.55, 0.12, 0.33)
	// Letters with their rough share of a language's non-ASCII letters;
	// letters past the listed shares get 0.002.
	latin("french", "éèàêçôâîûùëïœÉÀÇÈÊ", sparse, .45, .08, .08, .04, .03, .02, .02, .01, .005, .005, .003, .003, .01, .01, .003)
	latin("german", "üäößÜÄÖé", sparse, .25, .22, .2, .15, .03, .02, .02, .01)
	latin("spanish", "óíáéñú¿ü¡ÁÉÍÓÚÑ", sparse, .2, .17, .16, .15, .08, .06, .01, .005, .005)
	latin("portuguese", "ãçéáíóêõúâôàÉÁÍÓ", sparse, .18, .12, .12, .1, .07, .06, .06, .04, .03, .03, .03, .03)
	latin("italian", "èàòùìéÈÀ", sparse, .3, .25, .15, .1, .07, .08, .02)
	latin("nordic", "äöåøæéÄÖÅØÆ", sparse, .3, .2, .2, .1, .07, .02, .01, .01, .01, .01, .01)
	latin("dutch", "ëéïöèü", sparse, .3, .3, .2, .1, .05, .05)
	latin("polish", "łęąóżśćńźŁŚŻ", dense, .16, .11, .11, .1, .08, .08, .06, .05, .01, .01, .01, .01)
	latin("czech", "áíéěýčřšžůúňťďČŠŘŽ", dense, .14, .13, .09, .08, .08, .06, .06, .06, .05, .03, .02, .01, .005, .005)
	latin("slovak", "áíéýčšžúľôťňďóäŕĺČŠŽ", dense, .14, .1, .07, .06, .06, .06, .05, .05, .05, .02, .03, .02, .02, .02, .01)
	latin("hungarian", "éáöóőíüúűÉÁ", dense, .2, .2, .08, .08, .06, .05, .05, .03, .02, .01, .01)
	latin("romanian", "ăşţîâșțŞŢÎÂ", dense, .3, .15, .15, .1, .1, .1, .1, .01, .01, .01, .01)
	latin("croatian", "ščžćđŠČŽĆĐ", dense, .25, .25, .2, .1, .05, .02, .02, .02, .02, .02)
	latin("turkish", "ışüğçöİŞÇÖÜâ", dense, .3, .12, .12, .1, .1, .08, .03, .01, .01, .01, .01, .005)

	cyr := map[rune]float64{}
	weighted(cyr, cyrLower, 0.85)
	uniform(cyr, cyrUpper, 0.08)
	add(&model{name: "cyrillic", chars: cyr, class: inRange(0x400, 0x4FF, 1e-4), trans: logs(0.01, 0.83, 0.16)})

	greek := map[rune]float64{}
	weighted(greek, greekLower, 0.85)
	uniform(greek, greekUpper, 0.08)
	add(&model{name: "greek", chars: greek, class: inRange(0x370, 0x3FF, 1e-4), trans: logs(0.01, 0.83, 0.16)})

	arab := map[rune]float64{}
	weighted(arab, arabic, 0.9)
	uniform(arab, arabicPunc, 0.02)
	uniform(arab, harakat, 0.004)
	add(&model{name: "arabic", chars: arab, class: inRange(0x600, 0x6FF, 1e-4), trans: logs(0.01, 0.8, 0.19)})

	heb := map[rune]float64{}
	weighted(heb, hebrew, 0.9)
	add(&model{name: "hebrew", chars: heb, class: inRange(0x590, 0x5FF, 1e-4), trans: logs(0.01, 0.8, 0.19)})

	add(&model{name: "thai", chars: map[rune]float64{}, class: inRange(0xE01, 0xE5B, 0.008), trans: logs(0.01, 0.9, 0.09)})

	cjkClass := func(han, kana, hangul float64) func(rune) float64 {
		return func(r rune) float64 {
			switch {
			case r >= 0x4E00 && r <= 0x9FFF:
				return han
			case r >= 0x3040 && r <= 0x30FF:
				return kana
			case r >= 0xAC00 && r <= 0xD7A3:
				return hangul
			case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E:
				return 1e-4
			case r >= 0xFF61 && r <= 0xFF9F: // half-width katakana
				return 1e-6
			}
			return 1e-7
		}
	}
	hans := map[rune]float64{}
	weighted(hans, zhPunct, 0.15)
	uniform(hans, commonHans, 0.6)
	add(&model{name: "zh-hans", chars: hans, class: cjkClass(1e-5, 1e-6, 1e-7), trans: logs(0.02, 0.85, 0.13)})

	hant := map[rune]float64{}
	weighted(hant, zhPunct, 0.15)
	uniform(hant, commonHant, 0.6)
	add(&model{name: "zh-hant", chars: hant, class: cjkClass(1e-5, 1e-6, 1e-7), trans: logs(0.02, 0.85, 0.13)})

	ja := map[rune]float64{}
	weighted(ja, hiragana, 0.4)
	weighted(ja, jaPunct, 0.08)
	uniform(ja, katakana, 0.1)
	uniform(ja, commonKanji, 0.2)
	add(&model{name: "ja", chars: ja, class: cjkClass(3e-5, 1e-4, 1e-7), trans: logs(0.02, 0.85, 0.13)})

	ko := map[rune]float64{}
	uniform(ko, commonHangul, 0.55)
	weighted(ko, koPunct, 0.05)
	add(&model{name: "ko", chars: ko, class: cjkClass(1e-6, 1e-7, 1.5e-4), trans: logs(0.03, 0.8, 0.17)})
	return ms
})

// isLetter reports whether r is a letter or a combining mark (Thai and
// Arabic vowels, which continue a word).
func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
