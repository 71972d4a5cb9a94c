package sheets

import (
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// WriteMaster writes the master workbook of a plan (任务总表): its three
// lists in the standard template, the 单位 sheet with every department
// found, the 问题清单 of what could not be read, and the hidden sheet that
// identifies the plan.
func WriteMaster(w io.Writer, b lists.Book, info Info) (err error) {
	defer recoverWrite(&err)
	x := excelize.NewFile()
	defer x.Close()
	st, err := newStyles(x)
	if err != nil {
		return err
	}
	mw := &mergedWriter{x: x, st: st}
	for _, list := range templates.Lists {
		mw.list(list, list.Columns, *b.Rows(list.Name))
	}
	mw.units(b.Units, false)
	mw.problems(b.Problems)
	if mw.err != nil {
		return mw.err
	}
	if err := writeAssessSettings(x, st, check.DefaultAssessOptions()); err != nil {
		return err
	}
	info.Kind = KindMaster
	if err := writeInfo(x, info); err != nil {
		return err
	}
	if err := x.SetDocProps(&excelize.DocProperties{
		Creator: "qingdan", Title: info.Title, Subject: KindMaster, Version: templates.Version,
		Keywords: strconv.Itoa(info.Year),
	}); err != nil {
		return err
	}
	return x.Write(w)
}
