#include "base/parallel.h"

namespace plancheck {

unsigned default_jobs() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

}  // namespace plancheck
