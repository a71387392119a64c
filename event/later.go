package event

import (
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// laterThanArticle reports a time expression x that counts from a day
// named before it ("a week later", "the next day") and lands after the
// article's day, for a verb at v not in the future: "Chile attacked Peru
// on Monday. A week later, Bolivia condemned the attack" in a story of
// that Wednesday anchors on the wrong Monday, since what a past verb
// tells cannot have happened after the article was written. Such a deed
// is left undated, as one whose counted day is not known; "talks will
// resume a week later" may lie ahead and keeps its day.
func (a *article) laterThanArticle(toks []model.Token, v int, x when.Expression) bool {
	if a.ref.IsZero() || future(toks, v) || !when.CountsFromBefore(x.Text) {
		return false
	}
	y, m, d := a.ref.Date()
	return !x.From.Before(time.Date(y, m, d, 0, 0, 0, 0, x.From.Location()).AddDate(0, 0, 1))
}
