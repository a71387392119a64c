package tag

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unsafe"
)

// TestDefault checks the embedded model on news sentences written for
// this test, tagged by hand with Penn Treebank tags as the English Web
// Treebank uses them. A statistical tagger makes mistakes, so each one is
// logged and the test fails only below 95% of tokens right.
func TestDefault(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m2, _ := Default(); m2 != m {
		t.Error("Default returned a different model the second time")
	}
	tests := []struct {
		name string
		text string // word/XPOS, space-separated
	}{
		{"U.S. and negation",
			"The/DT U.S./NNP did/VBD n't/RB sign/VB the/DT treaty/NN ./."},
		{"numbers",
			"Rebels/NNS fired/VBD 12/CD rockets/NNS at/IN the/DT base/NN on/IN March/NNP 3/CD ,/, 2021/CD ./."},
		{"quotes",
			"``/`` We/PRP will/MD not/RB surrender/VB ,/, ''/'' the/DT commander/NN said/VBD ./."},
		{"passive",
			"Three/CD soldiers/NNS were/VBD killed/VBN near/IN Kabul/NNP on/IN Sunday/NNP ./."},
		{"possessive",
			"Iran/NNP 's/POS foreign/JJ minister/NN met/VBD his/PRP$ Iraqi/JJ counterpart/NN in/IN Baghdad/NNP ./."},
		{"to and modal",
			"The/DT government/NN wants/VBZ to/TO hold/VB talks/NNS ,/, but/CC rebels/NNS could/MD refuse/VB ./."},
	}
	right, total := 0, 0
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var forms, want []string
			for _, wt := range strings.Fields(tc.text) {
				i := strings.LastIndexByte(wt, '/')
				forms = append(forms, wt[:i])
				want = append(want, wt[i+1:])
			}
			toks := tokens(strings.Join(forms, " "))
			m.Tag(toks)
			for i, tok := range toks {
				total++
				if tok.XPOS == want[i] {
					right++
				} else {
					t.Logf("%q: got %s, want %s", tok.Form, tok.XPOS, want[i])
				}
			}
		})
	}
	if right*100 < total*95 {
		t.Errorf("%d of %d tokens tagged right, want at least 95%%", right, total)
	}
}

func TestDefaultLemmas(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, xpos, want string }{
		{"went", "VBD", "go"},
		{"was", "VBD", "be"},
		{"n't", "RB", "not"},
		{"children", "NNS", "child"},
		{"studies", "NNS", "study"},
		{"stopped", "VBD", "stop"},
		{"rebels", "NNS", "rebel"},
		{"bombed", "VBN", "bomb"},
		{"bombarding", "VBG", "bombard"},
		{"The", "DT", "the"},
		{"Baghdad", "NNP", "Baghdad"},
		{"better", "JJR", "good"},
		{"largest", "JJS", "large"},
		{"mice", "NNS", "mouse"},
		{"Negotiators", "NNS", "negotiator"},
	}
	xi := func(name string) int {
		for i, x := range m.xpos {
			if x == name {
				return i
			}
		}
		t.Fatalf("no tag %s", name)
		return -1
	}
	for _, tc := range tests {
		if got := m.lem.lemma(tc.form, xi(tc.xpos)); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}

// TestEmbeddedEncoding checks that the embedded model is byte for byte
// what Encode writes for it, so that it is what casus train tagger
// writes: a change to the format must come with the file re-encoded. It
// also checks the embedded model's tables slot by slot, which Default
// leaves out.
func TestEmbeddedEncoding(t *testing.T) {
	if _, err := decodeBytes(embedded, true); err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), embedded) {
		t.Errorf("Encode writes %d bytes that differ from the embedded %d", b.Len(), len(embedded))
	}
}

// TestEmbeddedInPlace checks that, on a little-endian machine, Default
// can use the embedded model's weights where they lie: if the linker
// stopped aligning it, every run would copy them out instead.
func TestEmbeddedInPlace(t *testing.T) {
	probe := []byte{1, 0}
	if binary.NativeEndian.Uint16(probe) != 1 {
		t.Skip("big-endian: the model is copied out")
	}
	if !canView(embedded) {
		t.Errorf("the embedded model at %p is not %d-byte aligned", unsafe.SliceData(embedded), arrayAlign)
	}
}
