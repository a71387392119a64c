package charset

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// Sentences written for these tests, a short news paragraph per language.
var samples = []struct {
	lang, text string
	encs       []string // encodings to test the text in
}{
	{"russian", "Министр иностранных дел России встретился в понедельник с делегацией из Китая. Стороны обсудили торговлю, безопасность на границе и подготовку визита президента, который запланирован на осень.",
		[]string{"windows-1251", "koi8-r", "iso-8859-5"}},
	{"ukrainian", "Уряд України оголосив про нові заходи підтримки для мешканців прикордонних областей. Їхні громади отримають допомогу від міжнародних партнерів.",
		[]string{"windows-1251", "koi8-u"}},
	{"arabic", "قال وزير الخارجية في مؤتمر صحفي يوم الاثنين إن الحكومة مستعدة للحوار مع جميع الأطراف من أجل وقف إطلاق النار في المنطقة، وأضاف أن المفاوضات ستبدأ الأسبوع المقبل.",
		[]string{"windows-1256", "iso-8859-6"}},
	{"greek", "Ο πρωθυπουργός συναντήθηκε χθες με τους εκπροσώπους των αγροτών στην Αθήνα. Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για την ύπαιθρο και τα νησιά.",
		[]string{"windows-1253", "iso-8859-7"}},
	{"hebrew", "ראש הממשלה נפגש היום עם שר החוץ של צרפת בירושלים. השניים דנו במצב הביטחוני ובהסכם הסחר החדש בין המדינות.",
		[]string{"windows-1255"}},
	{"chinese", "外交部发言人周一在例行记者会上表示，中国愿意同有关各方一道，通过对话和谈判解决地区冲突，维护和平与稳定。双方还讨论了经济合作问题。",
		[]string{"gbk", "gb18030"}},
	{"traditional", "行政院長今天在立法院表示，政府將加強與各國的經濟合作，並且持續關注區域安全情勢。記者會上，他也回答了有關能源政策的問題。",
		[]string{"big5"}},
	{"japanese", "外務大臣は月曜日の記者会見で、政府は地域の平和と安定のために関係国との対話を続けると述べました。首相も来月に東京で会談を行う予定です。",
		[]string{"shift_jis", "euc-jp", "iso-2022-jp"}},
	{"korean", "정부는 월요일 기자회견에서 북한과의 대화를 계속할 것이라고 밝혔다. 외교부 장관은 다음 주에 미국을 방문할 예정이며 양국 정상회담을 준비하고 있다.",
		[]string{"euc-kr"}},
	{"turkish", "Dışişleri Bakanı, Pazartesi günü düzenlediği basın toplantısında Türkiye'nin bölgedeki barış görüşmelerine destek vereceğini söyledi. Görüşmeler İstanbul'da yapılacak.",
		[]string{"windows-1254", "iso-8859-9"}},
	{"polish", "Premier spotkał się w środę z przedstawicielami związków zawodowych. Rząd zapowiedział, że ustawa o płacy minimalnej zostanie przyjęta przed końcem miesiąca, a źródła finansowania są już zabezpieczone.",
		[]string{"windows-1250", "iso-8859-2"}},
	{"czech", "Předseda vlády ve čtvrtek oznámil, že stát zvýší výdaje na obranu. Ministr řekl, že peníze půjdou především na nákup nových letadel a výcvik vojáků.",
		[]string{"windows-1250", "iso-8859-2"}},
	{"french", "Le président a annoncé mercredi une réforme des retraites très contestée. Les syndicats ont appelé à la grève générale, et des manifestations sont prévues dans toutes les grandes villes à partir de jeudi.",
		[]string{"windows-1252", "iso-8859-15"}},
	{"german", "Die Bundesregierung hat am Dienstag neue Maßnahmen gegen die Energiekrise beschlossen. Der Kanzler erklärte, die Bürger würden schon im nächsten Monat entlastet, während die Opposition höhere Zuschüsse fordert.",
		[]string{"windows-1252"}},
	{"spanish", "El gobierno español anunció el jueves que aumentará la inversión en educación. La ministra señaló que más de mil escuelas recibirán fondos adicionales este año, según informó la agencia.",
		[]string{"windows-1252"}},
}

func encode(t *testing.T, name, s string) []byte {
	t.Helper()
	enc, err := htmlindex.Get(name)
	if err != nil {
		t.Fatalf("encoding %s: %v", name, err)
	}
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %s: %v", name, err)
	}
	return b
}

// canon returns the WHATWG name of a label.
func canon(t *testing.T, label string) string {
	enc, err := htmlindex.Get(label)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := htmlindex.Name(enc)
	return n
}

// equivalent reports whether detecting got for text written in want
// still decodes it exactly.
func equivalent(t *testing.T, got, want string, raw []byte, text string) bool {
	if got == canon(t, want) {
		return true
	}
	enc, err := htmlindex.Get(got)
	if err != nil {
		return false
	}
	out, err := enc.NewDecoder().Bytes(raw)
	return err == nil && string(out) == text
}

