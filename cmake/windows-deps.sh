#!/bin/sh
# Cross-builds the libraries plancheck.exe links (zlib, yaml-cpp, utf8proc,
# libxlsxwriter) for Windows from Debian's source packages, with nothing
# downloaded but those: `apt-get source` into BUILD/src, then each is built
# with mingw-w64 and installed into BUILD/prefix. A library already
# installed there (its stamp file) is not built again. fmt and CLI11 are
# header-only: their headers are copied from Debian's libfmt-dev and
# libcli11-dev.
#
#   cmake/windows-deps.sh BUILD     (BUILD: absolute path of build-windows)
set -eu

build=$1
src=$build/src
prefix=$build/prefix
toolchain=$(cd "$(dirname "$0")" && pwd)/mingw-w64.cmake
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
mkdir -p "$src" "$prefix/include" "$prefix/lib"

# ensure_deb_src and source_dir: Debian's source packages, fetched when missing.
. "$(dirname "$0")/debian-source.sh"

# Configures, builds and installs the CMake project in $2 as library $1,
# with the remaining arguments as CMake options.
cmake_build() {
  name=$1 dir=$2
  shift 2
  cmake -S "$dir" -B "$build/libs/$name" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DPLANCHECK_WINDOWS_PREFIX="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF "$@"
  cmake --build "$build/libs/$name" -j "${JOBS:-2}"
  cmake --install "$build/libs/$name"
}

built() { [ -f "$prefix/.built-$1" ]; }
mark_built() { touch "$prefix/.built-$1"; }

if ! built zlib; then
  # Only zlib's static library is built and installed (its CMake project
  # also adds a DLL, whose import library the static link would pick).
  dir=$(source_dir zlib)
  cmake -S "$dir" -B "$build/libs/zlib" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DPLANCHECK_WINDOWS_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$build/libs/zlib" -j "${JOBS:-2}" --target zlibstatic
  cp "$dir/zlib.h" "$build/libs/zlib/zconf.h" "$prefix/include/"
  cp "$build/libs/zlib/libzlibstatic.a" "$prefix/lib/libz.a"
  mark_built zlib
fi

if ! built yaml-cpp; then
  cmake_build yaml-cpp "$(source_dir yaml-cpp)" -DYAML_CPP_BUILD_TESTS=OFF \
    -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF -DYAML_BUILD_SHARED_LIBS=OFF
  mark_built yaml-cpp
fi

if ! built utf8proc; then
  cmake_build utf8proc "$(source_dir utf8proc)" -DUTF8PROC_ENABLE_TESTING=OFF
  mark_built utf8proc
fi

if ! built libxlsxwriter; then
  cmake_build libxlsxwriter "$(source_dir libxlsxwriter)" -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DUSE_SYSTEM_MINIZIP=OFF -DZLIB_ROOT="$prefix"
  mark_built libxlsxwriter
fi

# Header-only: fmt (used with FMT_HEADER_ONLY) and CLI11, as Debian ships
# them; copied once (new copies would make every file of plancheck.exe build
# again, through the precompiled header).
if ! built headers; then
  rm -rf "$prefix/include/fmt" "$prefix/include/CLI"
  cp -rp /usr/include/fmt /usr/include/CLI "$prefix/include/"
  mark_built headers
fi
