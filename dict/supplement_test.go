package dict

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const mainVerbs = `&ENVOY
+AMBASSADOR

---  GATHER   [150]  ---
SUMMON [040]
MUSTER
MUSTER {MUSTERS MUSTERED MUSTERING}
- * (BEFORE)                [090]   # SUMMON

---  GRUMBLE   [---]  ---
GRUMBLE
- * PROTEST                 [110]   # GRUMBLE
`

func TestMergeVerbSupplement(t *testing.T) {
	tests := []struct {
		name      string
		supp      string
		block     string
		wantFirst string // Text of the block's first pattern
		wantPats  int
		wantVerbs int
		wantCode  string
		wantWarns int
	}{
		{
			name:      "patterns go first and use the main synset",
			supp:      "--- GATHER [999] ---\n- * &ENVOY [114] # SUMMON\n",
			block:     "GATHER",
			wantFirst: "- * &ENVOY [114]",
			wantPats:  2, wantVerbs: 3, wantCode: "150",
		},
		{
			name:      "a verb the block lacks is added, a known one is not",
			supp:      "--- GRUMBLE [---] ---\nGRUMBLE\nMOAN\n- * PROTEST [114] # GRUMBLE\n",
			block:     "GRUMBLE",
			wantFirst: "- * PROTEST [114]",
			wantPats:  2, wantVerbs: 2, wantCode: "---",
		},
		{
			name:      "an unknown block is appended",
			supp:      "--- PLEAD [020] ---\nPLEAD\n- * MERCY [0253]\n",
			block:     "PLEAD",
			wantFirst: "- * MERCY [0253]",
			wantPats:  1, wantVerbs: 1, wantCode: "020",
		},
		{
			name:      "a synset neither file defines is reported",
			supp:      "--- GATHER [150] ---\n- * &NOWHERE [114] # SUMMON\n",
			block:     "GATHER",
			wantFirst: "- * &NOWHERE [114]",
			wantPats:  2, wantVerbs: 3, wantCode: "150", wantWarns: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, warns := supplementMain(t, tt.supp)
			if len(warns) != tt.wantWarns {
				t.Errorf("warnings %v, want %d", warns, tt.wantWarns)
			}
			for _, w := range warns {
				if !errors.Is(w, ErrSynset) {
					t.Errorf("warning %v is not ErrSynset", w)
				}
			}
			var b *VerbBlock
			for _, x := range d.Blocks {
				if x.Name == tt.block {
					if b != nil {
						t.Fatalf("two blocks named %s", tt.block)
					}
					b = x
				}
			}
			if b == nil {
				t.Fatalf("no block %s", tt.block)
			}
			if len(b.Patterns) != tt.wantPats || len(b.Verbs) != tt.wantVerbs || b.Code != tt.wantCode {
				t.Errorf("block %s: %d patterns, %d verbs, code %s; want %d, %d, %s", b.Name, len(b.Patterns), len(b.Verbs), b.Code, tt.wantPats, tt.wantVerbs, tt.wantCode)
			}
			if got := strings.Join(strings.Fields(b.Patterns[0].Text), " "); got != tt.wantFirst {
				t.Errorf("first pattern %q, want %q", got, tt.wantFirst)
			}
			if tt.wantWarns == 0 {
				for _, e := range b.Patterns[0].After {
					for _, term := range e.Terms {
						if len(term.Phrases()) == 0 {
							t.Errorf("term %+v matches nothing", term)
						}
					}
				}
			}
		})
	}
}

func TestVerbSupplementMissing(t *testing.T) {
	d, err := ReadVerbs(strings.NewReader(mainVerbs))
	if err != nil {
		t.Fatal(err)
	}
	notes, warns, err := readVerbSupplement(d, filepath.Join(t.TempDir(), "none.txt"))
	if err != nil || notes != nil || warns != nil || len(d.Blocks) != 2 {
		t.Errorf("missing supplement: %v %v %v, %d blocks", notes, warns, err, len(d.Blocks))
	}
}

// TestEmbeddedVerbSupplement checks that the embedded dictionaries hold
// the supplement's conventions merged into CAMEO.2.0.txt's blocks.
func TestEmbeddedVerbSupplement(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ verb, block, pattern string }{
		{"SUMMON", "MOBILIZE", "- * &ENVOY [114]"},
		{"LODGE", "LODGE", "- * PROTEST [114]"},
		{"URGE", "APPEAL", "- * &DEESCALATION [0256]"},
	}
	for _, tt := range tests {
		b := d.Verb(tt.verb)
		if b == nil || b.Name != tt.block {
			t.Errorf("Verb(%s) = %v, want block %s", tt.verb, b, tt.block)
			continue
		}
		found := -1
		for i, p := range b.Patterns {
			if strings.Join(strings.Fields(p.Text), " ") == tt.pattern {
				found = i
				break
			}
		}
		if found < 0 {
			t.Errorf("block %s lacks %q", b.Name, tt.pattern)
		}
	}
}

