#pragma once
// Independent tasks on a few threads, their results taken in order: the
// loader parses and decodes files in parallel and merges them in the order
// of their paths, so that the output does not depend on the threads.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace plancheck {

/// The number of workers when the user sets none: the processors this
/// process may run on, at least 1.
unsigned default_jobs();

/// Runs `produce(i)` for every i in [0, n) on up to `workers` threads (the
/// calling thread is one of them, working while it waits) and hands each result to
/// `consume(i, result)` on the calling thread, in the order of i. At most
/// `window` results wait to be consumed, so memory stays bounded however
/// far the workers run ahead. An exception from `produce` or `consume`
/// stops the work and is rethrown here; when no thread can be started the
/// calling thread does all the work.
template <class T, class Produce, class Consume>
void ordered_parallel(size_t n, size_t workers, size_t window, Produce produce, Consume consume);

namespace detail {

template <class T, class Produce>
class OrderedPool {
 public:
  OrderedPool(size_t n, size_t window, Produce& produce)
      : n_(n), window_(window), produce_(produce), slots_(window) {}
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  ~OrderedPool() { stop(); }

  /// Starts up to `count` threads; fewer when the system refuses more.
  void start(size_t count) {
    for (size_t i = 0; i < count; ++i) {
      try {
        threads_.emplace_back([this] { work(); });
      } catch (const std::system_error&) {
        break;  // the calling thread and those started do the work
      }
    }
  }

  /// The result of task i. While it is not done, the calling thread works
  /// on the next task not taken (task i itself, when no thread has taken it).
  T take(size_t i) {
    Slot& slot = slots_[i % window_];
    {
      std::unique_lock lock(mutex_);
      while (!slot.done) {
        if (next_ < n_ && next_ < consumed_ + window_) {
          const size_t task = next_++;
          lock.unlock();
          run(task);
          lock.lock();
        } else {
          changed_.wait(lock);
        }
      }
    }
    if (slot.error) std::rethrow_exception(slot.error);
    T result = std::move(*slot.result);
    slot = Slot{};
    {
      std::lock_guard lock(mutex_);
      consumed_ = i + 1;
    }
    changed_.notify_all();
    return result;
  }

  /// Stops the workers after their current task and waits for them.
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    threads_.clear();  // std::jthread joins
  }

 private:
  struct Slot {
    std::optional<T> result;
    std::exception_ptr error;
    bool done = false;
  };

  void work() {
    for (;;) {
      size_t i = 0;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopping_ || next_ >= n_ || next_ < consumed_ + window_; });
        if (stopping_ || next_ >= n_) return;
        i = next_++;
      }
      run(i);
    }
  }

  void run(size_t i) {
    std::optional<T> result;
    std::exception_ptr error;
    try {
      result.emplace(produce_(i));
    } catch (...) {
      error = std::current_exception();
    }
    {
      std::lock_guard lock(mutex_);
      Slot& slot = slots_[i % window_];
      slot.result = std::move(result);
      slot.error = error;
      slot.done = true;
    }
    changed_.notify_all();
  }

  const size_t n_;
  const size_t window_;
  Produce& produce_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Slot> slots_;  // task i in slot i % window_
  size_t next_ = 0;          // the next task not taken
  size_t consumed_ = 0;      // tasks handed to consume
  bool stopping_ = false;
  std::vector<std::jthread> threads_;  // last: joined before the rest goes
};

}  // namespace detail

template <class T, class Produce, class Consume>
void ordered_parallel(size_t n, size_t workers, size_t window, Produce produce, Consume consume) {
  if (workers <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) consume(i, produce(i));
    return;
  }
  detail::OrderedPool<T, Produce> pool(n, std::max(window, workers), produce);
  pool.start(std::min(workers, n) - 1);
  for (size_t i = 0; i < n; ++i) consume(i, pool.take(i));
}

}  // namespace plancheck
