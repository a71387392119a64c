package event

import (
	"fmt"

	"github.com/casus-project/casus/model"
)

// restated records that sentence s reports again an event already coded
// from another sentence of the article (the same source, target, code
// and date: key), instead of emitting it twice: the kept event's
// evidence gains an entry naming the other sentence's span ("restated in
// the sentence at 1200-1310"), once per sentence, so a user sees one
// deed with every sentence that reports it, and how often it was
// reported.
func (a *article) restated(key string, s *model.Sentence) {
	for i := range a.events {
		e := &a.events[i]
		if e.Source == nil || e.Target == nil || e.Evidence.Sentence == s.Span {
			continue
		}
		if e.Source.Code+"|"+e.Target.Code+"|"+e.Code+"|"+e.Date.String() != key {
			continue
		}
		entry := fmt.Sprintf("restated in the sentence at %d-%d", s.Span.Start, s.Span.End)
		for _, x := range e.Evidence.Entries {
			if x == entry {
				return
			}
		}
		e.Evidence.Entries = append(e.Evidence.Entries, entry)
		return
	}
}
