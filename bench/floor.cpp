// The floor of `make bench`: walks the given paths for *.yaml and *.yml
// files (skipping hidden entries, as plancheck does), reads each file whole
// and runs yaml-cpp's event parser over it with a handler that does
// nothing. No plancheck can be faster than this while it parses with
// yaml-cpp, so `make bench` reports plancheck's time as a multiple of it.
//
// Built a second time with PLANCHECK_FLOOR_LIBYAML defined (when libyaml is
// installed), the same program runs libyaml's event parser instead: the
// floor plancheck would have if an event source on libyaml replaced
// src/yaml/yamlcpp_events.cpp behind src/yaml/event_source.h.
//
//   plancheck-floor PATH...   prints "<files> files, <bytes> bytes, <errors> syntax errors"

#ifdef PLANCHECK_FLOOR_LIBYAML
#include <yaml.h>
#else
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>
#endif

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <istream>
#include <streambuf>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

#ifdef PLANCHECK_FLOOR_LIBYAML

/// Parses every document of `text` with libyaml, dropping the events; false on a syntax error.
bool parse(std::string& text) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return false;
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  bool ok = true;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ok = false;
      break;
    }
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return ok;
}

#else

/// Ignores every event.
class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

/// A read-only streambuf over memory, as plancheck's event source uses.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string& text) { setg(text.data(), text.data(), text.data() + text.size()); }
};

/// Parses every document of `text` with yaml-cpp; false on a syntax error.
bool parse(std::string& text) {
  MemoryBuffer buffer(text);
  std::istream in(&buffer);
  NullHandler handler;
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
  } catch (const YAML::Exception&) {
    return false;
  }
  return true;
}

#endif

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

/// The YAML files under `path`, sorted, as plancheck finds them.
void collect(const fs::path& path, std::vector<fs::path>& out) {
  if (!fs::is_directory(path)) {
    out.push_back(path);
    return;
  }
  std::vector<fs::path> entries;
  for (const fs::directory_entry& e : fs::directory_iterator(path)) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  for (const fs::path& e : entries) {
    if (is_hidden(e)) continue;
    if (fs::is_directory(e)) {
      collect(e, out);
    } else if (fs::is_regular_file(e) && is_yaml(e)) {
      out.push_back(e);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: plancheck-floor PATH...\n";
    return 2;
  }
  std::vector<fs::path> files;
  try {
    for (int i = 1; i < argc; ++i) collect(argv[i], files);
  } catch (const fs::filesystem_error& e) {
    std::cerr << "plancheck-floor: " << e.what() << '\n';
    return 2;
  }
  size_t bytes = 0;
  size_t errors = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "plancheck-floor: cannot read " << file.string() << '\n';
      return 2;
    }
    std::string text(fs::file_size(file), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    bytes += text.size();
    if (!parse(text)) ++errors;
  }
  std::printf("%zu files, %zu bytes, %zu syntax errors\n", files.size(), bytes, errors);
  return 0;
}
