// SPDX-License-Identifier: GPL-3.0-or-later
#include "corslabpanel.h"

#include "editorsupport.h"
#include "formatting.h"
#include "projectdocument.h"
#include "wrapdelegate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

constexpr int maxRecentOrigins = 10;
constexpr int runTimeoutMs = 30'000;
const QLatin1StringView recentOriginsKey("corsLab/recentOrigins");
const QLatin1StringView defaultOrigin("http://localhost:3000");

QIcon passIcon(bool pass)
{
    return QIcon(pass ? QStringLiteral(":/gatehouse/icons/pass.svg")
                      : QStringLiteral(":/gatehouse/icons/fail.svg"));
}

/// "preflight.allow-origin" → "Allow-Origin": the part people recognise from the header names.
QString checkLabel(const QString &name)
{
    QString part = name.mid(name.indexOf(QLatin1Char('.')) + 1);
    if (part == QLatin1String("status"))
        return CorsLabPanel::tr("Status");
    if (part == QLatin1String("sent"))
        return CorsLabPanel::tr("Sent");
    if (part == QLatin1String("network"))
        return CorsLabPanel::tr("Network");
    if (part == QLatin1String("same-origin"))
        return CorsLabPanel::tr("Same origin");
    QStringList words = part.split(QLatin1Char('-'));
    for (QString &w : words) {
        if (!w.isEmpty())
            w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char('-'));
}

