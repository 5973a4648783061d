package main

import (
	"errors"
	"io"
	"os"
	"strconv"
)

// readInput reads the named file, or stdin for "" and "-", refusing more than limit bytes.
func readInput(name string, stdin io.Reader, limit int64) ([]byte, error) {
	r := stdin
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		if name == "" || name == "-" {
			name = "input"
		}
		return nil, errors.New(name + ": over " + strconv.FormatInt(limit, 10) + " bytes")
	}
	return data, nil
}
