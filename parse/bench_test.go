package parse

import (
	"syscall"
	"testing"
	"time"

	"github.com/casus-project/casus/conllu"

	"github.com/casus-project/casus/model"
)

// BenchmarkParse parses the EWT dev set sentence by sentence and reports
// tokens per second on one core.
func BenchmarkParse(b *testing.B) { benchParse(b, (*Model).Parse) }

// BenchmarkParseTree is BenchmarkParse without the punctuation stage:
// the transition parser alone.
func BenchmarkParseTree(b *testing.B) { benchParse(b, (*Model).parseTree) }

func benchParse(b *testing.B, parse func(*Model, []model.Token)) {
	sents, err := conllu.ReadFile(ewtPath(b, "en_ewt-ud-dev.conllu"))
	if err != nil {
		b.Skip(err)
	}
	m := defaultModel(b)
	var toks [][]model.Token
	n := 0
	for _, s := range sents {
		toks = append(toks, Tokens(s))
		n += len(s.Words)
	}
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	for b.Loop() {
		for _, t := range toks {
			parse(m, t)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	cpu := time.Duration(r1.Utime.Nano() - r0.Utime.Nano() + r1.Stime.Nano() - r0.Stime.Nano())
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tokens/cpu-s")
}

// BenchmarkLoadDefault decodes the embedded model, as the first call of
// Default does.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadBytes(defaultData, false); err != nil {
			b.Fatal(err)
		}
	}
}
