# Sourced by the scripts: makes sure a Docker engine answers and the local images exist.
#   ensure_engine   installs Debian's docker.io and busybox-static when missing, starts dockerd when no engine
#                   answers, waits for it, makes the images (scripts/images.sh). Sets ECSKIT_STARTED_DOCKERD=1
#                   when it started the engine itself.
#   stop_engine     stops the engine again, only if ensure_engine started it.

ECSKIT_STARTED_DOCKERD=0
ECSKIT_DOCKERD_LOG=${ECSKIT_DOCKERD_LOG:-/tmp/ecskit-dockerd.log}

_sudo() { if [ "$(id -u)" -ne 0 ]; then sudo "$@"; else "$@"; fi; }

_apt_install() {
  printf '==> Installing %s (Debian packages)\n' "$*"
  _sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive _sudo apt-get install -y -qq "$@" >/dev/null
}

ensure_engine() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1 || missing+=(busybox-static)
  [ ${#missing[@]} -eq 0 ] || _apt_install "${missing[@]}"

  if docker info >/dev/null 2>&1; then
    printf '==> Docker engine: %s (already running)\n' "$(docker version --format '{{.Server.Version}}' 2>/dev/null)"
  else
    printf '==> Starting the Docker engine (dockerd, log in %s)\n' "$ECSKIT_DOCKERD_LOG"
    _sudo setsid dockerd >"$ECSKIT_DOCKERD_LOG" 2>&1 < /dev/null &
    ECSKIT_STARTED_DOCKERD=1
    local waited=0
    until docker info >/dev/null 2>&1; do
      sleep 0.5
      waited=$((waited + 1))
      if [ "$waited" -gt 120 ]; then
        echo "error: dockerd did not answer within 60 s; its log:" >&2
        tail -n 20 "$ECSKIT_DOCKERD_LOG" >&2
        return 1
      fi
    done
    printf '==> Docker engine: %s\n' "$(docker version --format '{{.Server.Version}}')"
  fi
  "$(dirname "${BASH_SOURCE[0]}")/../images.sh"
}

stop_engine() {
  [ "$ECSKIT_STARTED_DOCKERD" = 1 ] || return 0
  printf '==> Stopping the Docker engine this script started\n'
  local pid
  pid=$(cat /var/run/docker.pid 2>/dev/null || true)
  [ -n "$pid" ] && _sudo kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 || return 0
    sleep 0.5
  done
}
