// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accesslogpanel.h"
#include "appearance.h"
#include "autosave.h"
#include "connectionspanel.h"
#include "corslabpanel.h"
#include "costlabel.h"
#include "costpanel.h"
#include "limitspanel.h"
#include "metricspanel.h"
#include "minttokendialog.h"
#include "templateplayground.h"
#include "testpanel.h"
#include "deploydialog.h"
#include "editorarea.h"
#include "enablecorsdialog.h"
#include "exchangeactions.h"
#include "exportdialog.h"
#include "explorerpanel.h"
#include "newapiwizard.h"
#include "projectedits.h"
#include "formatting.h"
#include "gatewaycontroller.h"
#include "harexporter.h"
#include "harimporter.h"
#include "inspectorpanel.h"
#include "io/projectfile.h"
#include "loadprogresswidget.h"
#include "noticebar.h"
#include "overviewpage.h"
#include "problemspanel.h"
#include "engine/projectlint.h"
#include "lambda/lambdaservice.h"
#include "recordfeed.h"
#include "resenddialog.h"
#include "trafficmodel.h"
#include "trafficfiltermodel.h"
#include "trafficpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItem>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

// Resources of the static ui library must be initialised explicitly, outside any namespace.
static void initGatehouseResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace gw::ui {

namespace {

constexpr int maxRecentFiles = 10;
constexpr int layoutVersion = 2; // 2: the CORS Lab dock
constexpr quint16 defaultPort = 4510;
const QLatin1StringView recentKey("recentFiles");
const QLatin1StringView geometryKey("window/geometry");
const QLatin1StringView stateKey("window/state");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/gatehouse/icons/%1.svg").arg(QLatin1StringView(name)));
}

/// `base` with an amber dot in its top-right corner: "something to do here".
QIcon withBadge(const QIcon &base)
{
    QIcon out;
    for (const int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.5;
        painter.setPen(QPen(Qt::white, size / 16.0));
        painter.setBrush(QColor(0xf5, 0x9e, 0x0b));
        painter.drawEllipse(QRectF(size - d - 0.5, 0.5, d, d));
        out.addPixmap(pixmap);
    }
    return out;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_gateway(new GatewayController(this))
    , m_loader(new ProjectLoader(this))
    , m_document(new ProjectDocument(this))
    , m_autoSaver(new AutoSaver(m_document, this))
    , m_harImporter(new HarImporter(this))
    , m_harExporter(new HarExporter(this))
    , m_sender(new RequestSender(this))
{
    initGatehouseResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(icon("gatehouse"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    m_notice = new NoticeBar(center);
    m_editorArea = new EditorArea(m_document, center);
    m_overview = m_editorArea->overview();
    centerLayout->addWidget(m_notice);
    centerLayout->addWidget(m_editorArea, 1);
    setCentralWidget(center);
    m_deployIcon = icon("deploy");
    m_deployBadgeIcon = withBadge(m_deployIcon);
    setSavePathChooser({});

    createActions();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    restoreLayout();

    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ProjectLoader::loadCanceled, this, [this](const QString &path) {
        // Nothing was replaced: the open project (if any) is as it was.
        statusBar()->showMessage(m_document->isOpen()
                                     ? tr("Opening %1 was canceled; the open project is unchanged.")
                                           .arg(QDir::toNativeSeparators(path))
                                     : tr("Opening %1 was canceled.").arg(QDir::toNativeSeparators(path)),
                                 10'000);
        if (!m_document->isOpen())
            showNoProject();
    });
    connect(m_loader, &ProjectLoader::compiled, this, &MainWindow::onCompiled);
    connect(m_document, &ProjectDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &ProjectDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_gateway, &GatewayController::stateChanged, this, &MainWindow::onGatewayStateChanged);
    connect(m_gateway, &GatewayController::identityChanged, this, [this] {
        // Authorizers whose issuer is the provider now verify with its key, in process.
        CompileOptions options;
        if (m_gateway->identity() && !m_gateway->identity()->issuer.isEmpty())
            options.identity = m_gateway->identity();
        m_loader->setCompileOptions(options);
        if (m_document->isOpen())
            m_loader->compile(m_document->project(), m_document->revision());
        updateActions();
    });
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, m_traffic, &TrafficPanel::append);
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, this, &MainWindow::updateRequestCount);
    // The metrics store counts each record in O(1); the dock only notes that it is stale and redraws on its timer.
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, this, [this](const std::vector<ExchangeRecordPtr> &batch) {
        m_metricsStore->consume(batch);
        m_metricsPanel->recordsAdded();
    });
    connect(m_traffic, &TrafficPanel::currentRecordChanged, m_inspector, &InspectorPanel::setRecord);
    connect(m_traffic, &TrafficPanel::currentRecordChanged, this, &MainWindow::updateReplayAction);
    connect(m_gateway, &GatewayController::stateChanged, this, &MainWindow::updateReplayAction);
    connect(m_traffic, &TrafficPanel::replayRequested, this, [this](const ExchangeRecordPtr &r) { replay(r); });
    connect(m_inspector, &InspectorPanel::replayRequested, this, [this](const ExchangeRecordPtr &r) { replay(r); });
    connect(m_traffic, &TrafficPanel::resendRequested, this, [this](const ExchangeRecordPtr &r) { showResendDialog(r); });
    connect(m_inspector, &InspectorPanel::resendRequested, this,
            [this](const ExchangeRecordPtr &r) { showResendDialog(r); });
    connect(m_sender, &RequestSender::finished, this, [this](int status, const QString &error) {
        if (status > 0)
            statusBar()->showMessage(tr("The gateway answered %1 to the resent request; it is the newest row in Traffic.")
                                         .arg(status),
                                     8000);
        else
            statusBar()->showMessage(tr("The resent request got no answer: %1").arg(error), 10000);
        Q_EMIT resendFinished(status, error);
    });
    connect(m_harImporter, &HarImporter::imported, this,
            [this](const QString &path, const std::vector<ExchangeRecordPtr> &records, const QStringList &skipped) {
                m_traffic->append(records);
                QString message = tr("Imported %Ln request(s) from %1.", nullptr, int(records.size()))
                                      .arg(QFileInfo(path).fileName());
                if (!skipped.isEmpty())
                    message += u' ' + tr("%Ln entry(ies) without an http(s) URL left out (%1).", nullptr, int(skipped.size()))
                                          .arg(skipped.first());
                statusBar()->showMessage(message, 10000);
                Q_EMIT harImported(path, int(records.size()));
            });
    connect(m_harExporter, &HarExporter::progress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Writing HAR: %L1 of %L2 requests…").arg(done).arg(total));
    });
    connect(m_harExporter, &HarExporter::finished, this, [this](const QString &path, int entries, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Wrote %Ln request(s) to %1.", nullptr, entries).arg(QDir::toNativeSeparators(path)), 10000);
        else
            m_notice->showNotice(tr("<b>The HAR file was not written.</b> %1").arg(error.toHtmlEscaped()),
                                 NoticeBar::Kind::Warning);
        Q_EMIT harExported(path, entries, error);
    });
    connect(m_harImporter, &HarImporter::failed, this, [this](const QString &path, const QString &error) {
        m_notice->showNotice(tr("<b>%1 was not imported.</b> %2. Check that it is a HAR 1.2 file as browsers' "
                                "devtools (Save all as HAR) or <code>gatehouse serve --har</code> write it.")
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped(), error.toHtmlEscaped()),
                             NoticeBar::Kind::Warning);
        statusBar()->showMessage(tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), error), 10000);
        Q_EMIT harImportFailed(path, error);
    });
    connect(m_connectionsPanel, &ConnectionsPanel::currentRecordChanged, m_inspector, &InspectorPanel::setRecord);
    connect(m_explorer, &ExplorerPanel::selected, this, &MainWindow::onApiSelected);
    connect(m_explorer, &ExplorerPanel::urlActivated, this,
            [this](const QString &url) { copyToClipboard(url, tr("Invoke URL")); });
    connect(m_overview, &OverviewPage::copyRequested, this, [this](const QString &text) { copyToClipboard(text, {}); });
    connect(m_overview, &OverviewPage::corsRequested, this,
            [this](const QString &apiId) { m_explorer->selectKey(QStringLiteral("cors:%1").arg(apiId)); });
    connect(m_problems, &ProblemsPanel::countChanged, this, &MainWindow::updateProblemsTitle);
    connect(m_problems, &ProblemsPanel::openRequested, this, [this](const QString &place) { openPlace(place); });
    connect(m_problems, &ProblemsPanel::corsTrapOpenRequested, this, [this](const QString &apiId, const QString &where) {
        if (const model::Api *api = m_document->isOpen() ? m_document->project().api(apiId) : nullptr)
            openPlace(places::forWhere(*api, where));
    });
    connect(m_explorer, &ExplorerPanel::enableCorsRequested, this,
            [this](const QString &apiId, const QString &path) { showEnableCorsDialog(apiId, path); });
    connect(m_overview, &OverviewPage::deployRequested, this,
            [this](const QString &apiId, const QString &stage) { showDeployDialog(apiId, stage); });
    connect(m_explorer, &ExplorerPanel::deployRequested, this,
            [this](const QString &apiId, const QString &stage) { showDeployDialog(apiId, stage); });
    connect(m_explorer, &ExplorerPanel::corsLabRequested, this,
            [this](const QString &apiId, const QString &stage, const QString &path, const QString &method) {
                showCorsLab();
                m_corsLab->setTarget(apiId, stage, path, method);
            });
    connect(m_explorer->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    // The centre edits what the Explorer selects; a renamed route stays selected under its new key.
    connect(m_explorer->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_editorArea->showKey(current.data(ExplorerPanel::KeyRole).toString()); });
    connect(m_editorArea, &EditorArea::keyRenamed, this, [this](const QString &key) {
        if (QStandardItem *item = m_explorer->itemForKey(key))
            m_explorer->view()->setCurrentIndex(item->index());
    });
    connect(m_editorArea, &EditorArea::deployRequested, this,
            [this](const QString &apiId, const QString &stage) { showDeployDialog(apiId, stage); });
    connect(m_corsLab, &CorsLabPanel::deployRequested, this,
            [this](const QString &apiId, const QString &stage) { deploy(apiId, stage, tr("CORS Lab fix")); });
    connect(m_corsLab, &CorsLabPanel::startGatewayRequested, this, [this] {
        if (m_gateway->state() == GatewayController::State::Stopped)
            startGateway();
    });
    // The Test dock follows the Explorer's method, route or stage, starts the gateway when asked, and opens its
    // request's record in the Inspector.
    connect(m_explorer->view()->selectionModel(), &QItemSelectionModel::currentChanged, m_testPanel,
            [this](const QModelIndex &current) {
                m_testPanel->setTargetFromKey(current.data(ExplorerPanel::KeyRole).toString());
            });
    connect(m_testPanel, &TestPanel::startGatewayRequested, this, [this] {
        if (m_gateway->state() == GatewayController::State::Stopped)
            startGateway();
    });
    connect(m_testPanel, &TestPanel::inspectRequested, this, [this](const ExchangeRecordPtr &record) {
        m_inspector->setRecord(record);
        m_inspectorDock->show();
        m_inspectorDock->raise();
    });
    onGatewayStateChanged();
    updateProblemsTitle(m_problems->count());
    updateActions();
    updateReplayAction();
    showNoProject();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newApiAction = new QAction(tr("&New API…"), this);
    m_newApiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newApiAction->setToolTip(tr("Add a REST, HTTP or WebSocket API: blank, from an example, or imported from an OpenAPI "
                                  "document (%1)")
                                   .arg(m_newApiAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_newApiAction, &QAction::triggered, this, [this] { showNewApiWizard(); });

    m_openAction = new QAction(icon("open"), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a Gatehouse project or an OpenAPI / Swagger document (%1)")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_saveAction = new QAction(icon("save"), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setToolTip(
        tr("Save the project (%1)").arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export OpenAPI, Swagger, SAM, CloudFormation or Terraform for AWS (%1)")
                                   .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_exportAction, &QAction::triggered, this, [this] { showExportDialog(); });
    m_importHarAction = new QAction(tr("Import &HAR…"), this);
    m_importHarAction->setToolTip(tr("Show the requests of a HAR file (from browser devtools or gatehouse serve --har) "
                                     "in Traffic, to inspect and replay them"));
    connect(m_importHarAction, &QAction::triggered, this, &MainWindow::chooseHarFile);
    m_exportHarAction = new QAction(tr("Export H&AR…"), this);
    m_exportHarAction->setToolTip(tr("Write the requests Traffic shows (or the selected ones) as a HAR 1.2 file with "
                                     "timings, steps and cost; secrets read REDACTED"));
    connect(m_exportHarAction, &QAction::triggered, this, &MainWindow::chooseHarExportFile);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_deployAction = new QAction(m_deployIcon, tr("&Deploy…"), this);
    m_deployAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_deployAction, &QAction::triggered, this,
            [this] { showDeployDialog(m_selectedApi, m_selectedStage); });

    m_mintTokenAction = new QAction(tr("&Mint Test Token…"), this);
    m_mintTokenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_mintTokenAction->setToolTip(tr("Sign a JWT with the project's local identity provider, for JWT and Cognito "
                                     "authorizers"));
    connect(m_mintTokenAction, &QAction::triggered, this, [this] {
        const auto identity = m_gateway->identity();
        if (!identity || !m_document->isOpen())
            return;
        QString issuer = identity->issuer;
        if (issuer.isEmpty()) {
            quint16 port = m_portOverride ? *m_portOverride : defaultPort;
            if (!m_portOverride && m_document->project().preferredPort > 0 && m_document->project().preferredPort <= 65535)
                port = quint16(m_document->project().preferredPort);
            issuer = auth::localIssuer(auth::defaultIdentityPort(port));
        }
        MintTokenDialog dialog(m_document->project(), identity, issuer, this);
        dialog.exec();
    });

    m_playgroundAction = new QAction(tr("Mapping &Template Playground…"), this);
    m_playgroundAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_playgroundAction->setToolTip(tr("Write a mapping template and see what it renders for the selected request"));
    connect(m_playgroundAction, &QAction::triggered, this, [this] {
        auto *playground = new TemplatePlayground(this);
        playground->setAttribute(Qt::WA_DeleteOnClose);
        auto useSelected = [this, playground] {
            if (const ExchangeRecordPtr r = m_inspector->record())
                playground->useRecord(*r);
            else
                statusBar()->showMessage(tr("Select a request in Traffic first."), 5000);
        };
        connect(playground, &TemplatePlayground::selectedRequestWanted, this, useSelected);
        if (m_inspector->record())
            useSelected();
        playground->show();
    });

    m_enableCorsAction = new QAction(icon("cors"), tr("Enable &CORS…"), this);
    m_enableCorsAction->setToolTip(tr("Enable CORS on the REST resource selected in the Explorer"));
    connect(m_enableCorsAction, &QAction::triggered, this, &MainWindow::enableCorsOnSelection);

    m_corsLabAction = new QAction(icon("cors"), tr("CORS &Lab"), this);
    m_corsLabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_corsLabAction->setToolTip(
        tr("Play a browser page against the running gateway and see what CORS allows (%1)")
            .arg(m_corsLabAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_corsLabAction, &QAction::triggered, this, &MainWindow::showCorsLab);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startStopAction = new QAction(icon("start"), tr("Start"), this);
    m_startStopAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_startStopAction, &QAction::triggered, this, [this] {
        if (m_gateway->state() == GatewayController::State::Running)
            stopGateway();
        else if (m_gateway->state() == GatewayController::State::Stopped)
            startGateway();
    });

    m_copyUrlAction = new QAction(icon("copy"), tr("Copy Invoke URL"), this);
    m_copyUrlAction->setIconText(tr("Copy"));
    m_copyUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyUrlAction->setToolTip(tr("Copy the invoke URL (%1)")
                                    .arg(m_copyUrlAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copyUrlAction, &QAction::triggered, this, [this] { copyToClipboard(invokeUrl(), tr("Invoke URL")); });

    m_clearTrafficAction = new QAction(icon("clear"), tr("C&lear Traffic"), this);
    m_clearTrafficAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    m_flushCacheAction = new QAction(tr("&Flush Stage Cache"), this);
    m_flushCacheAction->setToolTip(tr("Empty the selected stage's cache, as the console's Flush entire cache does"));
    connect(m_flushCacheAction, &QAction::triggered, this, [this] { flushStageCache(); });

    m_serverTimingAction = new QAction(tr("Add Server-&Timing Header"), this);
    m_serverTimingAction->setCheckable(true);
    m_serverTimingAction->setToolTip(tr("Answer every request with a Server-Timing header holding each step's time, "
                                        "so browser devtools show the gateway's breakdown (AWS sends no such header)"));
    m_serverTimingAction->setChecked(QSettings().value(QStringLiteral("gateway/serverTiming"), false).toBool());
    m_gateway->setServerTiming(m_serverTimingAction->isChecked());
    connect(m_serverTimingAction, &QAction::toggled, this, [this](bool on) {
        m_gateway->setServerTiming(on);
        QSettings().setValue(QStringLiteral("gateway/serverTiming"), on);
    });

    m_lambdaInstancePerRequestAction = new QAction(tr("Start a Lambda &Instance per Concurrent Request"), this);
    m_lambdaInstancePerRequestAction->setCheckable(true);
    m_lambdaInstancePerRequestAction->setToolTip(
        tr("As AWS does: every concurrent invocation of a function gets an instance of its own, a cold start each. "
           "Off: a busy instance is waited for up to %1 ms first, so a quick function runs on a few warm processes")
            .arg(lambda::LambdaService::kDefaultWarmWaitMs));
    m_lambdaInstancePerRequestAction->setChecked(
        QSettings().value(QStringLiteral("gateway/lambdaInstancePerRequest"), false).toBool());
    m_gateway->setLambdaInstancePerRequest(m_lambdaInstancePerRequestAction->isChecked());
    connect(m_lambdaInstancePerRequestAction, &QAction::toggled, this, [this](bool on) {
        m_gateway->setLambdaInstancePerRequest(on);
        QSettings().setValue(QStringLiteral("gateway/lambdaInstancePerRequest"), on);
    });

    m_replayAction = new QAction(tr("&Replay Request"), this);
    m_replayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replayAction->setToolTip(tr("Send the request shown in the Inspector to the running gateway again (%1)")
                                   .arg(m_replayAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_replayAction, &QAction::triggered, this, [this] { replay(m_inspector->record()); });

    m_aboutAction = new QAction(tr("&About Gatehouse"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newApiAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_importHarAction);
    file->addAction(m_exportHarAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    // The Explorer's structural edits; their shortcuts work while the Explorer has the focus.
    edit->addSeparator();
    edit->addAction(m_explorer->newItemAction());
    edit->addAction(m_explorer->newMethodAction());
    edit->addAction(m_explorer->renameAction());
    edit->addAction(m_explorer->duplicateAction());
    edit->addAction(m_explorer->deleteAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock :
         {m_explorerDock, m_inspectorDock, m_trafficDock, m_connectionsDock, m_problemsDock, m_corsLabDock, m_limitsDock,
          m_metricsDock, m_costDock, m_testDock, m_accessLogDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    addAppearanceMenus(m_viewMenu);

    QMenu *api = menuBar()->addMenu(tr("&API"));
    api->addAction(m_enableCorsAction);

    QMenu *gateway = menuBar()->addMenu(tr("&Gateway"));
    gateway->addAction(m_startStopAction);
    gateway->addAction(m_deployAction);
    gateway->addAction(m_copyUrlAction);
    gateway->addSeparator();
    gateway->addAction(m_clearTrafficAction);
    gateway->addAction(m_flushCacheAction);
    gateway->addAction(m_replayAction);
    gateway->addSeparator();
    gateway->addAction(m_serverTimingAction);
    gateway->addAction(m_lambdaInstancePerRequestAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_corsLabAction);
    tools->addAction(m_mintTokenAction);
    tools->addAction(m_playgroundAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    QToolBar *bar = m_toolBar;
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_startStopAction);
    bar->addAction(m_deployAction);
    bar->addSeparator();

    auto *label = new QLabel(tr("Invoke URL"), bar);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(label);
    m_urlEdit = new QLineEdit(bar);
    m_urlEdit->setReadOnly(true);
    m_urlEdit->setMinimumWidth(fontMetrics().horizontalAdvance(
        QStringLiteral("http://storefront.execute-api.localhost:45100/prod/xx")));
    m_urlEdit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_urlEdit->setAccessibleName(tr("Invoke URL"));
    m_urlEdit->setPlaceholderText(tr("Start the gateway to get an invoke URL"));
    label->setBuddy(m_urlEdit);
    bar->addWidget(m_urlEdit);
    bar->addAction(m_copyUrlAction);

    // Accessible names and tooltips for the toolbar's buttons.
    for (QAction *a : {m_openAction, m_saveAction, m_startStopAction, m_deployAction, m_copyUrlAction}) {
        if (QWidget *w = bar->widgetForAction(a))
            w->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    if (QWidget *w = bar->widgetForAction(m_copyUrlAction))
        w->setAccessibleName(tr("Copy invoke URL"));
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                          | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, dock);
        return dock;
    };
    m_explorer = new ExplorerPanel(this);
    m_explorer->setDocument(m_document);
    connect(m_explorer, &ExplorerPanel::editReported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    m_inspector = new InspectorPanel(this);
    m_traffic = new TrafficPanel(this);
    m_problems = new ProblemsPanel(this);
    m_corsLab = new CorsLabPanel(m_document, this);
    m_explorerDock = makeDock(tr("Explorer"), QStringLiteral("ExplorerDock"), m_explorer, Qt::LeftDockWidgetArea);
    m_inspectorDock = makeDock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_trafficDock = makeDock(tr("Traffic"), QStringLiteral("TrafficDock"), m_traffic, Qt::BottomDockWidgetArea);
    m_problemsDock = makeDock(tr("Problems"), QStringLiteral("ProblemsDock"), m_problems, Qt::BottomDockWidgetArea);
    m_corsLabDock
        = makeDock(tr("CORS Lab"), QStringLiteral("CorsLabDock"), m_corsLab, Qt::BottomDockWidgetArea);
    // Connections: the tab next to Traffic.
    m_connectionsPanel = new ConnectionsPanel(m_gateway, m_document, this);
    m_connectionsDock
        = makeDock(tr("Connections"), QStringLiteral("ConnectionsDock"), m_connectionsPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_trafficDock, m_connectionsDock);
    tabifyDockWidget(m_connectionsDock, m_problemsDock);
    tabifyDockWidget(m_problemsDock, m_corsLabDock);
    m_limits = new LimitsPanel(m_gateway, this);
    m_limitsDock = makeDock(tr("Limits"), QStringLiteral("LimitsDock"), m_limits, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_corsLabDock, m_limitsDock);
    m_metricsStore = std::make_shared<metrics::MetricsStore>();
    m_metricsPanel = new MetricsPanel(m_metricsStore, this);
    m_metricsPanel->setClock([gateway = m_gateway] { return gateway->clock().epochMs(); });
    m_metricsDock = makeDock(tr("Metrics"), QStringLiteral("MetricsDock"), m_metricsPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_limitsDock, m_metricsDock);
    // Prices: the user's pricing file when there is one (docs/cost.md), else the built-in us-east-1 file; the cost
    // dock, the status bar's cost line and the traffic table's Cost column share them.
    const cost::PricingLoad pricing = cost::loadPricing();
    m_pricing = pricing.pricing;
    m_pricingError = pricing.error;
    m_costPanel = new CostPanel(m_pricing, m_pricingError, this);
    m_costPanel->setClock([gateway = m_gateway] { return gateway->clock().epochMs(); });
    m_costDock = makeDock(tr("Cost"), QStringLiteral("CostDock"), m_costPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_metricsDock, m_costDock);
    m_costDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    m_costDock->toggleViewAction()->setToolTip(
        tr("What the traffic would cost on AWS: the session, the month at this rate item by item, REST versus HTTP, "
           "billing alarms and a what-if table"));
    connect(m_costDock->toggleViewAction(), &QAction::triggered, m_costPanel, [this](bool shown) {
        if (shown)
            m_costDock->raise(); // in front of the docks it shares the bottom area with
    });
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, m_costPanel, &CostPanel::addRecords);
    connect(m_costPanel, &CostPanel::alarmRaised, this, [this](double threshold, double projected) {
        statusBar()->showMessage(tr("Billing alarm: the projected month is %1, at or over your %2 alarm.")
                                     .arg(cost::formatUsd(projected), cost::formatUsd(threshold)),
                                 15'000);
        if (m_costDock->isVisible() && !m_costDock->visibleRegion().isEmpty())
            return; // in sight (a dock behind another tab is "visible" with nothing of it shown)
        m_notice->showNotice(tr("<b>Billing alarm: %1 a month.</b> At the rate of the last minute this traffic "
                                "would cost %1 in a 30-day month on AWS, at or over your %2 alarm.")
                                 .arg(cost::formatUsd(projected), cost::formatUsd(threshold)),
                             NoticeBar::Kind::Warning);
        m_notice->addButton(tr("Show Cost"), [this] {
            m_costDock->show();
            m_costDock->raise();
        });
    });
    m_testPanel = new TestPanel(m_document, m_gateway, this);
    m_testDock = makeDock(tr("Test"), QStringLiteral("TestDock"), m_testPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_metricsDock, m_testDock);
    m_testDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_9));
    m_testDock->toggleViewAction()->setToolTip(
        tr("Compose a request with an API key, token or SigV4 identity and send it through the running gateway"));
    connect(m_testDock->toggleViewAction(), &QAction::triggered, m_testPanel, [this](bool shown) {
        if (!shown)
            return;
        m_testDock->raise(); // in front of the docks it shares the bottom area with, ready to type a path
        m_testPanel->pathEdit()->setFocus();
    });
    m_accessLogPanel = new AccessLogPanel(m_document, m_gateway, this);
    m_accessLogDock
        = makeDock(tr("Access Logs"), QStringLiteral("AccessLogsDock"), m_accessLogPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_testDock, m_accessLogDock);
    m_accessLogDock->toggleViewAction()->setToolTip(
        tr("The access log lines of the stages with access logging on, and the files they are written to"));
    connect(m_accessLogDock->toggleViewAction(), &QAction::triggered, m_accessLogPanel, [this](bool shown) {
        if (shown)
            m_accessLogDock->raise(); // in front of the docks it shares the bottom area with
    });
    connect(m_accessLogPanel, &AccessLogPanel::openStageRequested, this, [this](const QString &apiId, const QString &stage) {
        m_explorer->selectKey(QStringLiteral("stage:%1:%2").arg(apiId, stage)); // the Explorer opens its editor
    });
    m_metricsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_8));
    m_metricsDock->toggleViewAction()->setToolTip(
        tr("CloudWatch's metrics of the traffic served: Count, errors, latency percentiles per API, stage and route"));
    m_connectionsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));
    m_connectionsDock->toggleViewAction()->setToolTip(
        tr("The open WebSocket connections: their messages, and Send and Close for each"));
    m_trafficDock->raise();
    m_explorerDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_trafficDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_inspectorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_problemsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    m_corsLabDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    m_limitsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    connect(m_clearTrafficAction, &QAction::triggered, m_traffic, &TrafficPanel::clear);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setAccessibleName(tr("Gateway state"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Requests handled"));
    m_costLabel = new CostLabel(m_pricing, m_pricingError, this);
    m_costLabel->setObjectName(QStringLiteral("costLabel"));
    m_traffic->model()->setPricing(m_pricing);
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, m_costLabel, &CostLabel::addRecords);
    auto *loadProgress = new LoadProgressWidget(m_loader, this);
    loadProgress->setObjectName(QStringLiteral("loadProgress"));
    statusBar()->addPermanentWidget(loadProgress);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_costLabel);
    updateRequestCount();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
    const QByteArray state = settings.value(stateKey).toByteArray();
    if (state.isEmpty() || !restoreState(state, layoutVersion)) {
        resizeDocks({m_explorerDock, m_inspectorDock}, {310, 500}, Qt::Horizontal);
        resizeDocks({m_trafficDock}, {330}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveChanges()) {
        event->ignore();
        return;
    }
    m_autoSaver->discard(); // saved or discarded: nothing to recover
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(layoutVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        // A freshly started window takes the keyboard, also where no window manager hands it over (Xvfb,
        // kiosks).
        QTimer::singleShot(0, this, [this] { activateWindow(); });
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    const QString name = QFileInfo(path).fileName().toLower();
    const bool projectFile = name.endsWith(QLatin1String(".gatehouse.yaml")) || name.endsWith(QLatin1String(".gatehouse.yml"));
    const bool document = name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"))
        || name.endsWith(QLatin1String(".json"));
    if (!m_document->isOpen() || projectFile || !document) {
        openFile(path);
        return;
    }
    // A document dropped on an open project: offer to add it as another API (after the drop has finished).
    QTimer::singleShot(0, this, [this, path] {
        showNewApiWizard(path);
        statusBar()->showMessage(tr("To open %1 on its own instead, use File ▸ Open.").arg(QFileInfo(path).fileName()),
                                 10'000);
    });
}

NewApiWizard *MainWindow::showNewApiWizard(const QString &file)
{
    auto *wizard = new NewApiWizard(m_document->projectOrNull(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        wizard->setFile(file);
    connect(wizard, &NewApiWizard::apiReady, this,
            [this](const model::Api &api, const QList<model::Function> &functions) { addNewApi(api, functions); });
    wizard->open();
    return wizard;
}

void MainWindow::addNewApi(const model::Api &api, const QList<model::Function> &functions)
{
    if (m_document->isOpen()) {
        model::Project after = m_document->project();
        const EditOutcome outcome = ProjectEdits::addApi(after, api, functions);
        m_document->edit(outcome.undoText, after);
        m_explorer->selectKey(outcome.key);
        statusBar()->showMessage(outcome.note.isEmpty() ? outcome.undoText : outcome.undoText + QStringLiteral(": ") + outcome.note,
                                 10'000);
        return;
    }
    // A new project, not saved yet: Save asks where.
    model::Project project;
    const EditOutcome outcome = ProjectEdits::addApi(project, api, functions);
    project.name = api.protocol == model::Protocol::WebSocket ? api.definition.document[u"name"].toString()
                                                              : api.definition.title();
    m_selectedApi.clear();
    m_selectedStage.clear();
    m_loadDiagnostics.clear();
    m_notice->dismiss();
    m_problems->clearEditReport();
    m_problems->clearFailedLoad();
    m_document->reset(project, QString(), false); // recompiles through onDocumentChanged
    m_explorer->setProject(m_document->project());
    m_explorer->selectKey(outcome.key);
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("New project with API %1; File ▸ Save (%2) asks where to keep it.")
                                 .arg(ItemKey::parse(outcome.key).apiId,
                                      m_saveAction->shortcut().toString(QKeySequence::NativeText)),
                             10'000);
    if (m_autoStart && m_gateway->state() == GatewayController::State::Stopped)
        startGateway();
}

// ---- files ----------------------------------------------------------------------------------------------------

void MainWindow::showNoProject()
{
    m_editorArea->showKey({});
    m_overview->setEmpty(tr("No project is open. Open a Gatehouse project or an OpenAPI document with File ▸ Open "
                            "(%1), or drop one on this window.")
                             .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
}

bool MainWindow::openFile(const QString &path, const io::InputOptions &options)
{
    if (!maybeSaveChanges())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_document->isOpen())
        m_overview->setEmpty(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));
    m_loader->load(absolute, options);
    return true;
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

bool MainWindow::isCompiling() const
{
    return m_document->isOpen() && m_compiledRevision != m_document->revision();
}

QString MainWindow::currentFile() const
{
    return m_document->hasProjectFile() ? m_document->filePath() : m_document->sourcePath();
}

void MainWindow::chooseFile()
{
    const QString file = currentFile();
    const QString dir = file.isEmpty() ? QDir::homePath() : QFileInfo(file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project or OpenAPI Document"), dir,
        tr("Projects and OpenAPI documents (*.gatehouse.yaml *.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::onLoaded(const std::shared_ptr<const LoadOutcome> &outcome)
{
    const QString shown = QDir::toNativeSeparators(outcome->path);
    if (!outcome->ok()) {
        QList<io::Diagnostic> errors = outcome->load.diagnostics;
        if (errors.isEmpty()) {
            io::Diagnostic d;
            d.file = outcome->path;
            d.message = tr("the file could not be read as a project or OpenAPI document");
            errors.append(d);
        }
        m_problems->setFailedLoad(outcome->path, errors, m_document->isOpen());
        m_problemsDock->show();
        m_problemsDock->raise();
        QString first;
        for (const io::Diagnostic &d : std::as_const(errors)) {
            if (d.severity == io::Diagnostic::Severity::Error) {
                first = d.format();
                break;
            }
        }
        statusBar()->showMessage(tr("Could not open %1: %2").arg(shown, first.isEmpty() ? errors.first().format() : first));
        if (!m_document->isOpen())
            m_overview->setEmpty(tr("%1 could not be opened. Problems (below) says where and why; fix the file, or "
                                    "open another one with File ▸ Open.")
                                     .arg(shown));
        Q_EMIT openFailed(outcome->path);
        return;
    }

    m_compiled = *outcome->compiled;
    m_loadDiagnostics = outcome->load.diagnostics;
    // What the linter reports for the working copy goes once, and goes away when an edit fixes it.
    m_loadDiagnostics.removeIf([](const io::Diagnostic &d) { return supersededByLint(d); });
    if (!outcome->identityError.isEmpty()) {
        io::Diagnostic d;
        d.severity = io::Diagnostic::Severity::Warning;
        d.file = outcome->path;
        d.message = tr("the local identity provider has no key, so JWT and Cognito authorizers cannot verify test "
                       "tokens: %1")
                        .arg(outcome->identityError);
        m_loadDiagnostics.append(d);
    }
    m_corsTraps = outcome->corsTraps;
    m_selectedApi.clear();
    m_selectedStage.clear();
    m_resetting = true;
    m_document->reset(*outcome->load.project, outcome->path, outcome->projectFile);
    m_resetting = false;
    m_compiledRevision = m_document->revision();
    const model::Project &project = m_document->project();
    m_notice->dismiss();
    m_problems->clearEditReport();
    m_problems->clearFailedLoad();
    m_problems->setProjectProblems(m_loadDiagnostics + outcome->problems);
    m_problems->setCorsTraps(m_corsTraps);
    m_gateway->deploy(m_compiled.gateway);
    m_loader->setCompileOptions({});
    m_gateway->setIdentity(outcome->identity); // while running: serves it and recompiles (identityChanged)
    m_explorer->setProject(project);
    m_explorer->setPort(m_gateway->port());
    m_overview->setProject(project, m_compiled, m_loadDiagnostics, outcome->path, m_gateway->port());
    m_corsLab->setCorsTraps(m_corsTraps);
    m_corsLab->setGateway(m_compiled.gateway, m_gateway->port(), true);
    m_metricsStore->clear(); // another project: its metrics start from nothing
    m_metricsPanel->setProject(project);
    m_costPanel->setProject(project);
    addRecentFile(outcome->path);
    updateTitle();
    updateActions();
    updateDeployBadge();
    updateInvokeUrl();
    statusBar()->showMessage(tr("Opened %1: %n API(s), in %2 ms", nullptr, int(project.apis.size()))
                                 .arg(shown)
                                 .arg(outcome->elapsedMs),
                             8000);
    offerRecovery();
    if (m_autoStart && m_gateway->state() == GatewayController::State::Stopped)
        startGateway();
    Q_EMIT projectOpened(outcome->path);
}

// ---- editing
// --------------------------------------------------------------------------------------------------

void MainWindow::onDocumentChanged()
{
    if (m_resetting)
        return; // onLoaded() shows the new project with what the loader compiled
    if (!m_document->isOpen())
        return;
    const model::Project &project = m_document->project();
    m_explorer->refreshProject(project);
    m_metricsPanel->setProject(project);
    m_costPanel->setProject(project);
    m_corsLab->setGateway(m_compiled.gateway, m_gateway->port(), false);
    m_loader->compile(project, m_document->revision());
    updateTitle();
    updateActions();
    updateDeployBadge();
    updateInvokeUrl();
}

void MainWindow::onCompiled(const std::shared_ptr<const CompileOutcome> &outcome)
{
    if (!m_document->isOpen() || outcome->revision != m_document->revision())
        return; // a newer revision is being compiled
    m_compiled = outcome->compiled;
    m_compiledRevision = outcome->revision;
    m_corsTraps = outcome->corsTraps;
    // REST stages keep serving their deployments; auto-deploying stages get the working copy.
    m_gateway->deploy(m_compiled.gateway);
    m_problems->setProjectProblems(m_loadDiagnostics + outcome->problems);
    m_problems->setCorsTraps(m_corsTraps);
    m_overview->setProject(m_document->project(), m_compiled, m_loadDiagnostics, currentFile(),
                           m_gateway->port());
    m_corsLab->setCorsTraps(m_corsTraps);
    m_corsLab->setGateway(m_compiled.gateway, m_gateway->port(), true);
    updateFlushCacheAction();
    Q_EMIT projectCompiled();
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("Gatehouse"));
        setWindowFilePath({});
        setWindowModified(false);
        return;
    }
    const model::Project &project = m_document->project();
    const QString name = m_document->displayName();
    // "[*]" is where Qt puts the modified mark.
    if (project.name.isEmpty() || project.name == name)
        setWindowTitle(tr("%1[*] — Gatehouse").arg(name));
    else
        setWindowTitle(tr("%1[*] — %2 — Gatehouse").arg(name, project.name));
    setWindowFilePath(currentFile());
    setWindowModified(m_document->isDirty());
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    bool deployable = false;
    if (open) {
        for (const model::Api &api : m_document->project().apis) {
            for (const model::Stage &stage : api.stages)
                deployable = deployable || !stage.autoDeploy;
        }
    }
    m_deployAction->setEnabled(deployable);
    const QModelIndex current = m_explorer->view()->currentIndex();
    const int kind = current.data(ExplorerPanel::KindRole).toInt();
    const model::Api *api
        = open ? m_document->project().api(current.data(ExplorerPanel::ApiIdRole).toString()) : nullptr;
    const QString resource = current.data(ExplorerPanel::ResourcePathRole).toString();
    const bool corsable = api && api->protocol == model::Protocol::Rest
        && (kind == ExplorerPanel::ResourceItem || kind == ExplorerPanel::MethodItem)
        && api->definition.path(resource);
    m_enableCorsAction->setEnabled(corsable);
    m_enableCorsAction->setText(corsable ? tr("Enable &CORS on %1…").arg(resource) : tr("Enable &CORS…"));
    m_mintTokenAction->setEnabled(open && m_gateway->identity() != nullptr);
    updateFlushCacheAction();
}

QPair<QString, QString> MainWindow::targetStage() const
{
    const model::Project *p = project();
    if (!p)
        return {};
    const model::Api *api = m_selectedApi.isEmpty() ? nullptr : p->api(m_selectedApi);
    if (!api && !p->apis.isEmpty())
        api = &p->apis.first();
    if (!api || api->stages.isEmpty())
        return {};
    const model::Stage *stage = m_selectedStage.isEmpty() ? nullptr : api->stage(m_selectedStage);
    return {api->id, stage ? stage->name : api->stages.first().name};
}

void MainWindow::updateFlushCacheAction()
{
    const auto [apiId, stage] = targetStage();
    const bool cached = !apiId.isEmpty() && m_gateway->hasStageCache(apiId, stage);
    m_flushCacheAction->setEnabled(cached);
    m_flushCacheAction->setText(cached ? tr("&Flush Stage Cache of %1/%2").arg(apiId, stage) : tr("&Flush Stage Cache"));
}

std::optional<int> MainWindow::flushStageCache()
{
    const auto [apiId, stage] = targetStage();
    const std::optional<int> dropped = apiId.isEmpty() ? std::nullopt : m_gateway->flushStageCache(apiId, stage);
    if (!dropped) {
        statusBar()->showMessage(apiId.isEmpty() ? tr("No stage is selected; select one in the Explorer.")
                                                 : tr("Stage %1 of %2 has no cache; add a cache: block to the stage to "
                                                      "enable one.")
                                                       .arg(stage, apiId),
                                 6000);
        return std::nullopt;
    }
    statusBar()->showMessage(tr("Flushed the cache of %1/%2: %n cached response(s) dropped.", nullptr, *dropped).arg(apiId, stage),
                             6000);
    return dropped;
}

QStringList MainWindow::undeployedStages() const
{
    QStringList out;
    if (!m_document->isOpen())
        return out;
    for (const model::Api &api : m_document->project().apis) {
        for (const model::Stage &stage : api.stages) {
            if (hasUndeployedChanges(api, stage))
                out.append(api.id + QLatin1Char('/') + stage.name);
        }
    }
    return out;
}

void MainWindow::updateDeployBadge()
{
    const QStringList stages = undeployedStages();
    const QString shortcut = m_deployAction->shortcut().toString(QKeySequence::NativeText);
    m_deployAction->setIcon(stages.isEmpty() ? m_deployIcon : m_deployBadgeIcon);
    m_deployAction->setIconText(stages.isEmpty() ? tr("Deploy…") : tr("Deploy… (%1)").arg(stages.size()));
    m_deployAction->setToolTip(
        stages.isEmpty()
            ? tr("Deploy the working copy to a stage (%1). Every stage serves the working copy now.")
                  .arg(shortcut)
            : tr("Deploy the working copy to a stage (%1). Undeployed changes: %2")
                  .arg(shortcut, stages.join(QLatin1String(", "))));
    if (QWidget *w = m_toolBar->widgetForAction(m_deployAction))
        w->setAccessibleName(stages.isEmpty() ? tr("Deploy")
                                              : tr("Deploy, %n stage(s) with undeployed changes", nullptr,
                                                   int(stages.size())));
}

void MainWindow::setSavePathChooser(ProjectDocument::SavePathChooser chooser)
{
    if (chooser) {
        m_document->setSavePathChooser(std::move(chooser));
        return;
    }
    m_document->setSavePathChooser([this](const QString &suggested) {
        const QString title = m_document->hasProjectFile()
            ? tr("Save Project As")
            : tr("Save as a Gatehouse Project (the OpenAPI document stays as it is)");
        QString path = QFileDialog::getSaveFileName(
            this, title, suggested, tr("Gatehouse projects (*.gatehouse.yaml);;All files (*)"));
        if (!path.isEmpty() && !path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
            && !path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
            path += QStringLiteral(".gatehouse.yaml");
        return path;
    });
}

bool MainWindow::save()
{
    return saveWith(&ProjectDocument::save);
}

bool MainWindow::saveAs()
{
    return saveWith(&ProjectDocument::saveAs);
}

bool MainWindow::saveWith(bool (ProjectDocument::*saveFunction)(QString *))
{
    QString error;
    if (!(m_document->*saveFunction)(&error)) {
        reportSaveError(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

void MainWindow::reportSaveError(const QString &error)
{
    if (error.isEmpty()) {
        statusBar()->showMessage(tr("Not saved."), 4000);
        return;
    }
    m_notice->showNotice(tr("<b>The project was not saved.</b> %1").arg(error.toHtmlEscaped()),
                         NoticeBar::Kind::Warning);
    statusBar()->showMessage(tr("Not saved: %1").arg(error));
}

void MainWindow::offerRecovery()
{
    const RecoveryScan scan = m_autoSaver->findRecoveryCopies(currentFile());
    const QString name = m_document->displayName().toHtmlEscaped();
    QString unreadable;
    if (!scan.unreadable.isEmpty())
        unreadable = tr("A recovery copy of %1 could not be read: %2.")
                         .arg(name, scan.unreadable.join(QLatin1String("; ")).toHtmlEscaped());
    if (scan.copies.isEmpty()) {
        if (!unreadable.isEmpty())
            m_notice->showNotice(unreadable, NoticeBar::Kind::Warning);
        return;
    }
    const RecoveryCopy newest = scan.copies.first();
    const QDateTime at = newest.savedAt.toLocalTime();
    const QString when = at.date() == QDate::currentDate()
        ? at.toString(QStringLiteral("HH:mm"))
        : QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + at.toString(QStringLiteral("HH:mm"));
    QString html = tr("<b>%1 has unsaved changes from %2</b>, kept when Gatehouse last stopped. Restoring makes them "
                      "one undoable edit; the file stays as it is until you save.")
                       .arg(name, when);
    if (!unreadable.isEmpty())
        html += QLatin1Char(' ') + unreadable;
    m_notice->showNotice(html, NoticeBar::Kind::Warning);
    const QList<RecoveryCopy> copies = scan.copies;
    m_notice->addButton(tr("Restore unsaved changes from %1").arg(when), [this, newest, copies] {
        QString error;
        if (m_autoSaver->restore(newest, copies, &error))
            statusBar()->showMessage(tr("Restored the unsaved changes; save to keep them."), 8000);
        else
            m_notice->showNotice(tr("<b>The changes were not restored.</b> %1").arg(error.toHtmlEscaped()),
                                 NoticeBar::Kind::Warning);
    });
    m_notice->addButton(tr("Discard"), [this, copies] {
        m_autoSaver->discardCopies(copies);
        statusBar()->showMessage(tr("Discarded the recovered changes."), 5000);
    });
}

bool MainWindow::maybeSaveChanges()
{
    if (!m_document->isDirty())
        return true;
    const QString name = m_document->displayName();
    QMessageBox::StandardButton answer;
    if (m_unsavedPrompt) {
        answer = m_unsavedPrompt(name);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("%1 has changes that are not saved.").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save them before closing the project?"));
        box.setDefaultButton(QMessageBox::Save);
        answer = QMessageBox::StandardButton(box.exec());
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::deploy(const QString &apiId, const QString &stageName, const QString &description)
{
    if (!m_document->isOpen())
        return false;
    model::Project after = m_document->project();
    model::Api *api = nullptr;
    for (model::Api &a : after.apis) {
        if (a.id == apiId)
            api = &a;
    }
    model::Stage *stage = nullptr;
    if (api) {
        for (model::Stage &s : api->stages) {
            if (s.name == stageName)
                stage = &s;
        }
    }
    if (!stage || stage->autoDeploy) {
        statusBar()->showMessage(
            stage ? tr("Stage %1 deploys automatically; there is nothing to deploy.").arg(stageName)
                  : tr("%1 has no stage %2.").arg(apiId, stageName),
            6000);
        return false;
    }
    model::Deployment deployment;
    do {
        deployment.id = io::newDeploymentId();
    } while (api->deployment(deployment.id));
    deployment.createdDate = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    deployment.description = description;
    deployment.definition = api->definition;
    const QString id = deployment.id;
    api->deployments.append(std::move(deployment));
    if (stage->canary) {
        // As on AWS: while a stage has a canary, a new deployment goes to the canary; promoting moves it to the stage.
        stage->canary->deploymentId = id;
        m_document->edit(tr("Deploy %1 to the canary of %2").arg(apiId, stageName), std::move(after));
        statusBar()->showMessage(tr("Deployed %1 to the canary of stage %2 (deployment %3); promote the canary in the "
                                    "stage editor to serve it to every request.")
                                     .arg(apiId, stageName, id),
                                 8000);
        return true;
    }
    stage->deploymentId = id;
    m_document->edit(tr("Deploy %1 to %2").arg(apiId, stageName), std::move(after));
    statusBar()->showMessage(tr("Deployed %1 to stage %2 (deployment %3).").arg(apiId, stageName, id), 8000);
    return true;
}

DeployDialog *MainWindow::showDeployDialog(const QString &apiId, const QString &stage)
{
    if (!m_document->isOpen())
        return nullptr;
    auto *dialog = new DeployDialog(m_document->project(), apiId, stage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { deploy(dialog->apiId(), dialog->stageName(), dialog->description()); });
    dialog->open();
    return dialog;
}

ExportDialog *MainWindow::showExportDialog(const QString &apiId)
{
    if (!m_document->isOpen())
        return nullptr;
    const model::Project &project = m_document->project();
    const QString preferred = apiId.isEmpty() ? m_explorer->view()->currentIndex().data(ExplorerPanel::ApiIdRole).toString()
                                              : apiId;
    auto *dialog = new ExportDialog(project, preferred, project.baseDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path, int warnings) {
        statusBar()->showMessage(
            tr("Exported to %1 (%n warning(s)).", nullptr, warnings).arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog->open();
    return dialog;
}

EnableCorsDialog *MainWindow::showEnableCorsDialog(const QString &apiId, const QString &resourcePath)
{
    const model::Api *api = m_document->isOpen() ? m_document->project().api(apiId) : nullptr;
    if (!api || api->protocol != model::Protocol::Rest || !api->definition.path(resourcePath)) {
        statusBar()->showMessage(
            tr("Enable CORS works on a resource of a REST API that has methods; %1 %2 is not one.")
                .arg(apiId, resourcePath),
            8000);
        return nullptr;
    }
    auto *dialog = new EnableCorsDialog(*api, resourcePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { enableCors(dialog->apiId(), dialog->options()); });
    dialog->open();
    return dialog;
}

void MainWindow::enableCorsOnSelection()
{
    const QModelIndex current = m_explorer->view()->currentIndex();
    showEnableCorsDialog(current.data(ExplorerPanel::ApiIdRole).toString(),
                         current.data(ExplorerPanel::ResourcePathRole).toString());
}

bool MainWindow::enableCors(const QString &apiId, const cors::EnableCorsOptions &options)
{
    const model::Api *current = m_document->isOpen() ? m_document->project().api(apiId) : nullptr;
    if (!current || current->protocol != model::Protocol::Rest) {
        m_notice->showNotice(
            tr("Enable CORS works on REST APIs; %1 is not one. HTTP APIs have a CORS configuration "
               "(x-amazon-apigateway-cors) instead.")
                .arg(apiId.toHtmlEscaped()),
            NoticeBar::Kind::Warning);
        return false;
    }
    QString error;
    const std::optional<cors::EnableCorsResult> result
        = cors::enableCors(current->definition, options, &error);
    if (!result) {
        m_notice->showNotice(tr("<b>CORS was not enabled on %1.</b> %2")
                                 .arg(options.resourcePath.toHtmlEscaped(), error.toHtmlEscaped()),
                             NoticeBar::Kind::Warning);
        return false;
    }
    model::Project after = m_document->project();
    QStringList stages;
    for (model::Api &a : after.apis) {
        if (a.id != apiId)
            continue;
        a.definition = result->definition;
        for (const model::Stage &s : a.stages) {
            if (!s.autoDeploy)
                stages.append(s.name);
        }
    }
    m_document->edit(tr("Enable CORS on %1").arg(options.resourcePath), std::move(after));

    m_problems->setEditReport(tr("Enable CORS on %1 (%2)").arg(options.resourcePath, apiId), result->changes,
                              result->remaining);
    QString html = tr("<b>Enabled CORS on %1</b> in the working copy of %2: %n change(s)", nullptr,
                      int(result->changes.size()))
                       .arg(options.resourcePath.toHtmlEscaped(), apiId.toHtmlEscaped());
    if (!result->remaining.isEmpty())
        html += tr(", and %n thing(s) it cannot fix", nullptr, int(result->remaining.size()));
    html += tr(" (Problems lists them; Edit ▸ Undo takes it back).");
    const QString stage = stages.value(0);
    if (!stage.isEmpty())
        html += QLatin1Char(' ')
            + tr("REST stages serve their last deployment: deploy to %1 to take effect (%2).")
                  .arg(stages.join(QLatin1String(", ")).toHtmlEscaped(),
                       m_deployAction->shortcut().toString(QKeySequence::NativeText));
    m_notice->showNotice(html,
                         result->remaining.isEmpty() ? NoticeBar::Kind::Success : NoticeBar::Kind::Warning);
    if (!stage.isEmpty())
        m_notice->addButton(tr("Deploy…"), [this, apiId, stage] { showDeployDialog(apiId, stage); });
    m_notice->addButton(tr("Show Details"), [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
    });
    m_notice->addButton(tr("Test in CORS Lab"), [this, apiId, stage, path = options.resourcePath] {
        static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));
        showCorsLab();
        m_corsLab->setTarget(apiId, stage, QString(path).replace(param, QStringLiteral("1")));
    });
    return true;
}

void MainWindow::showCorsLab()
{
    m_corsLabDock->show();
    m_corsLabDock->raise();
    m_corsLab->originCombo()->setFocus();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void MainWindow::clearRecentFiles()
{
    QSettings().remove(recentKey);
    rebuildRecentMenu();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i == 9 ? 0 : i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, &MainWindow::clearRecentFiles);
}

// ---- gateway --------------------------------------------------------------------------------------------------

bool MainWindow::startGateway()
{
    quint16 preferred = defaultPort;
    if (m_portOverride)
        preferred = *m_portOverride;
    else if (const model::Project *p = project(); p && p->preferredPort > 0 && p->preferredPort <= 65535)
        preferred = quint16(p->preferredPort);
    const GatewayController::StartResult result = m_gateway->start(preferred);
    m_portNote.clear();
    if (!result.ok) {
        statusBar()->showMessage(tr("The gateway could not start: %1").arg(result.error));
        return false;
    }
    if (result.fellBack) {
        m_portNote = tr("port %1 is busy").arg(preferred);
        statusBar()->showMessage(tr("Port %1 is busy (%2); the gateway runs on port %3 instead.")
                                     .arg(preferred)
                                     .arg(result.error)
                                     .arg(result.port),
                                 15000);
    }
    onGatewayStateChanged();
    return true;
}

void MainWindow::stopGateway()
{
    m_gateway->stop();
}

void MainWindow::onGatewayStateChanged()
{
    const GatewayController::State state = m_gateway->state();
    const quint16 port = m_gateway->port();
    switch (state) {
    case GatewayController::State::Running:
        m_startStopAction->setIcon(icon("stop"));
        m_startStopAction->setText(tr("Stop"));
        m_startStopAction->setToolTip(tr("Stop the gateway (%1)").arg(QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText)));
        m_startStopAction->setEnabled(true);
        m_stateLabel->setText(m_portNote.isEmpty()
                                  ? tr("Gateway running on http://127.0.0.1:%1").arg(port)
                                  : tr("Gateway running on http://127.0.0.1:%1 (%2)").arg(port).arg(m_portNote));
        break;
    case GatewayController::State::Stopping:
        m_startStopAction->setText(tr("Stopping…"));
        m_startStopAction->setEnabled(false);
        m_stateLabel->setText(tr("Stopping: letting requests in flight finish…"));
        break;
    case GatewayController::State::Stopped:
        m_startStopAction->setIcon(icon("start"));
        m_startStopAction->setText(tr("Start"));
        m_startStopAction->setToolTip(tr("Start the gateway (%1)").arg(QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText)));
        m_startStopAction->setEnabled(true);
        m_stateLabel->setText(tr("Stopped"));
        break;
    }
    if (QWidget *w = m_toolBar->widgetForAction(m_startStopAction))
        w->setAccessibleName(state == GatewayController::State::Running ? tr("Stop gateway") : tr("Start gateway"));
    m_explorer->setPort(port);
    m_overview->setPort(port);
    m_corsLab->setGateway(m_compiled.gateway, state == GatewayController::State::Running ? port : 0,
                          !isCompiling());
    updateInvokeUrl();
}

void MainWindow::onApiSelected(const QString &apiId, const QString &stage)
{
    m_selectedApi = apiId;
    m_selectedStage = stage;
    updateInvokeUrl();
}

QString MainWindow::invokeUrl() const
{
    return m_urlEdit->text();
}

void MainWindow::updateInvokeUrl()
{
    QString url;
    QString tip;
    if (const model::Project *p = project(); p && m_gateway->isRunning()) {
        const model::Api *api = m_selectedApi.isEmpty() ? nullptr : p->api(m_selectedApi);
        if (!api && !p->apis.isEmpty())
            api = &p->apis.first();
        if (api && !api->stages.isEmpty()) {
            const model::Stage *stage = m_selectedStage.isEmpty() ? nullptr : api->stage(m_selectedStage);
            if (!stage)
                stage = &api->stages.first();
            const bool webSocket = api->protocol == model::Protocol::WebSocket;
            url = Formatting::invokeUrl(api->id, stage->name, m_gateway->port(), webSocket);
            const QString pathUrl = Formatting::pathInvokeUrl(api->id, stage->name, m_gateway->port(), webSocket);
            tip = pathUrl.isEmpty() ? tr("API %1, stage %2").arg(api->id, stage->name)
                                    : tr("API %1, stage %2\nPath form: %3").arg(api->id, stage->name, pathUrl);
        }
    }
    m_urlEdit->setText(url);
    m_urlEdit->setToolTip(tip);
    m_urlEdit->setCursorPosition(0);
    m_copyUrlAction->setEnabled(!url.isEmpty());
    updateFlushCacheAction();
}

void MainWindow::updateRequestCount()
{
    const quint64 count = m_gateway->requestCount();
    m_countLabel->setText(tr("%L1 requests").arg(count));
    m_traffic->setDroppedCount(m_gateway->droppedCount());
}

bool MainWindow::openPlace(const QString &place)
{
    if (place.isEmpty() || !m_document->isOpen())
        return false;
    m_explorerDock->show();
    // Selecting the Explorer item opens its editor in the centre.
    if (m_explorer->selectKey(place)) {
        m_editorArea->showKey(place); // also when it was selected already
        return true;
    }
    return m_editorArea->showKey(place);
}

void MainWindow::updateProblemsTitle(int count)
{
    m_problemsDock->setWindowTitle(count > 0 ? tr("Problems (%1)").arg(count) : tr("Problems"));
}

void MainWindow::copyToClipboard(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(what.isEmpty() ? tr("Copied %1").arg(text) : tr("Copied the %1: %2").arg(what, text), 4000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Gatehouse"),
        tr("<h3>Gatehouse %1</h3>"
           "<p>AWS API Gateway on your desktop: design REST and HTTP APIs, run them locally, and watch every request "
           "go through the gateway's steps.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
           "<p>Built with Qt %2 and QScintilla.</p>")
            .arg(QStringLiteral(GATEHOUSE_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::chooseHarFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import HAR"), QDir::homePath(),
                                                      tr("HAR files (*.har *.json);;All files (*)"));
    if (!path.isEmpty())
        importHar(path);
}

void MainWindow::chooseHarExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export HAR"),
                                                      QDir::home().filePath(QStringLiteral("gatehouse.har")),
                                                      tr("HAR files (*.har);;All files (*)"));
    if (!path.isEmpty())
        exportHar(path);
}

bool MainWindow::exportHar(const QString &path)
{
    std::vector<ExchangeRecordPtr> records = m_traffic->selectedRecords();
    if (records.size() < 2) {
        records.clear();
        const int rows = m_traffic->filterModel()->rowCount();
        records.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            if (ExchangeRecordPtr r = m_traffic->filterModel()->record(row))
                records.push_back(std::move(r));
        }
    }
    if (records.empty()) {
        statusBar()->showMessage(tr("Traffic shows no requests to export."), 5000);
        return false;
    }
    // HAR lists entries in the order they started, whatever the table's sort.
    std::stable_sort(records.begin(), records.end(),
                     [](const ExchangeRecordPtr &a, const ExchangeRecordPtr &b) { return a->startEpochMs < b->startEpochMs; });
    if (!m_harExporter->start(path, std::move(records), m_pricing)) {
        statusBar()->showMessage(tr("A HAR file is being written; wait for it to finish."), 5000);
        return false;
    }
    return true;
}

bool MainWindow::importHar(const QString &path)
{
    if (!m_harImporter->start(path)) {
        statusBar()->showMessage(tr("A HAR file is being imported; wait for it to finish."), 5000);
        return false;
    }
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::sendToGateway(const OutgoingRequest &request, QString *error)
{
    if (!m_gateway->isRunning()) {
        *error = tr("the gateway is not running; start it first (Gateway ▸ Start)");
        return false;
    }
    return m_sender->send(request, m_gateway->port(), error);
}

bool MainWindow::replay(const ExchangeRecordPtr &record)
{
    if (!record)
        return false;
    QString error;
    if (!sendToGateway(outgoingRequest(*record), &error)) {
        statusBar()->showMessage(tr("Cannot replay %1 %2: %3").arg(record->method, record->path, error), 10000);
        return false;
    }
    QString message = tr("Replaying %1 %2…").arg(record->method, record->path);
    if (record->requestBodySize > record->requestBody.size())
        message += u' ' + tr("Only the first %L1 of %L2 body bytes were captured; that part is sent.")
                              .arg(record->requestBody.size())
                              .arg(record->requestBodySize);
    statusBar()->showMessage(message, 8000);
    return true;
}

ResendDialog *MainWindow::showResendDialog(const ExchangeRecordPtr &record)
{
    if (!record)
        return nullptr;
    auto *dialog = new ResendDialog(outgoingRequest(*record),
                                    [this](const OutgoingRequest &request, QString *error) {
                                        return sendToGateway(request, error);
                                    },
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void MainWindow::updateReplayAction()
{
    m_replayAction->setEnabled(m_inspector->record() != nullptr && m_gateway->isRunning());
}

} // namespace gw::ui