func TestDetect(t *testing.T) {
	for _, s := range samples {
		for _, e := range s.encs {
			t.Run(s.lang+"/"+e, func(t *testing.T) {
				raw := encode(t, e, s.text)
				name, conf := Detect(raw)
				if !equivalent(t, name, e, raw, s.text) {
					t.Errorf("Detect = %s (%.2f), want %s", name, conf, canon(t, e))
				}
				if conf <= 0 || conf > 1 {
					t.Errorf("confidence %v outside (0, 1]", conf)
				}
			})
		}
	}
}

func TestDecodeSamples(t *testing.T) {
	for _, s := range samples {
		for _, e := range s.encs {
			raw := encode(t, e, s.text)
			html := append([]byte("<html><head><meta charset=\""+e+"\"><title>x</title></head><body><p>"), raw...)
			html = append(html, "</p></body></html>"...)
			wrong := "windows-1252"
			if canon(t, e) == "windows-1252" {
				wrong = "windows-1251"
			}
			cases := []struct {
				name, ct string
				body     []byte
				want     string
			}{
				{"undeclared", "", raw, s.text},
				{"header", "text/html; charset=" + e, raw, s.text},
				{"meta", "text/html", html, "<p>" + s.text + "</p>"},
				{"wrong header", "text/html; charset=" + wrong, raw, s.text},
				{"wrong header, right meta", "text/html; charset=" + wrong, html, "<p>" + s.text + "</p>"},
			}
			for _, c := range cases {
				t.Run(s.lang+"/"+e+"/"+c.name, func(t *testing.T) {
					text, name, err := Decode(c.body, c.ct)
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Contains(text, []byte(c.want)) {
						t.Errorf("Decode as %s = %q", name, text)
					}
				})
			}
		}
	}
}

func TestDecode(t *testing.T) {
	ru := encode(t, "windows-1251", "Новости дня")
	tests := []struct {
		name, ct string
		body     []byte
		want     string
		wantName string
		wantErr  error
	}{
		{name: "empty", body: nil, want: "", wantName: "utf-8"},
		{name: "ascii", body: []byte("plain text"), want: "plain text", wantName: "utf-8"},
		{name: "ascii keeps declared name", ct: "text/html; charset=ISO-8859-1", body: []byte("abc"), want: "abc", wantName: "windows-1252"},
		{name: "utf-8", body: []byte("naïve café"), want: "naïve café", wantName: "utf-8"},
		{name: "utf-8 declared latin1", ct: "text/html; charset=iso-8859-1", body: []byte("naïve café"), want: "naïve café", wantName: "utf-8"},
		{name: "utf-8 bom", body: []byte("\xEF\xBB\xBFhé"), want: "hé", wantName: "utf-8"},
		{name: "utf-16le bom", body: []byte("\xFF\xFEh\x00\xE9\x00"), want: "hé", wantName: "utf-16le"},
		{name: "utf-16be bom", body: []byte("\xFE\xFF\x00h\x00\xE9"), want: "hé", wantName: "utf-16be"},
		{name: "utf-16le no bom", body: []byte("<\x00h\x00t\x00m\x00l\x00>\x00\x14\x04\x30\x04"), want: "<html>Да", wantName: "utf-16le"},
		{name: "utf-16 declared", ct: "text/plain; charset=utf-16be", body: []byte("\x04\x14\x04\x30"), want: "Да", wantName: "utf-16be"},
		{name: "declared utf-8, bytes 1251", ct: "text/html; charset=utf-8", body: ru, want: "Новости дня", wantName: "windows-1251"},
		{name: "broken utf-8 stays utf-8", ct: "text/html; charset=utf-8", body: []byte("Привет, мир! Как дела \xff сегодня?"), want: "Привет, мир! Как дела \uFFFD сегодня?", wantName: "utf-8"},
		{name: "unknown label", ct: "text/html; charset=x-klingon", body: []byte("caf\xe9 au lait"), want: "café au lait", wantName: "windows-1252"},
		{name: "malformed content type", ct: "text/html; charset=windows-1251;;", body: ru, want: "Новости дня", wantName: "windows-1251"},
		{name: "xml declaration", body: append([]byte("<?xml version='1.0' encoding='koi8-r'?><r>"), encode(t, "koi8-r", "Да")...), want: "<r>Да", wantName: "koi8-r"},
		{name: "http-equiv", body: append([]byte(`<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251"></head>`), ru...), want: "</head>Новости дня", wantName: "windows-1251"},
		{name: "meta after head ignored", body: append([]byte(`<head></head><meta charset="iso-8859-7">`), encode(t, "windows-1253", "Η κυβέρνηση ανακοίνωσε νέα μέτρα")...), want: "Η κυβέρνηση", wantName: "windows-1253"},
		{name: "iso-2022-jp", body: encode(t, "iso-2022-jp", "東京の天気"), want: "東京の天気", wantName: "iso-2022-jp"},
		{name: "undefined byte becomes U+FFFD", ct: "text/plain; charset=windows-1252", body: []byte("a\x81b caf\xe9"), want: "a\uFFFDb café", wantName: "windows-1252"},
		{name: "pdf", body: []byte("%PDF-1.7\n..."), wantErr: ErrBinary},
		{name: "png", body: []byte("\x89PNG\r\n\x1a\n\x00\x00"), wantErr: ErrBinary},
		{name: "nul bytes", body: []byte("abc\x00\x00\x00def\x00ghi\x00\x01\x02"), wantErr: ErrBinary},
		{name: "control bytes", body: bytes.Repeat([]byte("\x01\x02\x03a"), 10), wantErr: ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, name, err := Decode(tt.body, tt.ct)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(text, []byte(tt.want)) || name != tt.wantName {
				t.Errorf("Decode = %q, %s; want %q, %s", text, name, tt.want, tt.wantName)
			}
			if !utf8.Valid(text) {
				t.Errorf("invalid UTF-8 output %q", text)
			}
		})
	}
}

