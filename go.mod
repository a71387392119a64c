module github.com/casus-project/casus

go 1.26.8
