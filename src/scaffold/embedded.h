#pragma once
// Data files embedded into the program at build time (cmake/embed.cmake):
// the templates of `plancheck init`.

#include <span>
#include <string_view>

namespace plancheck::scaffold {

struct EmbeddedFile {
  std::string_view name;  // the file's base name in src/scaffold/templates/ or examples/ci/
  std::string_view content;
};

/// Every embedded file (generated at build time).
std::span<const EmbeddedFile> embedded_files();

}  // namespace plancheck::scaffold
