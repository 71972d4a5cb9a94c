package web

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
)

// boardView is what the 看板 page shows.
type boardView struct {
	Period, AsOf string
	Files        int // uploads counted
	Superseded   int // earlier uploads of the same units, kept but not counted
	Ready        bool
	Outcomes     int
	Counts       []statusCount
	Rate         float64
	Units        []boardUnit
	Sent         []sentRow
	Chase        string // the chase list, to copy
	Silent       int
	Items        []itemRow
}

type statusCount struct {
	Status string
	Light  string
	N      int
}

type boardUnit struct {
	Rank               int
	Name               string
	Tasks, Outcomes    int
	Green, Yellow, Red int
	Rate, OnTime       float64
}

type sentRow struct {
	Name           string
	Sent           bool
	Led, Partnered int
	Upload         int // the upload counted for it, if any
}

type itemRow struct {
	Number, Label, Leads, Target, Deadline string
	Status, Light, Reason                  string
	Actual, Mark                           string
	File, Cell                             string
	Upload                                 int
}

// asOf reads the ?as-of= date of a request, else today.
func (s *Server) asOf(r *http.Request) (time.Time, error) {
	if v := r.URL.Query().Get("as-of"); v != "" {
		d, err := check.ParseDate(v)
		if err != nil {
			return time.Time{}, fmt.Errorf("日期“%s”无法识别，请写成 2026-09-30", v)
		}
		return d, nil
	}
	return dateOf(s.opts.Today()), nil
}

// run runs the intake over the uploads that count this period, as of a
// date, with sink receiving the returns when it is not nil.
func (s *Server) run(asOf time.Time, sink intake.Sink) (*intake.Result, []upload, error) {
	st := s.ws.current()
	ups := s.ws.counted(st.Period)
	if len(ups) == 0 {
		return nil, nil, nil
	}
	opts := intake.Options{AsOf: asOf, Today: dateOf(s.opts.Today()), Cache: s.opts.Cache, Sink: sink}
	for _, u := range ups {
		opts.Inputs = append(opts.Inputs, s.ws.uploadPath(u))
	}
	if s.ws.hasMaster() {
		opts.Plan = s.ws.path(masterFile)
	}
	res, err := intake.Run(opts)
	return res, ups, err
}

func (s *Server) boardPage(w http.ResponseWriter, r *http.Request) {
	st := s.ws.current()
	v := boardView{Period: st.Period}
	p := s.officePage(r, "看板", "/board", &v)
	asOf, err := s.asOf(r)
	if err != nil {
		p.Errors = append(p.Errors, err.Error())
		asOf = dateOf(s.opts.Today())
	}
	v.AsOf = asOf.Format(time.DateOnly)
	res, ups, err := s.run(asOf, nil)
	if err != nil {
		p.Errors = append(p.Errors, err.Error())
	}
	defer res.Close()
	v.Files = len(ups)
	v.Superseded = countRead(s.ws.uploadsOf(st.Period, "")) - len(ups)
	if res != nil {
		fillBoard(&v, st, res, ups)
	} else if s.ws.hasMaster() {
		if m, err := intake.ReadMaster(s.ws.path(masterFile)); err == nil {
			var names []string
			for _, u := range m.Book.Units {
				v.Sent = append(v.Sent, sentRow{Name: u.Unit.String(), Led: u.Led, Partnered: u.Partnered})
				names = append(names, u.Unit.String())
			}
			v.Silent = len(names)
			v.Chase = chaseText(st, names)
		}
	}
	s.render(w, r, "board", p)
}

func countRead(ups []upload) int {
	n := 0
	for _, u := range ups {
		if u.Read {
			n++
		}
	}
	return n
}

// fillBoard shows a run's figures.
func fillBoard(v *boardView, st settings, res *intake.Result, ups []upload) {
	ev := res.Eval
	v.Ready = true
	v.Outcomes = ev.Outcomes()
	v.Rate = ev.CompletionRate()
	for _, status := range check.Statuses {
		v.Counts = append(v.Counts, statusCount{Status: status.String(), Light: lightClass(status), N: ev.Counts.Of(status)})
	}
	for i, u := range figures.Ranked(ev.Units) {
		bu := boardUnit{Rank: i + 1, Name: u.Unit.String(), Tasks: u.Tasks, Outcomes: u.Outcomes, Rate: u.CompletionRate(), OnTime: u.OnTimeRate()}
		for _, status := range check.Statuses {
			switch status.Light() {
			case check.Red:
				bu.Red += u.Counts.Of(status)
			case check.Yellow:
				bu.Yellow += u.Counts.Of(status)
			default:
				bu.Green += u.Counts.Of(status)
			}
		}
		v.Units = append(v.Units, bu)
	}
	byFile := map[string]int{}
	for _, u := range ups {
		byFile[u.Stored] = u.ID
	}
	counted := map[string]int{}
	for _, u := range ups {
		for _, name := range u.Units {
			counted[name] = u.ID
		}
	}
	var silent []string
	for _, u := range res.Book.Units {
		v.Sent = append(v.Sent, sentRow{Name: u.Unit.String(), Sent: u.Sent, Led: u.Led, Partnered: u.Partnered, Upload: counted[u.Unit.String()]})
	}
	for _, u := range ev.Silent {
		silent = append(silent, u.Unit.String())
	}
	v.Silent = len(silent)
	v.Chase = chaseText(st, silent)
	for it := range ev.All() {
		shown := it.Shown()
		row := itemRow{Number: it.Number(), Label: it.Label(), Leads: it.LeadNames(), Target: it.Target.String(),
			Deadline: it.Deadline.Text, Status: it.Status.String(), Light: lightClass(it.Status), Reason: it.Reason,
			Actual: shown.Actual, Mark: shown.Mark, File: shown.At.File, Upload: byFile[topName(shown.At.File)]}
		if shown.At.Sheet != "" {
			row.Cell = shown.At.Sheet + "!" + shown.At.Cell()
		}
		v.Items = append(v.Items, row)
	}
}

// topName is the upload a position's file is in: the file itself, or the
// archive named before a path inside it.
func topName(file string) string {
	if i := strings.IndexAny(file, `/\`); i >= 0 {
		return file[:i]
	}
	return file
}

// chaseText is the chase list to copy into a message.
func chaseText(st settings, names []string) string {
	if len(names) == 0 {
		return ""
	}
	due := "尽快"
	if st.Due != "" {
		due = "于" + st.Due + "前"
	}
	return fmt.Sprintf("以下%d个单位尚未报送%s工作任务完成情况：%s。请%s报送。", len(names), st.Period, strings.Join(names, "、"), due)
}
