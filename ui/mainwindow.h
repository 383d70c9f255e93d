// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cors/enablecors.h"
#include "engine/compiler.h"
#include "io/inputloader.h"
#include "model/api.h"
#include "observe/outgoingrequest.h"
#include "projectdocument.h"
#include "projectloader.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;

namespace gw::metrics {
class MetricsStore;
}

namespace gw::cost {
struct Pricing;
}

namespace gw::ui {

class AccessLogPanel;
class AutoSaver;
class ConnectionsPanel;
class CorsLabPanel;
class CostLabel;
class CostPanel;
class LimitsPanel;
class MetricsPanel;
class DeployDialog;
class EnableCorsDialog;
class EditorArea;
class ExportDialog;
class ExplorerPanel;
class NewApiWizard;
class GatewayController;
class HarExporter;
class HarImporter;
class RequestSender;
class ResendDialog;
class InspectorPanel;
class NoticeBar;
class OverviewPage;
class ProblemsPanel;
class TestPanel;
class TrafficPanel;

/// The Gatehouse window: Explorer (left), project overview (center), Inspector (right), Traffic, Problems and
/// the CORS Lab (bottom), a toolbar with the gateway's state, Deploy and the invoke URL, and the running
/// gateway itself. Files are loaded and compiled off the GUI thread; a file that fails to open leaves the
/// current project as it was. The open project lives in a ProjectDocument: every edit is an undo command,
/// after which the working copy is recompiled off the GUI thread and swapped into the gateway (REST stages
/// keep serving their deployment; HTTP stages with auto-deploy follow the working copy). Settings (layout,
/// recent files) go through the default QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// Asks what to do with unsaved changes of the project called `name`: Save, Discard or Cancel.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(const QString &name)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project or OpenAPI document, asynchronously: projectOpened() or openFailed() follows.
    /// `options` apply to a bare document (--api-id, --stage, --protocol). With unsaved changes, asks first;
    /// false when the user cancelled.
    bool openFile(const QString &path, const io::InputOptions &options = {});
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

    /// The project file, or the OpenAPI document a project not saved yet came from.
    QString currentFile() const;
    const model::Project *project() const { return m_document->projectOrNull(); }
    ProjectDocument *document() const { return m_document; }
    /// Writes recovery copies of unsaved changes; opening a file that has one offers it in the notice bar.
    AutoSaver *autoSaver() const { return m_autoSaver; }
    bool isLoading() const;
    /// True while the working copy has edits the gateway does not have compiled yet; projectCompiled()
    /// follows.
    bool isCompiling() const;

