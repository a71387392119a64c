package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/ner"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/parse"
	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/tag"
)

// openInput opens a file argument, "-" meaning stdin.
func openInput(env Env, name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(env.Stdin), nil
	}
	return os.Open(name)
}

var cmdNLP = &Command{
	Name:      "nlp",
	UsageLine: "casus nlp [--input text|conllu] FILE|-",
	Short:     "segment, tag and parse text, printing CoNLL-U",
	Long: `
Nlp runs casus's language engine and prints CoNLL-U.

With --input text (the default) FILE is raw text: it is split into
sentences and tokens, tagged (UPOS, XPOS, lemma) and parsed (HEAD,
DEPREL); names found are marked in MISC as Entity=B-PERSON,
Entity=I-PERSON and the like (the kinds are PERSON, ORG, LOCATION and
MISC).
With --input conllu FILE is CoNLL-U: columns 1-2 (ID and FORM, the gold
tokenisation) are read, and LEMMA, UPOS, XPOS, HEAD and DEPREL are
casus's own. FEATS and DEPS are written "_" (casus predicts neither, and
the gold's must not pass for its output), MISC keeps only SpaceAfter=No,
and empty nodes (8.1) are dropped; comments and multiword-token lines
(1-2) pass through as the file gives them.

Examples:

	echo "Albania on Wednesday severed ties with Iran." | casus nlp -
	casus nlp --input conllu en_ewt-ud-test.conllu > predicted.conllu
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		input := fs.String("input", "text", "input `format`: text or conllu")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) != 1 {
				return usageErrorf("name one FILE or -")
			}
			if *input != "text" && *input != "conllu" {
				return usageErrorf("--input %q: want text or conllu", *input)
			}
			an, err := nlp.Default()
			if err != nil {
				return err
			}
			f, err := openInput(env, args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			return toStdout(env, func(out io.Writer) error {
				if *input == "conllu" {
					return nlpConllu(ctx, an, args[0], f, out)
				}
				b, err := io.ReadAll(io.LimitReader(f, 64<<20))
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				doc := an.Analyze(string(b))
				for i, s := range doc.Sentences {
					if err := conllu.Write(out, sentenceConllu(doc, i, s)); err != nil {
						return err
					}
				}
				return nil
			})
		}
	},
}

// nlpConllu fills in the analysis of each sentence of the CoNLL-U file
// name, read from r, and writes it to w.
func nlpConllu(ctx context.Context, an *nlp.Analyzer, name string, r io.Reader, w io.Writer) error {
	cr := conllu.NewReader(r)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		toks := make([]model.Token, len(s.Words))
		for i, wd := range s.Words {
			toks[i] = model.Token{Form: wd.Form, Head: -1}
		}
		an.AnalyzeTokens(toks)
		for i, t := range toks {
			wd := &s.Words[i]
			wd.UPOS, wd.XPOS, wd.Lemma, wd.Head, wd.DepRel = t.UPOS, t.XPOS, t.Lemma, t.Head, t.DepRel
			// casus predicts no features nor enhanced graph: the gold's
			// must not pass for its output. MISC keeps the spacing, part
			// of the tokenisation read, as the text path writes it.
			wd.Feats, wd.Deps, wd.Misc = "", "", spaceAfterOnly(wd.Misc)
		}
		s.Empty = nil // empty nodes belong to the gold enhanced graph
		if err := conllu.Write(w, s); err != nil {
			return err
		}
	}
}

// spaceAfterOnly returns the SpaceAfter=No of a MISC column, if it has
// one, and drops the rest (the gold's CorrectForm, Cxn and the like).
func spaceAfterOnly(misc string) string {
	for f := range strings.SplitSeq(misc, "|") {
		if f == "SpaceAfter=No" {
			return f
		}
	}
	return ""
}

// sentenceConllu turns sentence i of doc into CoNLL-U, with names in MISC.
func sentenceConllu(doc *nlp.Doc, i int, s model.Sentence) *conllu.Sentence {
	c := &conllu.Sentence{Comments: []string{
		"sent_id = " + strconv.Itoa(i+1),
		"text = " + flattenLine(doc.Text[s.Start:s.End]),
	}}
	for j, t := range s.Tokens {
		misc := ""
		for _, e := range doc.Entities {
			if t.Start >= e.Start && t.End <= e.End {
				prefix := "I-"
				if t.Start == e.Start {
					prefix = "B-"
				}
				misc = "Entity=" + prefix + e.Kind
			}
		}
		if j+1 < len(s.Tokens) && s.Tokens[j+1].Start == t.End {
			if misc != "" {
				misc += "|"
			}
			misc += "SpaceAfter=No"
		}
		c.Words = append(c.Words, conllu.Word{
			ID: j + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS,
			Head: t.Head, DepRel: t.DepRel, Misc: misc,
		})
	}
	return c
}

// flattenLine keeps a comment on one line.
func flattenLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}

var cmdNER = &Command{
	Name:      "ner",
	UsageLine: "casus ner --input iob2 FILE|-",
	Short:     "tag names in IOB2 files",
	Long: `
Ner reads an IOB2 file (the UNER format: token rows with the word and a
gold tag, or CoNLL-style word and tag columns) and prints each row with
the tag casus predicts appended as the last column. Words are tagged for
part of speech first, as in the full pipeline. Sentences are tagged a
document at a time (documents start at "# newdoc" comments and
"-DOCSTART-" lines), so that each name's other mentions help.

Examples:

	casus ner --input iob2 en_ewt-ud-test.iob2 > predicted.iob2
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		input := fs.String("input", "iob2", "input `format`: iob2")
		return func(ctx context.Context, env Env, args []string) error {
			if *input != "iob2" {
				return usageErrorf("--input %q: want iob2", *input)
			}
			if len(args) != 1 {
				return usageErrorf("name one FILE or -")
			}
			f, err := openInput(env, args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			tagger, names, err := nerModels()
			if err != nil {
				return err
			}
			return toStdout(env, func(out io.Writer) error {
				// Names are found a document at a time (see ner.Documents).
				r := ner.NewReader(f)
				var doc []*ner.Sentence
				flush := func() error {
					for i, tags := range tagNames(tagger, names, doc) {
						if err := ner.Write(out, doc[i], tags); err != nil {
							return err
						}
					}
					doc = doc[:0]
					return nil
				}
				for {
					s, err := r.Read()
					if err == io.EOF {
						return flush()
					}
					if err != nil {
						return fmt.Errorf("%s: %w", args[0], err)
					}
					if s.StartsDocument() {
						if err := flush(); err != nil {
							return err
						}
					}
					doc = append(doc, s)
				}
			})
		}
	},
}

