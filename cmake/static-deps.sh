#!/bin/sh
# Builds the two libraries of the static Linux binary that Debian ships no
# static archive of, fmt (libfmt.a) and libxlsxwriter (libxlsxwriter.a, with
# its own copy of minizip), from Debian's source packages (`apt-get source`,
# nothing else downloaded) into DIR/prefix; once: a later run finds them
# built. The others come from Debian's -dev packages as they are:
# libyaml-cpp.a, libutf8proc.a, libz.a, libc.a, libstdc++.a.
#
#   cmake/static-deps.sh DIR     (DIR: absolute path, BUILD/static-deps)
set -eu

build=$1
src=$build/src
prefix=$build/prefix
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
mkdir -p "$src" "$prefix"

# ensure_deb_src and source_dir: Debian's source packages, fetched when missing.
. "$(dirname "$0")/debian-source.sh"

# Configures, builds and installs source package $1 as a static library
# (once), with the remaining arguments as CMake options.
build_static() {
  name=$1
  shift
  [ -f "$prefix/.built-$name" ] && return
  dir=$(source_dir "$name")
  cmake -S "$dir" -B "$build/libs/$name" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib -DBUILD_SHARED_LIBS=OFF "$@"
  cmake --build "$build/libs/$name" -j "${JOBS:-2}"
  cmake --install "$build/libs/$name"
  touch "$prefix/.built-$name"
}

build_static fmtlib -DFMT_DOC=OFF -DFMT_TEST=OFF
build_static libxlsxwriter -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF
