package web

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
)

// errTooMany is a request with more files than allowed.
var errTooMany = errors.New("一次上传的文件太多")

// readForm reads a multipart form as it arrives, without holding its files
// in memory or on disk: the first field must be the form's CSRF token for
// scope; each file is handed to file as it streams in, and the other fields
// are returned. The request is bounded to MaxFiles files of MaxFileSize.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request, scope string, file func(name string, body io.Reader) error) (map[string]string, error) {
	limit := int64(s.opts.MaxFiles)*(s.opts.MaxFileSize+4096) + 1<<20
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, fmt.Errorf("上传的内容无法识别，请用页面上的按钮选择文件：%w", err)
	}
	fields := map[string]string{}
	first, files := true, 0
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fields, fmt.Errorf("上传中断：%w", err)
		}
		if first {
			first = false
			if part.FormName() != "csrf" || !s.validCSRF(scope, readField(part)) {
				return nil, errCSRF
			}
			continue
		}
		if part.FileName() == "" {
			fields[part.FormName()] = readField(part)
			continue
		}
		files++
		if files > s.opts.MaxFiles {
			return fields, fmt.Errorf("%w：最多 %d 个，其余未接收，请分批上传", errTooMany, s.opts.MaxFiles)
		}
		if err := file(part.FileName(), part); err != nil {
			return fields, err
		}
	}
	if first {
		return nil, errCSRF
	}
	return fields, nil
}

// readField reads a small form field.
func readField(p *multipart.Part) string {
	b, _ := io.ReadAll(io.LimitReader(p, 4096))
	return strings.TrimSpace(string(b))
}
