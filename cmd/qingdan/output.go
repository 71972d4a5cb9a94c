package main

import (
	"fmt"
	"io"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/intake"
)

// writeFile writes an output whole or not at all. An error of write that
// is not the user's is told with the file it was writing.
func writeFile(path string, write func(io.Writer) error) error {
	return atomicfile.Write(path, func(w io.Writer) error {
		if err := write(w); err != nil {
			return outputError{path: path, err: err}
		}
		return nil
	})
}

// outputError is a failure to make an output.
type outputError struct {
	path string
	err  error
}

// Error says which output could not be made, and why.
func (e outputError) Error() string { return fmt.Sprintf("无法生成 %s：%v", e.path, e.err) }

// Unwrap returns the reason.
func (e outputError) Unwrap() error { return e.err }

// checkNotInput refuses an output path that is one of the inputs, so that
// no return is ever overwritten.
func checkNotInput(output string, res *intake.Result) error {
	if res.IsInput(output) {
		return usagef("输出文件 %s 是输入文件之一，请换一个输出文件名", output)
	}
	return nil
}
