// SPDX-License-Identifier: GPL-3.0-or-later
#include "costpanel.h"

#include "formatting.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFont>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gw::ui {

namespace {

/// A wrapped line of secondary text under a section.
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    QPalette dim = note->palette();
    dim.setColor(QPalette::WindowText, Formatting::dimColor(dim));
    note->setPalette(dim);
    return note;
}

constexpr int kTickMs = 500; // at most two rebuilds a second
constexpr int kMaxAlarms = 10;
const QString alarmsKey = QStringLiteral("cost/alarms");

constexpr int kRest = int(cost::ApiKind::Rest);
constexpr int kHttp = int(cost::ApiKind::Http);
constexpr int kWebSocket = int(cost::ApiKind::WebSocket);

/// A quantity for people: whole numbers with separators from 100 up, two decimals from 0.01, two significant
/// digits below.
QString amount(double value)
{
    const QLocale locale;
    if (value == 0)
        return QStringLiteral("0");
    if (std::abs(value) >= 100)
        return locale.toString(value, 'f', 0);
    if (std::abs(value) >= 0.01) {
        QString text = locale.toString(value, 'f', 2);
        const QChar point = locale.decimalPoint().at(0);
        if (text.contains(point)) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(1);
        }
        return text;
    }
    return locale.toString(value, 'g', 2);
}

/// "A, B, C, …" from the first three names.
QString firstNames(const QStringList &names)
{
    QStringList shown = names.mid(0, 3);
    if (names.size() > 3)
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}

/// A plain API key requirement (`x-api-key` in the header, no authorizer): REST's apiKeyRequired, as the compiler
/// reads it.
bool isApiKeyScheme(const doc::Node &scheme)
{
    return scheme[u"type"].toString() == QLatin1String("apiKey") && !scheme.contains(u"x-amazon-apigateway-authorizer")
        && !scheme.contains(u"x-amazon-apigateway-authtype")
        && scheme[u"name"].toString().compare(QLatin1String("x-api-key"), Qt::CaseInsensitive) == 0;
}

QString authorizerType(const doc::Node &scheme)
{
    return scheme[u"x-amazon-apigateway-authorizer"][u"type"].toString().toLower();
}

/// Sets a label's text only when it changed (the figures are set twice a second, mostly to what they were).
void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

QTableView *copyableTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->verticalHeader()->hide();
    view->setShowGrid(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// CostTableModel

void CostTableModel::setRows(QList<Row> rows)
{
    const bool sameItems = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.item == b.item && a.total == b.total; });
    if (!sameItems) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    if (rows == m_rows)
        return;
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const CostTableModel::Row *CostTableModel::row(const QString &item) const
{
    for (const Row &r : m_rows) {
        if (r.item == item)
            return &r;
    }
    return nullptr;
}

