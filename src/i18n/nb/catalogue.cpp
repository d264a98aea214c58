// The nb catalogue: one part per area of the program.

#include "i18n/i18n.h"

namespace plancheck::i18n::nb {

std::span<const Entry> loader();
std::span<const Entry> cli();
std::span<const Entry> rules();
std::span<const Entry> summary();
std::span<const Entry> report();
std::span<const Entry> scaffold();
std::span<const Entry> syntax();
std::span<const Entry> bounds();
std::span<const Entry> frames();
std::span<const Entry> diff();
std::span<const Entry> examples();
std::span<const Entry> help();
std::span<const Entry> schema();

std::vector<std::span<const Entry>> catalogue() {
  return {loader(), cli(),    rules(),  summary(), report(), scaffold(), syntax(),
          bounds(), frames(), diff(), examples(), help(), schema()};
}

}  // namespace plancheck::i18n::nb
