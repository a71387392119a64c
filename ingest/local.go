package ingest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/casus-project/casus/feed"
	"github.com/casus-project/casus/model"
	"github.com/klauspost/compress/gzip"
)

// fail yields an InputError for input.
func fail(yield yieldFunc, input string, err error) bool {
	return yield(nil, &InputError{Input: input, Err: err})
}

// pathErr drops the *fs.PathError wrapper, whose path the InputError
// already names.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// joinPath joins a relative path p to dir, the folder of the list file
// that named it.
func (w *walker) joinPath(dir, p string) string {
	if w.opts.FS != nil {
		if dir == "" || dir == "." {
			return p
		}
		return path.Join(dir, p)
	}
	if dir == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// stat, open and walk read the local inputs, from Options.FS when it is
// set and from the operating system's files otherwise.
func (w *walker) stat(p string) (fs.FileInfo, error) {
	if w.opts.FS != nil {
		return fs.Stat(w.opts.FS, p)
	}
	return os.Stat(p)
}

func (w *walker) open(p string) (fs.File, error) {
	if w.opts.FS != nil {
		return w.opts.FS.Open(p)
	}
	return os.Open(p)
}

func (w *walker) walk(root string, fn fs.WalkDirFunc) error {
	if w.opts.FS != nil {
		return fs.WalkDir(w.opts.FS, root, fn)
	}
	return filepath.WalkDir(root, fn)
}

// path reads the file or walks the directory at p.
func (w *walker) path(p string, explicit bool, yield yieldFunc) bool {
	fi, err := w.stat(p)
	if err != nil {
		return fail(yield, p, pathErr(err))
	}
	if fi.IsDir() {
		if !explicit {
			return true // a symbolic link to a directory met in a walk
		}
		return w.dir(p, yield)
	}
	f, err := w.open(p)
	if err != nil {
		return fail(yield, p, pathErr(err))
	}
	defer f.Close()
	size := int64(-1)
	if fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return w.stream(p, f, size, extOf(p, false), yield)
}

// dir walks root in lexical order, reading the files a walk reads.
func (w *walker) dir(root string, yield yieldFunc) bool {
	goOn := true
	err := w.walk(root, func(p string, d fs.DirEntry, err error) error {
		if w.stopped(yield) {
			goOn = false
			return filepath.SkipAll
		}
		if err != nil {
			if !fail(yield, p, pathErr(err)) {
				goOn = false
				return filepath.SkipAll
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		t := d.Type()
		if t&fs.ModeSymlink == 0 && !t.IsRegular() {
			return nil // devices, pipes, sockets
		}
		if !dirExt[extOf(p, false)] {
			return nil
		}
		if !w.path(p, false, yield) {
			goOn = false
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && goOn {
		return fail(yield, root, pathErr(err))
	}
	return goOn
}

// stdin reads standard input as one input.
func (w *walker) stdin(yield yieldFunc) bool {
	if w.opts.Stdin == nil {
		return fail(yield, "stdin", errors.New("no standard input"))
	}
	return w.stream("stdin", w.opts.Stdin, -1, "", yield)
}

// listJobs yields a job for every line of the list file spec ("-" for
// standard input).
func (w *walker) listJobs(spec string, yield func(*job) bool) bool {
	name, dir := spec, filepath.Dir(spec)
	if w.opts.FS != nil {
		dir = path.Dir(spec)
	}
	var r io.Reader
	switch spec {
	case "":
		return yield(errJob("@", fmt.Errorf("%w: @ without a list file", ErrUnsupported)))
	case "-":
		name, dir = "stdin", ""
		if w.opts.Stdin == nil {
			return yield(errJob(name, errors.New("no standard input")))
		}
		r = w.opts.Stdin
	default:
		f, err := w.open(spec)
		if err != nil {
			return yield(errJob(spec, pathErr(err)))
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimSpace(sc.Text())
		if n == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		j := w.inputJob(s, dir)
		if strings.HasPrefix(s, "@") {
			j = errJob(fmt.Sprintf("%s:%d", name, n), fmt.Errorf("%w: list inside a list", ErrUnsupported))
		}
		if !yield(j) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return yield(errJob(name, err))
	}
	return true
}

// stream routes one input by its content. size is the file size when
// known, else -1.
func (w *walker) stream(name string, r io.Reader, size int64, ext string, yield yieldFunc) bool {
	br := w.bufReader(r)
	defer w.bufs.Put(br)
	head, err := br.Peek(sniffLen)
	if len(head) == 0 {
		if err == io.EOF {
			return fail(yield, name, ErrEmpty)
		}
		return fail(yield, name, pathErr(err))
	}
	k := sniff(head, ext)
	switch k.kind {
	case kindGzip:
		return w.gunzip(name, br, extOf(name, true), gzipSize(r, size), yield)
	case kindWARC:
		return w.warc(name, br, yield)
	case kindBinary:
		return fail(yield, name, fmt.Errorf("%w: %s", ErrBinary, k.what))
	}
	if size > w.opts.MaxFileBytes {
		return fail(yield, name, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, size, w.opts.MaxFileBytes))
	}
	body, err := readCapped(br, w.opts.MaxFileBytes, size, w.opts.Bodies)
	if err != nil {
		return fail(yield, name, pathErr(err))
	}
	return w.content(name, body, k, yield)
}

// bufReader returns a reader of r with a 64 KB buffer, reused from an
// input read before if there is one; give it back to w.bufs when done.
func (w *walker) bufReader(r io.Reader) *bufio.Reader {
	if br, ok := w.bufs.Get().(*bufio.Reader); ok {
		br.Reset(r)
		return br
	}
	return bufio.NewReaderSize(r, 64<<10)
}

// gzipSize returns the size a gzip file says its content has (the
// trailer's ISIZE, the size modulo 2^32 of its last member), for a file
// of size bytes that r can read at any offset; else -1. It is a hint: the
// file has not been checked yet.
func gzipSize(r io.Reader, size int64) int64 {
	ra, ok := r.(io.ReaderAt)
	if !ok || size < 18 { // a gzip header and trailer take 18 bytes
		return -1
	}
	var b [4]byte
	if _, err := ra.ReadAt(b[:], size-4); err != nil {
		return -1
	}
	n := int64(binary.LittleEndian.Uint32(b[:]))
	if n > 1032*size { // deflate expands by at most 1032 times
		return -1
	}
	return n
}

// gunzip reads a gzip stream: a WARC inside is streamed, anything else is
// one document. hint is the size the content is expected to have, or -1.
//
// It decompresses with klauspost/compress rather than the standard
// library: the same bytes, and the same kinds of errors for a bad or
// truncated stream, in less CPU time (BenchmarkDocumentsDev, reading the
// extraction dev split's 109 gzipped pages: 82 -> 71 ms of CPU a pass).
func (w *walker) gunzip(name string, r io.Reader, innerExt string, hint int64, yield yieldFunc) bool {
	zr, _ := w.gzips.Get().(*gzip.Reader)
	var err error
	if zr == nil {
		zr, err = gzip.NewReader(r)
	} else {
		err = zr.Reset(r)
	}
	if err != nil {
		return fail(yield, name, fmt.Errorf("gzip: %w", err))
	}
	defer w.gzips.Put(zr)
	defer zr.Close()
	zbr := w.bufReader(zr)
	defer w.bufs.Put(zbr)
	head, err := zbr.Peek(sniffLen)
	if len(head) == 0 {
		if err == io.EOF {
			return fail(yield, name, fmt.Errorf("%w after decompression", ErrEmpty))
		}
		return fail(yield, name, fmt.Errorf("gzip: %w", truncated(err)))
	}
	k := sniff(head, innerExt)
	switch k.kind {
	case kindGzip:
		return fail(yield, name, fmt.Errorf("%w: gzip inside gzip", ErrUnsupported))
	case kindWARC:
		return w.warc(name, zbr, yield)
	case kindBinary:
		return fail(yield, name, fmt.Errorf("%w: gzip of %s", ErrBinary, k.what))
	}
	body, err := readCapped(zbr, w.opts.MaxFileBytes, hint, w.opts.Bodies)
	if err != nil {
		return fail(yield, name, fmt.Errorf("gzip: %w", err))
	}
	return w.content(name, body, k, yield)
}

// truncated names an early end of input.
func truncated(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated: %w", err)
	}
	return err
}

// readCapped reads r to its end, failing with ErrTooLarge past max bytes.
// It reads into growing chunks and joins them at the end, so an input
// over the cap costs about max bytes of memory, not the multiple that
// repeated reallocation would. hint, when positive, is the size r is
// expected to have (a file's size): the first chunk has room for it and
// one byte more, so that an input of that size is read into one buffer
// and never copied. A wrong hint costs memory, not correctness. That
// first chunk comes from bodies (which may be nil), and goes back to it
// unless it is the body returned.
func readCapped(r io.Reader, max, hint int64, bodies *Bodies) ([]byte, error) {
	r = io.LimitReader(r, max+1)
	var (
		chunks [][]byte
		total  int64
		size   = 32 << 10
		err    error
	)
	if hint > 0 {
		size = int(min(hint, max) + 1)
	}
	for err == nil {
		var buf []byte
		if len(chunks) == 0 && hint > 0 {
			buf = bodies.get(size)
		} else {
			buf = make([]byte, size)
		}
		n := 0
		for n < len(buf) && err == nil {
			var m int
			m, err = r.Read(buf[n:])
			n += m
		}
		total += int64(n)
		chunks = append(chunks, buf[:n])
		if total > max {
			bodies.put(chunks[0])
			return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
		}
		size = min(2*size, 8<<20)
	}
	if err != io.EOF {
		bodies.put(chunks[0])
		return nil, truncated(err)
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	body := make([]byte, 0, total)
	for _, c := range chunks {
		body = append(body, c...)
	}
	bodies.put(chunks[0])
	return body, nil
}

// content yields the document held in body, or expands it if it is a
// feed.
func (w *walker) content(name string, body []byte, k sniffed, yield yieldFunc) bool {
	if k.kind == kindFeed {
		w.opts.Bodies.forget(body)
		f, ok, err := parseFeed(body)
		if ok {
			return w.expandFeed(name, f, err, yield)
		}
		if err != nil {
			return fail(yield, name, err)
		}
		k.kind = kindHTML // markup that is not a feed after all
	}
	doc := &model.Document{Origin: name, Body: body, Hints: model.Hints{DefaultDate: w.opts.DefaultDate}}
	if k.kind == kindText {
		doc.ContentType = "text/plain"
	}
	return yield(doc, nil)
}

// parseFeed parses body as a feed; ok is false, with a nil error, when
// body is not a feed. A feed that breaks off or goes past a limit of
// package feed partway comes back with ok true, the items read before
// the break, and the error saying where it stopped and which items were
// kept. The item the break cut off (feed.Feed.LastCut) is left out, as a
// truncated WARC's cut-off record is: its link may be cut short, and
// fetching that would store the wrong page; an item whose closing tag
// came before the break is kept. A feed of more than feed.MaxItems items
// keeps its first MaxItems, with an error saying so.
//
// A JSON body is never a page, so a JSON Feed that does not parse (one
// cut off partway, say) is an error, not a page.
func parseFeed(body []byte) (f *feed.Feed, ok bool, err error) {
	f, err = feed.Parse(bytes.NewReader(body))
	switch {
	case errors.Is(err, feed.ErrNotFeed):
		if bytes.HasPrefix(bytes.TrimLeft(body, " \t\r\n\ufeff"), []byte("{")) {
			return nil, false, err
		}
		return nil, false, nil
	case err != nil && f == nil:
		return nil, false, err // package feed's errors name it already
	case err != nil:
		n := len(f.Items)
		var notes []string
		if f.LastCut {
			f.Items = f.Items[:n-1]
		}
		switch kept := len(f.Items); {
		case kept == 1:
			notes = append(notes, "item 1 kept")
		case kept > 1:
			notes = append(notes, fmt.Sprintf("items 1-%d kept", kept))
		}
		if f.LastCut {
			notes = append(notes, fmt.Sprintf("item %d cut off and skipped", n))
		}
		if len(notes) > 0 {
			err = fmt.Errorf("%w (%s)", err, strings.Join(notes, ", "))
		}
		return f, true, err
	}
	return f, true, nil
}

// expandFeed fetches the pages a feed's items link to. broke, when not
// nil, is why the feed stopped partway: it is yielded after the pages of
// the items read before the break.
func (w *walker) expandFeed(name string, f *feed.Feed, broke error, yield yieldFunc) bool {
	if broke != nil && len(f.Items) == 0 {
		return fail(yield, name, broke)
	}
	if len(f.Items) == 0 {
		return fail(yield, name, fmt.Errorf("%w: feed has no items", ErrEmpty))
	}
	if w.opts.Fetcher == nil {
		return fail(yield, name, fmt.Errorf("%w for the %d items of the feed", ErrNoFetcher, len(f.Items)))
	}
	jobs := func(yield func(*job) bool) {
		for i, it := range f.Items {
			var j *job
			switch {
			case it.Link == "":
				j = errJob(fmt.Sprintf("%s#item-%d", name, i), ErrNoLink)
			case !isHTTP(it.Link):
				j = errJob(it.Link, fmt.Errorf("%w: feed item link is not http or https", ErrUnsupported))
			default:
				j = &job{input: it.Link, url: it.Link, hints: model.Hints{
					Title:     it.Title,
					Published: it.Published,
					Publisher: f.Title,
				}}
			}
			if !yield(j) {
				return
			}
		}
		if broke != nil {
			yield(errJob(name, broke))
		}
	}
	return w.pipeline(iter.Seq[*job](jobs), yield)
}
