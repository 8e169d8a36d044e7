#!/usr/bin/env bash
# Makes the local images the tests and samples run, without any registry: a root filesystem holding Debian's
# static busybox (/bin/busybox plus a link per applet: sh, httpd, wget, nc, sleep ...) imported with `docker import`.
#   ecskit/busybox:local   the image of the samples and the tests
# Idempotent: an image that exists is left alone (pass --force to make it again).
set -euo pipefail

image=ecskit/busybox:local
if [ "${1:-}" != "--force" ] && docker image inspect "$image" >/dev/null 2>&1; then
  exit 0
fi
busybox=/bin/busybox
# ldd fails on a static program, which is what the image needs (it has no libc).
if [ ! -x "$busybox" ] || ldd "$busybox" >/dev/null 2>&1; then
  echo "error: $busybox is missing or not static: install it with 'apt-get install -y busybox-static'." >&2
  exit 1
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bin" "$root/tmp" "$root/www" "$root/etc" "$root/root"
chmod 1777 "$root/tmp"
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
printf '<h1>EcsKit</h1>\n' > "$root/www/index.html"
tar -C "$root" --numeric-owner --owner=0 --group=0 -c . \
  | docker import --change 'ENV PATH=/bin' --change 'CMD ["sh"]' - "$image" >/dev/null
echo "==> Made image $image from $busybox ($("$busybox" 2>&1 | head -n 1))"
