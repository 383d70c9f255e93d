// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QsciScintilla;

namespace gw::ui {

class VtlLexer;

/// A mapping-template editor with a live preview: the template (Velocity, coloured) on the left; on the right the
/// request it is rendered against (body, parameters, stage variables, and `$context` values taken from a captured
/// request) and what it renders, with errors at their line and column, warnings and `$context.*Override` values.
/// Rendering uses the gateway's own VTL engine, off the GUI thread, a moment after each edit; a hostile template
/// stops at the engine's limits.
class TemplatePlayground final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatePlayground(QWidget *parent = nullptr);
    ~TemplatePlayground() override;

    /// Fills the request side from a captured exchange: its body, headers, query string and context values.
    void useRecord(const ExchangeRecord &record);

    QsciScintilla *templateEditor() const { return m_editor; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *parametersEdit() const { return m_params; }
    QPlainTextEdit *stageVariablesEdit() const { return m_stageVariables; }
    QString outputText() const;
    QString statusText() const;
    /// Renders now instead of after the pause; rendered() follows.
    void renderNow();

Q_SIGNALS:
    /// A render finished and its result is shown.
    void rendered();
    /// "Use Selected Request" was pressed: whoever owns the selection answers with useRecord().
    void selectedRequestWanted();

private:
    struct Outcome;
    void scheduleRender();
    void showOutcome(const Outcome &outcome, quint64 generation);

    QsciScintilla *m_editor;
    VtlLexer *m_lexer;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_params;
    QPlainTextEdit *m_stageVariables;
    QPlainTextEdit *m_context;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    QTimer *m_debounce;
    quint64 m_generation = 0;
    int m_errorMarker = -1;
    std::shared_ptr<std::atomic<bool>> m_alive; ///< false once the window is gone; renders in flight check it
};

} // namespace gw::ui
