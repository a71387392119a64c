package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/casus-project/casus/minhash"
	"github.com/casus-project/casus/model"

	"github.com/casus-project/casus/internal/runes"
)

// record is an article prepared for storing: its columns, dedup keys and
// rank under the representative rule. It is backend-neutral.
type record struct {
	art *model.Article // a cleaned copy of the input

	norm        string // normalised text
	hash        string // SHA-256 of the normalised text, hex
	length      int    // bytes of the normalised text
	fingerprint string // SHA-256 of the stored columns but annotations, hex
	shingles    []uint64
	bands       []int64 // MinHash band keys; none for a text without words

	published   string // model.Date.String()
	pubKey      int64  // sort key: Unix seconds, or undated
	authors     *string
	annotations *string

	events []string // JSON of each event

	carrier model.Carrier
	key     string // carrier key: "u:"+URL or "d:"+Doc, "" for none
}

// undated is the sort key of articles without a publication date: it sorts
// after every dated article in newest-first order.
const undated = math.MinInt64

// annotations is the JSON form of an article's analysis results.
type annotations struct {
	Sentences []model.Sentence      `json:"sentences,omitempty"`
	Entities  []model.Entity        `json:"entities,omitempty"`
	Events    []model.Event         `json:"events,omitempty"`
	Quotes    []model.Quote         `json:"quotes,omitempty"`
	Framing   []model.FramingMark   `json:"framing,omitempty"`
	Tone      *model.Tone           `json:"tone,omitempty"`
	Sources   []model.SourceMention `json:"sources,omitempty"`
}

// normalize folds case and collapses every run of white space to one space,
// trimming both ends. Exact duplicates are texts with equal normal forms.
// It appends to a byte slice, copied once into the string returned: a
// strings.Builder written byte by byte checks itself at every byte.
func normalize(s string) string {
	b := make([]byte, 0, len(s))
	pending := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: white space as unicode.IsSpace has it, letters
			// lower-cased as unicode.ToLower would.
			switch c {
			case '\t', '\n', '\v', '\f', '\r', ' ':
				pending = len(b) > 0
				continue
			}
			if pending {
				b = append(b, ' ')
				pending = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		if runes.IsSpace(r) {
			pending = len(b) > 0
			continue
		}
		if pending {
			b = append(b, ' ')
			pending = false
		}
		b = utf8.AppendRune(b, runes.ToLower(r))
	}
	return string(b)
}

