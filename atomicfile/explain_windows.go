package atomicfile

import (
	"errors"
	"syscall"
)

// Windows errors that Go's io/fs does not map.
const (
	errorSharingViolation  syscall.Errno = 32  // ERROR_SHARING_VIOLATION
	errorLockViolation     syscall.Errno = 33  // ERROR_LOCK_VIOLATION
	errorDiskFull          syscall.Errno = 112 // ERROR_DISK_FULL
	errorFilenameTooLong   syscall.Errno = 206 // ERROR_FILENAME_EXCED_RANGE
	errorWriteProtect      syscall.Errno = 19  // ERROR_WRITE_PROTECT
	errorNetNameDeleted    syscall.Errno = 64  // ERROR_NETNAME_DELETED
	errorUserMappedSection syscall.Errno = 1224
)

// explainSystem says what a Windows error code means, or "".
func explainSystem(err error) string {
	switch {
	case errors.Is(err, errorSharingViolation), errors.Is(err, errorLockViolation), errors.Is(err, errorUserMappedSection):
		return "文件正在被其他程序（如 Excel、WPS）使用，请关闭后重试"
	case errors.Is(err, errorDiskFull):
		return "磁盘已满"
	case errors.Is(err, errorFilenameTooLong):
		return "文件名或路径太长"
	case errors.Is(err, errorWriteProtect):
		return "磁盘是写保护的"
	case errors.Is(err, errorNetNameDeleted):
		return "网络驱动器已断开"
	}
	return ""
}
