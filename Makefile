# Porcelain over CMake. `make run` and `make test` set up everything on a
# fresh Debian 12: missing packages are installed with apt-get (through
# sudo when not root), then CMake configures and builds.

BUILD        ?= build
GENERATOR    ?= Ninja
CMAKE_FLAGS  ?=
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)

# Build: compiler, CMake, Ninja, the four libraries, libxlsxwriter (the
# summary's Excel workbook), utf8proc (Unicode normalisation and character
# classes for look-alike ids and escaping) and libyaml (the fast YAML event
# parser; yaml-cpp reads the files it gives back and reports syntax errors). Test: python3 with jsonschema and
# yaml (schema validation, golden tests), openpyxl (reads the workbook back),
# xmllint (JUnit, summary HTML), cmark-gfm (summary Markdown as GitHub renders
# it), groff-base and man-db (the man page renders without warnings), zsh (the
# zsh completion), dpkg-dev and file (the Debian package: dpkg-shlibdeps, stripping), git
# (`plancheck diff --git` and its test), chromium and poppler-utils (the browser test renders
# the HTML summary headless, on screen and printed to PDF, and pdftotext/pdftoppm read the pages).
DEB_PACKAGES = g++ make cmake ninja-build pkg-config libcli11-dev libyaml-cpp-dev libfmt-dev \
               libxlsxwriter-dev libutf8proc-dev libyaml-dev doctest-dev python3 python3-jsonschema python3-yaml \
               python3-openpyxl libxml2-utils cmark-gfm \
               groff-base man-db zsh dpkg-dev file git chromium poppler-utils

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Wait for another apt-get or dpkg (an unattended upgrade, a parallel build) instead of failing.
APT_WAIT = -o DPkg::Lock::Timeout=600

.PHONY: all deps configure build run test update-golden schemas clean help test-browser bench \
        install package package-install-test docs test-sanitize test-threads fuzz static test-static \
        windows windows-deps windows-zip test-windows test-windows-example

all: build

help:
	@echo "make run            install missing packages, build, check examples/lillehammer"
	@echo "make test           the same set-up, then the whole test suite (ctest)"
	@echo "make test-sanitize  the whole test suite built with AddressSanitizer and UBSan (build-sanitize)"
	@echo "make test-threads   the parallel-output test on a ThreadSanitizer build (build-tsan)"
	@echo "make fuzz           build the libFuzzer target with clang and fuzz for FUZZ_SECONDS (60)"
	@echo "make update-golden  rewrite the expected outputs of the golden tests"
	@echo "make schemas        regenerate schemas/*.schema.json (Norwegian) and schemas/en/ from the field tables"
	@echo "make docs           regenerate docs/rules.md and the outputs README.md shows"
	@echo "make install        install into PREFIX (/usr/local), honouring DESTDIR"
	@echo "make package        build the Debian package build-package/plancheck_*.deb"
	@echo "make package-install-test  install that package with apt, run it, remove it again"
	@echo "make static         build-static/plancheck, statically linked (runs on any x86-64 Linux)"
	@echo "make test-static    make static, then show it is static and runs with nothing installed"
	@echo "make test-browser   only the browser test: the HTML summaries in headless Chromium, on screen and printed"
	@echo "make bench          optimised build, then time plancheck, the yaml-cpp floor and peers (not in CI)"
	@echo "make windows        cross-build build-windows/plancheck.exe with mingw-w64 (libraries from Debian sources)"
	@echo "make windows-zip    build-windows/plancheck-windows.zip: the exe, schemas, a README and a .bat"
	@echo "make test-windows   run the exe under Wine: the example, Windows paths, the golden CLI tests"
	@echo "make test-windows-example  the same without the golden CLI tests"
	@echo "make clean          remove the build directory"