// clean makes s storable by every backend without moving any byte offset:
// each byte of invalid UTF-8 and each NUL becomes '?'.
func clean(s string) string {
	// A NUL is only ever the byte 0, and invalid UTF-8 is what
	// ValidString rejects: most texts are returned after these two
	// scans.
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0 || (r == utf8.RuneError && size == 1) {
			b = append(b, '?')
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// Thresholds of the near-duplicate relation on word 3-shingle sets.
const (
	// NearJaccard is the Jaccard similarity at or above which two texts
	// are near duplicates.
	NearJaccard = 0.8
	// NearContainment is the share of the smaller text's shingles the
	// larger must hold for a copy with dropped paragraphs to be a near
	// duplicate, provided the Jaccard similarity is at least
	// MinContainedJaccard.
	NearContainment = 0.9
	// MinContainedJaccard keeps containment from folding a brief into a
	// long feature that quotes it: the smaller text must be about half the
	// larger or more.
	MinContainedJaccard = 0.5
)

// near reports whether two shingle sets are near duplicates. It is
// symmetric and a fixed function of the two sets. It counts in integers,
// so that no rounding decides a pair at a threshold.
func near(a, b []uint64) bool {
	n := minhash.Overlap(a, b)
	if n == 0 {
		return false
	}
	u := len(a) + len(b) - n
	if 5*n >= 4*u { // n/u >= NearJaccard
		return true
	}
	return 2*n >= u && 10*n >= 9*min(len(a), len(b)) // MinContainedJaccard, NearContainment
}

// carrierKey is the identity of a carrier within an article.
func carrierKey(c model.Carrier) string {
	switch {
	case c.URL != "":
		return "u:" + c.URL
	case c.Doc != "":
		return "d:" + c.Doc
	}
	return ""
}

// prepare validates a and computes its record. i is its index in the batch,
// for messages.
func prepare(i int, in *model.Article) (*record, error) {
	if in == nil {
		return nil, fmt.Errorf("%w: article %d is nil", ErrInvalidArticle, i)
	}
	a := *in
	a.Doc, a.URL, a.Title, a.Publisher = clean(a.Doc), clean(a.URL), clean(a.Title), clean(a.Publisher)
	a.Source, a.Language, a.Text = clean(a.Source), clean(a.Language), clean(a.Text)
	if len(a.Authors) > 0 {
		a.Authors = append([]string(nil), a.Authors...)
		for j := range a.Authors {
			a.Authors[j] = clean(a.Authors[j])
		}
	}
	norm := normalize(a.Text)
	if norm == "" {
		return nil, fmt.Errorf("%w: article %d (%s) has no text", ErrInvalidArticle, i, a.Doc)
	}
	sum := sha256.Sum256([]byte(norm))
	r := &record{
		art:       &a,
		norm:      norm,
		hash:      hex.EncodeToString(sum[:]),
		length:    len(norm),
		shingles:  minhash.Shingles(norm),
		published: a.Published.String(),
		pubKey:    undated,
		carrier:   model.Carrier{URL: a.URL, Publisher: a.Publisher, Doc: a.Doc},
	}
	if len(r.shingles) > 0 {
		sig := minhash.Sign(r.shingles)
		b := sig.Bands()
		r.bands = b[:]
	}
	r.key = carrierKey(r.carrier)
	if !a.Published.IsZero() {
		r.pubKey = a.Published.Time.Unix()
	}
	if len(a.Authors) > 0 {
		b, err := json.Marshal(a.Authors)
		if err != nil {
			return nil, fmt.Errorf("store: article %d (%s): authors: %w", i, a.Doc, err)
		}
		s := string(b)
		r.authors = &s
	}
	ann := annotations{a.Sentences, a.Entities, a.Events, a.Quotes, a.Framing, a.Tone, a.Sources}
	b, err := json.Marshal(ann)
	if err != nil {
		return nil, fmt.Errorf("store: article %d (%s): annotations: %w", i, a.Doc, err)
	}
	if string(b) != "{}" {
		s := string(b)
		r.annotations = &s
	}
	for j, e := range a.Events {
		b, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("store: article %d (%s): event %d: %w", i, a.Doc, j, err)
		}
		r.events = append(r.events, string(b))
	}
	r.fingerprint = fingerprint(a.Doc, a.URL, a.Title, r.published, a.Publisher, a.Source, deref(r.authors), a.Language, a.Text)
	return r, nil
}

// fingerprint hashes an article's stored columns other than its
// annotations, so that equal texts with different metadata still have a
// strict order, while the same article analysed anew keeps its rank.
func fingerprint(doc, url, title, published, publisher, source, authors, language, text string) string {
	fp := sha256.New()
	for _, f := range []string{doc, url, title, published, publisher, source, authors, language, text} {
		fmt.Fprintf(fp, "%d:%s,", len(f), f)
	}
	return hex.EncodeToString(fp.Sum(nil))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// rank is what the representative rule compares.
type rank struct {
	length      int
	hash        string
	fingerprint string
}

// beats reports whether a should represent a group rather than b: the longer
// normalised text, then the smaller content hash, then the smaller record
// fingerprint.
func (a rank) beats(b rank) bool {
	if a.length != b.length {
		return a.length > b.length
	}
	if a.hash != b.hash {
		return a.hash < b.hash
	}
	return a.fingerprint < b.fingerprint
}

func (r *record) rank() rank { return rank{r.length, r.hash, r.fingerprint} }

// mergeCarrierField is how two values of a carrier's publisher or document
// for the same URL combine, independent of order: the smaller non-empty one.
func mergeCarrierField(have, got string) string {
	if have == "" || (got != "" && got < have) {
		return got
	}
	return have
}
