// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "explorerpanel.h"
#include "formatting.h"
#include "gatewaycontroller.h"
#include "inspectorpanel.h"
#include "overviewpage.h"
#include "problemspanel.h"
#include "projectloader.h"
#include "recordfeed.h"
#include "trafficpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

// Resources of the static ui library must be initialised explicitly, outside any namespace.
static void initGatehouseResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace gw::ui {

namespace {

constexpr int maxRecentFiles = 10;
constexpr int layoutVersion = 1;
constexpr quint16 defaultPort = 4510;
const QLatin1StringView recentKey("recentFiles");
const QLatin1StringView geometryKey("window/geometry");
const QLatin1StringView stateKey("window/state");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/gatehouse/icons/%1.svg").arg(QLatin1StringView(name)));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_gateway(new GatewayController(this))
    , m_loader(new ProjectLoader(this))
{
    initGatehouseResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(icon("gatehouse"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);

    m_overview = new OverviewPage(this);
    setCentralWidget(m_overview);

    createActions();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    restoreLayout();

    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_gateway, &GatewayController::stateChanged, this, &MainWindow::onGatewayStateChanged);
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, m_traffic, &TrafficPanel::append);
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, this, &MainWindow::updateRequestCount);
    connect(m_traffic, &TrafficPanel::currentRecordChanged, m_inspector, &InspectorPanel::setRecord);
    connect(m_explorer, &ExplorerPanel::selected, this, &MainWindow::onApiSelected);
    connect(m_explorer, &ExplorerPanel::urlActivated, this,
            [this](const QString &url) { copyToClipboard(url, tr("Invoke URL")); });
    connect(m_overview, &OverviewPage::copyRequested, this, [this](const QString &text) { copyToClipboard(text, {}); });
    connect(m_problems, &ProblemsPanel::countChanged, this, &MainWindow::updateProblemsTitle);
    onGatewayStateChanged();
    updateProblemsTitle(m_problems->count());
    showNoProject();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(icon("open"), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a Gatehouse project or an OpenAPI / Swagger document (%1)")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

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
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_explorerDock, m_inspectorDock, m_trafficDock, m_problemsDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    QMenu *gateway = menuBar()->addMenu(tr("&Gateway"));
    gateway->addAction(m_startStopAction);
    gateway->addAction(m_copyUrlAction);
    gateway->addSeparator();
    gateway->addAction(m_clearTrafficAction);

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
    bar->addSeparator();
    bar->addAction(m_startStopAction);
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
    for (QAction *a : {m_openAction, m_startStopAction, m_copyUrlAction}) {
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
    m_inspector = new InspectorPanel(this);
    m_traffic = new TrafficPanel(this);
    m_problems = new ProblemsPanel(this);
    m_explorerDock = makeDock(tr("Explorer"), QStringLiteral("ExplorerDock"), m_explorer, Qt::LeftDockWidgetArea);
    m_inspectorDock = makeDock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_trafficDock = makeDock(tr("Traffic"), QStringLiteral("TrafficDock"), m_traffic, Qt::BottomDockWidgetArea);
    m_problemsDock = makeDock(tr("Problems"), QStringLiteral("ProblemsDock"), m_problems, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_trafficDock, m_problemsDock);
    m_trafficDock->raise();
    m_explorerDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_trafficDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_inspectorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_problemsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    connect(m_clearTrafficAction, &QAction::triggered, m_traffic, &TrafficPanel::clear);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setAccessibleName(tr("Gateway state"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Requests handled"));
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_countLabel);
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
        resizeDocks({m_trafficDock}, {300}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(layoutVersion));
    QMainWindow::closeEvent(event);
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
    openFile(urls.first().toLocalFile());
}

// ---- files ----------------------------------------------------------------------------------------------------

void MainWindow::showNoProject()
{
    m_overview->setEmpty(tr("No project is open. Open a Gatehouse project or an OpenAPI document with File ▸ Open "
                            "(%1), or drop one on this window.")
                             .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::openFile(const QString &path, const io::InputOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_project)
        m_overview->setEmpty(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));
    m_loader->load(absolute, options);
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

void MainWindow::chooseFile()
{
    const QString dir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
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
        m_problems->setFailedLoad(outcome->path, errors, m_project.has_value());
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
        if (!m_project)
            m_overview->setEmpty(tr("%1 could not be opened. Problems (below) says where and why; fix the file, or "
                                    "open another one with File ▸ Open.")
                                     .arg(shown));
        Q_EMIT openFailed(outcome->path);
        return;
    }

    m_project = *outcome->load.project;
    m_compiled = *outcome->compiled;
    m_filePath = outcome->path;
    m_selectedApi.clear();
    m_selectedStage.clear();
    m_problems->clearFailedLoad();
    m_problems->setProjectProblems(outcome->load.diagnostics + m_compiled.problems);
    m_gateway->deploy(m_compiled.gateway);
    m_explorer->setProject(*m_project);
    m_explorer->setPort(m_gateway->port());
    m_overview->setProject(*m_project, m_compiled, outcome->load.diagnostics, m_filePath, m_gateway->port());
    addRecentFile(m_filePath);
    setWindowFilePath(m_filePath);
    setWindowTitle(tr("%1 — Gatehouse").arg(m_project->name.isEmpty() ? QFileInfo(m_filePath).fileName()
                                                                        : m_project->name));
    updateInvokeUrl();
    statusBar()->showMessage(tr("Opened %1: %n API(s), in %2 ms", nullptr, int(m_project->apis.size()))
                                 .arg(shown)
                                 .arg(outcome->elapsedMs),
                             8000);
    if (m_autoStart && m_gateway->state() == GatewayController::State::Stopped)
        startGateway();
    Q_EMIT projectOpened(m_filePath);
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
    else if (m_project && m_project->preferredPort > 0 && m_project->preferredPort <= 65535)
        preferred = quint16(m_project->preferredPort);
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
    if (m_project && m_gateway->isRunning()) {
        const model::Api *api = m_selectedApi.isEmpty() ? nullptr : m_project->api(m_selectedApi);
        if (!api && !m_project->apis.isEmpty())
            api = &m_project->apis.first();
        if (api && !api->stages.isEmpty()) {
            const model::Stage *stage = m_selectedStage.isEmpty() ? nullptr : api->stage(m_selectedStage);
            if (!stage)
                stage = &api->stages.first();
            url = Formatting::invokeUrl(api->id, stage->name, m_gateway->port());
            const QString pathUrl = Formatting::pathInvokeUrl(api->id, stage->name, m_gateway->port());
            tip = pathUrl.isEmpty() ? tr("API %1, stage %2").arg(api->id, stage->name)
                                    : tr("API %1, stage %2\nPath form: %3").arg(api->id, stage->name, pathUrl);
        }
    }
    m_urlEdit->setText(url);
    m_urlEdit->setToolTip(tip);
    m_urlEdit->setCursorPosition(0);
    m_copyUrlAction->setEnabled(!url.isEmpty());
}

void MainWindow::updateRequestCount()
{
    const quint64 count = m_gateway->requestCount();
    m_countLabel->setText(tr("%L1 requests").arg(count));
    m_traffic->setDroppedCount(m_gateway->droppedCount());
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

} // namespace gw::ui
