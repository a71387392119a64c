#!/bin/sh
# scripts/eval.sh scores the event coder on every set the repository and
# ../shared hold, and writes one file per set to OUTDIR, so that two
# binaries can be compared file by file with cmp:
#
#	scripts/eval.sh BINARY OUTDIR
#
# demo, demo2   the demo corpus against its gold (--verbose) and against the
#               second, blind annotation (events2.tsv)
# petrarch, tabari  the peers' validation suites in ../shared/data/validation
# holdout, holdout2, holdout4, holdout5  the readable held-out sets in
#               event/testdata (--verbose: every miss and extra)
# holdout3, holdout6  the blind held-out sets: the summary lines only, so
#               that nothing of their articles or gold is printed
# noise         the EWT dev and test documents of at least 300 characters,
#               one sentence a paragraph: web text that reports almost no
#               international event, so each event coded there is a false
#               alarm (the texts are written to OUTDIR/noise)
# dev           the events `casus run` stores for the extraction dev split, as
#               `casus events --format csv` prints them (OUTDIR/dev.txt)
#
# SKIP lists sets not to run ("holdout6" keeps a helper's runs off a blind set).
# It prints one summary line per set. It needs ../shared beside the checkout.
set -eu
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: scripts/eval.sh BINARY OUTDIR" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
shared=../shared/data
skip=" ${SKIP:-} "
mkdir -p "$out"

run() { # run NAME COMMAND...: unless NAME is skipped, COMMAND's output to OUTDIR/NAME.txt
	name=$1
	shift
	case $skip in *" $name "*) return 0 ;; esac
	"$@" >"$out/$name.txt" 2>&1 || true
}

# summary keeps what a blind set may show: the lines that are not indented.
summary() {
	"$@" 2>&1 | grep -v '^ ' | tail -7 || true
}

noise() {
	rm -rf "$out/noise"
	mkdir -p "$out/noise"
	cat "$shared/ud_english_ewt/en_ewt-ud-dev.conllu" "$shared/ud_english_ewt/en_ewt-ud-test.conllu" |
		awk -v dir="$out/noise" '
		function flush(   name, i) {
			if (n > 0 && size >= 300) {
				count++
				name = sprintf("%03d.txt", count)
				for (i = 1; i <= n; i++)
					printf "%s%s", sents[i], (i < n ? "\n\n" : "\n") > (dir "/" name)
				close(dir "/" name)
				print name "\t2026-01-01" > (dir "/manifest.tsv")
			}
			n = 0; size = 0
		}
		BEGIN { print "file\tpublished" > (dir "/manifest.tsv") }
		/^# newdoc/ { flush() }
		/^# text = / { s = substr($0, 10); sents[++n] = s; size += length(s) }
		END { flush(); close(dir "/manifest.tsv") }'
	printf 'file\tsnippet\tsource\ttarget\tcode\tdate\tbackground\tstatus\n' >"$out/noise/events.tsv"
	"$bin" eval events --verbose --corpus "$out/noise" --gold "$out/noise/events.tsv"
}

dev() {
	rm -f "$out/dev.db" "$out/dev.db-wal" "$out/dev.db-shm"
	if ! "$bin" run --db "$out/dev.db" "$shared/extraction/dev/html" >/dev/null 2>"$out/dev.err"; then
		echo "casus run failed on the dev split: see $out/dev.err"
		return 1
	fi
	"$bin" events --db "$out/dev.db" --format csv
	rm -f "$out/dev.db" "$out/dev.db-wal" "$out/dev.db-shm"
}

run demo "$bin" eval events --verbose &
run demo2 "$bin" eval events --gold events2.tsv &
run petrarch "$bin" eval petrarch "$shared/validation/petrarch/PETR.UnitTest.records.xml" &
run tabari "$bin" eval tabari "$shared/validation/tabari/Validate.project" &
wait
for set in holdout holdout2 holdout4 holdout5; do
	run $set "$bin" eval events --verbose --corpus event/testdata/$set --gold event/testdata/$set/events.tsv &
done
wait
for set in holdout3 holdout6; do
	run $set summary "$bin" eval events --causes --corpus event/testdata/$set --gold event/testdata/$set/events.tsv &
done
run noise noise &
run dev dev &
wait

for set in demo demo2 petrarch tabari holdout holdout2 holdout4 holdout5 holdout3 holdout6 noise; do
	[ -f "$out/$set.txt" ] || continue
	case $skip in *" $set "*) continue ;; esac
	printf '%-9s %s\n' "$set" "$(grep -E '^(exact|[0-9]+ passed)|articles, [0-9]+ gold|^coded' "$out/$set.txt" | tr '\n' ' ')"
done
case $skip in
*" dev "*) ;;
*) if grep -q '^casus run failed' "$out/dev.txt"; then
	echo "dev       $(cat "$out/dev.txt")"
else
	echo "dev       $(($(wc -l <"$out/dev.txt") - 1)) events stored for the extraction dev split"
fi ;;
esac