QString CostTableModel::toText() const
{
    QStringList lines;
    lines.append(QStringList {headerData(ItemColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                              headerData(QuantityColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                              headerData(UsdColumn, Qt::Horizontal, Qt::DisplayRole).toString()}
                     .join(u'\t'));
    for (const Row &r : m_rows)
        lines.append(QStringList {r.item, r.quantity, cost::formatUsd(r.usd)}.join(u'\t'));
    return lines.join(u'\n') + u'\n';
}

QList<CostTableModel::Row> CostTableModel::rowsFor(const cost::MonthlyEstimate &e, const cost::MonthlyInputs &in)
{
    QList<Row> rows;
    const QString freeTier = in.freeTier ? tr(" The free tier's allowance is taken off.") : QString();
    switch (e.kind) {
    case cost::ApiKind::Rest:
        rows.append({tr("API requests"), tr("%1 requests").arg(amount(e.billedRequests)), e.apiRequestsUsd,
                     tr("%1 requests a month (30 days), priced in the monthly tiers.").arg(amount(e.requestsPerMonth))
                         + freeTier});
        break;
    case cost::ApiKind::Http:
        rows.append({tr("API requests"), tr("%1 metered requests").arg(amount(e.billedRequests)), e.apiRequestsUsd,
                     tr("%1 requests a month (30 days); each is metered in 512 KB increments of its payload, then "
                        "priced in the monthly tiers.")
                             .arg(amount(e.requestsPerMonth))
                         + freeTier});
        break;
    case cost::ApiKind::WebSocket:
        rows.append({tr("Messages"), tr("%1 metered messages").arg(amount(e.billedRequests)), e.apiRequestsUsd,
                     tr("%1 messages a month (30 days); each is metered in 32 KB increments, then priced in the "
                        "monthly tiers.")
                             .arg(amount(e.requestsPerMonth))
                         + freeTier});
        rows.append({tr("Connection minutes"), tr("%1 minutes").arg(amount(e.connectionMinutes)),
                     e.connectionMinutesUsd,
                     tr("%1 connections open all month.").arg(amount(in.websocketConnections)) + freeTier});
        break;
    }
    if (in.cacheGb > 0)
        rows.append({tr("Cache (%1 GB)").arg(amount(in.cacheGb)), tr("%1 hours").arg(amount(cost::hoursPerMonth)),
                     e.cacheUsd, tr("A stage cache is billed by the hour, whatever the traffic.")});
    if (in.lambdaMemoryMb > 0) {
        rows.append({tr("Lambda requests"), tr("%1 invocations").arg(amount(e.requestsPerMonth)), e.lambdaRequestsUsd,
                     tr("One invocation per request.")});
        rows.append({tr("Lambda compute"), tr("%1 GB-seconds").arg(amount(e.lambdaGbSeconds)), e.lambdaComputeUsd,
                     tr("%1 MB for %2 ms each, billed per 1 ms.")
                         .arg(in.lambdaMemoryMb)
                         .arg(amount(in.lambdaDurationMs))});
    }
    rows.append({tr("Data transfer out"), tr("%1 GB").arg(amount(e.dataTransferGb)), e.dataTransferUsd,
                 tr("Each response's payload sent to the client, priced in the monthly tiers.")});
    Row total {tr("Total per month"), QString(), e.totalUsd, tr("A 30-day month."), true};
    rows.append(total);
    return rows;
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ItemColumn:
            return r.item;
        case QuantityColumn:
            return r.quantity;
        case UsdColumn:
            return cost::formatUsd(r.usd);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? QVariant() : QVariant(r.toolTip);
    case Qt::TextAlignmentRole:
        return index.column() == ItemColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (r.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Quantity");
    case UsdColumn:
        return tr("USD");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------
// CostPanel

void CostPanel::Volume::add(const Volume &o)
{
    for (size_t k = 0; k < 3; ++k) {
        requests[k] += o.requests[k];
        metered[k] += o.metered[k];
        lambdaRequests[k] += o.lambdaRequests[k];
        lambdaGbSeconds[k] += o.lambdaGbSeconds[k];
        lambdaBilledMs[k] += o.lambdaBilledMs[k];
        lambdaMemoryMb[k] += o.lambdaMemoryMb[k];
        bytesOut[k] += o.bytesOut[k];
    }
    httpUnitsOfRestAndHttp += o.httpUnitsOfRestAndHttp;
    connectionMinutes += o.connectionMinutes;
}

CostPanel::CostPanel(std::shared_ptr<const cost::Pricing> pricing, const QString &pricingError, QWidget *parent)
    : QWidget(parent)
    , m_pricing(std::move(pricing))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_pricingNote = new QLabel(this);
    m_pricingNote->setWordWrap(true);
    m_pricingNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_pricingNote);
    if (m_pricing) {
        m_meter.emplace(m_pricing);
        m_pricingNote->hide();
    } else {
        m_pricingNote->setText(tr("<b>No prices: the pricing file has an error.</b> %1 Fix the file (docs/cost.md "
                                  "describes it) and restart Gatehouse.")
                                   .arg(pricingError.toHtmlEscaped()));
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createLiveTab(), tr("Live"));
    m_tabs->addTab(createComparisonTab(), tr("REST vs HTTP"));
    m_tabs->addTab(createAlarmsTab(), tr("Billing alarms"));
    m_tabs->addTab(createWhatIfTab(), tr("What if"));
    layout->addWidget(m_tabs, 1);
    m_tabs->setEnabled(bool(m_pricing));

    QSettings settings;
    QList<double> thresholds;
    if (settings.contains(alarmsKey)) {
        for (const QString &text : settings.value(alarmsKey).toStringList()) {
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (ok && v > 0)
                thresholds.append(v);
        }
    } else {
        thresholds = defaultAlarmThresholds();
    }
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    for (double t : thresholds.mid(0, kMaxAlarms))
        m_alarms.append({t, false});
    rebuildAlarmRows();

    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &CostPanel::refresh);
    updateFeatures();
    updateWhatIf();
    refresh();
}

QWidget *CostPanel::createLiveTab()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    auto *figures = new QFormLayout;
    figures->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto figure = [page, figures](const QString &label, const QString &tip) {
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(label);
        value->setToolTip(tip);
        auto *name = new QLabel(label + u':', page);
        name->setToolTip(tip);
        figures->addRow(name, value);
        return value;
    };
    m_session = figure(tr("This session"), tr("What the requests served so far would have cost on AWS, priced in the "
                                              "monthly tiers from the month's first request."));
    m_requests = figure(tr("Requests"), tr("Billable requests, messages and connection events this session "
                                           "(requests no API answered cost nothing)."));
    m_rate = figure(tr("Current rate"), tr("Billable requests per second over the last minute."));
    m_projected = figure(tr("Projected month"),
                         tr("A 30-day month at the rate of the last minute, priced in the monthly tiers without the "
                            "free tier, plus the project's REST stage caches (billed by the hour, traffic or not)."));
    QFont big = m_projected->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_projected->setFont(big);
    auto *left = new QVBoxLayout;
    left->addLayout(figures);
    if (m_pricing) {
        left->addWidget(noteLabel(tr("Prices: %1, from %2. The month is 30 days at the rate of the last minute; the "
                                     "projection falls when traffic stops.")
                                      .arg(m_pricing->region, m_pricing->origin),
                                  page));
    }
    left->addStretch(1);
    row->addLayout(left, 2);
    m_liveModel = new CostTableModel(this);
    row->addWidget(makeTable(m_liveModel, tr("Projected month, item by item")), 3);
    return page;
}

