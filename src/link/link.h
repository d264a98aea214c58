#pragma once
// Linking: resolves every reference between plan files (yearly plan ->
// frame, measure -> priority, focus area and commitment, project -> measure
// or reserve), groups the files by frame and year, and reports what does
// not resolve, duplicate ids and years outside the frame's period.

#include <unordered_map>
#include <vector>

#include "model/plan_set.h"

namespace plancheck::link {

/// Everything filed under one budget year of a frame.
struct YearGroup {
  int year = 0;
  model::YearlyPlan* plan = nullptr;
  bool plan_broken = false;  // the year's plan exists but did not decode
  std::vector<const source::SourceFile*> broken_plans;  // those plan files
  std::vector<model::ProjectList*> lists;
  bool lists_broken = false;  // one of the year's project lists did not decode
  std::vector<const source::SourceFile*> broken_lists;  // those project-list files
};

struct FrameGroup {
  model::Frame* frame = nullptr;
  std::vector<YearGroup> years;  // sorted by year; years with a plan or a list

  const YearGroup* year(int y) const;
};

struct LinkedSet {
  std::vector<FrameGroup> frames;
  /// The frame each decoded or broken plan file belongs to, where known.
  std::unordered_map<const source::SourceFile*, const model::Frame*> frame_of_file;
};

/// Links `set`, filling the `*_ref` fields and adding findings to it.
LinkedSet link(model::PlanSet& set);

}  // namespace plancheck::link
