package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
)

// queryDialect is what the read queries need to know of the backend: how
// to read a string out of an event's JSON and how to match text without
// regard to ASCII case. PostgreSQL is the backend that rebinds
// placeholders.
type queryDialect struct {
	pg bool
}

func (s *sqlDB) qd() queryDialect { return queryDialect{pg: s.d.rebind != nil} }

// jsonText is an SQL expression for the string at path in column col,
// which holds JSON text: path is a list of object keys, without quotes.
func (d queryDialect) jsonText(col string, path ...string) string {
	if d.pg {
		return "(" + col + "::json #>> '{" + strings.Join(path, ",") + "}')"
	}
	return "json_extract(" + col + ", '$." + strings.Join(path, ".") + "')"
}

// like is the operator matching a pattern with ASCII case ignored.
func (d queryDialect) like() string {
	if d.pg {
		return "ILIKE"
	}
	return "LIKE"
}

// likeEscaper escapes LIKE's wildcards; patterns use ESCAPE '\'.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

func contains(s string) string { return "%" + likeEscaper.Replace(s) + "%" }
func prefix(s string) string   { return likeEscaper.Replace(s) + "%" }

// eventFrom joins events to their articles.
const eventFrom = ` FROM events e JOIN articles a ON a.id = e.article_id `

// where builds the WHERE clause (with the word, or "") selecting q's
// events, with its arguments. Paging fields are ignored.
func (s *sqlDB) eventWhere(q EventQuery) (string, []any) {
	d := s.qd()
	var w []string
	var args []any
	add := func(term string, a ...any) {
		w = append(w, term)
		args = append(args, a...)
	}
	likeOp := " " + d.like() + ` ? ESCAPE '\'`
	if q.Actor != "" {
		code := prefix(strings.ToUpper(q.Actor))
		name := contains(q.Actor)
		term := "(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\' OR " +
			d.jsonText("e.json", "source", "name") + likeOp + " OR " + d.jsonText("e.json", "target", "name") + likeOp
		a := []any{code, code, name, name}
		for c := range strings.SplitSeq(q.ActorCodes, ",") {
			if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
				term += " OR e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\'"
				a = append(a, prefix(c), prefix(c))
			}
		}
		add(term+")", a...)
	}
	if q.Source != "" {
		add(`e.source_code LIKE ? ESCAPE '\'`, prefix(strings.ToUpper(q.Source)))
	}
	if q.Target != "" {
		add(`e.target_code LIKE ? ESCAPE '\'`, prefix(strings.ToUpper(q.Target)))
	}
	if q.SourceCountry != "" {
		in, cs := countryIn(q.SourceCountry)
		add("e.source_country"+in, cs...)
	}
	if q.TargetCountry != "" {
		in, cs := countryIn(q.TargetCountry)
		add("e.target_country"+in, cs...)
	}
	if q.Country != "" {
		in, cs := countryIn(q.Country)
		add("(e.source_country"+in+" OR e.target_country"+in+" OR e.place_country"+in+")", slices.Concat(cs, cs, cs)...)
	}
	if q.Code != "" {
		add(`e.code LIKE ? ESCAPE '\'`, prefix(q.Code))
	}
	if q.Root != "" {
		add("e.root_code = ?", q.Root)
	}
	if len(q.QuadClasses) > 0 {
		a := make([]any, len(q.QuadClasses))
		for i, c := range q.QuadClasses {
			a[i] = c
		}
		add("e.quad_class IN ("+marks(len(a))+")", a...)
	}
	if q.MinGoldstein != nil {
		add("e.goldstein >= ?", *q.MinGoldstein)
	}
	if q.MaxGoldstein != nil {
		add("e.goldstein <= ?", *q.MaxGoldstein)
	}
	if !q.From.IsZero() {
		add("e.date_start >= ? AND e.date_start <> ''", dateBound(q.From))
	}
	if !q.To.IsZero() {
		add("e.date_start < ? AND e.date_start <> ''", dateBound(q.To))
	}
	if len(q.Statuses) > 0 {
		a := make([]any, len(q.Statuses))
		for i, st := range q.Statuses {
			a[i] = st
		}
		add("e.status IN ("+marks(len(a))+")", a...)
	}
	if q.Background != nil {
		add("e.background = ?", *q.Background)
	}
	if q.Publisher != "" {
		add(s.d.publisher, q.Publisher, q.Publisher)
	}
	if q.Text != "" {
		add(d.jsonText("e.json", "sentence")+likeOp, contains(q.Text))
	}
	if q.ArticleID != 0 {
		add("e.article_id = COALESCE((SELECT article_id FROM article_aliases WHERE id = ?), ?)", q.ArticleID, q.ArticleID)
	}
	if len(w) == 0 {
		return "", nil
	}
	return "WHERE " + strings.Join(w, " AND "), args
}

