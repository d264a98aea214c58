// plancheck schema KIND: the JSON Schema of a plan file kind.

#include <CLI/CLI.hpp>

#include <iostream>

#include "base/did_you_mean.h"
#include "cli/cli.h"
#include "model/schema_writer.h"

namespace plancheck::cli {

void add_schema(CLI::App& app, Session& session) {
  auto kind = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("schema", session.text("cli.schema"));
  cmd->add_option("kind", *kind, session.text("cli.schema.kind"))->required();
  cmd->callback([&session, kind] {
    const auto& names = model::EnumNames<model::FileKind>::kNames;
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == *kind) {
        std::cout << model::schema_json(static_cast<model::FileKind>(i),
                                        i18n::describer(session.language()));
        return;
      }
    }
    session.usage_error(diag::Message{"usage.unknown-kind", {{"name", *kind}}}, "plancheck schema",
                        did_you_mean(*kind, names));
  });
}

}  // namespace plancheck::cli