# Installs those of the Debian packages $(1) that are missing, with apt-get
# (through sudo when not root); does nothing when all are there.
define install_missing
@missing=""; for p in $(1); do \
  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
  echo "Installing Debian packages:$$missing"; \
  $(SUDO) apt-get $(APT_WAIT) update -q && \
  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get $(APT_WAIT) install -y -q --no-install-recommends $$missing; \
fi
endef

deps:
	$(call install_missing,$(DEB_PACKAGES))

$(BUILD)/build.ninja $(BUILD)/Makefile: | deps
	cmake -S . -B $(BUILD) -G "$(GENERATOR)" -DPLANCHECK_WERROR=ON $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/plancheck check examples/lillehammer

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole test suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in a build directory of its own; a sanitizer
# report fails the test it happens in (tests/CMakeLists.txt). -O0 -g1: GCC
# compiles the sanitized code about 2.5 times faster than at -O1 and 12 times
# faster than at -O2 -g, which outweighs the slower tests (the CI budget);
# line tables are enough for the reports' file:line.
SANITIZE_BUILD ?= build-sanitize
test-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -G "$(GENERATOR)" -DPLANCHECK_WERROR=ON -DPLANCHECK_SANITIZE=ON \
	  -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g1" $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

# ThreadSanitizer on the threads that share a plan set: the loader's
# workers and the analysis's (each frame's figures and rules). Only the
# plancheck binary is built (-O1: TSan's usual level), then
# tests/parallel.py runs it with 1, 2, 3 and 7 threads; a race report exits
# with status 86 and differs from the one-thread run, which fails the test.
TSAN_BUILD ?= build-tsan
test-threads: deps
	cmake -S . -B $(TSAN_BUILD) -G "$(GENERATOR)" -DPLANCHECK_WERROR=ON -DPLANCHECK_SANITIZE_THREADS=ON \
	  -DPLANCHECK_TESTS=OFF -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" $(CMAKE_FLAGS)
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target plancheck
	TSAN_OPTIONS="halt_on_error=1 exitcode=86" /usr/bin/python3 tests/parallel.py --plancheck $(TSAN_BUILD)/plancheck

# The libFuzzer target (fuzz/, docs/robustness.md), built with Debian's clang
# in a build directory of its own, run for FUZZ_SECONDS from the seeds
# (tests/fuzz/seeds/, refreshed from the examples and fixtures first) and
# the inputs it found before ($(FUZZ_BUILD)/corpus). What makes plancheck
# crash, hang or break an output promise goes to $(FUZZ_BUILD)/crashes/.
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_DEB_PACKAGES = clang-14 libclang-rt-14-dev
fuzz: deps
	$(call install_missing,$(FUZZ_DEB_PACKAGES))
	cmake -S . -B $(FUZZ_BUILD) -G "$(GENERATOR)" -DCMAKE_CXX_COMPILER=clang++-14 -DPLANCHECK_FUZZ=ON \
	  -DPLANCHECK_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target plancheck_fuzz
	/usr/bin/python3 fuzz/make_seeds.py
	mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/crashes
	$(FUZZ_BUILD)/fuzz/plancheck_fuzz -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -dict=fuzz/plancheck.dict -artifact_prefix=$(FUZZ_BUILD)/crashes/ \
	  $(FUZZ_BUILD)/corpus tests/fuzz/seeds || { \
	  echo "The fuzzer found a problem: its input is in $(FUZZ_BUILD)/crashes/. Fix it, then copy the"; \
	  echo "input to tests/fuzz/corpus/ (named after what it found) so that ctest replays it."; \
	  exit 1; }

update-golden: build
	PLANCHECK_UPDATE_GOLDEN=1 ctest --test-dir $(BUILD) -R golden --output-on-failure

schemas: build
	mkdir -p schemas/en
	for kind in frame yearly-plan project-list; do \
	  ./$(BUILD)/plancheck schema $$kind --lang nb > schemas/$$kind.schema.json; \
	  ./$(BUILD)/plancheck schema $$kind --lang en > schemas/en/$$kind.schema.json; done

