// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace gw::ui {

class BodyView;
class LambdaLogView;

/// The inspector's Function tab: what the Lambda functions one request invoked did. A list of the invocations when
/// there is more than one; for the selected invocation a header (function, purpose, status, cold start or warm,
/// durations, memory), its error when it failed, its event and output in tabs, and its log below them. Shows
/// immutable traces.
class FunctionView final : public QWidget
{
    Q_OBJECT
public:
    using Traces = std::vector<std::shared_ptr<const LambdaTrace>>;
    enum View { EventView, OutputView };

    explicit FunctionView(QWidget *parent = nullptr);

    /// Shows `traces` and selects the first one that failed, or else the last. Showing the traces already shown
    /// changes nothing, so the views keep their selection and scroll positions.
    void setTraces(const Traces &traces);
    const Traces &traces() const { return m_traces; }

    /// Selects invocation `index` (in `traces()` order).
    void setCurrentInvocation(int index);
    int currentInvocation() const { return m_current; }

    /// The invocations, one row each; hidden when there is only one.
    QTreeWidget *invocationList() const { return m_list; }
    /// Event and Output; the log is below them.
    QTabWidget *views() const { return m_views; }
    LambdaLogView *logView() const { return m_log; }
    QLabel *statusIcon() const { return m_icon; }

    /// The selected invocation's header as plain text (its tooltip has the Lambda request id).
    QString headerText() const;
    /// The error line as plain text; empty when the selected invocation succeeded.
    QString errorText() const;
    QString eventText() const;
    QString outputText() const;
    QString logText() const;

    /// The header for `trace`, as HTML: function, purpose and status; cold start or warm with the durations; memory.
    static QString headerHtml(const LambdaTrace &trace, const QPalette &palette);
    static bool succeeded(const LambdaTrace &trace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showInvocation(int index);
    void applyErrorColours();

    Traces m_traces;
    int m_current = -1;
    const LambdaTrace *m_shown = nullptr; ///< the trace the views show; owned by m_traces
    QTreeWidget *m_list;
    QLabel *m_icon;
    QLabel *m_header;
    QLabel *m_error;
    QTabWidget *m_views;
    QLabel *m_logCaption;
    BodyView *m_event;
    BodyView *m_output;
    LambdaLogView *m_log;
};

} // namespace gw::ui
