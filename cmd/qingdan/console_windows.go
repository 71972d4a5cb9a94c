package main

import "syscall"

// setupConsole sets the Windows console to UTF-8, so that messages print
// as Chinese rather than mojibake in a console whose code page is GBK
// (936), and returns what puts the console's code pages back as they were:
// a console left at 65001 shows other programs' GBK output as mojibake.
// Without a console (output to a file or a pipe) it changes nothing.
func setupConsole() (restore func()) {
	const utf8CodePage = 65001
	k := syscall.NewLazyDLL("kernel32.dll")
	getOut, setOut := k.NewProc("GetConsoleOutputCP"), k.NewProc("SetConsoleOutputCP")
	getIn, setIn := k.NewProc("GetConsoleCP"), k.NewProc("SetConsoleCP")
	if getOut.Find() != nil || setOut.Find() != nil || getIn.Find() != nil || setIn.Find() != nil {
		return nil
	}
	out, _, _ := getOut.Call()
	in, _, _ := getIn.Call()
	if out == 0 && in == 0 {
		return nil // no console
	}
	if out == utf8CodePage && in == utf8CodePage {
		return nil
	}
	setOut.Call(utf8CodePage)
	setIn.Call(utf8CodePage)
	return func() {
		if out != 0 {
			setOut.Call(out)
		}
		if in != 0 {
			setIn.Call(in)
		}
	}
}