/// The undo text of a fix: the one change, short.
QString fixUndoText(const cors::FixAction &a)
{
    using Kind = cors::FixAction::Kind;
    switch (a.kind) {
    case Kind::HttpSetCors: {
        QStringList parts;
        if (!a.removeOrigins.isEmpty() && !a.addOrigins.isEmpty())
            parts << CorsLabPanel::tr("Replace %1 with %2 in allowOrigins")
                         .arg(a.removeOrigins.join(QLatin1String(", ")),
                              a.addOrigins.join(QLatin1String(", ")));
        else if (!a.addOrigins.isEmpty())
            parts << CorsLabPanel::tr("Add %1 to allowOrigins").arg(a.addOrigins.join(QLatin1String(", ")));
        if (!a.addMethods.isEmpty())
            parts << CorsLabPanel::tr("Add %1 to allowMethods").arg(a.addMethods.join(QLatin1String(", ")));
        if (!a.addHeaders.isEmpty())
            parts << CorsLabPanel::tr("Add %1 to allowHeaders").arg(a.addHeaders.join(QLatin1String(", ")));
        if (a.allowCredentials)
            parts << CorsLabPanel::tr("Set allowCredentials to %1")
                         .arg(*a.allowCredentials ? QStringLiteral("true") : QStringLiteral("false"));
        return parts.isEmpty() ? CorsLabPanel::tr("Change the CORS configuration")
                               : parts.join(QLatin1String("; "));
    }
    case Kind::RestEnableCors:
        return CorsLabPanel::tr("Enable CORS on %1").arg(a.resourcePath);
    case Kind::RestSetPreflightHeader:
        return CorsLabPanel::tr("Set %1 on OPTIONS %2").arg(a.header, a.resourcePath);
    case Kind::RestSetMethodHeader:
        return CorsLabPanel::tr("Map %1 on %2 %3").arg(a.header, a.method, a.resourcePath);
    case Kind::RestSetGatewayResponseHeader:
        return CorsLabPanel::tr("Add %1 to the %2 gateway response").arg(a.header, a.gatewayResponseType);
    }
    return CorsLabPanel::tr("Apply the CORS Lab fix");
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

QList<QLatin1StringView> CorsLabPanel::defaultMethods()
{
    return {QLatin1StringView("GET"),    QLatin1StringView("POST"),   QLatin1StringView("PUT"),
            QLatin1StringView("PATCH"),  QLatin1StringView("DELETE"), QLatin1StringView("HEAD"),
            QLatin1StringView("OPTIONS")};
}

CorsLabPanel::CorsLabPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_lab(new cors::CorsLab(this))
    , m_timeout(new QTimer(this))
    , m_origin(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_api(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_credentials(new QComboBox(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_run(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_runNote(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_fixText(new QLabel(this))
    , m_applyFix(new QPushButton(this))
    , m_fixStatus(new QLabel(this))
    , m_deploy(new QPushButton(this))
    , m_runAgain(new QPushButton(this))
    , m_trapsTitle(new QLabel(this))
    , m_traps(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("CorsLabPanel"));
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(runTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_lab->cancel();
        showError(tr("The gateway did not answer within %1 s.").arg(runTimeoutMs / 1000));
    });

    // ---- the request (left) -------------------------------------------------------------------------------
    auto *request = new QWidget;
    auto *form = new QFormLayout(request);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(4);

    m_origin->setEditable(true);
    m_origin->setInsertPolicy(QComboBox::NoInsert);
    QStringList origins = QSettings().value(recentOriginsKey).toStringList();
    if (origins.isEmpty())
        origins = {QString(defaultOrigin), QStringLiteral("http://localhost:5173"),
                   QStringLiteral("https://app.example.com")};
    m_origin->addItems(origins);
    m_origin->setCurrentIndex(0);
    m_origin->setToolTip(tr("The origin of the page that calls fetch(): scheme, host and port, no path"));
    m_origin->setAccessibleName(tr("Page origin"));
    m_origin->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addRow(tr("Page &origin:"), m_origin);

    auto *methodRow = new QHBoxLayout;
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    for (const QLatin1StringView m : defaultMethods())
        m_method->addItem(QString(m));
    m_method->setAccessibleName(tr("Method"));
    m_method->setMinimumContentsLength(8);
    methodRow->addWidget(m_method);
    auto *credentialsLabel = new QLabel(tr("&Credentials:"), this);
    credentialsLabel->setBuddy(m_credentials);
    methodRow->addWidget(credentialsLabel);
    m_credentials->addItem(tr("omit"), int(cors::CredentialsMode::Omit));
    m_credentials->addItem(tr("same-origin"), int(cors::CredentialsMode::SameOrigin));
    m_credentials->addItem(tr("include"), int(cors::CredentialsMode::Include));
    m_credentials->setCurrentIndex(1);
    m_credentials->setToolTip(
        tr("fetch()'s credentials option: “include” sends cookies cross-origin, and then the "
           "API must allow credentials and name the exact origin"));
    m_credentials->setAccessibleName(tr("Credentials mode"));
    methodRow->addWidget(m_credentials, 1);
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, methodRow);

    auto *targetRow = new QHBoxLayout;
    m_api->setAccessibleName(tr("API"));
    m_stage->setAccessibleName(tr("Stage"));
    targetRow->addWidget(m_api, 2);
    targetRow->addWidget(m_stage, 1);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_api);
    form->addRow(targetLabel, targetRow);

    m_path->setAccessibleName(tr("Path"));
    m_path->setPlaceholderText(tr("/pets/1 (path within the stage; a ?query may follow)"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    m_run->setText(tr("Run"));
    m_run->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/start.svg")));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Send the request as a browser would (%1)")
                          .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_run->setAccessibleName(tr("Run CORS request"));
    pathRow->addWidget(m_run);
    auto *pathLabel = new QLabel(tr("&Path:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setFrame(false);
    QPalette urlPalette = m_url->palette();
    urlPalette.setColor(QPalette::Base, Qt::transparent);
    m_url->setPalette(urlPalette);
    form->addRow(tr("URL:"), m_url);

    auto *headerBox = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setToolTip(
        tr("Headers the page sets with fetch(); names the browser may not set (Cookie, Host, …) are "
           "left out as a browser would"));
    m_headers->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    const editing::RowButtons headerButtons = editing::setUpHeaderRows(m_headers, headerLayout);
    headerButtons.add->setToolTip(tr("Add a request header"));
    headerButtons.add->setAccessibleName(tr("Add header"));
    headerButtons.remove->setToolTip(tr("Remove the selected request header"));
    headerButtons.remove->setAccessibleName(tr("Remove header"));
    auto *headersLabel = new QLabel(tr("&Headers:"), this);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, headerBox);

    auto *noteRow = new QHBoxLayout;
    m_runNote->setWordWrap(true);
    noteRow->addWidget(m_runNote, 1);
    m_start->setText(tr("Start Gateway"));
    m_start->setToolTip(tr("The lab sends its requests to the running gateway (F6)"));
    noteRow->addWidget(m_start);
    form->insertRow(0, noteRow);
    connect(m_run, &QPushButton::clicked, this, &CorsLabPanel::run);
    connect(m_start, &QPushButton::clicked, this, &CorsLabPanel::startGatewayRequested);

    auto *requestScroll = new QScrollArea(this);
    requestScroll->setWidget(request);
    requestScroll->setWidgetResizable(true);
    requestScroll->setFrameShape(QFrame::NoFrame);
    requestScroll->setMinimumWidth(360);

    // ---- the result (middle) ------------------------------------------------------------------------------
    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(6, 6, 6, 6);
    resultLayout->setSpacing(4);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_verdict);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Request summary"));
    resultLayout->addWidget(m_summary);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Step / check"), tr("What the browser found")});
    WrapDelegate::install(m_tree);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAccessibleName(tr("CORS checks"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(
        0, fontMetrics().horizontalAdvance(QStringLiteral("Preflight OPTIONS → 403 Forbidden xx")));
    resultLayout->addWidget(m_tree, 1);

    // ---- fix and traps (right) ----------------------------------------------------------------------------
    auto *advice = new QWidget;
    auto *adviceLayout = new QVBoxLayout(advice);
    adviceLayout->setContentsMargins(6, 6, 6, 6);
    adviceLayout->setSpacing(4);
    adviceLayout->addWidget(makeHeading(tr("How to fix it"), advice));
    m_fixText->setWordWrap(true);
    m_fixText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixText->setAccessibleName(tr("Advised fix"));
    m_fixText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    adviceLayout->addWidget(m_fixText);
    auto *fixButtons = new QHBoxLayout;
    m_applyFix->setText(tr("&Apply Fix"));
    m_applyFix->setToolTip(tr("Make the advised change in the working copy (one step of Edit ▸ Undo)"));
    m_deploy->setToolTip(tr("Deploy the working copy to the stage, so it serves the fix (F5)"));
    m_deploy->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/deploy.svg")));
    m_runAgain->setText(tr("Run &Again"));
    m_runAgain->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/start.svg")));
    fixButtons->addWidget(m_applyFix);
    fixButtons->addWidget(m_deploy);
    fixButtons->addWidget(m_runAgain);
    fixButtons->addStretch(1);
    adviceLayout->addLayout(fixButtons);
    m_fixStatus->setWordWrap(true);
    m_fixStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixStatus->setAccessibleName(tr("Fix status"));
    adviceLayout->addWidget(m_fixStatus);
    connect(m_applyFix, &QPushButton::clicked, this, &CorsLabPanel::applyFix);
    connect(m_deploy, &QPushButton::clicked, this, [this] { Q_EMIT deployRequested(m_runApi, m_runStage); });
    connect(m_runAgain, &QPushButton::clicked, this, &CorsLabPanel::run);

    adviceLayout->addSpacing(6);
    QFont headingFont = m_trapsTitle->font();
    headingFont.setBold(true);
    m_trapsTitle->setFont(headingFont);
    adviceLayout->addWidget(m_trapsTitle);
    m_traps->setColumnCount(2);
    m_traps->setHeaderLabels({tr("Where"), tr("Trap and fix")});
    m_traps->setRootIsDecorated(false);
    WrapDelegate::install(m_traps);
    m_traps->setAccessibleName(tr("CORS traps"));
    m_traps->header()->setStretchLastSection(true);
    m_traps->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("DEFAULT_4XX xx")));
    adviceLayout->addWidget(m_traps, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("CorsLabSplitter"));
    split->addWidget(requestScroll);
    split->addWidget(result);
    split->addWidget(advice);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CorsLabPanel::run);
    auto *keypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    keypad->setContext(Qt::WidgetWithChildrenShortcut);
    connect(keypad, &QShortcut::activated, this, &CorsLabPanel::run);

    connect(m_api, &QComboBox::currentIndexChanged, this, [this] {
        fillStages();
        m_path->setText(samplePath(m_api->currentData().toString()));
        updateTraps();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CorsLabPanel::updateUrl);
    connect(m_path, &QLineEdit::textChanged, this, &CorsLabPanel::updateUrl);
    connect(m_document, &ProjectDocument::changed, this, [this] {
        rebuildTargets();
        updateFixStatus();
    });
    connect(m_document, &ProjectDocument::opened, this, [this] {
        m_lab->cancel();
        showError({}); // a result of another project means nothing here
    });

    rebuildTargets();
    showError({});
    updateRunState();
}

CorsLabPanel::~CorsLabPanel() = default;

// ---- targets ----------------------------------------------------------------------------------------------

void CorsLabPanel::rebuildTargets()
{
    const QString api = m_api->currentData().toString();
    const QString stage = m_stage->currentData().toString();
    {
        const QSignalBlocker block(m_api);
        m_api->clear();
        if (const model::Project *p = m_document->projectOrNull()) {
            for (const model::Api &a : p->apis)
                m_api->addItem(QStringLiteral("%1 · %2").arg(a.id, Formatting::protocolLabel(a.protocol)),
                               a.id);
        }
        const int index = m_api->findData(api);
        m_api->setCurrentIndex(index >= 0 ? index : (m_api->count() > 0 ? 0 : -1));
    }
    const bool apiChanged = m_api->currentData().toString() != api;
    fillStages();
    if (const int index = m_stage->findData(stage); index >= 0 && !apiChanged)
        m_stage->setCurrentIndex(index);
    if (apiChanged || m_path->text().isEmpty())
        m_path->setText(samplePath(m_api->currentData().toString()));
    updateUrl();
    updateTraps();
    updateRunState();
}

void CorsLabPanel::fillStages()
{
    const QSignalBlocker block(m_stage);
    const QString previous = m_stage->currentData().toString();
    m_stage->clear();
    const model::Project *p = m_document->projectOrNull();
    const model::Api *api = p ? p->api(m_api->currentData().toString()) : nullptr;
    if (api) {
        for (const model::Stage &s : api->stages)
            m_stage->addItem(s.autoDeploy ? tr("%1 (auto-deploy)").arg(s.name) : s.name, s.name);
    }
    const int index = m_stage->findData(previous);
    m_stage->setCurrentIndex(index >= 0 ? index : (m_stage->count() > 0 ? 0 : -1));
    updateUrl();
}

QString CorsLabPanel::samplePath(const QString &apiId) const
{
    const model::Project *p = m_document->projectOrNull();
    const model::Api *api = p ? p->api(apiId) : nullptr;
    if (!api)
        return QStringLiteral("/");
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));
    for (const model::PathItem &item : api->definition.paths) {
        if (item.path == QLatin1String("/") || item.path == QLatin1String("$default")
            || item.operations.isEmpty())
            continue;
        QString path = item.path;
        path.replace(param, QStringLiteral("1"));
        return path;
    }
    return QStringLiteral("/");
}

void CorsLabPanel::setTarget(const QString &apiId, const QString &stage, const QString &path,
                             const QString &method)
{
    if (const int index = m_api->findData(apiId); index >= 0)
        m_api->setCurrentIndex(index);
    if (const int index = m_stage->findData(stage); index >= 0)
        m_stage->setCurrentIndex(index);
    m_path->setText(path);
    if (!method.isEmpty())
        m_method->setCurrentText(method);
    updateUrl();
}

void CorsLabPanel::setOrigin(const QString &origin)
{
    m_origin->setCurrentText(origin);
}

void CorsLabPanel::setCredentials(cors::CredentialsMode mode)
{
    m_credentials->setCurrentIndex(m_credentials->findData(int(mode)));
}

void CorsLabPanel::setHeaders(const QList<QPair<QString, QString>> &headers)
{
    m_headers->setRowCount(0);
    for (const auto &[name, value] : headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(name));
        m_headers->setItem(row, 1, new QTableWidgetItem(value));
    }
}

QString CorsLabPanel::stagePrefix() const
{
    const QString stage = m_stage->currentData().toString();
    if (stage.isEmpty() || stage == QLatin1String("$default"))
        return {};
    return QLatin1Char('/') + stage;
}

QString CorsLabPanel::requestUrl() const
{
    const QString apiId = m_api->currentData().toString();
    if (apiId.isEmpty())
        return {};
    QString path = m_path->text().trimmed();
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return cors::labUrl(apiId, m_port, stagePrefix() + path);
}

void CorsLabPanel::updateUrl()
{
    if (m_api->currentData().toString().isEmpty()) {
        m_url->setText(tr("Open a project to choose an API."));
        return;
    }
    m_url->setText(m_port == 0 ? tr("%1 (once the gateway runs)")
                                     .arg(requestUrl().replace(QStringLiteral(":0/"), QStringLiteral(":…/")))
                               : requestUrl());
    m_url->setToolTip(m_url->text());
    m_url->setCursorPosition(0);
}

void CorsLabPanel::updateTraps()
{
    const QString apiId = m_api->currentData().toString();
    const QList<cors::CorsTrap> traps = m_trapMap.value(apiId);
    m_trapsTitle->setText(apiId.isEmpty() ? tr("CORS traps")
                                          : tr("CORS traps in %1 (%2)").arg(apiId).arg(traps.size()));
    m_traps->clear();
    for (const cors::CorsTrap &t : traps) {
        auto *item = new QTreeWidgetItem({t.where, tr("%1 Fix: %2").arg(t.message, t.fix)});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(1, item->text(1));
        item->setData(0, Qt::UserRole, t.id);
        m_traps->addTopLevelItem(item);
    }
    if (traps.isEmpty() && !apiId.isEmpty()) {
        auto *item = new QTreeWidgetItem({QString(), tr("None found in the working copy.")});
        item->setFlags(Qt::ItemIsEnabled);
        m_traps->addTopLevelItem(item);
    }
}

void CorsLabPanel::setCorsTraps(const CorsTrapMap &traps)
{
    m_trapMap = traps;
    updateTraps();
}

void CorsLabPanel::setGateway(std::shared_ptr<const CompiledGateway> gateway, quint16 port, bool upToDate)
{
    m_gateway = std::move(gateway);
    const bool portChanged = port != m_port;
    m_port = port;
    m_upToDate = upToDate;
    if (portChanged)
        updateUrl();
    updateRunState();
    if (m_runPending && m_upToDate) {
        m_runPending = false;
        run(); // checks again: the gateway may have stopped meanwhile
    }
}

void CorsLabPanel::updateRunState()
{
    const bool running = isRunning();
    const bool open = m_document->isOpen();
    m_run->setEnabled(open && !running);
    m_run->setText(running ? tr("Running…") : tr("Run"));
    m_start->setVisible(open && m_port == 0);
    if (!open)
        m_runNote->setText(tr("Open a project first."));
    else if (m_port == 0)
        m_runNote->setText(tr("The gateway is stopped."));
    else if (m_runPending)
        m_runNote->setText(tr("Waiting for the working copy to compile…"));
    else
        m_runNote->setText({});
    m_runNote->setVisible(!m_runNote->text().isEmpty());
}

// ---- running ----------------------------------------------------------------------------------------------

bool CorsLabPanel::isRunning() const
{
    return m_timeout->isActive() || m_runPending;
}

void CorsLabPanel::run()
{
    if (isRunning())
        return;
    if (!m_document->isOpen()) {
        showError(tr("Open a project first: the lab sends its request to one of its APIs."));
        return;
    }
    if (m_port == 0) {
        showError(
            tr("The gateway is stopped. Start it (F6, or Start Gateway on the left), then run the lab again: "
               "it sends real requests through the running gateway."));
        return;
    }
    if (!m_upToDate) {
        m_runPending = true; // setGateway() starts it
        updateRunState();
        return;
    }
    startRun();
}

void CorsLabPanel::startRun()
{
    const model::Project *project = m_document->projectOrNull();
    const model::Api *api = project ? project->api(m_api->currentData().toString()) : nullptr;
    if (!api) {
        showError(tr("Choose an API."));
        return;
    }
    const QString origin = m_origin->currentText().trimmed();
    static const QRegularExpression originForm(QStringLiteral("^(https?)://[^/?#\\s]+$"));
    if (!originForm.match(origin).hasMatch()) {
        showError(
            tr("The page origin must be a scheme, host and optional port, such as http://localhost:3000 (no "
               "path); got “%1”.")
                .arg(origin));
        return;
    }
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    const QString method = m_method->currentText().trimmed();
    if (!token.match(method).hasMatch()) {
        showError(tr("The method must be an HTTP method such as GET or PUT; got “%1”.").arg(method));
        return;
    }
    cors::FetchRequest request;
    request.pageOrigin = origin;
    request.method = method;
    request.url = requestUrl();
    request.credentials = cors::CredentialsMode(m_credentials->currentData().toInt());
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        if (!token.match(name).hasMatch()) {
            showError(tr("Request header %1: “%2” is not a valid header name.").arg(row + 1).arg(name));
            return;
        }
        request.headers.append(name.toLatin1(), value.toUtf8());
    }
    if (!QUrl(request.url).isValid()) {
        showError(tr("The path does not make a valid URL: %1").arg(request.url));
        return;
    }

    rememberOrigin(origin);
    m_request = request;
    m_runApi = api->id;
    m_runStage = m_stage->currentData().toString();
    m_error.clear();
    m_timeout->start();
    m_verdict->setText(tr("Running…"));
    m_verdict->setStyleSheet({});
    updateRunState();
    m_lab->run(request, m_port, *api, m_gateway, [this](const cors::LabResult &result) {
        m_timeout->stop();
        showResult(result);
    });
}

