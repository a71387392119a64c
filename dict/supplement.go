package dict

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// VerbSupplementFile is the name, in BuildConfig.Dir, of the casus verb
// supplement: PETRARCH-2 verb syntax whose blocks are merged into the
// main dictionary's blocks of the same name (see mergeVerbSupplement).
const VerbSupplementFile = "supplement.verbs.txt"

// readVerbSupplement reads the verb supplement at path and merges it into
// d. A missing file is no error. Undefined synsets are looked up in d
// before they are reported; other bad lines are returned as warnings, as
// for the other dictionary files.
func readVerbSupplement(d *VerbDict, path string) (notes []string, warns []error, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("dict: %w", err)
	}
	defer f.Close()
	s, rerr := readVerbs(f, path, true)
	var me *multiError
	var pe *ParseError
	switch {
	case rerr == nil:
	case errors.As(rerr, &me):
		warns = append(warns, me.errs...)
	case errors.As(rerr, &pe):
		warns = append(warns, rerr)
	default:
		return nil, nil, fmt.Errorf("dict: %s: %w", path, rerr)
	}
	// Synsets the supplement uses but the main dictionary defines are
	// resolved below; drop their warnings here.
	warns = slices.DeleteFunc(warns, func(e error) bool { return errors.Is(e, ErrSynset) })
	warns = append(warns, resolvePatterns(&VerbDict{Synsets: mergedSynsets(d, s), Blocks: s.Blocks}, path)...)
	notes = mergeVerbSupplement(d, s)
	return notes, warns, nil
}

// mergeVerbSupplement merges the supplement s into d. A supplement block
// whose name is that of a block of d adds its patterns to that block,
// ahead of the block's own (so that on an equally specific match the
// supplement's convention wins), and adds the verbs that block lacks; the
// block's code stays d's. A verb the block has that the supplement lists
// with a code of its own ("MEDIATE [045]" under COMPROMISE [080]) takes
// that code, in every listing of it in the block: the block's patterns written for its other verbs then no
// longer apply to it. A block d lacks is appended whole. A pattern
// keeps its comment, so "# SUMMON" ties it to that verb of a shared block
// as in PETRARCH-2's own files. Synsets and transformations of s are
// added, s's definitions replacing d's of the same name. It returns one
// note per block for the build log.
func mergeVerbSupplement(d, s *VerbDict) []string {
	for k, v := range s.Synsets {
		d.Synsets[k] = v
	}
	// Point the supplement's synset terms at the merged sets; s's
	// patterns share their terms with the copies merged below.
	resolvePatterns(&VerbDict{Synsets: d.Synsets, Blocks: s.Blocks}, "")
	d.Transformations = append(d.Transformations, s.Transformations...)
	byName := make(map[string]*VerbBlock, len(d.Blocks))
	for _, b := range d.Blocks {
		if _, ok := byName[b.Name]; !ok {
			byName[b.Name] = b
		}
	}
	var notes []string
	for _, sb := range s.Blocks {
		b, ok := byName[sb.Name]
		if !ok {
			sb.Source = filepath.Base(sb.Source)
			d.Blocks = append(d.Blocks, sb)
			byName[sb.Name] = sb
			notes = append(notes, fmt.Sprintf("verb supplement: new block %s [%s] (%d verbs, %d patterns)", sb.Name, sb.Code, len(sb.Verbs), len(sb.Patterns)))
			continue
		}
		added := 0
		var recoded []string
		for _, v := range sb.Verbs {
			found := false
			// A block may list a verb more than once ("SLAM" and
			// "SLAM {SLAMS SLAMMED SLAMMING}" under CRASH): the code
			// given is every listing's, or the forms of one listing
			// keep the old code.
			for i := range b.Verbs {
				if !sameVerbWords(b.Verbs[i], v) {
					continue
				}
				found = true
				if v.Code != "" && v.Code != b.Verbs[i].Code {
					// "MEDIATE [045]" under COMPROMISE [080]: the
					// verb takes a code of its own.
					recoded = append(recoded, fmt.Sprintf("%s %s -> %s", v.Word, verbCodeOr(b.Verbs[i], b.Code), v.Code))
					b.Verbs[i].Code = v.Code
				}
			}
			if !found {
				// The verb's line is the supplement's, not the
				// block's file.
				v.Source = filepath.Base(sb.Source)
				b.Verbs = append(b.Verbs, v)
				added++
			}
		}
		b.Patterns = append(slices.Clone(sb.Patterns), b.Patterns...)
		note := fmt.Sprintf("verb supplement: block %s: %d patterns merged, %d verbs added", b.Name, len(sb.Patterns), added)
		if len(recoded) > 0 {
			note += ", recoded " + strings.Join(recoded, ", ")
		}
		notes = append(notes, note)
	}
	return notes
}

// verbCodeOr returns v's own code, else the block code c.
func verbCodeOr(v Verb, c string) string {
	if v.Code != "" {
		return v.Code
	}
	return c
}

func sameVerbWords(a, b Verb) bool {
	return a.Word == b.Word && strings.Join(a.Before, " ") == strings.Join(b.Before, " ") && strings.Join(a.After, " ") == strings.Join(b.After, " ")
}

func mergedSynsets(d, s *VerbDict) map[string]*Synset {
	m := make(map[string]*Synset, len(d.Synsets)+len(s.Synsets))
	for k, v := range d.Synsets {
		m[k] = v
	}
	for k, v := range s.Synsets {
		m[k] = v
	}
	return m
}
