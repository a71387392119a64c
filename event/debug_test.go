package event

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugSentence prints the parse and events of $CASUS_DEBUG_SENT; it
// is skipped without it.
func TestDebugSentence(t *testing.T) {
	s := os.Getenv("CASUS_DEBUG_SENT")
	if s == "" {
		t.Skip("CASUS_DEBUG_SENT not set")
	}
	c, a := coder(t)
	doc := a.Analyze(s)
	for _, st := range doc.Sentences {
		for i, tk := range st.Tokens {
			fmt.Printf("%d\t%s\t%s\t%s\t%d\t%s\n", i+1, tk.Form, tk.UPOS, tk.XPOS, tk.Head, tk.DepRel)
		}
	}
	ms := c.r.Resolve(doc.Sentences, doc.Entities, thursday)
	for _, sm := range ms {
		for _, m := range sm {
			fmt.Printf("mention %s [%d,%d) %s\n", m.Code, m.Start, m.End, m.Kind)
		}
	}
	for _, e := range code(t, s, nil, nil) {
		fmt.Printf("%s %s %s %s %q\n", e.Source.Code, e.Target.Code, e.Code, e.Status, e.Pattern)
	}
}
