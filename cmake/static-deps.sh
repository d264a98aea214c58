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

# apt-get source needs a deb-src entry; Debian 12's images have deb lines
# only (debian.sources), so one for bookworm main is added beside them.
ensure_deb_src() {
  if grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return
  fi
  echo "Adding a deb-src entry: /etc/apt/sources.list.d/plancheck-deb-src.sources"
  printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm' \
    'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
    $sudo tee /etc/apt/sources.list.d/plancheck-deb-src.sources >/dev/null
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -q
}

# The unpacked source tree of Debian source package $1, fetched when missing.
source_dir() {
  dir=$(find "$src" -mindepth 1 -maxdepth 1 -type d -name "$1-*" | sort | tail -n 1)
  if [ -z "$dir" ]; then
    ensure_deb_src >&2
    (cd "$src" && apt-get -q source "$1") >&2
    dir=$(find "$src" -mindepth 1 -maxdepth 1 -type d -name "$1-*" | sort | tail -n 1)
  fi
  [ -n "$dir" ] || { echo "apt-get source $1 left no source tree in $src" >&2; exit 1; }
  echo "$dir"
}

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