// TestDecodeNoCopy checks that valid UTF-8 comes back without a copy.
func TestDecodeNoCopy(t *testing.T) {
	body := []byte("<p>Zürich — 東京</p>")
	text, _, err := Decode(body, "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if &text[0] != &body[0] {
		t.Error("valid UTF-8 was copied")
	}
}

// TestDetectInPage checks detection where text is a small part of a page.
func TestDetectInPage(t *testing.T) {
	page := strings.Repeat(`<div class="nav"><a href="/section/world">World</a> <a href="/section/sport">Sport</a></div>`, 30)
	for _, s := range samples {
		e := s.encs[0]
		raw := append([]byte(page), encode(t, e, s.text)...)
		if name, _ := Detect(raw); !equivalent(t, name, e, raw, page+s.text) {
			t.Errorf("%s: Detect = %s, want %s", s.lang, name, e)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	page := []byte(strings.Repeat("<p>Le président a annoncé une réforme — 東京 — Москва.</p>\n", 2000))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, _, err := Decode(page, "text/html"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	page := []byte(strings.Repeat("Министр иностранных дел России встретился с делегацией. ", 500))
	enc, _ := htmlindex.Get("windows-1251")
	raw, _ := enc.NewEncoder().Bytes(page)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		Detect(raw)
	}
}

// TestScanUTF8 checks scanUTF8 against a byte-at-a-time reading, with the
// first byte that is not ASCII (a valid or an invalid one) at every
// position of texts longer and shorter than the eight bytes read at once.
func TestScanUTF8(t *testing.T) {
	for n := 0; n <= 27; n++ {
		plain := bytes.Repeat([]byte("<p>"), 10)[:n]
		if ascii, valid := scanUTF8(plain); !ascii || !valid {
			t.Errorf("scanUTF8(%q) = %v, %v, want true, true", plain, ascii, valid)
		}
		for at := 0; at <= n; at++ {
			for _, odd := range []string{"é", "\xe9", "€", "\xe2\x82"} {
				b := append(append(append([]byte(nil), plain[:at]...), odd...), plain[at:]...)
				ascii, valid := scanUTF8(b)
				if ascii || valid != utf8.Valid(b) {
					t.Errorf("scanUTF8(%q) = %v, %v, want false, %v", b, ascii, valid, utf8.Valid(b))
				}
			}
		}
	}
}

// TestIsBinaryCounts checks isBinary, which skips eight-byte words with no
// byte below 0x20, against counting every byte, around each threshold
// (a NUL in 200 bytes, more than 16 NULs, a control byte in 20), with the
// odd bytes at every offset modulo eight and among bytes of 0x80 and up.
// The odd bytes include 0x1f, the highest one the word test must see, alone
// in a word of bytes at or above 0x20, so a test off by one fails.
func TestIsBinaryCounts(t *testing.T) {
	slow := func(b []byte) bool {
		if len(b) > binaryBytes {
			b = b[:binaryBytes]
		}
		var nul, ctl int
		for _, c := range b {
			switch {
			case c == 0:
				nul++
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
				ctl++
			}
		}
		return nul > 0 && nul*200 > len(b) || nul > 16 || (nul+ctl)*20 > len(b)
	}
	fills := []string{"<p>text\n", "\xc3\xa9t\xe9\x80\xff ", "\x1f\x20\x21\x7f\x80\x9f\xa0\x1b"}
	for _, fill := range fills {
		for _, size := range []int{7, 8, 100, 199, 200, 201, 1000, binaryBytes + 50} {
			for _, odd := range []byte{0, 1, 0x08, 0x1e, 0x1f, '\t', 0x1b} {
				for _, every := range []int{1, 7, 8, 19, 20, 21, 60, 199, 200, 500} {
					for off := range 8 {
						b := bytes.Repeat([]byte(fill), size/len(fill)+1)[:size]
						for i := off; i < len(b); i += every {
							b[i] = odd
						}
						if got, want := isBinary(b), slow(b); got != want {
							t.Fatalf("isBinary(%d bytes of %q, %#x every %d from %d) = %v, want %v", size, fill, odd, every, off, got, want)
						}
					}
				}
			}
		}
	}
}
