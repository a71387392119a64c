package segment

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

func forms(toks []model.Token) string {
	f := make([]string, len(toks))
	for i, t := range toks {
		f[i] = t.Form
	}
	return strings.Join(f, " ")
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"spaces", " \t\n ", ""},
		{"clitic not", "didn't", "did n't"},
		{"clitic can't", "I can't", "I ca n't"},
		{"clitic won't curly", "won’t", "wo n’t"},
		{"possessive", "Iran's embassy", "Iran 's embassy"},
		{"they're", "they're here", "they 're here"},
		{"I'll I'd I'm", "I'll I'd I'm", "I 'll I 'd I 'm"},
		{"plural possessive", "the players' union", "the players ' union"},
		{"o'clock stays", "at 5 o'clock", "at 5 o'clock"},
		{"O'Neill's", "O'Neill's", "O'Neill 's"},
		{"cannot", "Cannot go", "Can not go"},
		{"gonna", "gonna win", "gon na win"},
		{"dont", "dont", "do nt"},
		{"decade", "the '90s and '72", "the '90s and '72"},
		{"quotes straight", `He said "no."`, `He said " no . "`},
		{"quotes curly", "“Yes,” she said.", "“ Yes , ” she said ."},
		{"single quotes", "a 'scare' quote", "a ' scare ' quote"},
		{"latex quotes", "``hi''", "`` hi ''"},
		{"em dash", "Tirana—the capital", "Tirana — the capital"},
		{"en dash range", "1980–88", "1980 – 88"},
		{"hyphen range", "1980-88", "1980 - 88"},
		{"hyphen compound", "so-called well-being", "so - called well - being"},
		{"hyphen prefix", "non-profit e-mail mid-July", "non-profit e-mail mid-July"},
		{"hyphen particle", "Mujahedin-e-Khalq", "Mujahedin - e - Khalq"},
		{"double hyphen", "wait--what", "wait -- what"},
		{"ellipsis", "well... ok…", "well ... ok …"},
		{"dateline", "TIRANA, Sept 7 (Reuters) -", "TIRANA , Sept 7 ( Reuters ) -"},
		{"abbrev US", "the U.S. Army", "the U.S. Army"},
		{"abbrev title", "Gen. Smith and Dr. Jones", "Gen. Smith and Dr. Jones"},
		{"abbrev caps title", "GEN. SMITH", "GEN. SMITH"},
		{"month abbrev", "Sept. 7", "Sept. 7"},
		{"No. before number", "No. 5", "No. 5"},
		{"no at end", "I said no.", "I said no ."},
		{"initials", "J. R. R. Tolkien", "J. R. R. Tolkien"},
		{"a.m.", "at 10:30 a.m. today", "at 10:30 a.m. today"},
		{"url", "see https://example.com/a?b=1&c=2.", "see https://example.com/a?b=1&c=2 ."},
		{"url parens", "(www.example.org/x_(y))", "( www.example.org/x_(y) )"},
		{"email", "write to info@casus.org.", "write to info@casus.org ."},
		{"handle", "@casus_news said", "@casus_news said"},
		{"hashtag", "#Tirana2024 trends", "#Tirana2024 trends"},
		{"number comma", "3,000 people", "3,000 people"},
		{"list commas", "1,2,3", "1 , 2 , 3"},
		{"decimal percent", "2.5%", "2.5 %"},
		{"money", "$1.2bn", "$ 1.2 bn"},
		{"pounds", "£30m", "£ 30 m"},
		{"time", "10:30", "10:30"},
		{"time pm", "7:30PM", "7:30 PM"},
		{"ordinal", "the 21st century", "the 21st century"},
		{"phone", "call 713-853-3989", "call 713-853-3989"},
		{"date slash", "on 9/11", "on 9/11"},
		{"fraction", "1/2 cup", "1 / 2 cup"},
		{"and/or", "and/or", "and / or"},
		{"AT&T", "AT&T", "AT&T"},
		{"ampersand", "B & W", "B & W"},
		{"emoticon", "great :)", "great :)"},
		{"glued sentence", "the end.The start", "the end . The start"},
		{"file name", "open report.doc now", "open report.doc now"},
		{"exclaim run", "What?!", "What ?!"},
		{"emoji", "ok 👍🏽 fine", "ok 👍🏽 fine"},
		{"zwj emoji", "👨‍👩‍👧 family", "👨‍👩‍👧 family"},
		{"arabic", "قال الرئيس", "قال الرئيس"},
		{"stars", "***", "***"},
		{"nbsp", "a\u00a0b", "a b"},
		{"sentence-final abbrev", "tea, coffee, etc.", "tea , coffee , etc ."},
		{"U.S.-led", "U.S.-led", "U.S. - led"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := forms(Tokens(tt.in))
			if got != tt.want {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // sentence texts
	}{
		{"two", "It rained. We left.", []string{"It rained.", "We left."}},
		{"question", "Why? Because.", []string{"Why?", "Because."}},
		{"abbrev title", "Gen. Smith spoke. Dr. Jones left.", []string{"Gen. Smith spoke.", "Dr. Jones left."}},
		{"abbrev end", "He works for Acme Inc. The firm grew.", []string{"He works for Acme Inc.", "The firm grew."}},
		{"abbrev mid", "Acme Inc. shares fell.", []string{"Acme Inc. shares fell."}},
		{"US end", "troops left the U.S. They returned.", []string{"troops left the U.S.", "They returned."}},
		{"US mid", "the U.S. Army said so.", []string{"the U.S. Army said so."}},
		{"initials", "J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"month", "On Sept. 7 it began.", []string{"On Sept. 7 it began."}},
		{"quote spans", `He said: "No. Never." Then he left.`, []string{`He said: "No.`, `Never."`, `Then he left.`}},
		{"closing bracket", "It grew (by 5%.) Then fell.", []string{"It grew (by 5%.)", "Then fell."}},
		{"curly quote close", "“We won.” The crowd cheered.", []string{"“We won.”", "The crowd cheered."}},
		{"newline headline", "Iran protests spread\nCrowds gathered.", []string{"Iran protests spread", "Crowds gathered."}},
		{"list items", "Demands:\n- release prisoners\n- end curfew", []string{"Demands:", "- release prisoners", "- end curfew"}},
		{"lower after period", "5 p.m. and later.", []string{"5 p.m. and later."}},
		{"number after period", "It ended in 1999. 2000 began.", []string{"It ended in 1999.", "2000 began."}},
		{"ellipsis", "Wait... Now go.", []string{"Wait...", "Now go."}},
		{"citation", "It was old. [17] It fell.", []string{"It was old. [17]", "It fell."}},
		{"e.g.", "Some, e.g. The Times, agreed.", []string{"Some, e.g. The Times, agreed."}},
		{"dateline", "TIRANA, Sept 7 (Reuters) - Talks began. They ended.", []string{"TIRANA, Sept 7 (Reuters) -", "Talks began.", "They ended."}},
		{"dateline em dash", "WASHINGTON — The Senate voted.", []string{"WASHINGTON —", "The Senate voted."}},
		{"dateline agency only", "Kyiv (AP) -- Sirens sounded.", []string{"Kyiv (AP) --", "Sirens sounded."}},
		{"dateline each paragraph", "First para.\nDOHA - Talks resumed.", []string{"First para.", "DOHA -", "Talks resumed."}},
		{"no dateline: lower word", "NATO said - again - no.", []string{"NATO said - again - no."}},
		{"no dateline: mixed case", "Tirana - a city of a million.", []string{"Tirana - a city of a million."}},
		{"no dateline: mid text", "He left. PARIS - It rained.", []string{"He left.", "PARIS - It rained."}},
		{"no dateline: dash last", "TIRANA -", []string{"TIRANA -"}},
		{"no dateline: hyphenated title", "UN Secretary-General Antonio Guterres spoke.", []string{"UN Secretary-General Antonio Guterres spoke."}},
		{"no dateline: hyphenated name", "NATO Secretary-General Rutte and EU Vice-President Kallas met.", []string{"NATO Secretary-General Rutte and EU Vice-President Kallas met."}},
		{"dateline glued em dash", "WASHINGTON—The Senate voted.", []string{"WASHINGTON—", "The Senate voted."}},
		{"url period", "See www.example.com. It works.", []string{"See www.example.com.", "It works."}},
		{"lower careless", "call me. i am home", []string{"call me.", "i am home"}},
		{"emoticon after", "Loved it! :) Back soon.", []string{"Loved it! :)", "Back soon."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMaxTokens(t *testing.T) {
	in := strings.Repeat("word ", 1000)
	sg := Segmenter{MaxTokens: 100}
	sents := sg.Sentences(in)
	if len(sents) != 10 {
		t.Fatalf("got %d sentences, want 10", len(sents))
	}
	for _, s := range Sentences(in + strings.Repeat("a, b ", 300)) {
		if len(s.Tokens) > MaxTokens {
			t.Fatalf("sentence of %d tokens, limit %d", len(s.Tokens), MaxTokens)
		}
	}
	// A cut prefers a comma in the second half.
	in = strings.Repeat("w ", 80) + ", " + strings.Repeat("w ", 40)
	s := sg.Sentences(in)
	if len(s) != 2 || len(s[0].Tokens) != 81 {
		t.Errorf("cut at %d tokens, want 81 (after the comma)", len(s[0].Tokens))
	}
}

func TestQuoteOf(t *testing.T) {
	tests := []struct {
		in   string
		want string // one letter per token: o open, c close, - not a quote
	}{
		{`He said "no" then`, `--o-c-`},
		{`“Yes,” she said`, `o--c--`},
		{`" spaced " quote "`, `o-c-o`},
		{`a 'scare' word`, `-o-c-`},
		{`the players' union`, `--c-`},
		{`''hi''`, `o-c`},
	}
	for _, tt := range tests {
		toks := Tokens(tt.in)
		var b strings.Builder
		for i := range toks {
			switch QuoteOf(tt.in, toks, i) {
			case QuoteOpen:
				b.WriteByte('o')
			case QuoteClose:
				b.WriteByte('c')
			default:
				b.WriteByte('-')
			}
		}
		if b.String() != tt.want {
			t.Errorf("QuoteOf over %q (%s): got %s, want %s", tt.in, forms(toks), b.String(), tt.want)
		}
	}
	if q := QuoteOf("x", nil, 3); q != NotQuote {
		t.Errorf("out of range: got %v", q)
	}
}

const conlluSample = `# newdoc id = d1
# newpar
# text = Gen. Smith met Acme Inc. officials.
1	Gen.	_	_	_	_	_	_	_	_
2	Smith	_	_	_	_	_	_	_	_
3	met	_	_	_	_	_	_	_	_
4	Acme	_	_	_	_	_	_	_	_
5	Inc.	_	_	_	_	_	_	_	_
6	officials	_	_	_	_	_	_	_	SpaceAfter=No
7	.	_	_	_	_	_	_	_	_

# text = They didn't agree
1-2	didn't	_	_	_	_	_	_	_	_
1	They	_	_	_	_	_	_	_	_
2	did	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
4	agree	_	_	_	_	_	_	_	_

# newpar
# text = Talks ended.
1	Talks	_	_	_	_	_	_	_	_
2	ended	_	_	_	_	_	_	_	SpaceAfter=No
3	.	_	_	_	_	_	_	_	_

# newdoc id = d2
# text = One.
1	One	_	_	_	_	_	_	_	SpaceAfter=No
2	.	_	_	_	_	_	_	_	_

`

func TestEvaluateConllu(t *testing.T) {
	// The second sentence's multiword line is numbered 1-2 but spells
	// "didn't" (words 2-3): it cannot be aligned and counts as Unaligned.
	sc, err := EvaluateConllu(strings.NewReader(conlluSample))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Documents != 2 || sc.Sentences != 4 {
		t.Errorf("read %d documents, %d sentences; want 2, 4", sc.Documents, sc.Sentences)
	}
	// Gold boundaries: end of sentence 1 (inner) and end of sentence 2
	// (paragraph end); "They didn't agree Talks" has no period, but the
	// newline gives the paragraph end away, so all are found.
	if sc.Boundaries != (PRF{Gold: 2, Predicted: 2, Correct: 2}) {
		t.Errorf("Boundaries = %+v", sc.Boundaries)
	}
	if sc.Inner != (PRF{Gold: 1, Predicted: 1, Correct: 1}) {
		t.Errorf("Inner = %+v", sc.Inner)
	}
	if sc.Unaligned != 1 {
		t.Errorf("Unaligned = %d, want 1", sc.Unaligned)
	}
	if sc.Tokens.Gold != 7+3+2 || sc.Tokens.Correct != 12 {
		t.Errorf("Tokens = %+v", sc.Tokens)
	}
	if _, err := EvaluateConllu(strings.NewReader("1\tbad\n")); err == nil {
		t.Error("malformed CoNLL-U: want an error")
	}
}

func TestPRF(t *testing.T) {
	s := PRF{Gold: 10, Predicted: 8, Correct: 6}
	if s.P() != 0.75 || s.R() != 0.6 {
		t.Errorf("P, R = %v, %v", s.P(), s.R())
	}
	if f := s.F1(); f < 0.6666 || f > 0.6667 {
		t.Errorf("F1 = %v", f)
	}
	if (PRF{}).F1() != 0 {
		t.Error("empty F1 not 0")
	}
}

// checkSentences asserts the invariants every output must keep.
func checkSentences(t *testing.T, text string, sents []model.Sentence) {
	t.Helper()
	prev := 0
	for _, s := range sents {
		if len(s.Tokens) == 0 || len(s.Tokens) > MaxTokens {
			t.Fatalf("sentence with %d tokens", len(s.Tokens))
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence span %v does not match its tokens", s.Span)
		}
		for _, tk := range s.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token %+v out of order or range (prev end %d, len %d)", tk.Span, prev, len(text))
			}
			if tk.Form != text[tk.Start:tk.End] {
				t.Fatalf("Form %q != text %q", tk.Form, text[tk.Start:tk.End])
			}
			if tk.Head != -1 {
				t.Fatalf("Head = %d, want -1", tk.Head)
			}
			prev = tk.End
		}
	}
}

func TestBadInput(t *testing.T) {
	inputs := []string{
		"\xff\xfe\xfd invalid \xc3",
		"\x00\x01\x02 control\x1b[0m chars",
		"שלום עולם. مرحبا بالعالم.",
		"🇦🇱🇮🇷 flags… 😀😀😀",
		strings.Repeat("a", 100000),
		strings.Repeat("a-", 50000),
		strings.Repeat("a.", 50000),
		strings.Repeat("1,000", 20000),
		strings.Repeat("x@y.", 20000),
		strings.Repeat("'", 10000),
		strings.Repeat("http://", 10000),
		"\u2028line\u2029para\u0085next",
		strings.Repeat("'s ", 1000),
	}
	for _, in := range inputs {
		checkSentences(t, in, Sentences(in))
	}
}

func TestLongParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input")
	}
	in := strings.Repeat("the quick brown fox jumps over the lazy dog ", 10<<20/44)
	sents := Sentences(in)
	checkSentences(t, in, sents)
	if len(sents) < len(in)/5/MaxTokens {
		t.Errorf("only %d sentences from a %d-byte paragraph", len(sents), len(in))
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"", "It rained. We left.", `He said: "No. Never." Then...`,
		"TIRANA, Sept 7 (Reuters) - Gen. J. R. R. Smith didn't go to the U.S. today.",
		"$1.2bn 2.5% 3,000 1980-88 10:30 a.m. https://x.org/a_(b). info@x.org @h #t",
		"\xff\xfe bad \xc3\x28", "“Yes,” she said — ok… 👍🏽", "a\nb\r\nc\u2028d",
		"call 713-853-3989 :) etc. [17]", "''hi'' ``x'' '90s o'clock won't",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := Sentences(text)
		checkSentences(t, text, sents)
		toks := Tokens(text)
		n := 0
		for _, s := range sents {
			n += len(s.Tokens)
		}
		if n != len(toks) {
			t.Fatalf("Tokens gave %d tokens, Sentences %d", len(toks), n)
		}
		// Tokens cover every non-space byte: removing them leaves space.
		covered := make([]bool, len(text))
		for _, tk := range toks {
			for i := tk.Start; i < tk.End; i++ {
				covered[i] = true
			}
		}
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !covered[i] && !isSpaceRune(r, size) && !(r < utf8.RuneSelf && (r <= ' ' || r == 0x7f)) {
				t.Fatalf("byte %d (%q) not in any token", i, r)
			}
			i += size
		}
		for i := range toks {
			QuoteOf(text, toks, i)
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat(`TIRANA, Sept 7 (Reuters) - Albanian Prime Minister Edi Rama said on Wednesday that Iran's embassy staff didn't comply with the order. "We will not tolerate this," he told reporters in the capital. The U.S. State Department said it supported the decision, and Gen. Smith called it "overdue." About 3,000 people, or 2.5% of the city, attended the 10:30 a.m. rally.`+"\n", 50)
	var sg Segmenter
	ntok := len(sg.Tokens(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		sg.Sentences(text)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestLastApostrophe checks lastApostrophe against strings.LastIndexAny,
// which it stands for, on straight and curly apostrophes among other
// runes and invalid bytes.
func TestLastApostrophe(t *testing.T) {
	for _, w := range []string{
		"", "a", "'", "’", "Iran's", "Iran’s", "rock'n’roll", "’twas'", "didn’t",
		"\xe2\x80", "\xe2\x80\x99\x80", "\x80\xe2\x80\x99", "\xf0\xe2\x80\x99", "x\xe2\x80\x99'\xff",
		"‘quoted’", "l'été", "’’''’",
	} {
		if got, want := lastApostrophe(w), strings.LastIndexAny(w, "'’"); got != want {
			t.Errorf("lastApostrophe(%q) = %d, want %d", w, got, want)
		}
	}
	// Random strings of apostrophes, the bytes of ’ in and out of order,
	// and letters.
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "'", "’", "\xe2", "\x80", "\x99", "\xe2\x80", "é"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		w := b.String()
		if got, want := lastApostrophe(w), strings.LastIndexAny(w, "'’"); got != want {
			t.Fatalf("lastApostrophe(%q) = %d, want %d", w, got, want)
		}
	}
}
