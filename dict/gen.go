package dict

//go:generate go run ./internal/builddicts -data ../../shared/data -dir data
