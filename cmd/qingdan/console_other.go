//go:build !windows

package main

// setupConsole has nothing to do outside Windows: terminals there are
// UTF-8.
func setupConsole() (restore func()) { return nil }
