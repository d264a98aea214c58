# Porcelain over CMake. `make run` and `make test` set up everything on a
# fresh Debian 12: missing packages are installed with apt-get (through
# sudo when not root), then CMake configures and builds.

BUILD        ?= build
GENERATOR    ?= Ninja
CMAKE_FLAGS  ?=
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)

# Build: compiler, CMake, Ninja, the four libraries, libxlsxwriter (the
# summary's Excel workbook) and utf8proc (Unicode normalisation and character
# classes for look-alike ids and escaping). Test: python3 with jsonschema and
# yaml (schema validation, golden tests), openpyxl (reads the workbook back),
# xmllint (JUnit, summary HTML), cmark-gfm (summary Markdown as GitHub renders
# it), groff-base and man-db (the man page renders without warnings), zsh (the
# zsh completion), dpkg-dev and file (the Debian package: dpkg-shlibdeps, stripping), git
# (`plancheck diff --git` and its test).
DEB_PACKAGES = g++ make cmake ninja-build pkg-config libcli11-dev libyaml-cpp-dev libfmt-dev \
               libxlsxwriter-dev libutf8proc-dev doctest-dev python3 python3-jsonschema python3-yaml \
               python3-openpyxl libxml2-utils cmark-gfm \
               groff-base man-db zsh dpkg-dev file git

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Wait for another apt-get or dpkg (an unattended upgrade, a parallel build) instead of failing.
APT_WAIT = -o DPkg::Lock::Timeout=600

.PHONY: all deps configure build run test update-golden schemas clean help test-browser bench \
        install package package-install-test docs test-sanitize fuzz

all: build

help:
	@echo "make run            install missing packages, build, check examples/lillehammer"
	@echo "make test           the same set-up, then the whole test suite (ctest)"
	@echo "make test-sanitize  the whole test suite built with AddressSanitizer and UBSan (build-sanitize)"
	@echo "make fuzz           build the libFuzzer target with clang and fuzz for FUZZ_SECONDS (60)"
	@echo "make update-golden  rewrite the expected outputs of the golden tests"
	@echo "make schemas        regenerate schemas/*.schema.json from the field tables"
	@echo "make docs           regenerate docs/rules.md and the outputs README.md shows"
	@echo "make install        install into PREFIX (/usr/local), honouring DESTDIR"
	@echo "make package        build the Debian package build-package/plancheck_*.deb"
	@echo "make package-install-test  install that package with apt, run it, remove it again"
	@echo "make test-browser   render the example's HTML summary with headless Chromium (not in CI)"
	@echo "make bench          optimised build, then time plancheck, the yaml-cpp floor and peers (not in CI)"
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
	for kind in frame yearly-plan project-list; do \
	  ./$(BUILD)/plancheck schema $$kind > schemas/$$kind.schema.json; done

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
	  -DCMAKE_INSTALL_PREFIX=/usr $(if $(MAINTAINER),"-DPLANCHECK_MAINTAINER=$(MAINTAINER)")
	cmake --build $(PACKAGE_BUILD) -j $(JOBS)
	cd $(PACKAGE_BUILD) && cpack -G DEB
	@ls $(PACKAGE_BUILD)/plancheck_*.deb

# Installs the package with apt on this machine, runs it, and removes it
# again (it changes the system, so it is not part of `make test`).
package-install-test: package
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./$(PACKAGE_BUILD)/plancheck_*.deb
	/usr/bin/plancheck --version && /usr/bin/plancheck check examples/lillehammer; status=$$?; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q plancheck; exit $$status

# The example's HTML summary as headless Chromium renders it, to a PNG that
# must not be an empty page. Installs Debian's chromium when missing.
BROWSER_OUT = $(BUILD)/summary-browser
test-browser: build
	@command -v chromium >/dev/null 2>&1 || { echo "Installing Debian packages: chromium"; \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; }
	mkdir -p $(BROWSER_OUT)
	./$(BUILD)/plancheck summary --lang nb --format html --output $(BROWSER_OUT)/summary.html \
	  examples/lillehammer
	rm -f $(BROWSER_OUT)/summary.png
	profile=$$(mktemp -d) && \
	  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	    --disable-component-update --disable-sync --no-first-run --user-data-dir=$$profile \
	    --screenshot=$(abspath $(BROWSER_OUT))/summary.png --window-size=1000,2200 \
	    file://$(abspath $(BROWSER_OUT))/summary.html; \
	  status=$$?; rm -rf $$profile; exit $$status
	/usr/bin/python3 tests/png_check.py $(BROWSER_OUT)/summary.png

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

clean:
	rm -rf $(BUILD)
