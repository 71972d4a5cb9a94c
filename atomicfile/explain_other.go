//go:build !windows

package atomicfile

// explainSystem has nothing to add outside Windows: Explain knows the
// POSIX errors.
func explainSystem(error) string { return "" }
