#!/bin/sh
# Builds the one library of the static Linux binary that Debian ships no
# static archive of, libxlsxwriter, from Debian's source package (`apt-get
# source`, nothing else downloaded) into BUILD/prefix, with its own copy of
# minizip; once: a later run finds it built. The others come from Debian's
# -dev packages as they are: libyaml-cpp.a, libutf8proc.a, libz.a, libc.a,
# libstdc++.a; fmt is used header-only.
#
#   cmake/static-deps.sh BUILD     (BUILD: absolute path of build-static)
set -eu

build=$1
src=$build/src
prefix=$build/prefix
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
[ -f "$prefix/.built-libxlsxwriter" ] && exit 0
mkdir -p "$src" "$prefix"

# apt-get source needs a deb-src entry; Debian 12's images have deb lines
# only (debian.sources), so one for bookworm main is added beside them.
if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "Adding a deb-src entry: /etc/apt/sources.list.d/plancheck-deb-src.sources"
  printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm' \
    'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
    $sudo tee /etc/apt/sources.list.d/plancheck-deb-src.sources >/dev/null
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -q
fi

dir=$(find "$src" -mindepth 1 -maxdepth 1 -type d -name 'libxlsxwriter-*' | sort | tail -n 1)
if [ -z "$dir" ]; then
  (cd "$src" && apt-get -q source libxlsxwriter)
  dir=$(find "$src" -mindepth 1 -maxdepth 1 -type d -name 'libxlsxwriter-*' | sort | tail -n 1)
fi
[ -n "$dir" ] || { echo "apt-get source libxlsxwriter left no source tree in $src" >&2; exit 1; }

cmake -S "$dir" -B "$build/libs/libxlsxwriter" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib -DBUILD_SHARED_LIBS=OFF \
  -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF
cmake --build "$build/libs/libxlsxwriter" -j "${JOBS:-2}"
cmake --install "$build/libs/libxlsxwriter"
touch "$prefix/.built-libxlsxwriter"
