#pragma once
// Findings in plain words for the council: the titles of what a message
// names by id, and the plan file it concerns instead of its path.

#include <map>
#include <string>

#include "diag/finding.h"
#include "link/link.h"
#include "summary/summary.h"

namespace plancheck::summary {

/// The titles a frame's plan files give the priorities, partners and
/// commitments (of the frame) and the measures and projects (of each year).
class Titles {
 public:
  explicit Titles(const link::FrameGroup& group);

  /// `message` with each id it names (the arguments priority, measure,
  /// project, partner, commitment, and `id` in the messages about values
  /// that could not be read) replaced by its title where one is known;
  /// measures and projects are looked up in `year`.
  diag::Message plain(const diag::Message& message, int year) const;
  /// The priority's title; empty when it has none.
  std::string priority(const std::string& id) const;

 private:
  using Names = std::map<std::string, std::string, std::less<>>;
  static void add(Names& names, const std::string& id, const std::string& title);
  const Names* names_for(std::string_view argument, int year) const;

  Names priorities_;
  Names partners_;
  Names commitments_;
  std::map<int, Names> measures_;
  std::map<int, Names> projects_;
};

}  // namespace plancheck::summary