void CorsLabPanel::rememberOrigin(const QString &origin)
{
    QStringList recent = QSettings().value(recentOriginsKey).toStringList();
    recent.removeAll(origin);
    recent.prepend(origin);
    while (recent.size() > maxRecentOrigins)
        recent.removeLast();
    QSettings().setValue(recentOriginsKey, recent);
    if (m_origin->findText(origin) < 0)
        m_origin->insertItem(0, origin);
}

QString CorsLabPanel::errorText() const
{
    return m_error;
}

QString CorsLabPanel::verdictText() const
{
    return m_verdict->text();
}

void CorsLabPanel::showError(const QString &text)
{
    m_timeout->stop();
    m_runPending = false;
    m_error = text;
    m_result.reset();
    m_fixApplied = false;
    m_tree->clear();
    m_verdict->setStyleSheet({});
    if (text.isEmpty()) {
        m_verdict->setText(tr("Not run yet"));
        m_summary->setText(
            tr("Choose the page's origin and the request, then Run (%1). The lab sends the preflight "
               "and the request through the running gateway and checks the answers as a browser does.")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    } else {
        m_verdict->setText(tr("Could not run"));
        m_summary->setText(text);
    }
    m_fixText->setText(tr("Run the lab to get advice for a blocked request."));
    m_applyFix->setVisible(false);
    m_deploy->setVisible(false);
    m_runAgain->setVisible(false);
    m_fixStatus->clear();
    updateRunState();
    if (!text.isEmpty())
        Q_EMIT finished();
}

void CorsLabPanel::addStep(const QString &title, const cors::LabStep &step)
{
    auto *top = new QTreeWidgetItem(m_tree);
    QString status;
    if (!step.sent)
        status = tr("not sent");
    else if (!step.error.isEmpty())
        status = tr("no answer");
    else
        status = QStringLiteral("%1 %2").arg(step.status).arg(Formatting::reasonPhrase(step.status));
    top->setText(0, QStringLiteral("%1 → %2").arg(title, status));
    const bool pass = cors::BrowserCors::allPass(step.checks) && step.sent;
    top->setIcon(0, passIcon(pass));
    top->setData(0, Qt::UserRole, title);
    top->setData(0, Qt::UserRole + 1, pass);
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    if (!pass)
        top->setForeground(0,
                           Formatting::passColor(false, palette())); // not the status class: the step failed
    QStringList failed;
    for (const cors::Check &c : step.checks) {
        if (!c.pass)
            failed.append(checkLabel(c.name));
    }
    top->setText(1,
                 failed.isEmpty() ? tr("every check passes")
                                  : tr("fails: %1").arg(failed.join(QLatin1String(", "))));
    for (const cors::Check &c : step.checks) {
        auto *item = new QTreeWidgetItem(top, {checkLabel(c.name), c.explanation});
        item->setIcon(0, passIcon(c.pass));
        item->setData(0, Qt::UserRole, c.name);
        item->setData(0, Qt::UserRole + 1, c.pass);
        item->setToolTip(0, c.name);
        item->setToolTip(1, c.explanation);
        if (!c.pass)
            item->setForeground(0, Formatting::passColor(false, palette()));
    }
    if (!step.error.isEmpty())
        new QTreeWidgetItem(top, {tr("Error"), step.error});
    if (step.sent && step.error.isEmpty()) {
        auto *headers
            = new QTreeWidgetItem(top, {tr("Response headers (%1)").arg(step.headers.size()), QString()});
        headers->setData(0, Qt::UserRole, QStringLiteral("headers"));
        for (const http::HttpHeaders::Field &f : step.headers.fields())
            new QTreeWidgetItem(headers, {QString::fromLatin1(f.name), QString::fromUtf8(f.value)});
    }
    top->setExpanded(true);
}

void CorsLabPanel::showResult(const cors::LabResult &result)
{
    m_result = result;
    m_error.clear();
    m_fixApplied = false;
    m_fixIndex = -1;
    m_tree->clear();

    const QColor colour = Formatting::passColor(result.allowed, palette());
    m_verdict->setText(result.allowed ? tr("✓ Allowed") : tr("✗ Blocked"));
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));

    const cors::FetchRequest &r = m_request;
    QString why;
    if (!result.crossOrigin) {
        why = tr("The page and the API share an origin, so CORS does not apply.");
    } else if (result.preflightNeeded) {
        QStringList reasons;
        if (!cors::BrowserCors::isSafelistedMethod(r.method))
            reasons << tr("%1 is not a CORS-safelisted method (GET, HEAD, POST)").arg(r.method);
        const QByteArray headers = cors::BrowserCors::requestHeadersList(r);
        if (!headers.isEmpty())
            reasons << tr("the page sets %1, which is not CORS-safelisted")
                           .arg(QString::fromLatin1(headers).replace(QLatin1Char(','), QStringLiteral(", ")));
        if (reasons.isEmpty())
            reasons << tr("the safelisted headers are longer than 1,024 bytes together");
        why = tr("Preflight needed: %1.").arg(reasons.join(QLatin1String("; ")));
    } else {
        why = tr("No preflight: %1 is a CORS-safelisted method and every header the page sets is safelisted, "
                 "so the "
                 "browser sends the request at once and checks only the response.")
                  .arg(r.method);
    }
    m_summary->setText(QStringLiteral("<b>%1</b> %2<br>%3<br>%4")
                           .arg(r.method.toHtmlEscaped(), r.url.toHtmlEscaped(),
                                tr("from a page at %1").arg(r.pageOrigin.toHtmlEscaped()),
                                why.toHtmlEscaped()));

    if (result.preflightNeeded)
        addStep(tr("Preflight OPTIONS"), result.preflight);
    addStep(tr("Actual %1").arg(r.method), result.actual);
    if (result.allowed) {
        auto *readable = new QTreeWidgetItem(m_tree,
                                             {tr("Readable by the page"),
                                              result.readableHeaders.isEmpty()
                                                  ? tr("the body and status; no response header")
                                                  : result.readableHeaders.join(QLatin1String(", "))});
        readable->setIcon(0, passIcon(true));
        readable->setData(0, Qt::UserRole, QStringLiteral("readable"));
        readable->setToolTip(
            1,
            tr("Response headers the page's JavaScript can read: the CORS-safelisted ones and "
               "those named in Access-Control-Expose-Headers."));
    }

    if (result.allowed) {
        m_fixText->setText(tr("Nothing to fix: the browser lets the page read the response."));
    } else if (result.fix) {
        m_fixText->setText(result.fix->text);
    } else {
        m_fixText->setText(
            tr("No single change is advised for this failure; the failed checks say what the browser "
               "expected."));
    }
    m_applyFix->setVisible(!result.allowed && result.fix && result.fix->action);
    m_applyFix->setEnabled(true);
    m_deploy->setVisible(false);
    m_runAgain->setVisible(false);
    m_fixStatus->clear();
    updateRunState();
    Q_EMIT finished();
}

