package main

import (
	"bytes"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// peers are the extractors casus is compared with, called the way the
// benchmark's own runners call them.
var peers = []extractor{
	{"trafilatura", runTrafilatura},
	{"readability", runReadability},
}

func runTrafilatura(page []byte, url string) string {
	u, _ := nurl.Parse(url)
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{OriginalURL: u, EnableFallback: true})
	if err != nil || res == nil {
		return ""
	}
	return strings.ReplaceAll(res.ContentText, "\u00ad", "")
}

func runReadability(page []byte, url string) string {
	u, _ := nurl.Parse(url)
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, u)
	if err != nil {
		return ""
	}
	var sb strings.Builder
	if err := art.RenderText(&sb); err != nil {
		return ""
	}
	return sb.String()
}
