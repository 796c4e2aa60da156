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

# The runtime is linked from the newest JDK of version 25 or later found (JAVA_HOME, /usr/lib/jvm), whose
# ahead-of-time cache, trained on the app image below, lets the installed app start as if warmed
# (docs/decisions/0007-cold-start-runtime.md); else from the JDK on the PATH, without a cache.
jdk_bin="" jdk_version=0
for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [[ -n "$home" && -x "$home/bin/jlink" && -x "$home/bin/jpackage" && -r "$home/release" ]] || continue
    release_version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
    if [[ "${release_version:-0}" -ge 25 && "$release_version" -gt "$jdk_version" ]]; then
        jdk_bin="$home/bin/" jdk_version="$release_version"
    fi
done

echo "jlink${jdk_bin:+ of $jdk_bin}: a runtime of $modules"
compress=2
[[ "$jdk_version" -ge 21 ]] && compress=zip-6 # the numbered levels are deprecated from JDK 21 on
"${jdk_bin}jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress="$compress" \
    --output "$work/runtime"

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
# Reflection through native calls, as it was before Java 18, instead of method handles whose classes each start
# spins afresh (src/main/launcher/errata says why); a runtime of Java 17 ignores the property.
reflection=(--java-options -Djdk.reflect.useNativeAccessorOnly=true)
rm -rf "$out"
mkdir -p "$out"

case "$(uname -s)" in
    Linux)
        aot=()
        if [[ "$jdk_version" -ge 25 ]]; then
            # the launcher reads the cache beside the jar; the JVM would print a warning about the Parquet
            # decoder's sun.misc.Unsafe to every command, about a cache it cannot use to every start, and
            # about JavaFX's native libraries to every window unless the jar's code may allow them (the
            # manifest says so to `java -jar`, which this launcher is not)
            aot=(--java-options '-XX:AOTCache=$APPDIR/errata.aot' --java-options -Xlog:aot=off
                 --java-options -Xlog:cds=off --java-options --sun-misc-unsafe-memory-access=allow
                 --java-options --enable-native-access=ALL-UNNAMED)
        fi
        "${jdk_bin}jpackage" --type app-image "${common[@]}" --input "$work/input" --main-jar errata.jar \
            --runtime-image "$work/runtime" --icon "$icon" --dest "$out" "${reflection[@]}" ${aot[@]+"${aot[@]}"}
        if [[ "$jdk_version" -ge 25 ]]; then
            # The training run: the benchmark's work on a smaller file (load, metrics, tags, slices, saving),
            # then the commands a user runs first (dev.errata.cli.AotTraining), on the app's own runtime and
            # jar, so the cache matches them; it still matches once installed elsewhere, as the jar and the
            # cache move together. Its table cache is its own, not the user's.
            echo "training the ahead-of-time cache"
            XDG_CACHE_HOME="$work/training-cache" "$out/Errata/lib/runtime/bin/java" -XX:AOTCacheOutput="$out/Errata/lib/app/errata.aot" \
                -Djdk.reflect.useNativeAccessorOnly=true -Xlog:aot=off -Xlog:cds=off --sun-misc-unsafe-memory-access=allow \
                -cp "$out/Errata/lib/app/errata.jar" dev.errata.cli.AotTraining "$work/training" \
                > "$work/training.txt" 2>&1 \
                || { cat "$work/training.txt" >&2; echo "build.sh: the training run failed" >&2; exit 2; }
        fi
        # linux/Errata.desktop replaces jpackage's desktop entry, whose Exec line passes no file, so that
        # opening a project from the file manager opens it; JavaFX's own libraries need GTK 3 and OpenGL,
        # which jpackage cannot see inside the jar
        "${jdk_bin}jpackage" --type deb "${common[@]}" --app-image "$out/Errata" --icon "$icon" --dest "$out" \
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
        "${jdk_bin}jpackage" --type dmg "${common[@]}" --input "$work/input" --main-jar errata.jar \
            --runtime-image "$work/runtime" --icon "$work/errata.icns" --dest "$out" "${reflection[@]}" \
            --file-associations "$here/macos/errata-project.properties" --mac-package-identifier dev.errata.app
        ;;
    MINGW* | MSYS* | CYGWIN*)
        # Windows wants an .ico (ImageMagick makes one) and the WiX Toolset 3 on the PATH for the .msi
        magick "$icon" -define icon:auto-resize=256,64,48,32,16 "$work/errata.ico"
        "${jdk_bin}jpackage" --type msi "${common[@]}" --input "$work/input" --main-jar errata.jar \
            --runtime-image "$work/runtime" --icon "$work/errata.ico" --dest "$out" "${reflection[@]}" \
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
