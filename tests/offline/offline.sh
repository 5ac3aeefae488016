#!/bin/bash
# The application's main flows in a network namespace of their own, which has no interface but a loopback
# that is down: nothing can reach any network, so a flow that needed one would fail here.
#
#   offline.sh IIA EXAMPLE.iia [TEST_EXECUTABLE…]
#
# Inside the namespace it first proves there is no network (only "lo" in /proc/net/dev, and connecting to
# 1.1.1.1 and to 127.0.0.1 fails), then runs the command line (import, list, show, score, export to PDF and
# Markdown), the windows (iia --screenshot, which opens the library, the worked example, every kind of page,
# the export dialog and the framework editor), and the given test executables (the GUI, keyboard, command line,
# report and draft-import tests), each of which must succeed.
#
# Creating the namespace needs root (./dev test and CI run the tests as root), or, for anyone else, a system
# that allows unprivileged user namespaces (unshare -r). Where neither is possible the test fails and says so:
# it never skips.
set -uo pipefail

if [ "${IIA_OFFLINE_INSIDE:-}" != 1 ]; then
    if ! command -v unshare >/dev/null; then
        echo "FAIL: unshare (util-linux) is not installed, so the offline run cannot be made."
        exit 1
    fi
    # As root, a network namespace; otherwise inside a user namespace of our own, where the system allows it.
    for how in "-n" "-r -n"; do
        if probe=$(unshare $how -- true 2>&1); then
            echo "In a network namespace of its own: unshare $how"
            exec unshare $how -- env IIA_OFFLINE_INSIDE=1 bash "$0" "$@"
        fi
        echo "unshare $how: $probe"
    done
    echo "FAIL: cannot create a network namespace (uid $(id -u) here, and no user namespace allowed)."
    echo "      Run the test as root: ./dev test runs the tests as root in the build environment; or"
    echo "      sudo ctest -R offline-run."
    exit 1
fi

iia=$1
example=$2
shift 2
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# 1. There is no network here.
interfaces=$(awk 'NR > 2 { sub(":", "", $1); print $1 }' /proc/net/dev | tr '\n' ' ')
echo "Network interfaces in the namespace: $interfaces"
[ "$interfaces" = "lo " ] || fail "the namespace has interfaces other than lo: $interfaces"
for address in 1.1.1.1/53 1.1.1.1/443 127.0.0.1/9; do
    if error=$(timeout 10 bash -c "exec 3<>/dev/tcp/${address%/*}/${address#*/}" 2>&1); then
        fail "connecting to $address succeeded: this namespace has a network"
    else
        echo "Connecting to $address fails, as it should: ${error##*: }"
    fi
done
[ $failures -eq 0 ] || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Never the developer's real settings or data.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/share XDG_CACHE_HOME=$work/cache
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME"

run() {
    local name=$1
    shift
    echo "--- $name: $*"
    "$@" >"$work/out" 2>&1
    local status=$?
    if [ $status -eq 0 ]; then
        tail -n 5 "$work/out" | sed 's/^/    /'
    else
        sed 's/^/    /' "$work/out"
        fail "$name exited with $status"
    fi
    return $status
}

# 2. The command line.
data=$work/data
run import "$iia" --data-dir "$data" import "$example"
run list "$iia" --data-dir "$data" list
id=$(grep -oE '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' "$work/out" | head -n 1)
if [ -z "$id" ]; then
    fail "iia list shows no assessment after the import"
else
    run show "$iia" --data-dir "$data" show "$id"
    run score "$iia" --data-dir "$data" score "$id" --explain
    run export-pdf "$iia" --data-dir "$data" export "$id" -o "$work/brief.pdf" &&
        { head -c 5 "$work/brief.pdf" | grep -q '%PDF-' || fail "brief.pdf is not a PDF"; }
    run export-md "$iia" --data-dir "$data" export "$id" -o "$work/brief.md" &&
        { head -n 1 "$work/brief.md" | grep -q '^# ' || fail "brief.md does not start with its title"; }
fi

# 3. The windows.
run screenshots "$iia" --screenshot "$work/shots" --language en &&
    for shot in welcome library property-page summary export-dialog; do
        [ -s "$work/shots/$shot.png" ] || fail "iia --screenshot did not render $shot.png"
    done

# 4. The tests that drive the windows, the command line and the reports.
for test in "$@"; do
    run "$(basename "$test")" "$test"
done

if [ $failures -ne 0 ]; then
    echo "FAIL: $failures step(s) failed without a network."
    exit 1
fi
echo "PASS: every flow works without a network."
