#pragma once
// What a person probably meant by a value plancheck does not read, above
// all the Norwegian ways of writing numbers, dates and words: `50.000`,
// `kr 200 000`, `1,5 mill.`, `12,5`, `14.03.2024`, `innvilget`. These are
// suggestions for a finding's help; the files are never read this way.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/money.h"
#include "base/ratio.h"

namespace plancheck::model {

/// An amount written the Norwegian way: dots or spaces between thousands
/// (`50.000`, `1.500.000`), a currency (`kr 200 000`, `NOK 200 000`,
/// `200 000 kr`), a dash for no øre (`200 000,-`, `200.000,00`) or millions
/// (`1,5 mill.`, `2 mill`, `0,5 millioner`); std::nullopt when the text is
/// none of these or is not a whole number of kroner.
std::optional<Money> norwegian_amount(std::string_view text);

/// A percentage with a decimal comma or a percent sign: `12,5`, `12,5 %`,
/// `12.5%`, `10 prosent`.
std::optional<Ratio> norwegian_percent(std::string_view text);

/// A date written the Norwegian way: `14.03.2024`, `14.3.24`, `14/3-24`,
/// `14/03/2024`, `14-03-2024`, `14. mars 2024`, `14 mar. 2024`; only real dates.
std::optional<Date> norwegian_date(std::string_view text);

/// The value among `choices` that a Norwegian word names: `innvilget` is
/// `granted`, `drift` is `operations`, `ja` is `true`.
std::optional<std::string_view> norwegian_choice(std::string_view word,
                                                 std::span<const std::string_view> choices);

/// An amount as plancheck reads it, grouped by spaces: "1 500 000".
std::string amount_text(Money amount);
/// A percentage as plancheck reads it: "12.5".
std::string percent_text(Ratio share);

}  // namespace plancheck::model
