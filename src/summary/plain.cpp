#include "summary/plain.h"

#include <string_view>
#include <utility>

namespace plancheck::summary {

Titles::Titles(const link::FrameGroup& group) {
  const model::Frame& frame = *group.frame;
  for (const model::Priority& p : *frame.priorities) add(priorities_, p.id->name, p.title.value);
  for (const model::Partner& p : *frame.funding->partners) add(partners_, p.id->name, p.name.value);
  for (const model::Commitment& c : *frame.commitments) add(commitments_, c.id->name, c.title.value);
  for (const link::YearGroup& y : group.years) {
    if (y.plan) {
      for (const model::Measure& m : *y.plan->measures) add(measures_[y.year], m.id->name, m.title.value);
    }
    for (const model::ProjectList* list : y.lists) {
      for (const model::Project& p : *list->projects) add(projects_[y.year], p.id->name, p.title.value);
    }
  }
}

void Titles::add(Names& names, const std::string& id, const std::string& title) {
  if (id.empty() || title.find_first_not_of(" \t\r\n") == std::string::npos) return;
  // An id given twice (a finding of its own) names nothing for certain.
  const auto [it, added] = names.emplace(id, title);
  if (!added && it->second != title) it->second.clear();
}

const Titles::Names* Titles::names_for(std::string_view argument, int year) const {
  if (argument == "priority") return &priorities_;
  if (argument == "partner") return &partners_;
  if (argument == "commitment") return &commitments_;
  const std::map<int, Names>* by_year = argument == "measure"   ? &measures_
                                        : argument == "project" ? &projects_
                                                                : nullptr;
  if (!by_year) return nullptr;
  const auto it = by_year->find(year);
  return it == by_year->end() ? nullptr : &it->second;
}

namespace {

/// What the argument `id` names in the messages about values that could not be read.
constexpr std::pair<std::string_view, std::string_view> kIdArguments[] = {
    {"unknown.partner-amount", "partner"},   {"unknown.measure-amount", "measure"},
    {"unknown.measure-priority", "measure"}, {"unknown.grant-amount", "project"},
    {"unknown.grant-status", "project"},     {"unknown.priority-target", "priority"},
};

/// The kind of element an argument names: its own name, or for `id` what the message says.
std::string_view named_kind(const diag::Message& message, std::string_view argument) {
  if (argument != "id") return argument;
  for (const auto& [key, kind] : kIdArguments) {
    if (message.key == key) return kind;
  }
  return argument;
}

}  // namespace

diag::Message Titles::plain(const diag::Message& message, int year) const {
  diag::Message out = message;
  for (diag::Arg& arg : out.args) {
    auto* id = std::get_if<std::string>(&arg.value);
    const Names* names = id ? names_for(named_kind(message, arg.name), year) : nullptr;
    if (!names) continue;
    const auto it = names->find(*id);
    if (it != names->end() && !it->second.empty()) *id = it->second;
  }
  return out;
}

std::string Titles::priority(const std::string& id) const {
  const auto it = priorities_.find(id);
  return it == priorities_.end() ? std::string() : it->second;
}

}  // namespace plancheck::summary