QWidget *CostPanel::createComparisonTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *row = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_comparisonGrid = new QGridLayout;
    m_comparisonGrid->setHorizontalSpacing(18);
    const QStringList heads {tr("Per month"), tr("As REST"), tr("As HTTP")};
    for (int c = 0; c < heads.size(); ++c) {
        auto *head = new QLabel(QStringLiteral("<b>%1</b>").arg(heads.at(c).toHtmlEscaped()), page);
        m_comparisonGrid->addWidget(head, 0, c, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    const QStringList items {tr("API requests"), tr("Cache"), tr("Lambda"), tr("Data transfer out"), tr("Total")};
    for (int r = 0; r < items.size(); ++r) {
        m_comparisonGrid->addWidget(new QLabel(items.at(r), page), r + 1, 0);
        for (int c = 1; c <= 2; ++c) {
            auto *cell = new QLabel(page);
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setAccessibleName(tr("%1 %2").arg(items.at(r), heads.at(c)));
            m_comparisonGrid->addWidget(cell, r + 1, c);
            m_comparisonCells.append(cell);
        }
    }
    m_restUsd = m_comparisonCells.at(8);
    m_httpUsd = m_comparisonCells.at(9);
    QFont bold = m_restUsd->font();
    bold.setBold(true);
    m_restUsd->setFont(bold);
    m_httpUsd->setFont(bold);
    left->addLayout(m_comparisonGrid);
    m_difference = new QLabel(page);
    m_difference->setWordWrap(true);
    m_difference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_difference->setAccessibleName(tr("Difference between REST and HTTP"));
    left->addWidget(m_difference);
    left->addWidget(noteLabel(tr("The REST and HTTP traffic of the last minute, as a 30-day month on each kind of API "
                                 "(WebSocket traffic is left out). HTTP APIs meter requests in 512 KB increments and "
                                 "have no cache."),
                              page));
    left->addStretch(1);
    row->addLayout(left, 2);
    m_features = new QLabel(page);
    m_features->setWordWrap(true);
    m_features->setTextFormat(Qt::RichText);
    m_features->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_features->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_features->setAccessibleName(tr("What switching to HTTP APIs would lose"));
    row->addWidget(m_features, 3);
    scroll->setWidget(page);
    return scroll;
}

QWidget *CostPanel::createAlarmsTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("An alarm goes off when the projected month rises to its threshold: a message in the "
                                "status bar (and above the editor when this dock is hidden). It goes off again "
                                "after the projection has fallen below the threshold."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_alarmRows = new QWidget(page);
    m_alarmGrid = new QGridLayout(m_alarmRows);
    m_alarmGrid->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_alarmRows);
    auto *buttons = new QHBoxLayout;
    m_addAlarm = new QPushButton(tr("Add Alarm"), page);
    m_addAlarm->setToolTip(tr("Another threshold on the projected month (up to %1)").arg(kMaxAlarms));
    connect(m_addAlarm, &QPushButton::clicked, this, [this] {
        if (m_alarms.size() >= kMaxAlarms)
            return;
        const double next = m_alarms.isEmpty() ? 100.0 : m_alarms.last().threshold * 2;
        m_alarms.append({next, m_live.monthlyUsd >= next});
        saveAlarms();
        rebuildAlarmRows();
    });
    auto *defaults = new QPushButton(tr("Restore Defaults"), page);
    defaults->setToolTip(tr("Alarms at $100, $500 and $1,000 a month"));
    connect(defaults, &QPushButton::clicked, this, [this] { setAlarmThresholds(defaultAlarmThresholds()); });
    buttons->addWidget(m_addAlarm);
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_alarmSummary = new QLabel(page);
    m_alarmSummary->setWordWrap(true);
    layout->addWidget(m_alarmSummary);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget *CostPanel::createWhatIfTab()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_protocol = new QComboBox(page);
    m_protocol->addItem(tr("REST API"), kRest);
    m_protocol->addItem(tr("HTTP API"), kHttp);
    m_protocol->addItem(tr("WebSocket API"), kWebSocket);
    m_protocol->setAccessibleName(tr("Protocol"));
    form->addRow(tr("Protocol:"), m_protocol);
    m_rps = new QDoubleSpinBox(page);
    m_rps->setRange(0, 1'000'000);
    m_rps->setDecimals(2);
    m_rps->setValue(10);
    m_rps->setGroupSeparatorShown(true);
    m_rps->setAccessibleName(tr("Requests per second"));
    m_rps->setToolTip(tr("Requests a second, steady through a 30-day month (messages a second for WebSocket APIs)"));
    form->addRow(tr("Requests per second:"), m_rps);
    m_payloadKb = new QDoubleSpinBox(page);
    m_payloadKb->setRange(0, 10'240);
    m_payloadKb->setDecimals(1);
    m_payloadKb->setSuffix(tr(" KB"));
    m_payloadKb->setAccessibleName(tr("Payload size in KB"));
    m_payloadKb->setToolTip(tr("Each request's payload (HTTP APIs meter it in 512 KB increments, WebSocket messages "
                               "in 32 KB), also each response's size sent out"));
    form->addRow(tr("Payload:"), m_payloadKb);
    m_cacheGb = new QComboBox(page);
    m_cacheGb->addItem(tr("None"), 0.0);
    if (m_pricing) {
        for (const cost::CacheSize &c : m_pricing->restCache)
            m_cacheGb->addItem(tr("%1 GB (%2 an hour)").arg(amount(c.gb), cost::formatUsd(c.usdPerHour)), c.gb);
    }
    m_cacheGb->setAccessibleName(tr("Cache size"));
    m_cacheGb->setToolTip(tr("A REST stage cache, billed by the hour"));
    form->addRow(tr("Cache:"), m_cacheGb);
    m_lambdaMb = new QSpinBox(page);
    m_lambdaMb->setRange(0, 10'240);
    m_lambdaMb->setSingleStep(64);
    m_lambdaMb->setSuffix(tr(" MB"));
    m_lambdaMb->setSpecialValueText(tr("No Lambda"));
    m_lambdaMb->setAccessibleName(tr("Lambda memory in MB"));
    m_lambdaMb->setToolTip(tr("The memory of the function each request invokes (128 to 10,240 MB); 0: no Lambda"));
    form->addRow(tr("Lambda memory:"), m_lambdaMb);
    m_lambdaMs = new QDoubleSpinBox(page);
    m_lambdaMs->setRange(0, 900'000);
    m_lambdaMs->setDecimals(1);
    m_lambdaMs->setSuffix(tr(" ms"));
    m_lambdaMs->setGroupSeparatorShown(true);
    m_lambdaMs->setAccessibleName(tr("Lambda duration in ms"));
    m_lambdaMs->setToolTip(tr("How long each invocation runs (billed per 1 ms, up to 900,000 ms)"));
    form->addRow(tr("Lambda duration:"), m_lambdaMs);
    m_connections = new QDoubleSpinBox(page);
    m_connections->setRange(0, 100'000'000);
    m_connections->setDecimals(0);
    m_connections->setGroupSeparatorShown(true);
    m_connections->setAccessibleName(tr("WebSocket connections"));
    m_connections->setToolTip(tr("WebSocket connections open on average through the month"));
    form->addRow(tr("Connections:"), m_connections);
    m_freeTier = new QCheckBox(tr("Free tier"), page);
    m_freeTier->setAccessibleName(tr("Free tier"));
    m_freeTier->setToolTip(tr("Take off the free tier's monthly allowance (the first 12 months of an AWS account)"));
    form->addRow(QString(), m_freeTier);
    left->addLayout(form);
    auto *useCurrent = new QPushButton(tr("Use Current Traffic"), page);
    useCurrent->setToolTip(tr("Fill the inputs from the last minute's traffic: its main flavour, rate and average "
                              "response size, the average Lambda memory and billed duration (as if every request "
                              "invoked such a function), the project's largest REST stage cache"));
    connect(useCurrent, &QPushButton::clicked, this, &CostPanel::useCurrentTraffic);
    left->addWidget(useCurrent, 0, Qt::AlignLeft);
    m_whatIfError = new QLabel(page);
    m_whatIfError->setWordWrap(true);
    m_whatIfError->setAccessibleName(tr("What-if problem"));
    QPalette red = m_whatIfError->palette();
    red.setColor(QPalette::WindowText, Formatting::statusColor(500, red));
    m_whatIfError->setPalette(red);
    m_whatIfError->hide();
    left->addWidget(m_whatIfError);
    left->addStretch(1);
    row->addLayout(left, 2);
    m_whatIfModel = new CostTableModel(this);
    m_whatIfTable = makeTable(m_whatIfModel, tr("What-if month, item by item"));
    row->addWidget(m_whatIfTable, 3);

    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        updateWhatIfEnabled();
        updateWhatIf();
    });
    connect(m_cacheGb, &QComboBox::currentIndexChanged, this, &CostPanel::updateWhatIf);
    for (QDoubleSpinBox *spin : {m_rps, m_payloadKb, m_lambdaMs, m_connections})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CostPanel::updateWhatIf);
    connect(m_lambdaMb, &QSpinBox::valueChanged, this, &CostPanel::updateWhatIf);
    connect(m_freeTier, &QCheckBox::toggled, this, &CostPanel::updateWhatIf);
    const int fieldWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14;
    for (QWidget *field : std::initializer_list<QWidget *> {m_protocol, m_rps, m_payloadKb, m_cacheGb, m_lambdaMb,
                                                            m_lambdaMs, m_connections})
        field->setMinimumWidth(fieldWidth);
    updateWhatIfEnabled();
    return page;
}

