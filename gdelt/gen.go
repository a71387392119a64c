package gdelt

//go:generate go run ./internal/gencodes -src ../../shared/data/cameo -out codes.tsv
