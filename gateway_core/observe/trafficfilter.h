// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace gw::cost {
struct Pricing;
} // namespace gw::cost

namespace gw::observe {

/// Why a filter did not parse: where (a cursor position: the number of characters before the offending one) and
/// what, in words that name the token and say what was expected ("expected a value after '>=' at 12").
struct FilterError
{
    int offset = -1;  ///< -1 when the filter parsed
    QString message;  ///< ends with "at <offset>" where a position helps
};

/// What a filter needs besides the record.
struct FilterContext
{
    /// The prices the `cost` field is computed with; without them `cost` has no value (only `cost=none` matches).
    std::shared_ptr<const cost::Pricing> pricing;
};

struct FilterNode;

/// The inspector's traffic filter language (docs/filters.md): `status>=500 and path~"/pets" and step=authorizer`.
/// parse() tokenizes and parses the text into an immutable tree once; matches() then evaluates it against one
/// record. A parsed filter is a value: copies share the tree, and matches() is const and thread-safe, so a worker
/// thread can evaluate a copy while the GUI thread evaluates another.
class TrafficFilter
{
public:
    /// The empty filter: valid, matches every record.
    TrafficFilter() = default;

    /// Parses `text`. Blank text gives the empty filter. On a syntax error the result is invalid and error() says
    /// what and where; an invalid filter matches nothing.
    static TrafficFilter parse(QStringView text);

    bool isValid() const { return m_error.offset < 0; }
    /// No condition at all (blank text): every record matches.
    bool isEmpty() const { return isValid() && !m_root; }
    const FilterError &error() const { return m_error; }
    /// The text it was parsed from.
    const QString &text() const { return m_text; }

    bool matches(const ExchangeRecord &record, const FilterContext &context = {}) const;
    /// Whether the answer depends on FilterContext::pricing (the filter compares `cost`).
    bool dependsOnPricing() const;

    /// The parsed tree, fully parenthesized, with canonical field and operator names:
    /// `status>=500 path~pets` gives `(status >= 500 and path ~ "pets")`. For tests and diagnostics.
    QString describe() const;

    /// Every field name, in the order the documentation lists them (header.NAME as "header.").
    static QStringList fieldNames();

private:
    QString m_text;
    std::shared_ptr<const FilterNode> m_root;
    FilterError m_error;
};

/// What can be typed at a cursor position: candidates replace text[from, cursor).
struct FilterCompletion
{
    int from = 0;           ///< where the word being completed starts (the cursor when nothing is typed yet)
    QString prefix;         ///< text[from, cursor): what the candidates start with (ignoring case)
    QStringList candidates; ///< field names, operators (as "field>="), values, keywords; best first
};

/// Extra values offered after `field=`; e.g. the APIs and stages seen in the traffic.
struct FilterVocabulary
{
    QStringList apis;
    QStringList stages;
    QStringList headers; ///< request header names seen (lower case)
};

/// The candidates for the word at `cursor` in `text`: field names at the start of a term, operators after a
/// field name (as "status>=" to replace the name), known values after an operator (status classes, methods, CORS
/// verdicts, step names, units, and `vocabulary`), and `and`/`or`/`not` between terms.
FilterCompletion completeFilter(QStringView text, int cursor, const FilterVocabulary &vocabulary = {});

} // namespace gw::observe
