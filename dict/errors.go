package dict

import (
	"errors"
	"fmt"
)

// Sentinel errors wrapped by ParseError, for errors.Is.
var (
	// ErrSyntax reports a malformed line.
	ErrSyntax = errors.New("syntax error")
	// ErrDate reports a date restriction that is not a valid date.
	ErrDate = errors.New("bad date")
	// ErrCode reports a missing or malformed code.
	ErrCode = errors.New("bad code")
	// ErrSynset reports a pattern that uses an undefined synset.
	ErrSynset = errors.New("undefined synset")
	// ErrFormat reports a compiled dictionary file that casus cannot read.
	ErrFormat = errors.New("not a casus dictionary file")
)

// ParseError is the error of every dictionary reader: where in which file
// a line could not be read, and why.
type ParseError struct {
	File string // file name, when the caller gave one
	Line int    // 1-based line number
	Text string // the offending line, trimmed
	Err  error  // wraps one of the sentinels above
}

func (e *ParseError) Error() string {
	f := e.File
	if f == "" {
		f = "dict"
	}
	if e.Text != "" {
		return fmt.Sprintf("%s:%d: %v: %q", f, e.Line, e.Err, e.Text)
	}
	return fmt.Sprintf("%s:%d: %v", f, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }
