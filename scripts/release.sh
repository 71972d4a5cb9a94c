#!/usr/bin/env bash
# Builds qingdan for every release target into dist/, with the version set
# and SHA-256 checksums: bash scripts/release.sh [版本]
# The version defaults to `git describe`. Builds are static (CGO_ENABLED=0)
# and reproducible (-trimpath, no build ID). The Windows builds carry an
# icon and a version resource (made with go-winres) and need Windows 10 or
# Windows Server 2016 and later (Go's own minimum).
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-$(git describe --tags --always --dirty 2>/dev/null || echo 开发版)}
targets="windows/amd64 windows/arm64 linux/amd64 linux/arm64 linux/loong64 darwin/arm64"
winres=github.com/tc-hib/go-winres@v0.3.3
rm -rf dist
mkdir -p dist

# The Windows resource: icon, version, a manifest that asks for no elevation.
# A resource version is four numbers: 1.2.3 from v1.2.3-rc1, else 0.0.0.
numeric=$(echo "$version" | grep -oE '[0-9]+(\.[0-9]+){0,3}' | head -1 || true)
numeric=${numeric:-0.0.0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" cmd/qingdan/rsrc_windows_*.syso' EXIT
go run ./scripts/makeicon -o "$tmp/icon.png"
if go run "$winres" simply --arch amd64,arm64 --out cmd/qingdan/rsrc --manifest cli \
  --icon "$tmp/icon.png" --product-name "清单 qingdan" --file-description "清单：工作要点任务清单的下发、汇总、核验与督查通报" \
  --product-version "$numeric" --file-version "$numeric" --original-filename qingdan.exe; then
  echo "Windows 图标和版本信息：已生成"
else
  echo "Windows 图标和版本信息：go-winres 不可用，跳过"
fi

for t in $targets; do
  os=${t%/*} arch=${t#*/}
  out="dist/qingdan-$version-$os-$arch"
  [ "$os" = windows ] && out="$out.exe"
  echo "构建 $out"
  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -buildvcs=false \
    -ldflags "-s -w -buildid= -X main.version=$version" -o "$out" ./cmd/qingdan
done
(cd dist && sha256sum qingdan-* > SHA256SUMS)
echo "已写入 dist/（$(ls dist | wc -l) 个文件），校验和在 dist/SHA256SUMS"
