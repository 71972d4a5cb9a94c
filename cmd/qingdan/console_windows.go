package main

import "syscall"

// init sets the Windows console to UTF-8, so that messages print as Chinese
// rather than mojibake in a console whose code page is GBK (936).
func init() {
	const utf8CodePage = 65001
	k := syscall.NewLazyDLL("kernel32.dll")
	k.NewProc("SetConsoleOutputCP").Call(utf8CodePage)
	k.NewProc("SetConsoleCP").Call(utf8CodePage)
}
