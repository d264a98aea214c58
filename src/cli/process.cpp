// The process around plancheck::cli::run: standard output written through
// one checked buffer, out of memory as a clear error, the platform set up.

#include <exception>
#include <iostream>
#include <new>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "base/platform.h"
#include "cli/cli.h"

namespace plancheck::cli {

namespace {

/// std::cout's buffer: every write to standard output goes through it and
/// is checked. After the first failure the rest is dropped and the error kept.
class StdoutBuffer final : public std::streambuf {
 public:
  StdoutBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }

  const platform::Status& error() const { return error_; }
  /// Forgets what is buffered and not yet written (no partial output after a failure).
  void discard() { setp(buffer_, buffer_ + sizeof buffer_); }

 protected:
  int_type overflow(int_type c) override {
    flush_buffer();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n > epptr() - pptr()) {
      flush_buffer();
      if (n >= static_cast<std::streamsize>(sizeof buffer_)) {
        write({s, static_cast<size_t>(n)});
        return n;
      }
    }
    traits_type::copy(pptr(), s, static_cast<size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }

  int sync() override {
    flush_buffer();
    return error_ ? -1 : 0;
  }

 private:
  void flush_buffer() {
    const std::string_view pending(pbase(), static_cast<size_t>(pptr() - pbase()));
    discard();
    write(pending);
  }
  void write(std::string_view data) {
    if (!error_ && !data.empty()) error_ = platform::write_stream(platform::Stream::out, data);
  }

  char buffer_[1 << 16];
  platform::Status error_;
};

/// std::cerr's buffer: nothing kept, every message written at once through
/// the platform layer, as standard output is (a Windows console gets UTF-16,
/// a file or pipe the same bytes and line ends as on Linux, not the C
/// runtime's text mode). A failed write of a message is not reported.
class StderrBuffer final : public std::streambuf {
 protected:
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      const char ch = traits_type::to_char_type(c);
      static_cast<void>(platform::write_stream(platform::Stream::err, std::string_view(&ch, 1)));
    }
    return traits_type::not_eof(c);
  }

  std::streamsize xsputn(const char* s, std::streamsize n) override {
    static_cast<void>(platform::write_stream(platform::Stream::err, {s, static_cast<size_t>(n)}));
    return n;
  }
};

StdoutBuffer& stdout_buffer() {
  static StdoutBuffer buffer;
  return buffer;
}

/// Writes "plancheck: error: <out of memory>" without allocating.
void write_out_of_memory(const i18n::Language& lang) {
  for (const std::string_view part : {std::string_view("plancheck: "), i18n::text(lang, "usage.error"),
                                      std::string_view(": "), i18n::text(lang, "usage.out-of-memory"),
                                      std::string_view("\n")}) {
    platform::write_stream(platform::Stream::err, part);
  }
}

const i18n::Language* g_environment_language = &i18n::english();
const Session* g_session = nullptr;

/// The session's language, found without allocating.
const i18n::Language& language_now() {
  if (g_session) {
    if (const i18n::Language* lang = i18n::find_language(g_session->lang_code)) return *lang;
  }
  return *g_environment_language;
}

/// std::terminate's handler: out of memory where no catch can reach (a
/// destructor, another thread) still ends with the message and exit 2, and
/// leaves no temporary file; anything else aborts as before.
[[noreturn]] void on_terminate() {
  if (const std::exception_ptr current = std::current_exception()) {
    try {
      std::rethrow_exception(current);
    } catch (const std::bad_alloc&) {
      platform::remove_registered_temporaries();
      write_out_of_memory(language_now());
      std::_Exit(2);
    } catch (...) {
    }
  }
  std::abort();
}

/// Flushes and closes standard output; the exit code after that. A reader
/// that went away (| head) is no failure: the output was not wanted.
int finish_stdout(Session& session, int code) {
  std::cout.flush();
  platform::Status error = stdout_buffer().error();
  if (!error) error = platform::close_stream(platform::Stream::out);
  if (!error || error->kind == platform::ErrorKind::broken_pipe) return code;
  session.fatal_error(diag::Message{"usage.stdout-failed", {diag::os_error_arg("reason", *error)}});
  return 2;
}

}  // namespace

/// Puts std::cout's and std::cerr's own buffers back when process_main()
/// returns: the static StdoutBuffer is destroyed before the standard
/// streams are flushed for the last time at exit.
class RestoreCout {
 public:
  RestoreCout(std::streambuf* out, std::streambuf* err)
      : old_out_(std::cout.rdbuf(out)), old_err_(std::cerr.rdbuf(err)) {}
  ~RestoreCout() {
    std::cout.rdbuf(old_out_);
    std::cerr.rdbuf(old_err_);
  }
  RestoreCout(const RestoreCout&) = delete;
  RestoreCout& operator=(const RestoreCout&) = delete;

 private:
  std::streambuf* old_out_;
  std::streambuf* old_err_;
};

int process_main(int argc, char** argv) {
  platform::prepare_process();
  static StderrBuffer stderr_buffer;
  const RestoreCout restore(&stdout_buffer(), &stderr_buffer);
  Session session;
  // The catalogues' indexes are built now, so that the message needs no memory later.
  for (const i18n::Language& lang : i18n::languages()) (void)i18n::text(lang, "usage.out-of-memory");
  g_environment_language = &session.language();
  g_session = &session;
  std::set_terminate(on_terminate);
  int code = 2;
  try {
    const std::vector<std::string> args = platform::arguments(argc, argv);
    std::vector<const char*> pointers;
    pointers.reserve(args.size());
    for (const std::string& arg : args) pointers.push_back(arg.c_str());
    code = run(session, static_cast<int>(pointers.size()), pointers.data());
  } catch (const std::bad_alloc&) {
    // Whatever was computed is gone again; nothing half-made is written.
    stdout_buffer().discard();
    write_out_of_memory(language_now());
    return 2;
  }
  return finish_stdout(session, code);
}

}  // namespace plancheck::cli
