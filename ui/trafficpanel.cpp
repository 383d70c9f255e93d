// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficpanel.h"

#include "trafficmodel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gw::ui {

TrafficPanel::TrafficPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrafficModel(this))
    , m_view(new QTableView(this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/clear.svg")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setToolTip(tr("Remove every request from the table"));
    m_clear->setAccessibleName(tr("Clear traffic"));
    m_clear->setAutoRaise(true);
    bar->addWidget(m_clear);
    bar->addStretch(1);
    m_count->setAccessibleName(tr("Request count"));
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Traffic"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setCornerButtonEnabled(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // Uniform row heights: a fixed vertical header never measures rows.
    QHeaderView *vertical = m_view->verticalHeader();
    vertical->setVisible(false);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics fm(font());
    auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_view->setColumnWidth(TrafficModel::TimeColumn, width(QStringLiteral("00:00:00.000")));
    m_view->setColumnWidth(TrafficModel::ApiColumn, width(QStringLiteral("petstore-api")));
    m_view->setColumnWidth(TrafficModel::StageColumn, width(QStringLiteral("$default")));
    m_view->setColumnWidth(TrafficModel::MethodColumn, width(QStringLiteral("OPTIONS")));
    m_view->setColumnWidth(TrafficModel::PathColumn, width(QStringLiteral("/restapis/petstore/prod/_user_request_/pets")));
    m_view->setColumnWidth(TrafficModel::StatusColumn, width(QStringLiteral("Status")));
    m_view->setColumnWidth(TrafficModel::LatencyColumn, width(QStringLiteral("999.99 ms")));
    m_view->setColumnWidth(TrafficModel::CorsColumn, width(QStringLiteral("blocked")));
    m_view->setColumnWidth(TrafficModel::StoppedAtColumn, width(QStringLiteral("authorizer.unauthorized")));

    connect(m_clear, &QToolButton::clicked, this, &TrafficPanel::clear);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrafficPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrafficPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrafficPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRecordChanged(m_model->record(current.row())); });
    updateCount();
}

bool TrafficPanel::atBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void TrafficPanel::append(const std::vector<ExchangeRecordPtr> &batch)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool follow = atBottom();
    const int before = bar->value();
    const quint64 trimmedBefore = m_model->trimmedCount();
    m_model->append(batch);
    if (follow) {
        m_view->scrollToBottom();
    } else if (const quint64 trimmed = m_model->trimmedCount() - trimmedBefore; trimmed > 0) {
        // The oldest rows went away: keep the rows the user is looking at in place (ScrollPerItem: value = row).
        bar->setValue(std::max<qint64>(0, qint64(before) - qint64(trimmed)));
    }
}

void TrafficPanel::clear()
{
    m_model->clear();
    Q_EMIT currentRecordChanged(nullptr);
}

void TrafficPanel::setDroppedCount(quint64 dropped)
{
    if (dropped == m_dropped)
        return;
    m_dropped = dropped;
    updateCount();
}

void TrafficPanel::updateCount()
{
    QString text = tr("%Ln request(s)", nullptr, m_model->rowCount());
    if (m_model->trimmedCount() > 0)
        text += tr(" · %L1 older removed (limit %L2)").arg(m_model->trimmedCount()).arg(m_model->capacity());
    if (m_dropped > 0)
        text += tr(" · %L1 dropped while the window was busy").arg(m_dropped);
    m_count->setText(text);
}

void TrafficPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace gw::ui
