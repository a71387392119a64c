package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/simhash"
)

// record is an article prepared for storing: its columns, dedup keys and
// rank under the representative rule. It is backend-neutral.
type record struct {
	art *model.Article

	hash        string // SHA-256 of the normalised text, hex
	length      int    // bytes of the normalised text
	fingerprint string // SHA-256 of the stored columns, hex
	sim         uint64
	bands       [4]int64

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
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// bands splits a fingerprint into four 16-bit bands.
func bands(h uint64) [4]int64 {
	return [4]int64{int64(h & 0xffff), int64(h >> 16 & 0xffff), int64(h >> 32 & 0xffff), int64(h >> 48)}
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
func prepare(i int, a *model.Article) (*record, error) {
	if a == nil {
		return nil, fmt.Errorf("%w: article %d is nil", ErrInvalidArticle, i)
	}
	norm := normalize(a.Text)
	if norm == "" {
		return nil, fmt.Errorf("%w: article %d (%s) has no text", ErrInvalidArticle, i, a.Doc)
	}
	sum := sha256.Sum256([]byte(norm))
	r := &record{
		art:       a,
		hash:      hex.EncodeToString(sum[:]),
		length:    len(norm),
		sim:       simhash.Sum(norm),
		published: a.Published.String(),
		pubKey:    undated,
		carrier:   model.Carrier{URL: a.URL, Publisher: a.Publisher, Doc: a.Doc},
	}
	r.bands = bands(r.sim)
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
	// The fingerprint covers every stored column of the article, so that
	// equal texts with different metadata still have a strict order.
	fp := sha256.New()
	for _, f := range []string{a.Doc, a.URL, a.Title, r.published, a.Publisher, a.Source,
		deref(r.authors), a.Language, a.Text, deref(r.annotations)} {
		fmt.Fprintf(fp, "%d:%s,", len(f), f)
	}
	r.fingerprint = hex.EncodeToString(fp.Sum(nil))
	return r, nil
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
