package sheets

// SetMaxSheetRows sets the rows a worksheet holds, for tests, and returns
// a function that puts it back.
func SetMaxSheetRows(n int) func() {
	old := maxSheetRows
	maxSheetRows = n
	return func() { maxSheetRows = old }
}