// FuzzVerbSupplement merges arbitrary supplements into a small
// dictionary: no panic, every supplement pattern lands in exactly one
// block, and the main blocks keep their codes and their own patterns in
// order after the supplement's.
func FuzzVerbSupplement(f *testing.F) {
	f.Add("--- GATHER [999] ---\n- * &ENVOY [114] # SUMMON\n")
	f.Add("--- GRUMBLE [---] ---\nMOAN\n- * PROTEST [114]\n--- NEW [020] ---\nNEW\n- * (ON) &X [0256]\n")
	f.Add("&X\n+A_B\n--- GATHER [150] ---\n- * &X (ON &ENVOY) [114]\n~ a b = c\n")
	f.Add("- * orphan [010]\n---\n")
	f.Fuzz(func(t *testing.T, supp string) {
		d, err := ReadVerbs(strings.NewReader(mainVerbs))
		if err != nil {
			t.Fatal(err)
		}
		before := map[string][]string{}
		codes := map[string]string{}
		for _, b := range d.Blocks {
			for _, p := range b.Patterns {
				before[b.Name] = append(before[b.Name], p.Text)
			}
			codes[b.Name] = b.Code
		}
		path := filepath.Join(t.TempDir(), VerbSupplementFile)
		if err := os.WriteFile(path, []byte(supp), 0o644); err != nil {
			t.Fatal(err)
		}
		s, _ := readVerbs(strings.NewReader(supp), path, true)
		nSupp := 0
		for _, b := range s.Blocks {
			nSupp += len(b.Patterns)
		}
		if _, _, err := readVerbSupplement(d, path); err != nil {
			return // an I/O-level error, not a bad line
		}
		total := 0
		for _, b := range d.Blocks {
			total += len(b.Patterns)
			if c, ok := codes[b.Name]; ok && b.Code != c {
				t.Errorf("block %s code %s, want %s", b.Name, b.Code, c)
			}
			if own := before[b.Name]; len(own) > 0 {
				if len(b.Patterns) < len(own) {
					t.Fatalf("block %s lost patterns", b.Name)
				}
				tail := b.Patterns[len(b.Patterns)-len(own):]
				for i, p := range tail {
					if p.Text != own[i] {
						t.Errorf("block %s pattern %d = %q, want %q", b.Name, i, p.Text, own[i])
					}
				}
			}
		}
		if want := 2 + nSupp; total != want {
			t.Errorf("%d patterns after merging, want %d", total, want)
		}
	})
}

// TestSupplementRecodesVerb checks that a verb the block has, listed in
// the supplement with a code of its own, takes that code in every listing
// of it (GATHER lists MUSTER twice, the second time with its forms), and
// that one listed without a code, or with the code it has, keeps it.
func TestSupplementRecodesVerb(t *testing.T) {
	tests := []struct {
		name, supp, verb, want string
	}{
		{"a block's verb takes its own code", "--- GATHER [150] ---\nMUSTER [152]\n", "MUSTER", "152"},
		{"a verb with a code of its own is recoded", "--- GATHER [150] ---\nSUMMON [114]\n", "SUMMON", "114"},
		{"no code keeps the verb's", "--- GATHER [150] ---\nSUMMON\n", "SUMMON", "040"},
		{"no code keeps the block's", "--- GATHER [150] ---\nMUSTER\n", "MUSTER", ""},
		{"another block's verb of the same word is left alone", "--- GRUMBLE [---] ---\nMUSTER [152]\n", "MUSTER", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := supplementMain(t, tt.supp)
			n := 0
			for _, b := range d.Blocks {
				if b.Name != "GATHER" {
					continue
				}
				for _, v := range b.Verbs {
					if v.Word != tt.verb {
						continue
					}
					n++
					if v.Code != tt.want {
						t.Errorf("GATHER %s %v code %q, want %q", v.Word, v.Forms, v.Code, tt.want)
					}
				}
			}
			if n == 0 {
				t.Errorf("GATHER has no %s", tt.verb)
			}
		})
	}
}

// supplementMain reads mainVerbs and merges the verb supplement supp into
// it, as a file of its own; it returns the dictionary and the warnings.
func supplementMain(t *testing.T, supp string) (*VerbDict, []error) {
	t.Helper()
	d, err := ReadVerbs(strings.NewReader(mainVerbs))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), VerbSupplementFile)
	if err := os.WriteFile(path, []byte(supp), 0o644); err != nil {
		t.Fatal(err)
	}
	_, warns, err := readVerbSupplement(d, path)
	if err != nil {
		t.Fatal(err)
	}
	return d, warns
}

// TestSupplementVerbSource checks that a verb the supplement adds to a
// main block names the supplement's file and line as its source, since
// its block's source is the main file, and that the block's own verbs
// and a block the supplement adds whole keep theirs.
func TestSupplementVerbSource(t *testing.T) {
	d, _ := supplementMain(t, "# a comment\n--- GATHER [150] ---\nCONGREGATE\n--- ASSEMBLE_ANEW [---] ---\nREASSEMBLE\n")
	seen := map[string]bool{}
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			switch {
			case b.Name == "GATHER" && v.Word == "CONGREGATE":
				seen[v.Word] = true
				if v.Source != VerbSupplementFile || v.Line != 3 {
					t.Errorf("GATHER CONGREGATE from %q:%d, want %s:3", v.Source, v.Line, VerbSupplementFile)
				}
			case b.Name == "GATHER":
				if v.Source != "" {
					t.Errorf("GATHER's own %s from %q, want its block's", v.Word, v.Source)
				}
			case b.Name == "ASSEMBLE_ANEW":
				seen[v.Word] = true
				if b.Source != VerbSupplementFile || v.Source != "" {
					t.Errorf("new block from %q, its verb from %q; want the block from %s", b.Source, v.Source, VerbSupplementFile)
				}
			}
		}
	}
	if !seen["CONGREGATE"] || !seen["REASSEMBLE"] {
		t.Errorf("merged verbs seen: %v", seen)
	}
}
