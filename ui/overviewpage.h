// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/compiler.h"
#include "io/diagnostic.h"
#include "model/api.h"

#include <QWidget>

class QTextBrowser;
class QUrl;

namespace gw::ui {

/// What the open project serves, on one page: for each API and stage its invoke URLs (with copy links), the routes
/// with their integrations, then the fidelity report (what Gatehouse does not emulate) and the problems found.
/// Plain, selectable text.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    /// Shows a project. `port` 0 means the gateway is not running.
    void setProject(const model::Project &project, const CompileResult &compiled,
                    const QList<io::Diagnostic> &diagnostics, const QString &filePath, quint16 port);
    /// Shows a page without a project (first start failed): `message` in plain words.
    void setEmpty(const QString &message);
    void setPort(quint16 port);

    QString toPlainText() const;
    QTextBrowser *browser() const { return m_browser; }

    /// The page's HTML; exposed for tests.
    static QString html(const model::Project &project, const CompileResult &compiled,
                        const QList<io::Diagnostic> &diagnostics, const QString &filePath, quint16 port);

Q_SIGNALS:
    /// The user clicked a "copy" link.
    void copyRequested(const QString &text);
    /// The user clicked "deploy" on a stage with undeployed changes.
    void deployRequested(const QString &apiId, const QString &stage);
    /// The user clicked "Edit CORS…" (or "Configure CORS…") of HTTP API `apiId`.
    void corsRequested(const QString &apiId);

private:
    void render();
    void linkClicked(const QUrl &url);

    QTextBrowser *m_browser;
    std::optional<model::Project> m_project;
    CompileResult m_compiled;
    QList<io::Diagnostic> m_diagnostics;
    QString m_filePath;
    quint16 m_port = 0;
};

} // namespace gw::ui
