package intake

import (
	"os"
	"testing"

	"github.com/qingdan/qingdan/scratch"
)

// TestMain removes the run folder the tests' temporary files were made
// in, as the command does when it ends.
func TestMain(m *testing.M) {
	code := m.Run()
	scratch.Remove()
	os.Exit(code)
}