# docs/rules.md and the outputs README.md shows, regenerated from the
# program (tests docs_rules and readme fail when they are out of date).
docs: build
	./$(BUILD)/plancheck rules --format markdown --lang en > docs/rules.md
	PLANCHECK_UPDATE_GOLDEN=1 /usr/bin/python3 tests/readme.py --plancheck $(BUILD)/plancheck

# The binary, the man page, the bash and zsh completions, the schemas and
# the documentation, through cmake --install (see CMakeLists.txt).
PREFIX ?= /usr/local
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"

# A Debian package from an optimised build of its own (CPack; Depends from
# dpkg-shlibdeps). MAINTAINER="Name <address>" sets the Maintainer field.
PACKAGE_BUILD ?= build-package
package: deps
	cmake -S . -B $(PACKAGE_BUILD) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=Release -DPLANCHECK_TESTS=OFF \
	  -DCMAKE_INSTALL_PREFIX=/usr $(if $(MAINTAINER),"-DPLANCHECK_MAINTAINER=$(MAINTAINER)") $(REPOSITORY_FLAG)
	cmake --build $(PACKAGE_BUILD) -j $(JOBS)
	cd $(PACKAGE_BUILD) && cpack -G DEB
	@ls $(PACKAGE_BUILD)/plancheck_*.deb

# PLANCHECK_GITHUB_REPOSITORY=owner/name: the repository whose action,
# GitLab template and releases `plancheck init` refers to (the release
# workflow sets it; CMakeLists.txt has the default).
REPOSITORY_FLAG = $(if $(PLANCHECK_GITHUB_REPOSITORY),"-DPLANCHECK_GITHUB_REPOSITORY=$(PLANCHECK_GITHUB_REPOSITORY)")

# The static Linux binary build-static/plancheck (issue 16): the objects of
# the normal build ($(BUILD)) linked again with -static (target
# plancheck-static, CMakeLists.txt) against static archives: glibc,
# libstdc++, yaml-cpp, utf8proc and zlib from Debian's -dev packages; fmt and
# libxlsxwriter, which Debian ships no static archive of, built once from
# Debian's source packages by cmake/static-deps.sh into $(BUILD)/static-deps.
# Linking only, not a second optimised build of the whole project: after
# `make test` it costs CI the two small libraries and a link instead of
# another build as long as make test's (CI's time budget). The release gets
# the same binary: $(BUILD) is an optimised build (RelWithDebInfo), stripped.
# make test-static shows that it is static and checks the example with it
# alone in an empty root.
STATIC_BUILD ?= build-static
STATIC_PACKAGES = zlib1g-dev libc6-dev libstdc++-12-dev binutils
static: deps
	$(call install_missing,$(STATIC_PACKAGES))
	JOBS=$(JOBS) sh cmake/static-deps.sh $(abspath $(BUILD))/static-deps
	cmake -S . -B $(BUILD) -G "$(GENERATOR)" -DPLANCHECK_WERROR=ON $(CMAKE_FLAGS) $(REPOSITORY_FLAG)
	cmake --build $(BUILD) -j $(JOBS) --target plancheck-static
	mkdir -p $(STATIC_BUILD)
	strip -o $(STATIC_BUILD)/plancheck $(BUILD)/plancheck-static
	@ls -l $(STATIC_BUILD)/plancheck

test-static: static
	/usr/bin/python3 tests/static.py --plancheck $(STATIC_BUILD)/plancheck

# Installs the package with apt on this machine, runs it, and removes it
# again (it changes the system, so it is not part of `make test`).
package-install-test: package
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./$(PACKAGE_BUILD)/plancheck_*.deb
	/usr/bin/plancheck --version && /usr/bin/plancheck check examples/lillehammer; status=$$?; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q plancheck; exit $$status

# The browser test alone (ctest's `browser`, part of `make test`): the
# examples' HTML summaries in headless Chromium, on screen and printed to PDF.
test-browser: build
	ctest --test-dir $(BUILD) -R '^browser$$' --output-on-failure

