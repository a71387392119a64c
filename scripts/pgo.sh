#!/bin/sh
# scripts/pgo.sh regenerates cmd/casus/default.pgo, the CPU profile from
# which go build optimises casus (profile-guided optimisation: it inlines
# and devirtualises the calls that are hot in the real workload). Go uses
# the file whenever it builds cmd/casus; -pgo=off builds without it.
#
# The workload is casus run, with every stage and the SQLite store, on
# the extraction dev split (109 real pages), on the demo corpus (pages
# and WARC; its feed is left out, since its links point at fictional
# hosts), and on plain text, one file per document of UD English EWT dev
# (casus run on text does the work of casus analyze, which has no
# --cpuprofile). The CPU profiles of these runs, taken from a binary
# built without PGO, are merged into one.
#
# It reads ../shared (or $SHARED) here only, when the profile is made:
# neither the build nor the binary needs it. Run it from the checkout,
# after changes that move where casus spends its time:
#
#	sh scripts/pgo.sh
set -eu
cd "$(dirname "$0")/.."
data=${SHARED:-../shared}/data
for d in "$data/extraction/dev/html" "$data/ud_english_ewt"; do
	if [ ! -d "$d" ]; then
		echo "scripts/pgo.sh: $d not found (set SHARED to the shared folder)" >&2
		exit 1
	fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -pgo=off -o "$tmp/casus" ./cmd/casus

mkdir "$tmp/text"
awk -v dir="$tmp/text" '
/^# newdoc id/ { n++ }
/^# text = / && n > 0 {
	f = sprintf("%s/%03d.txt", dir, n)
	sub(/^# text = /, "")
	print >> f
	close(f)
}' "$data/ud_english_ewt/en_ewt-ud-dev.conllu"

demo=$(find demo/corpus -mindepth 1 -maxdepth 1 ! -name feeds ! -name MANIFEST.tsv | sort)

# profile NAME RUNS ARGS... runs casus run RUNS times, each into a new
# database. Status 1 (some input failed: a page with no article body)
# is expected; anything else stops the script.
profile() {
	name=$1 runs=$2
	shift 2
	i=1
	while [ "$i" -le "$runs" ]; do
		out="$tmp/$name-$i"
		"$tmp/casus" run --db "$out.db" --cpuprofile "$out.pprof" "$@" 2>"$out.log" || {
			rc=$?
			if [ "$rc" -ne 1 ]; then
				cat "$out.log" >&2
				exit "$rc"
			fi
		}
		i=$((i + 1))
	done
}

# Runs are short (a second of CPU or less, at 100 samples a second), so
# each input is run several times; the counts weigh the three about as
# the CPU they take.
profile dev 8 "$data/extraction/dev/html"
# shellcheck disable=SC2086 # $demo is a list of paths without spaces
profile demo 8 $demo
profile text 4 --date 2019-11-20 "$tmp/text"

go tool pprof -proto "$tmp"/*.pprof >"$tmp/merged.pgo"
mv "$tmp/merged.pgo" cmd/casus/default.pgo
ls -l cmd/casus/default.pgo