// dateBound formats t as stored event dates compare: a day at midnight
// UTC as YYYY-MM-DD, any other time as RFC 3339.
func dateBound(t time.Time) string {
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// sortKey returns the column a sort orders by and its direction.
func eventSortKey(sort EventSort) (col string, desc bool, ok bool) {
	switch sort {
	case Newest, "":
		return "e.date_start", true, true
	case Oldest:
		return "e.date_start", false, true
	case MostConflict:
		return "e.goldstein", false, true
	case MostCooperation:
		return "e.goldstein", true, true
	case MostConfident:
		return "e.confidence", true, true
	}
	return "", false, false
}

// ErrBadQuery: a query's field has a value the store does not know, such
// as an unknown sort or grouping.
var ErrBadQuery = fmt.Errorf("store: bad query")

// Events implements Reader.
func (s *sqlDB) Events(ctx context.Context, q EventQuery) (EventPage, error) {
	if q.Sort == "" {
		q.Sort = Newest
	}
	col, desc, ok := eventSortKey(q.Sort)
	if !ok {
		return EventPage{}, fmt.Errorf("%w: sort %q", ErrBadQuery, q.Sort)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	where, args := s.eventWhere(q)
	dir, cmp := "ASC", ">"
	if desc {
		dir, cmp = "DESC", "<"
	}
	if q.Cursor != "" {
		c, err := parseEventCursor(q.Cursor, q.Sort)
		if err != nil {
			return EventPage{}, err
		}
		var key any = c.key
		if col != "e.date_start" {
			key, _ = strconv.ParseFloat(c.key, 64)
		}
		term := "(" + col + " " + cmp + " ? OR (" + col + " = ? AND (e.article_id " + cmp + " ? OR (e.article_id = ? AND e.seq > ?))))"
		if where == "" {
			where = "WHERE " + term
		} else {
			where += " AND " + term
		}
		args = append(args, key, key, c.aid, c.aid, c.seq)
	}
	query := `SELECT e.article_id, e.seq, e.json, e.date_start, e.goldstein, e.confidence,
		a.title, a.url, a.publisher, a.published, a.updated_at` + eventFrom + where +
		fmt.Sprintf(" ORDER BY %s %s, e.article_id %s, e.seq ASC LIMIT %d", col, dir, dir, limit+1)
	rows, err := s.r.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return EventPage{}, s.wrap("list events", err)
	}
	defer rows.Close()
	var page EventPage
	var last eventCursor
	for rows.Next() {
		if len(page.Events) == limit {
			page.Next = last.String()
			break
		}
		var h EventHit
		var js, date, published, added string
		var gold, conf float64
		if err := rows.Scan(&h.ArticleID, &h.Seq, &js, &date, &gold, &conf,
			&h.Article.Title, &h.Article.URL, &h.Article.Publisher, &published, &added); err != nil {
			return EventPage{}, s.wrap("list events", err)
		}
		if err := json.Unmarshal([]byte(js), &h.Event); err != nil {
			return EventPage{}, s.wrap(fmt.Sprintf("event %d/%d", h.ArticleID, h.Seq), err)
		}
		h.Article.ID = h.ArticleID
		h.Article.Published, _ = model.ParseDate(published)
		if h.Article.Added, err = time.Parse(time.RFC3339Nano, added); err != nil {
			return EventPage{}, s.wrap(fmt.Sprintf("event %d/%d: the time its article was stored", h.ArticleID, h.Seq), err)
		}
		page.Events = append(page.Events, h)
		last = eventCursor{sort: q.Sort, key: date, aid: h.ArticleID, seq: int64(h.Seq)}
		switch col {
		case "e.goldstein":
			last.key = strconv.FormatFloat(gold, 'g', -1, 64)
		case "e.confidence":
			last.key = strconv.FormatFloat(conf, 'g', -1, 64)
		}
	}
	if err := rows.Err(); err != nil {
		return EventPage{}, s.wrap("list events", err)
	}
	return page, nil
}

// Timeline implements Reader. The database counts per day; days fold into
// weeks and months here, so the SQL is the same on every backend.
func (s *sqlDB) Timeline(ctx context.Context, q EventQuery, iv Interval) ([]Bucket, error) {
	switch iv {
	case Day, Week, Month:
	default:
		return nil, fmt.Errorf("%w: interval %q", ErrBadQuery, iv)
	}
	where, args := s.eventWhere(q)
	if where == "" {
		where = "WHERE e.date_start <> ''"
	} else {
		where += " AND e.date_start <> ''"
	}
	query := `SELECT substr(e.date_start, 1, 10) AS day, e.quad_class, count(*), sum(e.goldstein)` + eventFrom + where +
		` GROUP BY substr(e.date_start, 1, 10), e.quad_class ORDER BY day`
	rows, err := s.r.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, s.wrap("timeline", err)
	}
	defer rows.Close()
	var days []Bucket
	for rows.Next() {
		var day string
		var quad int
		var n int64
		var sum float64
		if err := rows.Scan(&day, &quad, &n, &sum); err != nil {
			return nil, s.wrap("timeline", err)
		}
		t, err := time.Parse(time.DateOnly, day)
		if err != nil {
			continue // not a date the store writes
		}
		k := len(days) - 1
		if k < 0 || !days[k].Start.Equal(t) {
			days = append(days, Bucket{Start: t})
			k++
		}
		b := &days[k]
		total := b.Goldstein*float64(b.Count) + sum
		b.Count += n
		if quad >= 1 && quad <= 4 {
			b.Quad[quad-1] += n
		}
		b.Goldstein = total / float64(b.Count)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("timeline", err)
	}
	return foldDays(days, iv), nil
}