# The benchmark (bench/, docs/performance.md): a Release build of its own
# with the floor programs (yaml-cpp, and libyaml for comparison), GNU time for
# peak memory, the npm peer (ajv-cli, pinned in bench/package-lock.json,
# installed with npm ci), valgrind (instructions of start-up), generated plan
# sets in $(BENCH_BUILD)/bench/data, the table in $(BENCH_BUILD)/bench/results.txt,
# then the scaling shapes (bench/scaling.py, $(BENCH_BUILD)/bench/scaling.txt).
# Not part of `make test`.
BENCH_BUILD  ?= build-release
BENCH_REPEAT ?= 5
BENCH_SIZES  ?= lillehammer,1k,county,10k,30k,150k
BENCH_SKIP   ?=
BENCH_SHAPES ?= did-you-mean,frames,deviations,priorities,commitments,new-year,partners,findings,files
BENCH_DEB_PACKAGES = time libyaml-dev valgrind
bench: deps
	$(call install_missing,$(BENCH_DEB_PACKAGES) \
	  $(if $(shell command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && echo yes),,nodejs npm))
	@[ bench/node_modules/.package-lock.json -nt bench/package-lock.json ] || \
	  (cd bench && npm ci --no-audit --no-fund)
	cmake -S . -B $(BENCH_BUILD) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=Release -DPLANCHECK_BENCH=ON \
	  -DPLANCHECK_TESTS=OFF
	cmake --build $(BENCH_BUILD) -j $(JOBS)
	/usr/bin/python3 bench/run.py --plancheck $(BENCH_BUILD)/plancheck \
	  --floor $(BENCH_BUILD)/bench/plancheck-floor \
	  --floor-libyaml $(BENCH_BUILD)/bench/plancheck-floor-libyaml --out $(BENCH_BUILD)/bench \
	  --repeat $(BENCH_REPEAT) --sizes $(BENCH_SIZES) --skip '$(BENCH_SKIP)'
	/usr/bin/python3 bench/scaling.py --plancheck $(BENCH_BUILD)/plancheck --out $(BENCH_BUILD)/bench \
	  --shapes $(BENCH_SHAPES) --cpu

# Windows (issue 16): plancheck.exe cross-built with Debian's mingw-w64
# (posix threads, for std::thread). Its libraries are built from Debian's
# source packages by cmake/windows-deps.sh into $(WINDOWS_BUILD)/prefix (once;
# later runs reuse them); fmt and CLI11 are header-only. Packages, each
# installed only by the targets that need it: g++-mingw-w64-x86-64-posix (the
# cross compiler), zip (the zip for the coordinator), wine64 (runs the exe
# here for the tests).
WINDOWS_BUILD      ?= build-windows
WINDOWS_PREFIX      = $(abspath $(WINDOWS_BUILD))/prefix
WINDOWS_EXE         = $(WINDOWS_BUILD)/plancheck.exe
WINDOWS_PACKAGES    = g++-mingw-w64-x86-64-posix
WINDOWS_ZIP_PACKAGES = zip
WINDOWS_TEST_PACKAGES = wine64
windows-deps: deps
	$(call install_missing,$(WINDOWS_PACKAGES))
	JOBS=$(JOBS) sh cmake/windows-deps.sh $(abspath $(WINDOWS_BUILD))

# Configured once, as $(BUILD) is (configuring again would rebuild the
# precompiled header and with it every file).
$(WINDOWS_BUILD)/plancheck/build.ninja: | windows-deps
	cmake -S . -B $(WINDOWS_BUILD)/plancheck -G Ninja \
	  -DCMAKE_TOOLCHAIN_FILE=$(abspath cmake/mingw-w64.cmake) -DPLANCHECK_WINDOWS_PREFIX=$(WINDOWS_PREFIX) \
	  -DCMAKE_PREFIX_PATH=$(WINDOWS_PREFIX) -DCMAKE_DISABLE_FIND_PACKAGE_PkgConfig=ON \
	  -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG" -DPLANCHECK_TESTS=OFF \
	  -DPLANCHECK_WERROR=ON $(REPOSITORY_FLAG)