// ---- fixing -----------------------------------------------------------------------------------------------

bool CorsLabPanel::applyFix()
{
    if (!m_result || !m_result->fix || !m_result->fix->action || m_fixApplied || !m_document->isOpen())
        return false;
    const cors::FixAction &action = *m_result->fix->action;
    model::Project after = m_document->project();
    model::Api *api = nullptr;
    for (model::Api &a : after.apis) {
        if (a.id == m_runApi)
            api = &a;
    }
    QString error;
    if (!api) {
        error = tr("the API %1 is no longer in the project").arg(m_runApi);
    } else if (!action.apply(*api, &error) && error.isEmpty()) {
        error = tr("the change does not fit the working copy any more");
    }
    if (!error.isEmpty()) {
        m_fixStatus->setText(
            tr("Could not apply the fix: %1. Run the lab again for fresh advice.").arg(error));
        return false;
    }
    m_document->edit(fixUndoText(action), std::move(after));
    m_fixApplied = true;
    m_fixIndex = m_document->undoStack()->index();
    m_applyFix->setEnabled(false);
    updateFixStatus();
    return true;
}

void CorsLabPanel::updateFixStatus()
{
    if (!m_fixApplied) {
        if (m_result) {
            // The result shown was measured against an older working copy.
            m_fixStatus->setText(
                tr("The working copy changed since this run: run the lab again to see what a browser "
                   "gets now."));
            m_runAgain->setVisible(true);
        }
        return;
    }
    const model::Project *project = m_document->projectOrNull();
    const model::Api *api = project ? project->api(m_runApi) : nullptr;
    const model::Stage *stage = api ? api->stage(m_runStage) : nullptr;
    if (!api || !stage || m_document->undoStack()->index() < m_fixIndex) {
        m_fixStatus->setText(tr("The fix was undone."));
        m_applyFix->setEnabled(api != nullptr);
        m_fixApplied = false;
        m_deploy->setVisible(false);
        m_runAgain->setVisible(true);
        return;
    }
    if (stage->autoDeploy) {
        m_fixStatus->setText(
            tr("Fixed in the working copy. Stage %1 deploys automatically, so the fix takes effect at "
               "once: run the lab again to see.")
                .arg(stage->name));
        m_deploy->setVisible(false);
        m_runAgain->setVisible(true);
    } else if (hasUndeployedChanges(*api, *stage)) {
        m_fixStatus->setText(
            api->protocol == model::Protocol::Rest
                ? tr("Fixed in the working copy. REST APIs: deploy to stage %1 to take effect (F5).")
                      .arg(stage->name)
                : tr("Fixed in the working copy. Deploy to stage %1 to take effect (F5).").arg(stage->name));
        m_deploy->setText(tr("&Deploy to %1").arg(stage->name));
        m_deploy->setVisible(true);
        m_runAgain->setVisible(false);
    } else {
        m_fixStatus->setText(tr("Stage %1 serves the fix now: run the lab again to see.").arg(stage->name));
        m_deploy->setVisible(false);
        m_runAgain->setVisible(true);
    }
}

} // namespace gw::ui
