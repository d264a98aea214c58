// Writing a command's outputs: files all or none, then standard output;
// the paths checked first (inputs, the same file twice, links leading out).

#include <algorithm>
#include <iostream>

#include "base/atomic_file.h"
#include "base/platform.h"
#include "cli/cli.h"
#include "model/plan_set.h"

namespace plancheck::cli {

namespace {

/// Whether the file `id` is one of the files `inputs` was read from.
bool is_input(const std::optional<platform::FileId>& id, const model::PlanSet& inputs) {
  if (!id) return false;
  return std::any_of(inputs.files.begin(), inputs.files.end(), [&](const auto& file) {
    const auto in = platform::file_info(file->path());
    return in && in->type == platform::FileType::regular && in->id == *id;
  });
}

/// One output as far as "the same file" goes: its name for messages, the
/// file it writes (when it exists) and where it leads.
struct Identity {
  std::string shown;
  std::optional<platform::FileId> id;
  std::string target;  // empty for standard output
};

bool same_file(const Identity& a, const Identity& b, const platform::FileId* null) {
  if (a.id && b.id && *a.id == *b.id) return !null || !(*a.id == *null);  // /dev/null twice does no harm
  return !a.target.empty() && a.target == b.target;
}

}  // namespace

bool write_outputs(Session& session, const std::vector<OutputFile>& outputs,
                   const model::PlanSet& inputs, std::string_view command,
                   const std::vector<std::string>& also_written) {
  const i18n::Language& lang = session.language();
  std::vector<Identity> identities;
  for (const OutputFile& out : outputs) {
    if (out.path.empty()) {
      const auto info = platform::stream_info(platform::Stream::out);
      identities.push_back({std::string(i18n::text(lang, "term.stdout")),
                            info ? std::optional(info->id) : std::nullopt, ""});
      continue;
    }
    const ResolvedOutput resolved = resolve_output(out.path);
    if (resolved.outside_link) {
      session.usage_error(diag::Message{"usage.output-link-outside",
                                        {{"path", out.path}, {"target", resolved.target}}},
                          command);
      return false;
    }
    if (is_input(resolved.id, inputs)) {
      session.usage_error(diag::Message{"usage.output-is-input", {{"path", out.path}}}, command);
      return false;
    }
    identities.push_back({out.path, resolved.id, resolved.target});
  }
  for (const std::string& path : also_written) {
    const ResolvedOutput resolved = resolve_output(path);
    identities.push_back({path, resolved.id, resolved.target});
  }
  const auto null_info = platform::file_info("/dev/null");
  const platform::FileId* null = null_info ? &null_info->id : nullptr;
  for (size_t i = 0; i < identities.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (!same_file(identities[j], identities[i], null)) continue;
      session.usage_error(diag::Message{"usage.same-output", {{"first", identities[j].shown},
                                                              {"second", identities[i].shown}}},
                          command);
      return false;
    }
  }
  AtomicFiles files;
  std::optional<AtomicFiles::Failure> failure;
  for (const OutputFile& out : outputs) {
    if (out.path.empty() || failure) continue;
    if (auto error = files.add(out.path, out.content)) failure = AtomicFiles::Failure{out.path, *error};
  }
  if (!failure) failure = files.commit();
  if (failure) {
    session.usage_error(
        diag::Message{"usage.write-failed", {{"path", failure->path}, diag::os_error_arg("reason", failure->error)}},
        command);
    return false;
  }
  for (const OutputFile& out : outputs) {
    if (out.path.empty()) std::cout << out.content << std::flush;
  }
  return true;
}

}  // namespace plancheck::cli