// Groups implements Reader.
func (s *sqlDB) Groups(ctx context.Context, q EventQuery, by GroupBy, limit int) ([]Group, error) {
	d := s.qd()
	where, args := s.eventWhere(q)
	whereArgs := args
	and := func(term string) string {
		if where == "" {
			return "WHERE " + term
		}
		return where + " AND " + term
	}
	const agg = `count(*), sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END), avg(goldstein)`
	var query string
	switch by {
	case ByRoot, ByCode, ByStatus, ByCountry:
		col := map[GroupBy]string{ByRoot: "e.root_code", ByCode: "e.code", ByStatus: "e.status", ByCountry: "e.place_country"}[by]
		w := where
		if by == ByCountry {
			w = and("e.place_country <> ''")
		}
		query = `SELECT ` + col + `, '', '', '', '', 0.0, 0.0, ` + strings.ReplaceAll(agg, "goldstein", "e.goldstein") +
			eventFrom + w + ` GROUP BY ` + col
	case ByPublisher:
		query = `SELECT a.publisher, '', '', '', '', 0.0, 0.0, ` + strings.ReplaceAll(agg, "goldstein", "e.goldstein") +
			eventFrom + and("a.publisher <> ''") + ` GROUP BY a.publisher`
	case ByPlace:
		query = `SELECT e.place_name, '', '', '', e.place_country, avg(e.place_lat), avg(e.place_lon), ` +
			strings.ReplaceAll(agg, "goldstein", "e.goldstein") + eventFrom + and("e.place_name <> ''") +
			` GROUP BY e.place_name, e.place_country`
	case ByPair:
		query = `SELECT e.source_code, '', e.target_code, '', '', 0.0, 0.0, ` + strings.ReplaceAll(agg, "goldstein", "e.goldstein") +
			eventFrom + and("e.source_code <> '' AND e.target_code <> ''") + ` GROUP BY e.source_code, e.target_code`
	case ByActor:
		side := func(role string) string {
			return `SELECT e.` + role + `_code AS code, ` + d.jsonText("e.json", role, "name") + ` AS name, e.quad_class, e.goldstein` +
				eventFrom + and("e."+role+"_code <> ''")
		}
		query = `SELECT code, '', '', '', '', 0.0, 0.0, ` + agg + ` FROM (` + side("source") + ` UNION ALL ` +
			side("target") + `) x GROUP BY code`
		args = append(append([]any(nil), args...), args...)
	default:
		return nil, fmt.Errorf("%w: group by %q", ErrBadQuery, by)
	}
	query += ` ORDER BY 8 DESC, 1`
	if limit > 0 {
		query += " LIMIT " + strconv.Itoa(limit)
	}
	rows, err := s.r.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, s.wrap("group events by "+string(by), err)
	}
	defer rows.Close()
	var out []Group
	for rows.Next() {
		var g Group
		var key, name, target, tname, country sql.NullString
		var lat, lon, gold sql.NullFloat64
		if err := rows.Scan(&key, &name, &target, &tname, &country, &lat, &lon, &g.Count, &g.Conflict, &gold); err != nil {
			return nil, s.wrap("group events by "+string(by), err)
		}
		g.Key, g.Name, g.Target, g.TargetName, g.Country = key.String, name.String, target.String, tname.String, country.String
		g.Lat, g.Lon, g.Goldstein = lat.Float64, lon.Float64, gold.Float64
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("group events by "+string(by), err)
	}
	if len(out) > 0 && (by == ByActor || by == ByPair) {
		if err := s.nameGroups(ctx, out, by, where, whereArgs); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// maxNamedCodes bounds the actor codes nameGroups lists in one IN (...)
// condition.
const maxNamedCodes = 500

// nameGroups names the actors of groups (ByActor or ByPair), which hold
// the events selected by where and args, each by the name that more than
// half of the actor's named mentions in its group's events give it, and
// leaves the name empty when no name has a majority. A code such as IRNGOV
// stands for many people and bodies; naming its group after whichever of
// them sorts first would mislead.
func (s *sqlDB) nameGroups(ctx context.Context, groups []Group, by GroupBy, where string, args []any) error {
	d := s.qd()
	and := func(term string) string {
		if where == "" {
			return "WHERE " + term
		}
		return where + " AND " + term
	}
	// in restricts col to codes, or, when there are more codes than
	// maxNamedCodes, to nothing: the query then reads every selected
	// event, which costs less than a parameter list SQLite or PostgreSQL
	// may refuse (an unlimited grouping asks for every group's name).
	in := func(col string, codes []string) (string, []any) {
		if len(codes) > maxNamedCodes {
			return "1 = 1", nil
		}
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(codes)), ", ")
		vals := make([]any, len(codes))
		for i, c := range codes {
			vals[i] = c
		}
		return col + " IN (" + marks + ")", vals
	}
	var keys, targets []string
	seenKey, seenTarget := map[string]bool{}, map[string]bool{}
	for _, g := range groups {
		if !seenKey[g.Key] {
			seenKey[g.Key] = true
			keys = append(keys, g.Key)
		}
		if g.Target != "" && !seenTarget[g.Target] {
			seenTarget[g.Target] = true
			targets = append(targets, g.Target)
		}
	}
	var query string
	var qargs []any
	if by == ByActor {
		// One row per code and name, over both sides of each event.
		side := func(role string) (string, []any) {
			cond, vals := in("e."+role+"_code", keys)
			return `SELECT e.` + role + `_code AS code, ` + d.jsonText("e.json", role, "name") + ` AS name` + eventFrom + and(cond),
				append(append([]any(nil), args...), vals...)
		}
		src, srcArgs := side("source")
		tgt, tgtArgs := side("target")
		query = `SELECT code, '', name, '', count(*) FROM (` + src + ` UNION ALL ` + tgt + `) x GROUP BY code, name`
		qargs = append(srcArgs, tgtArgs...)
	} else {
		srcCond, srcVals := in("e.source_code", keys)
		tgtCond, tgtVals := in("e.target_code", targets)
		query = `SELECT e.source_code, e.target_code, ` + d.jsonText("e.json", "source", "name") + `, ` +
			d.jsonText("e.json", "target", "name") + `, count(*)` + eventFrom + and(srcCond+" AND "+tgtCond) + ` GROUP BY 1, 2, 3, 4`
		qargs = append(append(append([]any(nil), args...), srcVals...), tgtVals...)
	}
	rows, err := s.r.QueryContext(ctx, s.q(query), qargs...)
	if err != nil {
		return s.wrap("name the groups of events by "+string(by), err)
	}
	defer rows.Close()
	// counts[group key][side][name] is how often that side is so named.
	type pairKey struct{ source, target string }
	counts := map[pairKey][2]map[string]int64{}
	for rows.Next() {
		var src, tgt, sname, tname sql.NullString
		var n int64
		if err := rows.Scan(&src, &tgt, &sname, &tname, &n); err != nil {
			return s.wrap("name the groups of events by "+string(by), err)
		}
		k := pairKey{src.String, tgt.String}
		c, ok := counts[k]
		if !ok {
			c = [2]map[string]int64{{}, {}}
			counts[k] = c
		}
		c[0][sname.String] += n
		c[1][tname.String] += n
	}
	if err := rows.Err(); err != nil {
		return s.wrap("name the groups of events by "+string(by), err)
	}
	for i := range groups {
		g := &groups[i]
		c, ok := counts[pairKey{g.Key, g.Target}]
		if !ok {
			continue
		}
		g.Name = majority(c[0])
		if by == ByPair {
			g.TargetName = majority(c[1])
		}
	}
	return nil
}

