#!/usr/bin/env bash
# Builds the installable Errata into packaging/out/: on Linux an app image and a .deb, on macOS a .dmg,
# on Windows (Git Bash) an .msi. Two steps: jlink a runtime of the JDK modules the app needs, then
# jpackage the shaded jar onto it. The jar carries JavaFX's modular jars and their native libraries nested
# whole, and its window loads them as named modules from the user's cache (dev.errata.launch), so
# only JDK modules are linked.
#
#   packaging/build.sh          # runs `mvn package` first
#   packaging/build.sh -o       # the same, Maven offline (any arguments go to Maven)
#   SKIP_MAVEN=1 packaging/build.sh   # package the target/errata.jar already there
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# What `jdeps --print-module-deps --ignore-missing-deps target/errata.jar` reports (java.base, java.desktop,
# java.prefs, java.sql, jdk.jfr, jdk.unsupported), plus modules that libraries load by name at run time,
# which jdeps cannot see: java.logging (JavaFX's and Jackson's loggers), java.xml and java.naming
# (JAXP and JNDI lookups in the libraries' dependencies), java.management (JVM statistics), java.scripting, and
# jdk.localedata so that number and date formats follow the user's locale.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.localedata,jdk.unsupported

cd "$root"
if [[ "${SKIP_MAVEN:-}" != 1 ]]; then
    mvn -q -B package -DskipTests "$@"
fi
[[ -f target/errata.jar ]] || { echo "build.sh: target/errata.jar is missing; run mvn package" >&2; exit 2; }

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
version="$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -n 1)"

echo "jlink: a runtime of $modules"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"

mkdir -p "$work/input"
cp target/errata.jar "$work/input/"

# The icon: the PNG the icon set holds when it is there, else rendered from the SVG for this build only.
icon="$work/errata.png"
if [[ -f icons/errata-256.png ]]; then
    cp icons/errata-256.png "$icon"
elif command -v rsvg-convert > /dev/null; then
    rsvg-convert -w 256 -h 256 icons/errata.svg -o "$icon"
else
    echo "build.sh: no icons/errata-256.png and no rsvg-convert; install librsvg2-bin (apt-get install librsvg2-bin)" >&2
    exit 2
fi

common=(--name Errata --app-version "$version" --vendor "Errata"
        --description "Error analysis workbench for machine-learning models")
rm -rf "$out"
mkdir -p "$out"

case "$(uname -s)" in
    Linux)
        jpackage --type app-image "${common[@]}" --input "$work/input" --main-jar errata.jar \
            --runtime-image "$work/runtime" --icon "$icon" --dest "$out"
        # linux/Errata.desktop replaces jpackage's desktop entry, whose Exec line passes no file, so that
        # opening a project from the file manager opens it; JavaFX's own libraries need GTK 3 and OpenGL,
        # which jpackage cannot see inside the jar
        jpackage --type deb "${common[@]}" --app-image "$out/Errata" --icon "$icon" --dest "$out" \
            --resource-dir "$here/linux" --file-associations "$here/linux/errata-project.properties" \
            --linux-package-name errata --linux-app-category science --linux-menu-group "Science;Development" \
            --linux-shortcut --linux-deb-maintainer "errata@example.org" \
            --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1"
        ;;
    Darwin)
        # macOS wants an .icns: made from the PNG with the system's sips and iconutil
        mkdir -p "$work/errata.iconset"
        for size in 16 32 128 256; do
            sips -z "$size" "$size" "$icon" --out "$work/errata.iconset/icon_${size}x${size}.png" > /dev/null
        done
        iconutil -c icns "$work/errata.iconset" -o "$work/errata.icns"
        jpackage --type dmg "${common[@]}" --input "$work/input" --main-jar errata.jar \
            --runtime-image "$work/runtime" --icon "$work/errata.icns" --dest "$out" \
            --file-associations "$here/macos/errata-project.properties" --mac-package-identifier dev.errata.app
        ;;
    MINGW* | MSYS* | CYGWIN*)
        # Windows wants an .ico (ImageMagick makes one) and the WiX Toolset 3 on the PATH for the .msi
        magick "$icon" -define icon:auto-resize=256,64,48,32,16 "$work/errata.ico"
        jpackage --type msi "${common[@]}" --input "$work/input" --main-jar errata.jar \
            --runtime-image "$work/runtime" --icon "$work/errata.ico" --dest "$out" \
            --file-associations "$here/windows/errata-project.properties" \
            --win-menu --win-menu-group Errata --win-shortcut --win-dir-chooser \
            --win-upgrade-uuid 5d1c6b0e-8a4f-4d55-9f1e-6f4f2a1c9e27
        ;;
    *)
        echo "build.sh: no installer type for $(uname -s)" >&2
        exit 2
        ;;
esac
ls -l "$out"
