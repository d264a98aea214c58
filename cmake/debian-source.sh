#!/bin/sh
# Debian's source packages for the builds that need libraries Debian ships
# no fitting binary of (cmake/static-deps.sh, cmake/windows-deps.sh), which
# source this file after setting `src` (where the source trees go) and
# `sudo` (empty when root). Nothing is downloaded but Debian's sources.

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
