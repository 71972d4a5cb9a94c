package intake

import (
	"testing"

	"github.com/qingdan/qingdan/scratch"
)

func TestMain(m *testing.M) { scratch.RunTests(m) }
