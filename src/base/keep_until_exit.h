#pragma once
// Large values left to the operating system at exit instead of freed one
// object at a time.

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace plancheck {

/// Keeps `value` alive until the process ends, never destroying it: the
/// operating system takes a process's memory back at exit at once, while
/// freeing a loaded plan set object by object takes tens of milliseconds at
/// 150 000 grants, on one thread, after all the work is done. Only for
/// values whose destructors do nothing but free memory. Leak checkers see
/// the value as still reachable (from a global), not as lost.
template <class T>
void keep_until_exit(T value) {
  static auto* const kept = new std::vector<std::shared_ptr<void>>;  // never deleted, on purpose
  static std::mutex mutex;
  const std::lock_guard lock(mutex);
  kept->push_back(std::make_shared<T>(std::move(value)));
}

}  // namespace plancheck
