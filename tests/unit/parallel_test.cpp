// Parallel work taken in order (base/parallel.h), and the loader on several threads.

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/parallel.h"
#include "model/plan_set.h"

using namespace plancheck;

namespace {

std::string source_path(const std::string& relative) {
  return std::string(PLANCHECK_SOURCE_DIR) + "/" + relative;
}

/// Some tasks take longer than others, so that they finish out of order.
void uneven_work(size_t i) {
  if (i % 7 == 3) std::this_thread::sleep_for(std::chrono::microseconds(200));
}

}  // namespace

TEST_CASE("ordered_parallel hands every result over once, in order, for any number of workers") {
  for (const size_t workers : {1, 2, 3, 8, 64}) {
    CAPTURE(workers);
    std::atomic<size_t> running{0};
    std::atomic<size_t> most{0};
    std::vector<size_t> seen;
    ordered_parallel<size_t>(
        300, workers, 4,
        [&](size_t i) {
          most = std::max(most.load(), ++running);
          uneven_work(i);
          --running;
          return i * i;
        },
        [&](size_t i, size_t square) {
          CHECK(square == i * i);
          seen.push_back(i);
        });
    REQUIRE(seen.size() == 300);
    for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
    CHECK(most <= std::max<size_t>(workers, 1));
  }
  size_t calls = 0;
  ordered_parallel<int>(0, 4, 4, [](size_t) { return 1; }, [&](size_t, int) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("an exception in a task or in taking its result stops the work and reaches the caller") {
  std::atomic<size_t> produced{0};
  CHECK_THROWS_AS(ordered_parallel<int>(
                      10000, 4, 8,
                      [&](size_t i) {
                        ++produced;
                        if (i == 50) throw std::runtime_error("task 50");
                        return 0;
                      },
                      [](size_t, int) {}),
                  std::runtime_error);
  CHECK(produced < 10000);  // the window keeps the workers near task 50
  CHECK_THROWS_AS(ordered_parallel<int>(
                      100, 3, 4, [](size_t) { return 0; },
                      [](size_t i, int) {
                        if (i == 10) throw std::logic_error("consume 10");
                      }),
                  std::logic_error);
}

TEST_CASE("the loader on several threads gives what it gives on one") {
  // Every rule fixture as one plan set: 290 files, broken ones among them.
  const std::string rules = source_path("tests/rules");
  model::LoadResult one = model::load_plan_set({rules}, 1);
  model::LoadRequest exactly_four{{rules}, {}, {}, {}};
  exactly_four.exact_jobs = true;
  model::LoadResult four = model::load_plan_set(exactly_four, 4);
  CHECK(one.workers == 1);
  CHECK(four.workers == 4);
  // Left to itself, the loader starts no thread it cannot keep busy (under 1 MB here).
  CHECK(model::load_plan_set({rules}, 4).workers < 4);
  REQUIRE(one.set->files.size() == four.set->files.size());
  for (size_t i = 0; i < one.set->files.size(); ++i) {
    CHECK(one.set->files[i]->path() == four.set->files[i]->path());
  }
  CHECK(one.set->frames.size() == four.set->frames.size());
  CHECK(one.set->plans.size() == four.set->plans.size());
  CHECK(one.set->lists.size() == four.set->lists.size());
  CHECK(one.set->broken.size() == four.set->broken.size());
  CHECK(one.set->plan_file_count == four.set->plan_file_count);
  REQUIRE(one.set->findings.size() == four.set->findings.size());
  for (size_t i = 0; i < one.set->findings.size(); ++i) {
    const diag::Finding& a = one.set->findings[i];
    const diag::Finding& b = four.set->findings[i];
    CHECK(a.rule == b.rule);
    CHECK(a.message.key == b.message.key);
    CHECK(a.where.file->path() == b.where.file->path());
    CHECK(a.where.span.line == b.where.span.line);
    CHECK(a.where.span.column == b.where.span.column);
  }
  // A few small files are not worth a thread.
  CHECK(model::load_plan_set({source_path("tests/cli/text-unknown-key/plans")}, 8).workers == 1);
}
