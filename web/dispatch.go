package web

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/sheets"
)

// dispatchView is what the 下发 page shows.
type dispatchView struct {
	Period, Due string
	Folder      string
	Units       []dispatchRow
	Unled       []string
}

type dispatchRow struct {
	Unit, File     string
	Led, Partnered int
	Link           string // the unit's own link, when the app is open to the intranet
}

var errNoMaster = errors.New("还没有任务总表：请先在“1 工作要点”上传工作要点")

// dispatches returns each unit's workbook for the current period.
func (s *Server) dispatches(units ...string) ([]intake.Dispatch, *intake.Master, error) {
	if !s.ws.hasMaster() {
		return nil, nil, errNoMaster
	}
	m, err := intake.ReadMaster(s.ws.path(masterFile))
	if err != nil {
		return nil, nil, err
	}
	st := s.ws.current()
	ds, err := m.Dispatches(intake.DispatchOptions{Units: units, Period: st.Period, Due: st.Due})
	return ds, m, err
}

func (s *Server) dispatchPage(w http.ResponseWriter, r *http.Request) {
	s.showDispatch(w, r, nil, nil)
}

func (s *Server) showDispatch(w http.ResponseWriter, r *http.Request, notes, errs []string) {
	st := s.ws.current()
	v := dispatchView{Period: st.Period, Due: st.Due, Folder: filepath.Join(dispatchDir, periodName(st.Period))}
	ds, m, err := s.dispatches()
	if err != nil {
		errs = append(errs, err.Error())
	}
	if m != nil {
		v.Unled = m.Unled()
	}
	for _, d := range ds {
		row := dispatchRow{Unit: d.Workbook.Info.Dept, File: d.FileName, Led: len(d.Workbook.Share.Led), Partnered: len(d.Workbook.Share.Partnered)}
		if s.opts.Remote {
			tok, err := s.ws.token(row.Unit)
			if err != nil {
				errs = append(errs, err.Error())
			}
			row.Link = s.opts.Address + "/d/" + tok + "/"
		}
		v.Units = append(v.Units, row)
	}
	p := s.officePage(r, "下发", "/dispatch", v)
	p.Notes, p.Errors = notes, errs
	s.render(w, r, "dispatch", p)
}

func (s *Server) setPeriod(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if !s.validCSRF(s.officeScope(r), r.PostFormValue("csrf")) {
		s.fail(w, r, http.StatusForbidden, errCSRF.Error())
		return
	}
	period := r.PostFormValue("period")
	if period == "" {
		s.showDispatch(w, r, nil, []string{"请填写报送期间，如 2026年第三季度。"})
		return
	}
	due := r.PostFormValue("due")
	if err := s.ws.update(func(st *settings) { st.Period, st.Due = period, due }); err != nil {
		s.showDispatch(w, r, nil, []string{err.Error()})
		return
	}
	s.showDispatch(w, r, []string{"本期为“" + period + "”：下发的工作簿、收回的文件和通报都按这一期存放。"}, nil)
}

// writeDispatch writes a unit's workbook into 下发/<期>/ and returns its path.
func (s *Server) writeDispatch(d intake.Dispatch) (string, error) {
	path := s.ws.path(dispatchDir, periodName(s.ws.current().Period), intake.SafeFileName(d.FileName))
	return path, atomicfile.Write(path, func(w io.Writer) error { return sheets.WriteDispatch(w, d.Workbook) })
}

func (s *Server) downloadDispatch(w http.ResponseWriter, r *http.Request) {
	ds, _, err := s.dispatches(r.URL.Query().Get("unit"))
	if err == nil && len(ds) != 1 {
		err = errors.New("没有这个单位")
	}
	if err != nil {
		s.fail(w, r, http.StatusNotFound, err.Error())
		return
	}
	s.sendDispatch(w, r, ds[0])
}

// sendDispatch writes a unit's workbook to its folder and sends it.
func (s *Server) sendDispatch(w http.ResponseWriter, r *http.Request, d intake.Dispatch) {
	path, err := s.writeDispatch(d)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	serveFile(w, r, path, filepath.Base(path))
}

func (s *Server) downloadAllDispatches(w http.ResponseWriter, r *http.Request) {
	ds, m, err := s.dispatches()
	if err != nil {
		s.fail(w, r, http.StatusNotFound, err.Error())
		return
	}
	var paths []string
	for _, d := range ds {
		p, err := s.writeDispatch(d)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err.Error())
			return
		}
		paths = append(paths, p)
	}
	name := intake.SafeFileName(fmt.Sprintf("%s-%s-下发.zip", m.Title(), s.ws.current().Period))
	w.Header().Set("Content-Type", "application/zip")
	w.Header().Set("Content-Disposition", contentDisposition(name))
	zw := zip.NewWriter(w)
	for _, p := range paths {
		// Names are UTF-8, flagged as such: Windows' own unzip and WPS read them.
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: filepath.Base(p), Method: zip.Deflate, Modified: time.Now(), NonUTF8: false})
		if err != nil {
			return
		}
		f, err := os.Open(p)
		if err != nil {
			return
		}
		io.Copy(fw, f)
		f.Close()
	}
	zw.Close()
}
