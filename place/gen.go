package place

//go:generate go run ./internal/buildplaces -data ../../shared/data -dir data
