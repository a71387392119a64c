package conllu

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = Iran didn't reply.
1	Iran	Iran	PROPN	NNP	Number=Sing	3	nsubj	3:nsubj	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	reply	reply	VERB	VB	_	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# text = Yes.
1	Yes	yes	INTJ	UH	_	0	root	0:root	_
`

func TestRead(t *testing.T) {
	r := NewReader(strings.NewReader(sample))
	all, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("got %d sentences, want 2", len(all))
	}
	s := all[0]
	if got := s.Text(); got != "Iran didn't reply." {
		t.Errorf("Text() = %q", got)
	}
	if len(s.Words) != 5 || len(s.Multiword) != 1 {
		t.Fatalf("got %d words, %d multiword lines; want 5, 1", len(s.Words), len(s.Multiword))
	}
	if w := s.Words[3]; w.Form != "reply" || w.Head != 0 || w.DepRel != "root" || w.XPOS != "VB" {
		t.Errorf("word 4 = %+v", w)
	}
	if s.Multiword[0].Before != 2 {
		t.Errorf("multiword before = %d, want 2", s.Multiword[0].Before)
	}
}

func TestRoundTrip(t *testing.T) {
	all, err := NewReader(strings.NewReader(sample)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, s := range all {
		if err := Write(&b, s); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := b.String(), sample+"\n"; got != want {
		t.Errorf("round trip:\n%s\nwant:\n%s", got, want)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		err  error
	}{
		{"few fields", "1\tIran\tIran\n", 1, ErrFieldCount},
		{"many fields", "1\ta\tb\tc\td\te\t0\tf\tg\th\ti\n", 1, ErrFieldCount},
		{"bad id", "# c\nx\ta\tb\tc\td\te\t0\tf\tg\th\n", 2, ErrBadID},
		{"skipped id", "1\ta\tb\tc\td\te\t0\tf\tg\th\n3\ta\tb\tc\td\te\t0\tf\tg\th\n", 2, ErrBadID},
		{"bad head", "1\ta\tb\tc\td\te\tx\tf\tg\th\n", 1, ErrBadHead},
		{"long line", strings.Repeat("a", MaxLineBytes+10), 1, ErrLongLine},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in))
			_, err := r.Read()
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != tt.line || !errors.Is(err, tt.err) {
				t.Fatalf("got %v, want line %d: %v", err, tt.line, tt.err)
			}
			if _, err2 := r.Read(); err2 != err {
				t.Errorf("error not sticky: second Read gave %v", err2)
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "\r\n"} {
		if _, err := NewReader(strings.NewReader(in)).Read(); err != io.EOF {
			t.Errorf("Read(%q) = %v, want io.EOF", in, err)
		}
	}
}

// FuzzRoundTrip checks that whatever parses writes back to something that
// parses to the same sentences.
func FuzzRoundTrip(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\tb\tc\td\te\t_\tf\tg\th\n")
	f.Add("# only a comment\n")
	f.Fuzz(func(t *testing.T, in string) {
		all, err := NewReader(strings.NewReader(in)).ReadAll()
		if err != nil {
			return
		}
		var b bytes.Buffer
		for _, s := range all {
			if err := Write(&b, s); err != nil {
				t.Fatal(err)
			}
		}
		again, err := NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, b.String())
		}
		if len(again) != len(all) {
			t.Fatalf("re-read %d sentences, want %d", len(again), len(all))
		}
		for i := range all {
			if len(again[i].Words) != len(all[i].Words) {
				t.Fatalf("sentence %d: %d words, want %d", i, len(again[i].Words), len(all[i].Words))
			}
		}
	})
}

func TestRawText(t *testing.T) {
	words := []Word{{Form: "Talks"}, {Form: "resumed", Misc: "SpaceAfter=No"}, {Form: "."}}
	tests := []struct {
		s    Sentence
		want string
	}{
		{Sentence{Comments: []string{"sent_id = 1", "text =  Talks resumed. "}, Words: words}, "Talks resumed."},
		{Sentence{Words: words}, "Talks resumed."},
		{Sentence{Words: []Word{{Form: "a", Misc: "SpaceAfter=No|Entity=O"}, {Form: "b"}}}, "ab"},
		{Sentence{}, ""},
	}
	for _, tt := range tests {
		if got := tt.s.RawText(); got != tt.want {
			t.Errorf("RawText(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
