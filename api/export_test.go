package api

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// articleFailing is a store whose Article always fails.
type articleFailing struct {
	store.Store
}

var errArticle = errors.New("disk on fire")

func (articleFailing) Article(context.Context, int64) (*model.Article, error) { return nil, errArticle }

// TestWriteEventsErrorNamesEvent checks that a failure while exporting
// names the event it stopped at and keeps the cause for errors.Is.
func TestWriteEventsErrorNamesEvent(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.PutArticles(ctx, eventArticles()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format   string
		wantN    int
		wantText string
	}{
		{FormatGDELT, 0, "of article "},
		{FormatGDELTMentions, 0, "of article "},
		{FormatJSONL, -1, ""},
		{FormatCSV, -1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			n, err := WriteEvents(ctx, io.Discard, articleFailing{st}, store.EventQuery{}, tt.format, 0, true)
			if tt.wantN < 0 { // formats that do not read articles
				if err != nil || n == 0 {
					t.Fatalf("wrote %d, err %v; want events and no error", n, err)
				}
				return
			}
			if !errors.Is(err, errArticle) || !strings.Contains(err.Error(), tt.wantText) || n != tt.wantN {
				t.Errorf("wrote %d, err %v; want %d and an error naming the article, wrapping the cause", n, err, tt.wantN)
			}
		})
	}
	if _, err := WriteEvents(ctx, io.Discard, st, store.EventQuery{}, "xml", 0, false); !errors.Is(err, ErrFormat) {
		t.Errorf("format xml: %v, want ErrFormat", err)
	}
}
