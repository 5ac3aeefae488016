#!/bin/bash
# What the application's executables link, read from their ELF headers (binutils' readelf, glibc's ldd).
#
#   checklinks.sh direct "LINK_LIBRARIES of iia_ui" "LINK_LIBRARIES of iia_core" EXECUTABLE…
#       Fails if an executable needs libQt6Network or libcurl itself (its NEEDED entries, which include
#       everything iia_ui and iia_core, static libraries, bring in), or if either library asks CMake for
#       Qt6::Network or curl.
#   checklinks.sh none EXECUTABLE…
#       Fails if an executable loads any networking library at all, even through another library (ldd). The
#       application itself is held to this; KSyntaxHighlighting, the one dependency that needs QtNetwork, is
#       in the iia_highlighting plugin, loaded when an editor is first shown.
#   checklinks.sh transitive EXECUTABLE…
#       Lists every library each executable loads (ldd) and, for each networking library among them, which
#       library needs it. Two of our dependencies bring networking code along for features we never use:
#         - KF6SyntaxHighlighting needs QtNetwork for downloading definition updates (DefinitionDownloader);
#           we only use our own definition, from the resources. QtNetwork in turn loads libproxy, whose
#           backend needs curl.
#         - Poppler (in the iia-pdftext helper, when there is one) needs curl for documents read over HTTP;
#           we read local files only.
#       Fails if any other library needs QtNetwork or curl: look at what it uses them for, make sure the
#       application never calls it, and add it to known_users below with the reason.
set -euo pipefail

usage() {
    echo "FAIL: usage: $0 direct LINKS_UI LINKS_CORE EXECUTABLE… | none EXECUTABLE… | transitive EXECUTABLE…"
    exit 2
}
network='^lib(Qt6Network|Qt6WebSockets|Qt6WebEngine[A-Za-z]*|curl[a-z-]*)\.so'
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

mode=${1:-}
status=0
case "$mode" in
direct)
    [ $# -ge 4 ] || usage
    for what in "iia_ui:$2" "iia_core:$3"; do
        target=${what%%:*}
        links=${what#*:}
        echo "$target links: $links"
        if grep -qiE 'Qt6?::Network|Qt6Network|curl' <<<"$links"; then
            echo "FAIL: $target asks CMake for Qt's network module or curl."
            status=1
        fi
    done
    shift 3
    for exe in "$@"; do
        echo "NEEDED by $exe:"
        needed "$exe" | sed 's/^/    /'
        if bad=$(needed "$exe" | grep -E "$network"); then
            echo "FAIL: $exe links networking libraries directly: $bad"
            echo "      The application never goes online (README); nothing of ours may use QtNetwork or curl."
            status=1
        fi
    done
    [ $status -eq 0 ] && echo "PASS: no executable of ours, nor iia_ui or iia_core, links a networking library."
    ;;
none)
    [ $# -ge 2 ] || usage
    shift
    for exe in "$@"; do
        echo "Libraries loaded by $exe (ldd): $(ldd "$exe" | wc -l)"
        if bad=$(ldd "$exe" | awk '{print $1}' | grep -E "$network"); then
            echo "FAIL: $exe loads networking code: $bad"
            echo "      Find which library brings it (checklinks.sh transitive) and load that one only when needed."
            status=1
        fi
    done
    [ $status -eq 0 ] && echo "PASS: the application loads no networking library, directly or indirectly."
    ;;
transitive)
    [ $# -ge 2 ] || usage
    shift
    # library that needs networking code -> why that is acceptable
    declare -A known_users=(
        [libKF6SyntaxHighlighting.so]="definition downloads (DefinitionDownloader), never used"
        [libpoppler.so]="documents read over HTTP, never used: we read local files"
        [libpxbackend-1.0.so]="libproxy's backend, loaded by QtNetwork, itself only there for KF6SyntaxHighlighting"
    )
    for exe in "$@"; do
        ldd_output=$(ldd "$exe")
        echo "Libraries loaded by $exe (ldd):"
        sed 's/^[[:space:]]*/    /' <<<"$ldd_output"
        mapfile -t libraries < <(awk '$2 == "=>" && $3 ~ /^\// {print $3}' <<<"$ldd_output")
        found=0
        echo "Networking code among them, and who needs it:"
        for library in "${libraries[@]}"; do
            name=$(basename "$library")
            for dependency in $(needed "$library" | grep -E "$network" || true); do
                found=1
                reason=""
                for known in "${!known_users[@]}"; do
                    [[ $name == "$known"* ]] && reason=${known_users[$known]}
                done
                if [ -n "$reason" ]; then
                    echo "    $name needs $dependency: $reason"
                else
                    echo "    $name needs $dependency: UNEXPECTED"
                    status=1
                fi
            done
        done
        [ $found -eq 0 ] && echo "    none"
    done
    if [ $status -ne 0 ]; then
        echo "FAIL: a library not known to need networking code now does (UNEXPECTED above). Find out what for,"
        echo "      make sure the application never calls it, and list it in tests/offline/checklinks.sh."
    else
        echo "PASS: only the known dependencies bring networking code, for features the application never uses."
    fi
    ;;
*) usage ;;
esac
exit $status
