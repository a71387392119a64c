package cameo

//go:generate go run ./internal/gencodebook -src ../../shared/data/cameo/cameo_codebook.tsv -out codebook.tsv
