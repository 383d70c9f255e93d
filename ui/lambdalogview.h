// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <Qsci/qsciscintilla.h>

namespace gw::ui {

/// One Lambda invocation's log, read-only and monospace, one entry a line (an entry with line breaks takes several):
/// the platform's START, END and REPORT lines dimmed, the function's own output in the text colour, errors
/// highlighted. The text is set and styled with one call each, so a log of 10,000 lines costs no more than a
/// body of the same size.
class LambdaLogView final : public QsciScintilla
{
    Q_OBJECT
public:
    enum class LineKind {
        Output,   ///< what the function wrote
        Platform, ///< START, END, REPORT, INIT_START, INIT_REPORT: what Lambda wrote
        Error,    ///< an ERROR or FATAL record, a timeout, a crashed runtime
    };

    explicit LambdaLogView(QWidget *parent = nullptr);

    /// Replaces the text with `entries`, styled.
    void setLog(const QStringList &entries);
    /// How `entry` is shown. Recognises the Node.js and Python runtimes' text and JSON log formats.
    static LineKind classify(const QString &entry);
    /// How line `line` (0-based, as displayed) is styled.
    LineKind lineKind(int line) const;
    /// The text colour of line `line`, as drawn.
    QColor lineColor(int line) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
};

} // namespace gw::ui
