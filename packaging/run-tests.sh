#!/usr/bin/env bash
# Runs the whole CTest suite headless: offscreen widgets, a private session bus and an
# unlocked gnome-keyring in a throwaway home, so the real Secret Service is exercised.
# Usage: packaging/run-tests.sh BUILD_DIR [extra ctest arguments]
set -euo pipefail
build=${1:?usage: run-tests.sh BUILD_DIR [ctest args]}
shift
build=$(cd "$build" && pwd)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/home"
chmod 700 "$scratch/runtime"
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export HOME="$scratch/home"
export QT_QPA_PLATFORM=offscreen
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

jobs=${KTC_TEST_JOBS:-$(nproc)}
exec dbus-run-session -- bash -c '
  set -euo pipefail
  printf %s throwaway-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0" --output-on-failure --no-tests=error -j "$1" "${@:2}"' "$build" "$jobs" "$@"
