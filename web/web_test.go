package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

func TestPages(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := st.PutArticles(ctx, []*model.Article{{
		Doc: "a.html", URL: "https://news.example/a", Title: `Talks <b>fail</b> & "stall"`,
		Published: model.Day(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)), Publisher: "News Example",
		Authors: []string{"Ana Ruiz"}, Text: "First paragraph of the story.\nSecond <script>alert(1)</script> paragraph.",
	}})
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHandler(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	body := func(path string, want int) string {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Errorf("GET %s: status %d, want %d", path, resp.StatusCode, want)
		}
		return string(b)
	}
	index := body("/", 200)
	if !strings.Contains(index, "Talks &lt;b&gt;fail&lt;/b&gt;") || strings.Contains(index, "<b>fail") {
		t.Errorf("index does not show the escaped title:\n%s", index)
	}
	art := body("/articles/"+strconv.FormatInt(res[0].ID, 10), 200)
	for _, want := range []string{"<p>First paragraph of the story.</p>", "&lt;script&gt;", "Ana Ruiz", "https://news.example/a"} {
		if !strings.Contains(art, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if strings.Contains(art, "<script>alert") {
		t.Error("article page carries unescaped script")
	}
	if got := body("/?q=nothing+matches", 200); !strings.Contains(got, "No articles") {
		t.Error("search with no match does not say so")
	}
	body("/articles/12345", 404)
	body("/articles/x", 400)
}
