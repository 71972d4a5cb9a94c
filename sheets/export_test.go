package sheets

// SetMaxSheetRows sets the rows a worksheet holds, for tests, and returns
// a function that puts it back.
func SetMaxSheetRows(n int) func() {
	old := maxSheetRows
	maxSheetRows = n
	return func() { maxSheetRows = old }
}

// SetReadWhole sets the size past which a workbook's file is read where
// it lies, for tests, and returns a function that puts it back.
func SetReadWhole(n int64) func() {
	old := readWhole
	readWhole = n
	return func() { readWhole = old }
}