# -O1: the cross build compiles much faster than at -O2, which keeps CI
# within its time budget (.ci/run runs make windows and make test-windows
# after make test and make test-sanitize, about 30 minutes in all). Measured
# from a clean build-windows without ccache, on 2 cores shared with other
# builds: the libraries 97 s (44 s of CPU), plancheck.exe 15 min (11.5 min
# of CPU), so about 6 minutes on a 2-core CI machine of its own. A unity
# build would be cheaper still, but plancheck's files reuse the names of
# their file-local helpers (40 rules have a check() of their own); the
# objects of the Linux build cannot be reused for another system.
windows: windows-deps $(WINDOWS_BUILD)/plancheck/build.ninja
	cmake --build $(WINDOWS_BUILD)/plancheck -j $(JOBS) --target plancheck
	cp $(WINDOWS_BUILD)/plancheck/plancheck.exe $(WINDOWS_EXE)
	x86_64-w64-mingw32-strip $(WINDOWS_EXE)
	@ls -l $(WINDOWS_EXE)

# The zip for the coordinator: plancheck.exe, the schemas, LESMEG.txt (how to
# run it, in Norwegian) and sjekk-planene.bat (checks the folder it stands
# in), the last two with Windows line ends; LESMEG.txt begins with a UTF-8
# byte order mark, so that every Notepad shows its æøå.
WINDOWS_ZIP = $(WINDOWS_BUILD)/plancheck-windows.zip
windows-zip: windows
	$(call install_missing,$(WINDOWS_ZIP_PACKAGES))
	rm -rf $(WINDOWS_BUILD)/zip $(WINDOWS_ZIP)
	mkdir -p $(WINDOWS_BUILD)/zip/plancheck/schemas
	cp $(WINDOWS_EXE) $(WINDOWS_BUILD)/zip/plancheck/
	cp schemas/*.schema.json $(WINDOWS_BUILD)/zip/plancheck/schemas/
	printf '\357\273\277' > $(WINDOWS_BUILD)/zip/plancheck/LESMEG.txt
	sed 's/$$/\r/' windows/LESMEG.txt >> $(WINDOWS_BUILD)/zip/plancheck/LESMEG.txt
	sed 's/$$/\r/' windows/sjekk-planene.bat > $(WINDOWS_BUILD)/zip/plancheck/sjekk-planene.bat
	cd $(WINDOWS_BUILD)/zip && zip -q -r -X ../plancheck-windows.zip plancheck
	unzip -l $(WINDOWS_ZIP)

# plancheck.exe under Debian's Wine (tests/windows.py): the example, Windows
# paths, æøå, CRLF, --output over an existing file and sjekk-planene.bat,
# then every golden CLI case but those tests/windows/skip names (with
# reasons). The Wine prefix is made once (wineboot, some seconds) and kept in
# $(WINDOWS_BUILD)/wine. CI runs the whole of it (make test-windows): after
# make windows it takes under half a minute, the golden cases included.
WINE = /usr/lib/wine/wine64
WINDOWS_TEST = /usr/bin/python3 tests/windows.py --exe $(WINDOWS_EXE) --wine $(WINE) \
	  --prefix $(abspath $(WINDOWS_BUILD))/wine
test-windows: windows
	$(call install_missing,$(WINDOWS_TEST_PACKAGES))
	$(WINDOWS_TEST)

# The first part only: the example and the Windows-specific checks, without
# the golden suite.
test-windows-example: windows
	$(call install_missing,$(WINDOWS_TEST_PACKAGES))
	$(WINDOWS_TEST) --example-only

clean:
	rm -rf $(BUILD)