// majority returns the name that holds more than half the counts of
// non-empty names, or "".
func majority(counts map[string]int64) string {
	var total int64
	for name, n := range counts {
		if name != "" {
			total += n
		}
	}
	for name, n := range counts {
		if name != "" && 2*n > total {
			return name
		}
	}
	return ""
}

// Quotes implements Reader.
func (s *sqlDB) Quotes(ctx context.Context, q QuoteQuery) (QuotePage, error) {
	d := s.qd()
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	var w []string
	var args []any
	likeOp := " " + d.like() + ` ? ESCAPE '\'`
	if q.Speaker != "" {
		w = append(w, "(q.speaker_actor = ? OR q.speaker_name"+likeOp+")")
		args = append(args, strings.ToUpper(q.Speaker), contains(q.Speaker))
	}
	if q.Text != "" {
		w = append(w, "q.text"+likeOp)
		args = append(args, contains(q.Text))
	}
	if q.Direct != nil {
		w = append(w, "q.direct = ?")
		args = append(args, *q.Direct)
	}
	if q.ArticleID != 0 {
		w = append(w, "q.article_id = COALESCE((SELECT article_id FROM article_aliases WHERE id = ?), ?)")
		args = append(args, q.ArticleID, q.ArticleID)
	}
	if q.Cursor != "" {
		c, err := parseQuoteCursor(q.Cursor)
		if err != nil {
			return QuotePage{}, err
		}
		w = append(w, "(a.pub_key < ? OR (a.pub_key = ? AND (q.article_id < ? OR (q.article_id = ? AND q.seq > ?))))")
		args = append(args, c.key, c.key, c.aid, c.aid, c.seq)
	}
	where := ""
	if len(w) > 0 {
		where = "WHERE " + strings.Join(w, " AND ")
	}
	query := `SELECT q.article_id, q.seq, q.speaker_name, q.speaker_actor, q.text, q.direct, q.span_start, q.span_end,
		a.pub_key, a.title, a.url, a.publisher, a.published
		FROM quotes q JOIN articles a ON a.id = q.article_id ` + where +
		fmt.Sprintf(" ORDER BY a.pub_key DESC, q.article_id DESC, q.seq ASC LIMIT %d", limit+1)
	rows, err := s.r.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return QuotePage{}, s.wrap("list quotes", err)
	}
	var page QuotePage
	var last quoteCursor
	for rows.Next() {
		if len(page.Quotes) == limit {
			page.Next = last.String()
			break
		}
		var h QuoteHit
		var key int64
		var published string
		if err := rows.Scan(&h.ArticleID, &h.Seq, &h.Speaker.Name, &h.Speaker.Actor, &h.Text, &h.Direct, &h.Start, &h.End,
			&key, &h.Article.Title, &h.Article.URL, &h.Article.Publisher, &published); err != nil {
			rows.Close()
			return QuotePage{}, s.wrap("list quotes", err)
		}
		h.Article.ID = h.ArticleID
		h.Article.Published, _ = model.ParseDate(published)
		page.Quotes = append(page.Quotes, h)
		last = quoteCursor{key: key, aid: h.ArticleID, seq: int64(h.Seq)}
	}
	// Close before the next query: an in-memory store has one connection.
	rows.Close()
	if err := rows.Err(); err != nil {
		return QuotePage{}, s.wrap("list quotes", err)
	}
	if err := s.fillQuotes(ctx, page.Quotes); err != nil {
		return QuotePage{}, s.wrap("list quotes", err)
	}
	return page, nil
}

