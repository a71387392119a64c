package queue

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

func sameDoc(a, b *model.Document) bool {
	return a.Origin == b.Origin && a.URL == b.URL && a.ContentType == b.ContentType &&
		bytes.Equal(a.Body, b.Body) && a.Hints.Title == b.Hints.Title && a.Hints.Publisher == b.Hints.Publisher &&
		a.Hints.Published.Equal(b.Hints.Published) && a.Hints.DefaultDate.Equal(b.Hints.DefaultDate)
}

func TestRoundTrip(t *testing.T) {
	east := time.FixedZone("east", 3*3600+30*60)
	tests := []struct {
		name string
		doc  model.Document
	}{
		{"empty", model.Document{}},
		{"page", model.Document{
			Origin: "news.warc.gz#record-17", URL: "https://valmora.example/a/1",
			ContentType: "text/html; charset=windows-1256", Body: []byte("<p>\xe1\xe3 body</p>"),
			Hints: model.Hints{Title: "Talks resume", Publisher: "Valmora Daily",
				Published: time.Date(2024, 5, 1, 9, 30, 0, 0, east), DefaultDate: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)},
		}},
		{"binary body with NULs", model.Document{Origin: "x", Body: []byte{0, 1, 2, 0xff, 0}}},
		{"long fields", model.Document{Origin: string(bytes.Repeat([]byte("o"), 300)), Body: bytes.Repeat([]byte("b"), 70000)}},
		{"incompressible body", model.Document{Origin: "r", Body: noise(4096)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Encode(&tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !sameDoc(got, &tt.doc) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, tt.doc)
			}
			if z := got.Hints.Published.IsZero(); z != tt.doc.Hints.Published.IsZero() {
				t.Errorf("published zero = %v", z)
			}
		})
	}
}

// lying encodes a document whose compressed body "abcdef" states its
// length as n.
func lying(n byte) []byte {
	z := deflate([]byte("abcdef"))
	z[0] = n
	b := []byte("CSD\x01\x01\x00\x00\x00\x00\x00\x00\x00")
	return append(append(b, byte(len(z))), z...)
}

// noise returns n bytes that DEFLATE cannot shrink.
func noise(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// TestCompression checks that a compressible body travels compressed
// and an incompressible one raw.
func TestCompression(t *testing.T) {
	tests := []struct {
		name     string
		body     []byte
		deflated bool
	}{
		{"short", []byte("<p>short</p>"), false},
		{"html", bytes.Repeat([]byte("<p>The minister met the envoy.</p>\n"), 200), true},
		{"noise", noise(8192), false},
	}
	for _, tt := range tests {
		b, err := Encode(&model.Document{Origin: tt.name, Body: tt.body})
		if err != nil {
			t.Fatal(err)
		}
		if got := b[4]&flagDeflate != 0; got != tt.deflated {
			t.Errorf("%s: deflated = %v, want %v", tt.name, got, tt.deflated)
		}
		if tt.deflated && len(b) >= len(tt.body) {
			t.Errorf("%s: %d bytes encoded for a %d-byte body", tt.name, len(b), len(tt.body))
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	good, err := Encode(&model.Document{Origin: "a.html", Body: []byte("<p>x</p>")})
	if err != nil {
		t.Fatal(err)
	}
	newer := append([]byte(nil), good...)
	newer[3] = Version + 1
	if doc, err := Decode(lying(6)); err != nil || string(doc.Body) != "abcdef" {
		t.Fatalf("truthful lying(6) = %+v, %v", doc, err)
	}
	big, err := Encode(&model.Document{Origin: "b", Body: bytes.Repeat([]byte("ab"), 1000)})
	if err != nil || big[4] != flagDeflate {
		t.Fatalf("Encode: flags %#x, %v", big[4], err)
	}
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"nil", nil, ErrFormat},
		{"bad magic", []byte("XSD\x01\x00"), ErrFormat},
		{"no flags", []byte("CSD\x01"), ErrFormat},
		{"unknown flag", append([]byte("CSD\x01\x02"), good[5:]...), ErrFormat},
		{"deflate flag on a raw body", append([]byte("CSD\x01\x01"), good[5:]...), ErrFormat},
		{"newer version", newer, ErrVersion},
		{"truncated", good[:len(good)-1], ErrFormat},
		{"truncated compressed body", big[:len(big)-3], ErrFormat},
		{"trailing bytes", append(append([]byte(nil), good...), 0), ErrFormat},
		{"no fields", []byte("CSD\x01\x00"), ErrFormat},
		{"huge length", []byte("CSD\x01\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"), ErrFormat},
		{"bad time", []byte("CSD\x01\x00\x00\x00\x00\x00\x00\x03abc\x00\x00"), ErrFormat},
		{"inflated body longer than stated", lying(3), ErrFormat},
		{"inflated body shorter than stated", lying(9), ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decode(tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Decode = %+v, %v; want %v", doc, err, tt.want)
			}
		})
	}
}

func TestID(t *testing.T) {
	a := &model.Document{Origin: "a", Body: []byte("bc")}
	tests := []struct {
		name string
		b    *model.Document
		same bool
	}{
		{"same origin and body", &model.Document{Origin: "a", Body: []byte("bc"), URL: "u"}, true},
		{"boundary moved", &model.Document{Origin: "ab", Body: []byte("c")}, false},
		{"other body", &model.Document{Origin: "a", Body: []byte("bd")}, false},
	}
	for _, tt := range tests {
		if got := ID(a) == ID(tt.b); got != tt.same {
			t.Errorf("%s: same ID = %v, want %v", tt.name, got, tt.same)
		}
	}
	if len(ID(a)) != 32 {
		t.Errorf("ID %q: want 32 hex digits", ID(a))
	}
}

// FuzzDecode checks that Decode never panics, and that whatever it
// accepts encodes to bytes that decode to the same document.
func FuzzDecode(f *testing.F) {
	for _, d := range []model.Document{
		{},
		{Origin: "a.html", Body: []byte("<p>x</p>")},
		{Origin: "f.xml#3", URL: "https://x.example/", ContentType: "text/plain",
			Hints: model.Hints{Title: "t", Publisher: "p", Published: time.Date(2023, 1, 2, 3, 4, 5, 6, time.UTC)}},
	} {
		b, err := Encode(&d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	big, err := Encode(&model.Document{Origin: "b", Body: bytes.Repeat([]byte("<p>x</p>"), 100)})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(big)
	f.Add([]byte("CSD\x02\x00"))
	f.Add([]byte("CSD\x01\x00\x80"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Decode(b)
		if err != nil {
			if doc != nil {
				t.Fatalf("error %v with a document", err)
			}
			return
		}
		again, err := Encode(doc)
		if err != nil {
			t.Fatalf("decoded %+v does not encode: %v", doc, err)
		}
		doc2, err := Decode(again)
		if err != nil {
			t.Fatalf("re-encoded document does not decode: %v", err)
		}
		if !sameDoc(doc, doc2) {
			t.Fatalf("round trip changed the document:\n%+v\n%+v", doc, doc2)
		}
	})
}