func nerModels() (*tag.Model, *ner.Model, error) {
	tagger, err := tag.Default()
	if err != nil {
		return nil, nil, err
	}
	names, err := ner.Default()
	return tagger, names, err
}

// tagNames tags the words of the sentences of one document for part of
// speech, then for names.
func tagNames(tagger *tag.Model, names *ner.Model, doc []*ner.Sentence) [][]string {
	words := make([][]string, len(doc))
	xpos := make([][]string, len(doc))
	for k, s := range doc {
		words[k] = s.Words()
		toks := make([]model.Token, len(words[k]))
		for i, w := range words[k] {
			toks[i] = model.Token{Form: w, Head: -1}
		}
		tagger.Tag(toks)
		xpos[k] = make([]string, len(toks))
		for i, t := range toks {
			xpos[k][i] = t.XPOS
		}
	}
	return names.TagDocument(words, xpos)
}

func evalPOS(ctx context.Context, env Env, args []string, verbose bool) error {
	fs := flag.NewFlagSet("eval pos", flag.ContinueOnError)
	clauses := fs.Bool("clause-repair", false, "score the tagger's past-tense repair made clause by clause (tag.Model.TagFinite), not only on whole sentences")
	if help, err := parseEvalFlags(env, fs, "casus eval pos [--clause-repair] FILE.conllu", args); help || err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErrorf("eval pos takes one CoNLL-U file")
	}
	sents, err := conllu.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	m, err := tag.Default()
	if err != nil {
		return err
	}
	evaluate := tag.Evaluate
	if *clauses {
		evaluate = tag.EvaluateFinite
	}
	sc := evaluate(m, sents)
	fmt.Fprintf(env.Stdout, "sentences %d  tokens %d  XPOS %.2f%%  UPOS %.2f%%  lemma %.2f%% (verbs %.2f%% of %d)  unknown %d (XPOS %.2f%%)\n",
		sc.Sentences, sc.Tokens, 100*sc.XPOS, 100*sc.UPOS, 100*sc.Lemma, 100*sc.VerbLemma, sc.VerbTokens, sc.Unknown, 100*sc.UnknownXPOS)
	return nil
}

func evalParse(ctx context.Context, env Env, args []string, verbose bool) error {
	if len(args) != 1 {
		return usageErrorf("eval parse takes one CoNLL-U file")
	}
	sents, err := conllu.ReadFile(args[0])
	if err != nil {
		return err
	}
	tagger, err := tag.Default()
	if err != nil {
		return err
	}
	parser, err := parse.Default()
	if err != nil {
		return err
	}
	gold := parse.Evaluate(parser, sents)
	// Predicted tags: what the pipeline gives the parser.
	tagger.Retag(sents)
	pred := parse.Evaluate(parser, sents)
	fmt.Fprintf(env.Stdout, "sentences %d  words %d\n", pred.Sentences, pred.Words)
	fmt.Fprintf(env.Stdout, "predicted tags: UAS %.2f  LAS %.2f%s\n", pred.UAS(), pred.LAS(), beforePunct(pred))
	fmt.Fprintf(env.Stdout, "gold tags:      UAS %.2f  LAS %.2f%s\n", gold.UAS(), gold.LAS(), beforePunct(gold))
	return nil
}

// beforePunct gives the scores before the punctuation stage, if any.
func beforePunct(sc parse.Scores) string {
	if sc.Before == nil {
		return ""
	}
	return fmt.Sprintf("  (before punctuation stage: UAS %.2f  LAS %.2f)", sc.Before.UAS(), sc.Before.LAS())
}

func evalNER(ctx context.Context, env Env, args []string, verbose bool) error {
	if len(args) != 1 {
		return usageErrorf("eval ner takes one IOB2 file")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := ner.NewReader(f).ReadAll()
	if err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	tagger, names, err := nerModels()
	if err != nil {
		return err
	}
	var sc ner.Scores
	for _, doc := range ner.Documents(sents) {
		for i, tags := range tagNames(tagger, names, doc) {
			sc.Add(doc[i].Tags(), tags)
		}
	}
	fmt.Fprint(env.Stdout, sc.String())
	return nil
}

func evalSentences(ctx context.Context, env Env, args []string, verbose bool) error {
	if len(args) != 1 {
		return usageErrorf("eval sentences takes one CoNLL-U file")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	sc, err := segment.EvaluateConllu(f)
	if err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	fmt.Fprintf(env.Stdout, "documents %d  sentences %d\nboundaries        %v\ninside paragraphs %v\ntokens            %v\n",
		sc.Documents, sc.Sentences, sc.Boundaries, sc.Inner, sc.Tokens)
	return nil
}
