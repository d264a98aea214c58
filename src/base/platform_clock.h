#pragma once
// The calendar, from the operating system (platform_posix.cpp, platform_windows.cpp).

#include "base/date.h"

namespace plancheck::platform {

/// The local calendar date today.
Date current_date();

}  // namespace plancheck::platform
