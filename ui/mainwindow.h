// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/compiler.h"
#include "io/inputloader.h"
#include "model/api.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;

namespace gw::ui {

class ExplorerPanel;
class GatewayController;
class InspectorPanel;
class OverviewPage;
class ProblemsPanel;
class ProjectLoader;
class TrafficPanel;
struct LoadOutcome;

/// The Gatehouse window: Explorer (left), project overview (center), Inspector (right), Traffic and Problems
/// (bottom), a toolbar with the gateway's state and invoke URL, and the running gateway itself. Files are loaded
/// and compiled off the GUI thread; a file that fails to open leaves the current project as it was. Settings
/// (layout, recent files) go through the default QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file or OpenAPI document, asynchronously: projectOpened() or openFailed() follows.
    /// Opens a project or OpenAPI document; `options` apply to a bare document (--api-id, --stage, --protocol).
    void openFile(const QString &path, const io::InputOptions &options = {});
    /// Shows the empty state (no project open) in the center.
    void showNoProject();
    /// The port to start on instead of the project's (0: any free port); empty: the project's.
    void setPreferredPortOverride(std::optional<quint16> port) { m_portOverride = port; }
    /// Whether opening a project starts a stopped gateway (default true).
    void setAutoStart(bool autoStart) { m_autoStart = autoStart; }

    /// Starts the gateway on the preferred port, or a free one if that is busy. True when it runs.
    bool startGateway();
    void stopGateway();

    /// Recently opened files, newest first (at most 10).
    QStringList recentFiles() const;
    void clearRecentFiles();

    QString currentFile() const { return m_filePath; }
    const model::Project *project() const { return m_project ? &*m_project : nullptr; }
    bool isLoading() const;
    /// The invoke URL the toolbar shows (empty while the gateway is stopped).
    QString invokeUrl() const;

    GatewayController *gateway() const { return m_gateway; }
    ExplorerPanel *explorer() const { return m_explorer; }
    OverviewPage *overview() const { return m_overview; }
    TrafficPanel *traffic() const { return m_traffic; }
    InspectorPanel *inspector() const { return m_inspector; }
    ProblemsPanel *problems() const { return m_problems; }

Q_SIGNALS:
    void projectOpened(const QString &path);
    void openFailed(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void restoreLayout();

    void onLoaded(const std::shared_ptr<const LoadOutcome> &outcome);
    void onGatewayStateChanged();
    void onApiSelected(const QString &apiId, const QString &stage);
    void updateInvokeUrl();
    void updateRequestCount();
    void updateProblemsTitle(int count);
    void copyToClipboard(const QString &text, const QString &what);
    void chooseFile();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showAbout();

    GatewayController *m_gateway;
    ProjectLoader *m_loader;

    ExplorerPanel *m_explorer = nullptr;
    OverviewPage *m_overview = nullptr;
    TrafficPanel *m_traffic = nullptr;
    InspectorPanel *m_inspector = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_explorerDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_trafficDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startStopAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_clearTrafficAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_countLabel = nullptr;

    std::optional<model::Project> m_project;
    CompileResult m_compiled;
    QString m_filePath;
    QString m_selectedApi;   ///< empty: the first API
    QString m_selectedStage; ///< empty: the selected API's first stage
    QString m_portNote;      ///< why the gateway is not on the preferred port, for the status bar
    std::optional<quint16> m_portOverride;
    bool m_autoStart = true;
};

} // namespace gw::ui