    /// File ▸ Save: to the project file; a project made from an OpenAPI document asks where first. False when
    /// it failed or was cancelled.
    bool save();
    bool saveAs();
    /// Replaces the Save As file dialog (tests answer it).
    void setSavePathChooser(ProjectDocument::SavePathChooser chooser);
    /// Replaces the Save / Discard / Cancel question asked before unsaved changes would be lost.
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_unsavedPrompt = std::move(prompt); }

    /// Deploys `apiId`'s working copy to `stage` as one undoable edit (a new deployment the stage points at).
    /// False when there is no such stage or it deploys automatically.
    bool deploy(const QString &apiId, const QString &stage, const QString &description = {});
    /// Opens what Explorer key `place` names ("method:petstore:/pets:GET", a Problems entry's place): selects
    /// its Explorer item and shows its editor. False when the project has nothing there.
    bool openPlace(const QString &place);
    /// Opens Gateway ▸ Deploy (window-modal, deleted when closed); accepting it deploys.
    DeployDialog *showDeployDialog(const QString &apiId = {}, const QString &stage = {});
    /// Opens File ▸ Export (window-modal, deleted when closed) on a snapshot of the project, with `apiId` (else the
    /// Explorer's API) preselected; exporting reports the file in the status bar. Null when no project is open.
    ExportDialog *showExportDialog(const QString &apiId = {});
    /// Opens File ▸ New API (window-modal, deleted when closed), importing `file` when given; its API is added with
    /// addNewApi().
    NewApiWizard *showNewApiWizard(const QString &file = {});
    /// Adds `api` (and the `functions` it calls that the project lacks) as one undoable edit and selects it; with no
    /// project open, it becomes a new unsaved project (Save asks where).
    void addNewApi(const model::Api &api, const QList<model::Function> &functions);
    /// Opens Enable CORS for a REST resource (window-modal, deleted when closed); accepting it enables CORS.
    /// Null (with a message) when the resource does not exist.
    EnableCorsDialog *showEnableCorsDialog(const QString &apiId, const QString &resourcePath);
    /// The console's Enable CORS as one undoable edit; reports the changes and what is left to do in the
    /// notice bar. False (with a message) when it cannot be done.
    bool enableCors(const QString &apiId, const cors::EnableCorsOptions &options);
    /// Shows and raises the CORS Lab.
    void showCorsLab();
    /// Stages that do not serve their API's working copy, as "apiId/stage".
    QStringList undeployedStages() const;
    /// The invoke URL the toolbar shows (empty while the gateway is stopped).
    QString invokeUrl() const;
    /// Gateway > Flush Stage Cache: empties the selected stage's cache (enabled only when it has one) and says in the
    /// status bar how many entries were dropped. Returns that count; nullopt when the stage has no cache.
    std::optional<int> flushStageCache();
    QAction *flushCacheAction() const { return m_flushCacheAction; }

    /// File ▸ Import HAR: reads `path` off the GUI thread; its entries appear in Traffic marked imported
    /// (harImported()), or the notice bar says where the file is wrong (harImportFailed()). False while another
    /// import runs.
    bool importHar(const QString &path);
    /// File ▸ Export HAR: writes the requests Traffic shows (the selected ones when several are selected) to `path`
    /// as HAR 1.2, off the GUI thread; harExported() follows. False (nothing written) when there is nothing to
    /// write or an export runs.
    bool exportHar(const QString &path);
    QAction *exportHarAction() const { return m_exportHarAction; }
    /// Replay: sends the request of `record` (also an imported one) to the running gateway again; the answer
    /// arrives in Traffic as a new row, and resendFinished() follows. False, with a status-bar message, when the
    /// gateway is not running or the request cannot be sent.
    bool replay(const ExchangeRecordPtr &record);
    /// Edit and Resend (window-modal, deleted when closed), prefilled from `record`; Send sends to the running
    /// gateway. Null when `record` is null.
    ResendDialog *showResendDialog(const ExchangeRecordPtr &record);
    /// Sends `request` to the running gateway (see RequestSender); false with `error` when it cannot.
    bool sendToGateway(const OutgoingRequest &request, QString *error);
    QAction *importHarAction() const { return m_importHarAction; }
    /// Gateway ▸ Add Server-Timing Header (checkable, remembered in the settings, off by default as on AWS).
    QAction *serverTimingAction() const { return m_serverTimingAction; }
    QAction *lambdaInstancePerRequestAction() const { return m_lambdaInstancePerRequestAction; }
    /// Gateway ▸ Replay Request (Ctrl+R): replays the request the Inspector shows.
    QAction *replayAction() const { return m_replayAction; }

    GatewayController *gateway() const { return m_gateway; }
    ExplorerPanel *explorer() const { return m_explorer; }
    OverviewPage *overview() const { return m_overview; }
    /// The centre: the overview, or the editor of what the Explorer selects.
    EditorArea *editorArea() const { return m_editorArea; }
    TrafficPanel *traffic() const { return m_traffic; }
    InspectorPanel *inspector() const { return m_inspector; }
    ProblemsPanel *problems() const { return m_problems; }
    CorsLabPanel *corsLab() const { return m_corsLab; }
    LimitsPanel *limits() const { return m_limits; }
    ConnectionsPanel *connections() const { return m_connectionsPanel; }
    QDockWidget *connectionsDock() const { return m_connectionsDock; }
    MetricsPanel *metrics() const { return m_metricsPanel; }
    /// The Test dock: compose a request and send it through the running gateway (View ▸ Test, Alt+9).
    TestPanel *testPanel() const { return m_testPanel; }
    QDockWidget *testDock() const { return m_testDock; }
    /// View ▸ Access Logs: the access logs of the stages with access logging on, which the gateway writes.
    AccessLogPanel *accessLogs() const { return m_accessLogPanel; }
    QDockWidget *accessLogDock() const { return m_accessLogDock; }
    QDockWidget *metricsDock() const { return m_metricsDock; }
    /// The Cost dock: live cost, REST versus HTTP, billing alarms, what-if (View ▸ Cost, Alt+0).
    CostPanel *costPanel() const { return m_costPanel; }
    QDockWidget *costDock() const { return m_costDock; }
    /// CloudWatch's metrics of the traffic this window's gateway served; emptied when another project opens.
    const metrics::MetricsStore *metricsStore() const { return m_metricsStore.get(); }
    NoticeBar *notice() const { return m_notice; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *deployAction() const { return m_deployAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *newApiAction() const { return m_newApiAction; }

Q_SIGNALS:
    void projectOpened(const QString &path);
    void openFailed(const QString &path);
    /// The gateway got the compiled working copy of the document's current revision.
    void projectCompiled();
    /// importHar() finished: `count` entries were added to Traffic.
    void harImported(const QString &path, int count);
    /// importHar() failed; `error` says where in the file and what is wrong.
    void harImportFailed(const QString &path, const QString &error);
    /// exportHar() ended: `entries` written, or `error` says why not.
    void harExported(const QString &path, int entries, const QString &error);
    /// A replayed or resent request got its answer (`status`), or none (`status` 0, `error` says why).
    void resendFinished(int status, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool saveWith(bool (ProjectDocument::*saveFunction)(QString *));
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void restoreLayout();

    void onLoaded(const std::shared_ptr<const LoadOutcome> &outcome);
    void onDocumentChanged();
    void onCompiled(const std::shared_ptr<const CompileOutcome> &outcome);
    void updateTitle();
    void updateActions();
    void updateDeployBadge();
    void reportSaveError(const QString &error);
    /// Offers, in the notice bar, the recovery copies an earlier session left for the file just opened.
    void offerRecovery();
    bool maybeSaveChanges();
    void enableCorsOnSelection();
    void onGatewayStateChanged();
    void onApiSelected(const QString &apiId, const QString &stage);
    void updateInvokeUrl();
    /// The API and stage the Gateway menu acts on: the Explorer's selection, else the first API and its first stage.
    QPair<QString, QString> targetStage() const;
    void updateFlushCacheAction();
    void updateRequestCount();
    void updateProblemsTitle(int count);
    void copyToClipboard(const QString &text, const QString &what);
    void chooseFile();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showAbout();
    void chooseHarFile();
    void chooseHarExportFile();
    void updateReplayAction();

    GatewayController *m_gateway;
    ProjectLoader *m_loader;
    ProjectDocument *m_document;
    AutoSaver *m_autoSaver;

    ExplorerPanel *m_explorer = nullptr;
    EditorArea *m_editorArea = nullptr;
    OverviewPage *m_overview = nullptr; ///< owned by m_editorArea
    TrafficPanel *m_traffic = nullptr;
    InspectorPanel *m_inspector = nullptr;
    ProblemsPanel *m_problems = nullptr;
    CorsLabPanel *m_corsLab = nullptr;
    NoticeBar *m_notice = nullptr;
    QDockWidget *m_corsLabDock = nullptr;
    LimitsPanel *m_limits = nullptr;
    QDockWidget *m_limitsDock = nullptr;
    ConnectionsPanel *m_connectionsPanel = nullptr;
    QDockWidget *m_connectionsDock = nullptr;
    std::shared_ptr<metrics::MetricsStore> m_metricsStore; ///< fed from the record feed on the GUI thread
    MetricsPanel *m_metricsPanel = nullptr;
    QDockWidget *m_metricsDock = nullptr;
    TestPanel *m_testPanel = nullptr;
    QDockWidget *m_testDock = nullptr;
    AccessLogPanel *m_accessLogPanel = nullptr; ///< also keeps the gateway's stage access logs in step with the document
    QDockWidget *m_accessLogDock = nullptr;
    QDockWidget *m_explorerDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_trafficDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_newApiAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deployAction = nullptr;
    QAction *m_enableCorsAction = nullptr;
    QAction *m_mintTokenAction = nullptr;
    QAction *m_playgroundAction = nullptr;
    QAction *m_corsLabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startStopAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_clearTrafficAction = nullptr;
    QAction *m_flushCacheAction = nullptr;
    QAction *m_importHarAction = nullptr;
    QAction *m_exportHarAction = nullptr;
    QAction *m_serverTimingAction = nullptr;
    QAction *m_lambdaInstancePerRequestAction = nullptr;
    QAction *m_replayAction = nullptr;
    HarImporter *m_harImporter = nullptr;
    HarExporter *m_harExporter = nullptr;
    RequestSender *m_sender = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    CostLabel *m_costLabel = nullptr; ///< the status bar's cost line
    std::shared_ptr<const cost::Pricing> m_pricing; ///< loaded once for the cost line, column and dock; null on error
    QString m_pricingError;
    CostPanel *m_costPanel = nullptr;
    QDockWidget *m_costDock = nullptr;

    CompileResult m_compiled; ///< of the working copy at m_compiledRevision; what the gateway serves
    quint64 m_compiledRevision = 0;
    QList<io::Diagnostic> m_loadDiagnostics; ///< what the loader said when the project was opened
    CorsTrapMap m_corsTraps;
    bool m_resetting = false; ///< a newly opened project is being put into the document
    QIcon m_deployIcon;
    QIcon m_deployBadgeIcon;
    UnsavedChangesPrompt m_unsavedPrompt;
    QString m_selectedApi;   ///< empty: the first API
    QString m_selectedStage; ///< empty: the selected API's first stage
    QString m_portNote;      ///< why the gateway is not on the preferred port, for the status bar
    std::optional<quint16> m_portOverride;
    bool m_autoStart = true;
    bool m_shown = false;
};

} // namespace gw::ui
