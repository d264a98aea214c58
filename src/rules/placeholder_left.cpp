// placeholder/left: no value still holds a text that `init` or `new-year`
// wrote for the council to replace (base/placeholder.h lists them). The
// loader reports it while it reads each text value (model/decoder.cpp), so
// every text of every plan file is checked; here is its metadata.

#include "rules/rule.h"

namespace plancheck::rules {

extern const Rule kPlaceholderLeft{
    "placeholder/left", diag::Severity::error, false, {}};

}  // namespace plancheck::rules
