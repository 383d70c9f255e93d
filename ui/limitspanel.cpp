// SPDX-License-Identifier: GPL-3.0-or-later
#include "limitspanel.h"

#include "formatting.h"
#include "gatewaycontroller.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gw::ui {

namespace {

constexpr int kRefreshMs = 250;

double levelOf(const TrafficState::Snapshot &s)
{
    if (s.isQuota)
        return s.limit > 0 ? std::clamp(1.0 - double(s.used) / s.limit, 0.0, 1.0) : 0.0;
    return s.burst > 0 ? std::clamp(s.tokens / s.burst, 0.0, 1.0) : 0.0;
}

/// Paints the level as a horizontal gauge: green while plenty is left, amber under a quarter, red when empty.
class GaugeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const double level = index.data(LimitsModel::LevelRole).toDouble();
        const int margin = opt.rect.height() / 5;
        const QRect track = opt.rect.adjusted(margin, margin, -margin, -margin);
        const QPalette &pal = opt.palette;
        painter->save();
        painter->setPen(pal.color(QPalette::Mid));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRect(track.adjusted(0, 0, -1, -1));
        const int status = level <= 0.0 ? 500 : level < 0.25 ? 400 : 200;
        QRect fill = track.adjusted(1, 1, -1, -1);
        fill.setWidth(int(fill.width() * level));
        if (fill.width() > 0)
            painter->fillRect(fill, Formatting::statusColor(status, pal));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 12));
        return size;
    }
};

} // namespace

void LimitsModel::setSnapshot(QList<TrafficState::Snapshot> rows, qint64 epochMs)
{
    m_epochMs = epochMs;
    const bool sameKeys = rows.size() == m_rows.size()
                          && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                        [](const auto &a, const auto &b) { return a.key == b.key; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LevelColumn), index(int(m_rows.size()) - 1, DetailColumn));
}

int LimitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LimitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LimitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TrafficState::Snapshot &s = m_rows.at(index.row());
    if (role == LevelRole)
        return levelOf(s);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case LimitColumn:
            return s.label;
        case LevelColumn:
            return role == Qt::DisplayRole ? QVariant() : QVariant(tr("%1 % left").arg(qRound(levelOf(s) * 100)));
        case DetailColumn:
            return detailText(s, m_epochMs);
        default:
            break;
        }
    }
    return {};
}

QVariant LimitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LimitColumn:
        return tr("Limit");
    case LevelColumn:
        return tr("Left");
    case DetailColumn:
        return tr("State");
    default:
        return {};
    }
}

QString LimitsModel::spanText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 999) / 1000);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    const qint64 days = s / 86400;
    return (days == 1 ? tr("1 day %1 h") : tr("%1 days %2 h").arg(days)).arg(s % 86400 / 3600);
}

QString LimitsModel::detailText(const TrafficState::Snapshot &s, qint64 epochMs)
{
    const QLocale locale;
    if (s.isQuota) {
        const QString end = QDateTime::fromMSecsSinceEpoch(s.periodEndMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'");
        return tr("%1 of %2 requests used · resets %3 (in %4)")
            .arg(locale.toString(s.used), locale.toString(s.limit), end, spanText(s.periodEndMs - epochMs));
    }
    return tr("%1 of %2 tokens · refills %3 per second")
        .arg(locale.toString(s.tokens, 'f', s.tokens < 10 ? 1 : 0), locale.toString(s.burst),
             locale.toString(s.rate, 'g', 6));
}

LimitsPanel::LimitsPanel(GatewayController *gateway, QWidget *parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_model(new LimitsModel(this))
    , m_table(new QTableView(this))
    , m_clock(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_toReset(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_clock->setAccessibleName(tr("Gateway clock"));
    bar->addWidget(m_clock, 1);
    auto addStep = [this, bar](const QString &text, qint64 ms, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, this, [this, ms] { m_gateway->advanceTime(ms); });
        bar->addWidget(button);
    };
    const QString moves = tr("Time moves for the whole gateway: buckets refill, quota periods end, cached authorizer "
                             "results and idle function processes expire.");
    addStep(tr("+1 s"), 1000, tr("Advance the gateway clock by one second. %1").arg(moves));
    addStep(tr("+1 min"), 60'000, tr("Advance the gateway clock by one minute. %1").arg(moves));
    addStep(tr("+1 h"), 3'600'000, tr("Advance the gateway clock by one hour. %1").arg(moves));
    addStep(tr("+1 day"), 86'400'000, tr("Advance the gateway clock by one day. %1").arg(moves));
    m_toReset->setText(tr("To quota reset"));
    m_toReset->setToolTip(tr("Advance the gateway clock to the end of the earliest quota period. %1").arg(moves));
    connect(m_toReset, &QToolButton::clicked, this, &LimitsPanel::advanceToQuotaReset);
    bar->addWidget(m_toReset);
    auto *reset = new QToolButton(this);
    reset->setText(tr("Refill all"));
    reset->setToolTip(tr("Forget every count: buckets start full and quotas unused with the next request."));
    connect(reset, &QToolButton::clicked, this, [this] {
        m_gateway->resetLimits();
        refresh();
    });
    bar->addWidget(reset);
    layout->addLayout(bar);

    m_empty->setWordWrap(true);
    m_empty->setText(tr("No limit has been checked yet. Buckets and quotas appear with the first request that uses "
                        "them: usage plans and their API keys, stage and method throttling, and the account limit "
                        "every request passes."));
    layout->addWidget(m_empty);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(LimitsModel::LevelColumn, new GaugeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAccessibleName(tr("Buckets and quotas"));
    m_table->horizontalHeader()->setSectionResizeMode(LimitsModel::LimitColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LimitsModel::LevelColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(LimitsModel::LevelColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &LimitsPanel::refresh);
    connect(m_gateway, &GatewayController::stateChanged, this, [this] {
        updateTimer();
        refresh();
    });
    connect(m_gateway, &GatewayController::clockAdvanced, this, &LimitsPanel::refresh);
    refresh();
}

void LimitsPanel::refresh()
{
    const qint64 epochMs = m_gateway->clock().epochMs();
    m_model->setSnapshot(m_gateway->limits(), epochMs);
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_toReset->setEnabled(std::any_of(m_model->rows().cbegin(), m_model->rows().cend(),
                                      [](const TrafficState::Snapshot &s) { return s.isQuota; }));
    updateClockLabel();
}

bool LimitsPanel::advanceToQuotaReset()
{
    const qint64 now = m_gateway->clock().epochMs();
    qint64 earliest = 0;
    for (const TrafficState::Snapshot &s : m_model->rows()) {
        if (s.isQuota && s.periodEndMs > now && (earliest == 0 || s.periodEndMs < earliest))
            earliest = s.periodEndMs;
    }
    if (earliest == 0)
        return false;
    m_gateway->advanceTime(earliest - now);
    return true;
}

void LimitsPanel::updateClockLabel()
{
    const qint64 offset = m_gateway->timeOffsetMs();
    const QString now = QDateTime::fromMSecsSinceEpoch(m_gateway->clock().epochMs(), Qt::UTC)
                            .toString(u"yyyy-MM-dd HH:mm:ss 'UTC'");
    m_clock->setText(offset > 0 ? tr("Gateway clock %1 · <b>%2 ahead of real time</b>").arg(now, LimitsModel::spanText(offset))
                                : tr("Gateway clock %1 (real time)").arg(now));
}

void LimitsPanel::updateTimer()
{
    if (isVisible() && m_gateway->isRunning())
        m_timer->start();
    else
        m_timer->stop();
}

void LimitsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    updateTimer();
}

void LimitsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

} // namespace gw::ui