// fillQuotes completes the quotes of a page (cue, speaker country, tone)
// from their articles' annotations, which hold the whole model.Quote.
func (s *sqlDB) fillQuotes(ctx context.Context, hits []QuoteHit) error {
	if len(hits) == 0 {
		return nil
	}
	var ids []string
	seen := map[int64]bool{}
	for _, h := range hits {
		if !seen[h.ArticleID] {
			seen[h.ArticleID] = true
			ids = append(ids, strconv.FormatInt(h.ArticleID, 10))
		}
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, annotations FROM articles WHERE id IN (`+strings.Join(ids, ",")+`)`)
	if err != nil {
		return err
	}
	defer rows.Close()
	quotes := map[int64][]model.Quote{}
	for rows.Next() {
		var id int64
		var ann sql.NullString
		if err := rows.Scan(&id, &ann); err != nil {
			return err
		}
		var x struct {
			Quotes []model.Quote `json:"quotes"`
		}
		if ann.String != "" {
			if err := json.Unmarshal([]byte(ann.String), &x); err != nil {
				return fmt.Errorf("article %d: annotations: %w", id, err)
			}
		}
		quotes[id] = x.Quotes
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range hits {
		h := &hits[i]
		if qs := quotes[h.ArticleID]; h.Seq < len(qs) && qs[h.Seq].Start == h.Start && qs[h.Seq].End == h.End {
			h.Cue, h.Tone, h.Speaker.Country = qs[h.Seq].Cue, qs[h.Seq].Tone, qs[h.Seq].Speaker.Country
		}
	}
	return nil
}

// countryIn returns the SQL test " = ?" or " IN (?, ...)" for a country
// filter of codes separated by commas (see EventQuery.SourceCountry),
// with the codes, upper-cased, as its arguments.
func countryIn(list string) (string, []any) {
	var cs []any
	for c := range strings.SplitSeq(strings.ToUpper(list), ",") {
		if c = strings.TrimSpace(c); c != "" {
			cs = append(cs, c)
		}
	}
	if len(cs) <= 1 {
		if len(cs) == 0 {
			cs = []any{""}
		}
		return " = ?", cs
	}
	return " IN (" + marks(len(cs)) + ")", cs
}
