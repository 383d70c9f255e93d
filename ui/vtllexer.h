// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qsci/qscilexercustom.h>

namespace gw::ui {

/// Colours Velocity mapping templates: comments (`##`, `#* *#`), directives (`#set`, `#foreach`, `#{end}`),
/// references (`$input.json('$')`, `$!{x}`), string literals and numbers. The whole document is restyled on each
/// change: templates are a few kilobytes at most.
class VtlLexer final : public QsciLexerCustom
{
    Q_OBJECT
public:
    enum Style { Default = 0, Comment = 1, Directive = 2, Reference = 3, String = 4, Number = 5 };

    explicit VtlLexer(QObject *parent = nullptr);

    const char *language() const override { return "VTL"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    /// Sets the colours for a light or dark base colour.
    void applyPalette(bool dark);

    /// The style of every byte of `utf8`, as styleText() applies it (tests read it).
    static QList<Style> styles(const QByteArray &utf8);
};

} // namespace gw::ui
