// Package api serves casus's JSON API over a store:
//
//	GET /api/articles          list articles (filters, cursor pagination)
//	GET /api/articles/{id}     one article with its annotations
//	GET /api/stats             counts of what is stored
//
// Every error is a JSON object {"error": message, "param": name} with a
// 4xx status for bad requests; details of server faults go to the log, not
// to the client. The package knows the store's interface and the document
// model, nothing of how articles are made.
package api
