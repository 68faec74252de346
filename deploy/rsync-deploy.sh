#!/bin/sh
# 把生成好的网站发布到任意一台 Web 服务器（rsync + SSH），线上网站永远不会是“复制了一半”的样子。
# 说明见 docs/publishing.md 的“发布到自己的服务器”。
#
# 用法（在网站根目录，先 mvn -B package）：
#   DEPLOY_HOST=deploy@www.example.gov.cn DEPLOY_PATH=/srv/www/kjj deploy/rsync-deploy.sh [网站文件夹]
#   DEPLOY_HOST=... DEPLOY_PATH=... deploy/rsync-deploy.sh --rollback    退回上一个版本
#
# 服务器上的目录：
#   $DEPLOY_PATH/releases/20240603T002015Z/   每次发布一个新文件夹（未改动的文件与上一版硬链接，不多占空间）
#   $DEPLOY_PATH/current -> releases/…        Web 服务器的网站根目录指向它（nginx: root $DEPLOY_PATH/current;）
# 先把新版本完整上传到新文件夹，全部成功后才用一次改名（mv -T，原子操作）把 current 指过去；
# 上传中断时 current 仍指向旧版本。保留最近 $DEPLOY_KEEP 个版本，用于 --rollback。
#
# 环境变量：
#   DEPLOY_HOST  SSH 登录的用户和服务器，例如 deploy@10.1.2.3；留空表示发布到本机的 DEPLOY_PATH
#   DEPLOY_PATH  服务器上的发布目录（绝对路径），必填
#   DEPLOY_KEEP  保留的版本数，默认 5（至少 2）
#   DEPLOY_SSH   ssh 命令及参数，默认 ssh，例如 "ssh -p 2222 -i ~/.ssh/deploy_key"
#   DEPLOY_RELEASE  新版本文件夹的名字，默认当前 UTC 时间；须按时间先后排序，例如 20240603T002015Z-提交号
set -eu

site=target/site
rollback=no
case "${1:-}" in
  --rollback) rollback=yes ;;
  -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
  "") ;;
  *) site=$1 ;;
esac

: "${DEPLOY_PATH:?请设置 DEPLOY_PATH：服务器上的发布目录，例如 /srv/www/kjj}"
host=${DEPLOY_HOST:-}
keep=${DEPLOY_KEEP:-5}
ssh_command=${DEPLOY_SSH:-ssh}
case "$DEPLOY_PATH" in
  /*) ;;
  *) echo "DEPLOY_PATH 必须是绝对路径（以 / 开头）：$DEPLOY_PATH" >&2; exit 2 ;;
esac
case "$keep" in
  ''|*[!0-9]*) echo "DEPLOY_KEEP 必须是数字：$keep" >&2; exit 2 ;;
esac
if [ "$keep" -lt 2 ]; then keep=2; fi

# Runs a shell script on the server (or here when DEPLOY_HOST is empty), with the paths as arguments.
remote() {
  script=$1
  shift
  if [ -n "$host" ]; then
    # The arguments are quoted for the remote shell: paths may not contain single quotes.
    quoted=""
    for argument in "$@"; do
      quoted="$quoted '$argument'"
    done
    $ssh_command "$host" "sh -c '$script' deploy$quoted"
  else
    sh -c "$script" deploy "$@"
  fi
}

# Points current at a release by renaming a new link over it: readers see the old or the new site, never neither.
switch_to() {
  remote 'cd "$1" && ln -sfn "releases/$2" current.new && mv -T current.new current' "$DEPLOY_PATH" "$1"
}

if [ "$rollback" = yes ]; then
  previous=$(remote 'cd "$1" && current=$(readlink current) && current=${current#releases/} && ls -1 releases | sort | while read -r r; do
    if expr "x$r" \< "x$current" >/dev/null; then echo "$r"; fi
  done | tail -n 1' "$DEPLOY_PATH")
  if [ -z "$previous" ]; then
    echo "没有可以退回的上一个版本" >&2
    exit 1
  fi
  switch_to "$previous"
  echo "已退回到 $previous"
  exit 0
fi

if [ ! -f "$site/index.html" ]; then
  echo "找不到 $site/index.html：请先运行 mvn -B package 生成网站" >&2
  exit 1
fi

release=${DEPLOY_RELEASE:-$(date -u +%Y%m%dT%H%M%SZ)}
case "$release" in
  ''|*[!0-9A-Za-z._-]*) echo "DEPLOY_RELEASE 只能有字母、数字和 . _ -：$release" >&2; exit 2 ;;
esac
remote 'mkdir -p "$1/releases" && if [ -e "$1/releases/$2" ]; then echo "版本 $2 已存在" >&2; exit 1; fi' "$DEPLOY_PATH" "$release"

# Files whose bytes are unchanged (-c compares checksums: a rebuilt file of the same size and
# second would fool the quick check) become hard links to the live release's: fast, no extra space.
link_dest=
if remote 'test -d "$1/current/"' "$DEPLOY_PATH"; then
  link_dest="--link-dest=$DEPLOY_PATH/current/"
fi
if [ -n "$host" ]; then
  target="$host:$DEPLOY_PATH/releases/$release/"
  rsync -rlptzc --delete --chmod=D755,F644 $link_dest -e "$ssh_command" "$site/" "$target"
else
  target="$DEPLOY_PATH/releases/$release/"
  rsync -rlptc --delete --chmod=D755,F644 $link_dest "$site/" "$target"
fi

switch_to "$release"
echo "已发布 $release → $DEPLOY_PATH/current"

# Old releases beyond the newest $keep are removed; current is never among them.
remote 'cd "$1/releases" && current=$(readlink ../current) && ls -1 | sort -r | tail -n +$(($2 + 1)) | while read -r old; do
  if [ "releases/$old" != "$current" ]; then rm -rf -- "$old"; fi
done' "$DEPLOY_PATH" "$keep"
