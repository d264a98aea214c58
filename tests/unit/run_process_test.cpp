// platform::run_process (base/platform.h): the program's output, exit code
// and standard input, without a deadlock on full pipes.

#include <doctest/doctest.h>

#include <string>

#include "base/platform_process.h"

using namespace plancheck;

#ifndef _WIN32

TEST_CASE("run_process feeds standard input and collects both outputs") {
  // More than any pipe buffer holds, both ways at once.
  const std::string input(3 << 20, 'x');
  const auto run = platform::run_process(
      {"sh", "-c", "cat; echo done >&2; head -c 200000 /dev/zero | tr '\\0' e >&2; exit 3"}, "",
      input);
  REQUIRE(run.ok());
  CHECK(run->exit_code == 3);
  CHECK(run->out == input);
  CHECK(run->err.starts_with("done\n"));
  CHECK(run->err.size() == 5 + 200000);
}

TEST_CASE("run_process runs in the directory asked for") {
  const auto run = platform::run_process({"pwd"}, "/", "");
  REQUIRE(run.ok());
  CHECK(run->out == "/\n");
  CHECK(run->exit_code == 0);
}

TEST_CASE("run_process: a program that reads nothing and one that is not there") {
  const auto quiet = platform::run_process({"true"}, "", std::string(1 << 20, 'y'));
  REQUIRE(quiet.ok());
  CHECK(quiet->exit_code == 0);
  const auto missing = platform::run_process({"plancheck-no-such-program"}, "", "");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == platform::ErrorKind::not_found);
  const auto no_dir = platform::run_process({"true"}, "/no/such/directory", "");
  CHECK_FALSE(no_dir.ok());
}

#endif
