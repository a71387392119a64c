// Package cli implements the casus command. Each subcommand is a Command
// value that binds its own flags and runs: reading inputs (ingest),
// extracting and analysing articles through the pipeline's stages,
// storing them, serving the store (api, web), distributing work (queue),
// and training and evaluating the models.
//
// It is the only package that knows every stage and wires them together;
// the stages know the document model, nothing of flags, standard streams
// or exit codes. Main reports an error once, on standard error, and
// returns 2 for a usage error and 1 for a failure.
package cli