QTableView *CostPanel::makeTable(CostTableModel *model, const QString &accessibleName)
{
    QTableView *view = copyableTable(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->horizontalHeader()->setSectionResizeMode(CostTableModel::ItemColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(CostTableModel::QuantityColumn, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(CostTableModel::UsdColumn, QHeaderView::ResizeToContents);
    auto *copy = new QAction(tr("Copy Table"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this, model] { copyTable(model); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

void CostPanel::copyTable(const CostTableModel *model) const
{
    QApplication::clipboard()->setText(model->toText());
}

void CostPanel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void CostPanel::setProject(const model::Project &project)
{
    m_project = project;
    m_caches.clear();
    for (const model::Api &api : project.apis) {
        if (api.protocol != model::Protocol::Rest)
            continue;
        for (const model::Stage &stage : api.stages) {
            if (!stage.cache || !stage.cache->clusterEnabled)
                continue;
            StageCache c;
            c.apiId = api.id;
            c.stage = stage.name;
            c.gb = stage.cache->clusterSize.toDouble();
            if (m_pricing) {
                if (const cost::CacheSize *size = m_pricing->cacheSize(c.gb))
                    c.usdPerHour = size->usdPerHour;
            }
            m_caches.append(c);
        }
    }
    updateFeatures();
    refresh();
}

void CostPanel::clearProject()
{
    m_project.reset();
    m_caches.clear();
    updateFeatures();
    refresh();
}

void CostPanel::clearTraffic()
{
    if (m_meter)
        m_meter->clear();
    m_window.fill({});
    m_firstMs = -1;
    m_seen = {};
    m_lambdaSeen = false;
    refresh();
}

void CostPanel::addRecords(const std::vector<ExchangeRecordPtr> &batch)
{
    if (!m_meter)
        return;
    const cost::Pricing &p = *m_pricing;
    for (const ExchangeRecordPtr &r : batch) {
        if (!r)
            continue;
        m_meter->add(*r);
        const cost::ExchangeCost c = cost::exchangeCost(p, *r);
        if (!c.billable)
            continue;
        const size_t k = size_t(c.kind);
        Volume v;
        v.requests[k] = 1;
        v.metered[k] = c.meteredRequests;
        v.lambdaRequests[k] = c.lambdaRequests;
        v.lambdaGbSeconds[k] = c.lambdaGbSeconds;
        v.bytesOut[k] = c.bytesOut;
        v.connectionMinutes = c.connectionMinutes;
        if (c.kind == cost::ApiKind::Http)
            v.httpUnitsOfRestAndHttp = c.meteredRequests;
        else if (c.kind == cost::ApiKind::Rest)
            v.httpUnitsOfRestAndHttp = cost::meteredUnits(double(r->requestBodySize), p.httpMeteringBytes);
        for (const std::shared_ptr<const LambdaTrace> &l : r->lambda) {
            if (!l)
                continue;
            v.lambdaBilledMs[k] += l->billedMs > 0
                ? double(l->billedMs)
                : cost::billedLambdaMs(double(l->durationUs) / 1000, p.lambdaBillingGranularityMs);
            v.lambdaMemoryMb[k] += std::max(l->memorySizeMb, 128);
        }
        m_seen[k] = true;
        m_lambdaSeen |= c.lambdaRequests > 0;
        // Bucketed by the second it finished in, as CostMeter counts it, so the two projections agree.
        const qint64 doneMs = r->startEpochMs + r->totalUs / 1000;
        if (m_firstMs < 0 || doneMs < m_firstMs)
            m_firstMs = doneMs;
        const qint64 second = doneMs / 1000;
        Bucket &b = m_window[size_t(second % cost::CostMeter::windowSeconds)];
        if (b.second < second) {
            b.second = second;
            b.volume = {};
        } else if (b.second > second) {
            continue; // older than the window: in the session only
        }
        b.volume.add(v);
    }
    if (!m_tick.isActive())
        m_tick.start();
}

CostPanel::Volume CostPanel::recentVolume(qint64 nowMs, double *seconds) const
{
    Volume recent;
    *seconds = 1;
    if (m_firstMs < 0)
        return recent;
    const qint64 nowSecond = nowMs / 1000;
    const qint64 fromSecond = (nowMs - qint64(cost::CostMeter::windowSeconds) * 1000) / 1000;
    for (const Bucket &b : m_window) {
        if (b.second >= 0 && b.second >= fromSecond && b.second <= nowSecond)
            recent.add(b.volume);
    }
    const double sessionSeconds = double(std::max<qint64>(nowMs - m_firstMs, 0)) / 1000;
    *seconds = std::clamp(sessionSeconds, 1.0, double(cost::CostMeter::windowSeconds));
    return recent;
}

void CostPanel::refresh()
{
    if (!m_meter) {
        checkAlarms(false);
        return;
    }
    const qint64 now = m_now();
    const cost::CostMeter::Snapshot s = m_meter->snapshot(now);
    m_live.requests = s.requests;
    m_live.sessionUsd = s.sessionUsd;
    m_live.ratePerSecond = s.ratePerSecond;
    double seconds = 1;
    m_lastRecent = recentVolume(now, &seconds);
    m_lastSeconds = seconds;
    Volume month;
    month.add(m_lastRecent);
    const double scale = cost::secondsPerMonth / seconds;
    for (size_t k = 0; k < 3; ++k) {
        month.requests[k] *= scale;
        month.metered[k] *= scale;
        month.lambdaRequests[k] *= scale;
        month.lambdaGbSeconds[k] *= scale;
        month.bytesOut[k] *= scale;
    }
    month.httpUnitsOfRestAndHttp *= scale;
    month.connectionMinutes *= scale;
    updateLive(month);
    updateComparison(month);
    checkAlarms(true);
}

void CostPanel::updateLive(const Volume &month)
{
    const cost::Pricing &p = *m_pricing;
    QList<CostTableModel::Row> rows;
    const QString tiers = tr("%1 a month at the last minute's rate, priced in the monthly tiers.");
    if (m_seen[kRest])
        rows.append({tr("REST API requests"), tr("%1 requests").arg(amount(month.metered[kRest])),
                     p.restRequests.cost(month.metered[kRest]), tiers.arg(tr("Requests"))});
    if (m_seen[kHttp])
        rows.append({tr("HTTP API requests"), tr("%1 metered requests").arg(amount(month.metered[kHttp])),
                     p.httpRequests.cost(month.metered[kHttp]),
                     tiers.arg(tr("Requests metered in 512 KB increments of their payload"))});
    if (m_seen[kWebSocket]) {
        rows.append({tr("WebSocket messages"), tr("%1 metered messages").arg(amount(month.metered[kWebSocket])),
                     p.websocketMessages.cost(month.metered[kWebSocket]),
                     tiers.arg(tr("Messages both ways, metered in 32 KB increments"))});
        rows.append({tr("Connection minutes"), tr("%1 minutes").arg(amount(month.connectionMinutes)),
                     month.connectionMinutes * p.websocketConnectionMinuteUsd,
                     tr("The minutes of the connections that closed in the last minute, a month of them.")});
    }
    for (const StageCache &c : m_caches) {
        rows.append({tr("Cache %1/%2 (%3 GB)").arg(c.apiId, c.stage, amount(c.gb)),
                     tr("%1 hours").arg(amount(cost::hoursPerMonth)), c.usdPerHour * cost::hoursPerMonth,
                     c.usdPerHour > 0 ? tr("The stage cache is billed by the hour, traffic or not.")
                                      : tr("The pricing file has no price for a %1 GB cache.").arg(amount(c.gb))});
    }
    double lambdaRequests = 0;
    double gbSeconds = 0;
    double bytesOut = 0;
    for (size_t k = 0; k < 3; ++k) {
        lambdaRequests += month.lambdaRequests[k];
        gbSeconds += month.lambdaGbSeconds[k];
        bytesOut += month.bytesOut[k];
    }
    if (m_lambdaSeen) {
        rows.append({tr("Lambda requests"), tr("%1 invocations").arg(amount(lambdaRequests)),
                     lambdaRequests * p.lambdaRequestUsd,
                     tr("Every function invoked, authorizers included.")});
        rows.append({tr("Lambda compute"), tr("%1 GB-seconds").arg(amount(gbSeconds)),
                     gbSeconds * p.lambdaGbSecondX86,
                     tr("Each invocation's billed duration times its memory, at the x86_64 price.")});
    }
    const bool any = m_seen[kRest] || m_seen[kHttp] || m_seen[kWebSocket];
    if (any)
        rows.append({tr("Data transfer out"), tr("%1 GB").arg(amount(bytesOut / cost::bytesPerGb)),
                     p.dataTransferOut.cost(bytesOut / cost::bytesPerGb),
                     tr("Responses (status line, headers, body) and messages sent to clients.")});
    double total = 0;
    for (const CostTableModel::Row &r : rows)
        total += r.usd;
    rows.append({tr("Total per month"), QString(), total, tr("A 30-day month."), true});
    m_liveModel->setRows(rows);
    m_live.monthlyUsd = total;
    m_live.webSocketSeen = m_seen[kWebSocket];

    setTextIfChanged(m_session, cost::formatUsd(m_live.sessionUsd));
    setTextIfChanged(m_requests, QLocale().toString(qulonglong(m_live.requests)));
    setTextIfChanged(m_rate, tr("%1 per second").arg(amount(m_live.ratePerSecond)));
    setTextIfChanged(m_projected, tr("%1 a month").arg(cost::formatUsd(total)));
}

void CostPanel::updateComparison(const Volume &month)
{
    const cost::Pricing &p = *m_pricing;
    const double requests = month.requests[kRest] + month.requests[kHttp];
    double cache = 0;
    for (const StageCache &c : m_caches)
        cache += c.usdPerHour * cost::hoursPerMonth;
    double lambda = 0;
    double bytes = 0;
    for (int k : {kRest, kHttp}) {
        lambda += month.lambdaRequests[size_t(k)] * p.lambdaRequestUsd
            + month.lambdaGbSeconds[size_t(k)] * p.lambdaGbSecondX86;
        bytes += month.bytesOut[size_t(k)];
    }
    const double transfer = p.dataTransferOut.cost(bytes / cost::bytesPerGb);
    const double restRequests = p.restRequests.cost(requests);
    const double httpRequests = p.httpRequests.cost(month.httpUnitsOfRestAndHttp);
    m_live.restOrHttpSeen = m_seen[kRest] || m_seen[kHttp];
    m_live.restMonthlyUsd = restRequests + cache + lambda + transfer;
    m_live.httpMonthlyUsd = httpRequests + lambda + transfer;
    const QList<QString> cells {cost::formatUsd(restRequests),
                                cost::formatUsd(httpRequests),
                                cost::formatUsd(cache),
                                tr("no cache"),
                                cost::formatUsd(lambda),
                                cost::formatUsd(lambda),
                                cost::formatUsd(transfer),
                                cost::formatUsd(transfer),
                                cost::formatUsd(m_live.restMonthlyUsd),
                                cost::formatUsd(m_live.httpMonthlyUsd)};
    for (int i = 0; i < cells.size() && i < m_comparisonCells.size(); ++i)
        setTextIfChanged(m_comparisonCells.at(i), cells.at(i));
    const double difference = m_live.restMonthlyUsd - m_live.httpMonthlyUsd;
    QString text;
    if (!m_live.restOrHttpSeen)
        text = tr("No REST or HTTP traffic yet: send requests to see them priced both ways.");
    else if (std::abs(difference) < 0.005)
        text = tr("The same on both.");
    else if (difference > 0)
        text = tr("<b>HTTP would cost %1 less a month</b> (%2 % less than REST).")
                   .arg(cost::formatUsd(difference))
                   .arg(qRound(100 * difference / m_live.restMonthlyUsd));
    else
        text = tr("<b>REST would cost %1 less a month</b> (%2 % less than HTTP).")
                   .arg(cost::formatUsd(-difference))
                   .arg(qRound(-100 * difference / m_live.httpMonthlyUsd));
    setTextIfChanged(m_difference, text);
}

QList<RestOnlyFeature> CostPanel::restOnlyFeatures(const model::Project &project)
{
    QList<RestOnlyFeature> features;
    for (const model::Api &api : project.apis) {
        if (api.protocol != model::Protocol::Rest)
            continue;
        const doc::Node &document = api.definition.document;
        const doc::Node &schemes = document[u"components"][u"securitySchemes"];
        const doc::Node &validators = document[u"x-amazon-apigateway-request-validators"];
        QStringList keyMethods, validated, mapped, mocks, tokenAuthorizers, cognito;
        for (const model::PathItem &path : api.definition.paths) {
            for (const model::Operation &op : path.operations) {
                const QString name = op.method + u' ' + path.path;
                const doc::Node &security = op.body.contains(u"security") ? op.body[u"security"] : document[u"security"];
                for (const doc::Node &requirement : security.items()) {
                    for (const doc::Node::Member &member : requirement.members()) {
                        const doc::Node &scheme = schemes[member.first];
                        if (isApiKeyScheme(scheme) && !keyMethods.contains(name))
                            keyMethods.append(name);
                        const QString type = authorizerType(scheme);
                        if (type == QLatin1String("token") && !tokenAuthorizers.contains(member.first))
                            tokenAuthorizers.append(member.first);
                        if (type == QLatin1String("cognito_user_pools") && !cognito.contains(member.first))
                            cognito.append(member.first);
                    }
                }
                const QString validator = op.body.contains(u"x-amazon-apigateway-request-validator")
                    ? op.body[u"x-amazon-apigateway-request-validator"].toString()
                    : document[u"x-amazon-apigateway-request-validator"].toString();
                if (!validator.isEmpty()
                    && (validators[validator][u"validateRequestBody"].toBool(false)
                        || validators[validator][u"validateRequestParameters"].toBool(false)))
                    validated.append(name);
                if (!op.integration)
                    continue;
                const model::Integration &in = *op.integration;
                if (in.type == model::IntegrationType::Mock) {
                    // A mock OPTIONS method answers CORS preflights, which an HTTP API's CORS settings do.
                    if (op.method != QLatin1String("OPTIONS"))
                        mocks.append(name);
                    continue;
                }
                bool templates = !in.requestTemplates.isEmpty();
                for (const model::IntegrationResponse &r : in.responses)
                    templates |= !r.responseTemplates.isEmpty();
                if (templates || in.type == model::IntegrationType::Http || in.type == model::IntegrationType::Aws)
                    mapped.append(name);
            }
        }
        const auto methods = [](const QStringList &names) {
            return tr("%n method(s) (%1)", nullptr, int(names.size())).arg(firstNames(names));
        };
        QStringList plans;
        for (const model::UsagePlan &plan : project.usagePlans) {
            for (const model::UsagePlanStage &s : plan.stages) {
                if (s.apiId == api.id && !plans.contains(plan.name))
                    plans.append(plan.name);
            }
        }
        if (!keyMethods.isEmpty() || !plans.isEmpty()) {
            QStringList parts;
            if (!keyMethods.isEmpty())
                parts.append(tr("%1 require an API key").arg(methods(keyMethods)));
            if (!plans.isEmpty())
                parts.append(tr("usage plans %1 (per-client throttling and quotas)").arg(firstNames(plans)));
            features.append({api.id, tr("API keys and usage plans"), parts.join(QStringLiteral("; "))});
        }
        if (!validated.isEmpty())
            features.append({api.id, tr("Request validation"), methods(validated)});
        if (!mapped.isEmpty())
            features.append({api.id, tr("Mapping templates and non-proxy integrations"),
                             tr("%1; HTTP APIs map parameters only, not bodies").arg(methods(mapped))});
        if (!mocks.isEmpty())
            features.append({api.id, tr("Mock integrations"), methods(mocks)});
        QStringList cached;
        for (const model::Stage &stage : api.stages) {
            if (stage.cache && stage.cache->clusterEnabled)
                cached.append(tr("%1 (%2 GB)").arg(stage.name, stage.cache->clusterSize));
        }
        if (!cached.isEmpty())
            features.append({api.id, tr("Response cache"), tr("stages %1").arg(cached.join(QStringLiteral(", ")))});
        if (document.contains(u"x-amazon-apigateway-policy"))
            features.append({api.id, tr("Resource policy"), tr("x-amazon-apigateway-policy")});
        const doc::Node &responses = document[u"x-amazon-apigateway-gateway-responses"];
        if (responses.isMapping() && !responses.members().empty()) {
            QStringList types;
            for (const doc::Node::Member &m : responses.members())
                types.append(m.first);
            features.append({api.id, tr("Custom gateway responses"), firstNames(types)});
        }
        for (const doc::Node &type : document[u"x-amazon-apigateway-endpoint-configuration"][u"types"].items()) {
            const QString t = type.toString().toUpper();
            if (t == QLatin1String("EDGE"))
                features.append({api.id, tr("Edge-optimized endpoint"), tr("HTTP APIs are regional")});
            else if (t == QLatin1String("PRIVATE"))
                features.append({api.id, tr("Private endpoint"), tr("HTTP APIs cannot be private to a VPC")});
        }
        if (document.contains(u"x-amazon-apigateway-minimum-compression-size"))
            features.append({api.id, tr("Response compression"), tr("x-amazon-apigateway-minimum-compression-size")});
        if (!cognito.isEmpty())
            features.append({api.id, tr("Cognito user pool authorizer"),
                             tr("%1: becomes a JWT authorizer with the user pool as issuer").arg(firstNames(cognito)),
                             false});
        if (!tokenAuthorizers.isEmpty())
            features.append({api.id, tr("Lambda TOKEN authorizer"),
                             tr("%1: becomes a REQUEST authorizer with the header as identity source")
                                 .arg(firstNames(tokenAuthorizers)),
                             false});
    }
    return features;
}

void CostPanel::updateFeatures()
{
    QString html;
    if (!m_project) {
        html = tr("Open a project to see what its REST APIs use that HTTP APIs do not offer.");
    } else {
        const bool hasRest = std::any_of(m_project->apis.cbegin(), m_project->apis.cend(),
                                         [](const model::Api &a) { return a.protocol == model::Protocol::Rest; });
        const QList<RestOnlyFeature> features = restOnlyFeatures(*m_project);
        if (!hasRest) {
            html = tr("<b>The project has no REST API.</b> The figures price its HTTP traffic as REST APIs would "
                      "bill it; REST would add API keys and usage plans, request validation, body mapping "
                      "templates, mock integrations, a response cache, resource policies and edge-optimized or "
                      "private endpoints.");
        } else if (features.isEmpty()) {
            html = tr("<b>Switching to HTTP APIs loses nothing this project uses</b>: its REST APIs use no API keys, "
                      "request validation, mapping templates, mock integrations, cache, resource policy or custom "
                      "gateway responses.");
        } else {
            QString lost;
            QString changed;
            for (const RestOnlyFeature &f : features) {
                const QString item = QStringLiteral("<li><b>%1</b> — %2 <i>(%3)</i></li>")
                                         .arg(f.feature.toHtmlEscaped(), f.detail.toHtmlEscaped(),
                                              f.apiId.toHtmlEscaped());
                (f.lost ? lost : changed) += item;
            }
            if (!lost.isEmpty())
                html += tr("<b>Switching to HTTP APIs would lose</b>") + QStringLiteral("<ul>") + lost
                    + QStringLiteral("</ul>");
            if (!changed.isEmpty())
                html += tr("<b>Would work differently</b>") + QStringLiteral("<ul>") + changed
                    + QStringLiteral("</ul>");
        }
    }
    m_features->setText(html);
}

QString CostPanel::featuresText() const
{
    return QTextDocumentFragment::fromHtml(m_features->text()).toPlainText();
}

// ---- billing alarms -------------------------------------------------------------------------------------------

QList<double> CostPanel::alarmThresholds() const
{
    QList<double> thresholds;
    for (const Alarm &a : m_alarms)
        thresholds.append(a.threshold);
    return thresholds;
}

void CostPanel::setAlarmThresholds(QList<double> thresholds)
{
    thresholds.erase(std::remove_if(thresholds.begin(), thresholds.end(), [](double t) { return !(t > 0); }),
                     thresholds.end());
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    m_alarms.clear();
    for (double t : thresholds.mid(0, kMaxAlarms))
        m_alarms.append({t, m_live.monthlyUsd >= t}); // a new threshold already under the projection is not a crossing
    saveAlarms();
    rebuildAlarmRows();
}

bool CostPanel::isAlarmOn(int index) const
{
    return index >= 0 && index < m_alarms.size() && m_alarms.at(index).on;
}

void CostPanel::saveAlarms() const
{
    QStringList values;
    for (const Alarm &a : m_alarms)
        values.append(QString::number(a.threshold, 'g', 12));
    QSettings().setValue(alarmsKey, values);
}

void CostPanel::rebuildAlarmRows()
{
    while (QLayoutItem *item = m_alarmGrid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->setObjectName(QString()); // not found by checkAlarms() before it is gone
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_alarms.size(); ++i) {
        auto *label = new QLabel(tr("Alarm %1 at").arg(i + 1), m_alarmRows);
        auto *spin = new QDoubleSpinBox(m_alarmRows);
        spin->setObjectName(QStringLiteral("alarmThreshold%1").arg(i));
        spin->setRange(0.01, 1'000'000'000);
        spin->setDecimals(2);
        spin->setPrefix(QStringLiteral("$"));
        spin->setSuffix(tr(" a month"));
        spin->setGroupSeparatorShown(true);
        spin->setKeyboardTracking(false);
        spin->setValue(m_alarms.at(i).threshold);
        spin->setAccessibleName(tr("Alarm %1 threshold").arg(i + 1));
        label->setBuddy(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            if (i >= m_alarms.size())
                return;
            m_alarms[i].threshold = value;
            m_alarms[i].on = m_live.monthlyUsd >= value; // an edit is not a crossing
            saveAlarms();
            checkAlarms(false);
        });
        auto *state = new QLabel(m_alarmRows);
        state->setObjectName(QStringLiteral("alarmState%1").arg(i));
        state->setAccessibleName(tr("Alarm %1 state").arg(i + 1));
        state->setMinimumWidth(state->fontMetrics().horizontalAdvance(QStringLiteral("ALARM")) * 2);
        auto *remove = new QToolButton(m_alarmRows);
        remove->setText(tr("Remove"));
        remove->setToolTip(tr("Remove alarm %1").arg(i + 1));
        remove->setAccessibleName(tr("Remove alarm %1").arg(i + 1));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            if (i >= m_alarms.size())
                return;
            m_alarms.removeAt(i);
            saveAlarms();
            rebuildAlarmRows();
        });
        m_alarmGrid->addWidget(label, i, 0);
        m_alarmGrid->addWidget(spin, i, 1);
        m_alarmGrid->addWidget(state, i, 2);
        m_alarmGrid->addWidget(remove, i, 3);
    }
    m_alarmGrid->setColumnStretch(4, 1);
    m_addAlarm->setEnabled(m_alarms.size() < kMaxAlarms);
    checkAlarms(false);
}

void CostPanel::checkAlarms(bool raise)
{
    const double projected = m_live.monthlyUsd;
    QList<double> raised;
    for (Alarm &a : m_alarms) {
        const bool on = m_pricing && projected >= a.threshold;
        if (on && !a.on && raise)
            raised.append(a.threshold);
        a.on = on;
    }
    int onCount = 0;
    for (int i = 0; i < m_alarms.size(); ++i) {
        const bool on = m_alarms.at(i).on;
        onCount += on ? 1 : 0;
        if (auto *state = m_alarmRows->findChild<QLabel *>(QStringLiteral("alarmState%1").arg(i))) {
            const QString text = on ? tr("ALARM") : tr("OK");
            if (state->text() != text) {
                state->setText(text);
                QPalette pal = state->palette();
                pal.setColor(QPalette::WindowText, Formatting::statusColor(on ? 500 : 200, pal));
                state->setPalette(pal);
                QFont font = state->font();
                font.setBold(on);
                state->setFont(font);
            }
        }
    }
    const QString summary = m_alarms.isEmpty()
        ? tr("No alarms: add one to be told when the projected month reaches it.")
        : tr("Projected month: %1. %n alarm(s) going off.", nullptr, onCount).arg(cost::formatUsd(projected));
    setTextIfChanged(m_alarmSummary, summary);
    for (double threshold : raised)
        Q_EMIT alarmRaised(threshold, projected);
}

// ---- what if --------------------------------------------------------------------------------------------------

cost::MonthlyInputs CostPanel::whatIfInputs() const
{
    cost::MonthlyInputs in;
    in.kind = cost::ApiKind(m_protocol->currentData().toInt());
    in.requestsPerSecond = m_rps->value();
    in.payloadBytes = m_payloadKb->value() * 1024;
    in.cacheGb = in.kind == cost::ApiKind::Rest ? m_cacheGb->currentData().toDouble() : 0;
    in.lambdaMemoryMb = m_lambdaMb->value();
    in.lambdaDurationMs = m_lambdaMs->value();
    in.websocketConnections = in.kind == cost::ApiKind::WebSocket ? m_connections->value() : 0;
    in.freeTier = m_freeTier->isChecked();
    return in;
}

void CostPanel::setWhatIfInputs(const cost::MonthlyInputs &in)
{
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(int(in.kind))));
    m_rps->setValue(in.requestsPerSecond);
    m_payloadKb->setValue(in.payloadBytes / 1024);
    int cacheIndex = 0;
    for (int i = 0; i < m_cacheGb->count(); ++i) {
        if (std::abs(m_cacheGb->itemData(i).toDouble() - in.cacheGb) < 0.001)
            cacheIndex = i;
    }
    m_cacheGb->setCurrentIndex(cacheIndex);
    m_lambdaMb->setValue(in.lambdaMemoryMb);
    m_lambdaMs->setValue(in.lambdaDurationMs);
    m_connections->setValue(in.websocketConnections);
    m_freeTier->setChecked(in.freeTier);
    updateWhatIf();
}

void CostPanel::useCurrentTraffic()
{
    refresh();
    const Volume &v = m_lastRecent;
    const double seconds = m_lastSeconds;
    cost::MonthlyInputs in = whatIfInputs();
    size_t k = size_t(in.kind);
    if (v.requests[0] + v.requests[1] + v.requests[2] > 0) {
        k = size_t(std::max_element(v.requests.cbegin(), v.requests.cend()) - v.requests.cbegin());
        in.kind = cost::ApiKind(int(k));
    }
    const double requests = v.requests[k];
    in.requestsPerSecond = std::round(requests / seconds * 100) / 100;
    in.payloadBytes = requests > 0 ? std::round(v.bytesOut[k] / requests / 1024 * 10) / 10 * 1024 : 0;
    in.cacheGb = 0;
    if (in.kind == cost::ApiKind::Rest) {
        for (const StageCache &c : m_caches)
            in.cacheGb = std::max(in.cacheGb, c.gb);
    }
    in.lambdaMemoryMb = 0;
    in.lambdaDurationMs = 0;
    if (v.lambdaRequests[k] > 0) {
        in.lambdaMemoryMb = std::clamp(int(std::lround(v.lambdaMemoryMb[k] / v.lambdaRequests[k])), 128, 10'240);
        in.lambdaDurationMs = std::clamp(std::round(v.lambdaBilledMs[k] / v.lambdaRequests[k] * 10) / 10, 1.0, 900'000.0);
    }
    // Connection minutes per minute are the connections open on average.
    in.websocketConnections = in.kind == cost::ApiKind::WebSocket ? std::round(v.connectionMinutes / (seconds / 60)) : 0;
    setWhatIfInputs(in);
}

void CostPanel::updateWhatIfEnabled()
{
    const auto kind = cost::ApiKind(m_protocol->currentData().toInt());
    m_cacheGb->setEnabled(kind == cost::ApiKind::Rest);
    m_connections->setEnabled(kind == cost::ApiKind::WebSocket);
    m_rps->setAccessibleName(kind == cost::ApiKind::WebSocket ? tr("Messages per second") : tr("Requests per second"));
}

void CostPanel::updateWhatIf()
{
    if (!m_pricing)
        return;
    const cost::MonthlyInputs in = whatIfInputs();
    QString error = cost::checkInputs(*m_pricing, in);
    if (!error.isEmpty()) {
        // checkInputs names the command line's options; here they are fields.
        const QList<QPair<QString, QString>> fields {
            {QStringLiteral("--rps"), tr("Requests per second")}, {QStringLiteral("--payload-kb"), tr("Payload")},
            {QStringLiteral("--cache-gb"), tr("Cache")},          {QStringLiteral("--lambda-mb"), tr("Lambda memory")},
            {QStringLiteral("--lambda-ms"), tr("Lambda duration")}, {QStringLiteral("--connections"), tr("Connections")},
        };
        for (const auto &f : fields)
            error.replace(f.first, f.second);
        m_whatIfError->setText(error);
        m_whatIfError->show();
        m_whatIfModel->setRows({});
        return;
    }
    m_whatIfError->clear();
    m_whatIfError->hide();
    m_whatIfModel->setRows(CostTableModel::rowsFor(cost::estimateMonthly(*m_pricing, in), in));
}

QString CostPanel::whatIfError() const
{
    return m_whatIfError->text();
}

} // namespace gw::ui
