// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficpanel.h"

#include "exchangeactions.h"
#include "formatting.h"
#include "trafficfiltermodel.h"
#include "trafficmodel.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace gw::ui {

TrafficPanel::TrafficPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrafficModel(this))
    , m_view(new QTableView(this))
    , m_pause(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_filter(new TrafficFilterModel(m_model, this))
    , m_filterEdit(new QLineEdit(this))
    , m_filterProgress(new QProgressBar(this))
    , m_completions(new QStringListModel(this))
    , m_completer(new QCompleter(m_completions, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_pause->setText(tr("Pause"));
    m_pause->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/pause.svg")));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding requests to the table; they wait and arrive together when you resume"));
    m_pause->setAccessibleName(tr("Pause traffic"));
    m_pause->setAutoRaise(true);
    connect(m_pause, &QToolButton::toggled, this, &TrafficPanel::setPaused);
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/clear.svg")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setToolTip(tr("Remove every request from the table but the pinned ones"));
    m_clear->setAccessibleName(tr("Clear traffic"));
    m_clear->setAutoRaise(true);
    m_filterEdit->setPlaceholderText(tr("Filter: status>=500 and path~\"/pets\", latency>100ms, not cors=allowed (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Traffic filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterProgress->setAccessibleName(tr("Filter progress"));
    m_filterProgress->setFormat(tr("Filtering %p%"));
    m_filterProgress->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Filtering 100%")) + 40);
    m_filterProgress->setVisible(false);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_filterProgress);
    bar->addWidget(m_pause);
    bar->addWidget(m_clear);
    m_count->setAccessibleName(tr("Request count"));
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Traffic"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    header->setSectionsMovable(true);
    // A click sorts ascending, a second descending, a third goes back to arrival order.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = createHeaderMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
    const QFontMetrics fm(font());
    auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_view->setColumnWidth(TrafficModel::TimeColumn, width(QStringLiteral("00:00:00.000")));
    m_view->setColumnWidth(TrafficModel::ApiColumn, width(QStringLiteral("petstore-api")));
    m_view->setColumnWidth(TrafficModel::StageColumn, width(tr("prod (canary)"))); // a canary request's stage
    m_view->setColumnWidth(TrafficModel::MethodColumn, width(QStringLiteral("OPTIONS")));
    m_view->setColumnWidth(TrafficModel::PathColumn, width(QStringLiteral("/restapis/petstore/prod/_user_request_/pets")));
    m_view->setColumnWidth(TrafficModel::StatusColumn, width(QStringLiteral("Status")));
    m_view->setColumnWidth(TrafficModel::LatencyColumn, width(QStringLiteral("999.99 ms")));
    m_view->setColumnWidth(TrafficModel::IntegrationLatencyColumn, width(QStringLiteral("Integration")));
    m_view->setColumnWidth(TrafficModel::SizeColumn, width(QStringLiteral("999.9 KB")));
    m_view->setColumnWidth(TrafficModel::CorsColumn, width(QStringLiteral("blocked")));
    m_view->setColumnWidth(TrafficModel::StoppedAtColumn, width(QStringLiteral("authorizer.unauthorized")));

    restoreHeader();
    // Remembered as the user changes it (QSettings writes to disk in the background, not per call).
    connect(header, &QHeaderView::sectionResized, this, &TrafficPanel::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &TrafficPanel::saveHeader);
    connect(m_clear, &QToolButton::clicked, this, &TrafficPanel::clear);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const ExchangeRecordPtr record = recordAt(m_view->indexAt(pos));
        if (!record)
            return;
        QMenu *menu = createContextMenu(record);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrafficPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrafficPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrafficPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRecordChanged(recordAt(current)); });

    // The filter bar
    connect(m_filterEdit, &QLineEdit::textChanged, this, &TrafficPanel::filterTextChanged);
    connect(m_filterEdit, &QLineEdit::textEdited, this, &TrafficPanel::updateCompletion);
    m_completer->setWidget(m_filterEdit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TrafficPanel::insertCompletion);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { m_viewRowsRemoved += quint64(last - first + 1); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TrafficPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TrafficPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TrafficPanel::updateCount);
    connect(m_filter, &TrafficFilterModel::runningChanged, this, [this](bool running) {
        m_filterProgress->setVisible(running);
        updateCount();
    });
    connect(m_filter, &TrafficFilterModel::progressChanged, this, [this](int done, int total) {
        m_filterProgress->setRange(0, std::max(1, total));
        m_filterProgress->setValue(done);
    });
    filterTextChanged(); // tooltip, tint and count for the empty filter
}

ExchangeRecordPtr TrafficPanel::recordAt(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid() || viewIndex.model() != m_filter)
        return {};
    return m_model->record(m_filter->mapToSource(viewIndex).row());
}

void TrafficPanel::filterTextChanged()
{
    const observe::TrafficFilter filter = observe::TrafficFilter::parse(m_filterEdit->text());
    m_filterValid = filter.isValid();
    if (m_filterValid) {
        m_filterEdit->setAccessibleDescription(filter.isEmpty() ? QString() : tr("The filter is valid"));
        m_filter->setFilter(filter);
    } else {
        // The table keeps the last valid filter until the text parses again.
        m_filterEdit->setAccessibleDescription(tr("Filter error: %1").arg(filter.error().message));
    }
    m_filterEdit->setToolTip(m_filterValid ? tr("Filter the traffic: fields such as status, method, path, api, stage, "
                                                "step, cors, latency, size and header.NAME, compared with = != > >= < "
                                                "<= ~, joined with and, or, not and parentheses; a bare word searches "
                                                "path, method, API and status.")
                                           : tr("Filter error: %1").arg(filter.error().message));
    applyFilterTint();
    updateCount();
}

void TrafficPanel::applyFilterTint()
{
    // Tinted from the panel's own palette, so light, dark and high-contrast themes keep their contrast.
    QPalette p = palette();
    const QString text = m_filterEdit->text().trimmed();
    if (!text.isEmpty()) {
        const QColor base = p.color(QPalette::Base);
        const QColor tint = Formatting::statusColor(m_filterValid ? 200 : 500, p);
        p.setColor(QPalette::Base, Formatting::blend(base, tint, m_filterValid ? 0.15 : 0.3));
    }
    m_filterEdit->setPalette(p);
}

void TrafficPanel::updateCompletion()
{
    // What the traffic itself offers after api= and stage= and header.: the newest few hundred rows.
    observe::FilterVocabulary vocabulary;
    std::set<QString> apis, stages, headers;
    const int rows = m_model->rowCount();
    for (int row = rows - 1; row >= std::max(0, rows - 500); --row) {
        const ExchangeRecordPtr r = m_model->record(row);
        if (!r->apiId.isEmpty())
            apis.insert(r->apiId);
        if (!r->stage.isEmpty())
            stages.insert(r->stage);
        for (const auto &field : r->requestHeaders.fields())
            headers.insert(QString::fromLatin1(field.name).toLower());
    }
    vocabulary.apis = QStringList(apis.begin(), apis.end());
    vocabulary.stages = QStringList(stages.begin(), stages.end());
    vocabulary.headers = QStringList(headers.begin(), headers.end());

    const observe::FilterCompletion c
        = observe::completeFilter(m_filterEdit->text(), m_filterEdit->cursorPosition(), vocabulary);
    m_completionFrom = c.from;
    m_completions->setStringList(c.candidates);
    m_completer->setCompletionPrefix(c.prefix);
    if (c.candidates.isEmpty() || m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TrafficPanel::insertCompletion(const QString &candidate)
{
    QString text = m_filterEdit->text();
    const int cursor = m_filterEdit->cursorPosition();
    const int from = std::clamp(m_completionFrom, 0, cursor);
    // Field names, operators and header. wait for more; a whole value or keyword is followed by a space.
    const QChar last = candidate.isEmpty() ? QChar() : candidate.back();
    const bool more = last == u'=' || last == u'~' || last == u'<' || last == u'>' || last == u'.'
        || observe::TrafficFilter::fieldNames().contains(candidate, Qt::CaseInsensitive);
    const QString inserted = more ? candidate : candidate + u' ';
    text.replace(from, cursor - from, inserted);
    m_filterEdit->setText(text);
    m_filterEdit->setCursorPosition(from + int(inserted.size()));
}

QMenu *TrafficPanel::createContextMenu(const ExchangeRecordPtr &record)
{
    auto *menu = new QMenu(this);
    // The clicked row, or every selected row when it is one of them.
    std::vector<ExchangeRecordPtr> records = selectedRecords();
    if (std::find(records.begin(), records.end(), record) == records.end())
        records = {record};
    const bool several = records.size() > 1;
    auto joined = [records](QString (*text)(const ExchangeRecord &)) {
        QStringList parts;
        for (const ExchangeRecordPtr &r : records)
            parts.append(text(*r));
        return parts.join(QStringLiteral("\n\n"));
    };
    if (several) {
        menu->addAction(tr("Copy %n Requests as &curl", nullptr, int(records.size())), this, [joined] {
            QGuiApplication::clipboard()->setText(joined(&ExchangeActions::curlText));
        });
        menu->addAction(tr("Copy %n &Exchanges", nullptr, int(records.size())), this, [joined] {
            QGuiApplication::clipboard()->setText(joined(&ExchangeActions::exchangeText));
        });
    } else {
        menu->addAction(tr("Copy as &curl"), this, [record] { ExchangeActions::copyAsCurl(*record); });
        menu->addAction(tr("Copy &Exchange"), this, [record] { ExchangeActions::copyExchange(*record); });
    }
    menu->addSeparator();
    if (several) {
        menu->addAction(tr("&Replay %n Requests", nullptr, int(records.size())), this, [this, records] {
            for (const ExchangeRecordPtr &r : records)
                Q_EMIT replayRequested(r);
        });
    } else {
        menu->addAction(tr("&Replay"), this, [this, record] { Q_EMIT replayRequested(record); });
        menu->addAction(tr("Edit and Re&send…"), this, [this, record] { Q_EMIT resendRequested(record); });
    }
    menu->addSeparator();
    int pinned = 0;
    for (const ExchangeRecordPtr &r : records)
        pinned += m_model->isPinned(modelRow(r.get())) ? 1 : 0;
    auto pin = [this, records](bool on) {
        int changed = 0;
        for (const ExchangeRecordPtr &r : records) {
            const int row = modelRow(r.get());
            if (row >= 0 && m_model->isPinned(row) != on && m_model->setPinned(row, on))
                ++changed;
        }
        updateCount();
        return changed;
    };
    if (pinned < int(records.size())) {
        QAction *a = menu->addAction(QIcon(QStringLiteral(":/gatehouse/icons/pin.svg")),
                                     several ? tr("&Pin %n Requests", nullptr, int(records.size())) : tr("&Pin"), this,
                                     [pin] { pin(true); });
        a->setEnabled(m_model->pinnedCount() + int(records.size()) - pinned <= TrafficModel::maxPinned);
        a->setToolTip(tr("Keep through Clear and the store limit (at most %L1 pinned)").arg(TrafficModel::maxPinned));
    }
    if (pinned > 0)
        menu->addAction(several ? tr("&Unpin %n Requests", nullptr, pinned) : tr("&Unpin"), this, [pin] { pin(false); });
    if (m_model->pinnedCount() > 0)
        menu->addAction(tr("Unpin &All"), this, [this] {
            m_model->unpinAll();
            updateCount();
        });
    return menu;
}

QMenu *TrafficPanel::createHeaderMenu()
{
    auto *menu = new QMenu(this);
    QHeaderView *header = m_view->horizontalHeader();
    int visible = 0;
    for (int c = 0; c < TrafficModel::ColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < TrafficModel::ColumnCount; ++c) {
        QAction *a = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || visible > 1); // the last visible column stays
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveHeader();
        });
    }
    menu->addSeparator();
    QAction *arrival = menu->addAction(tr("&Arrival Order"), this, [header] { header->setSortIndicator(-1, Qt::AscendingOrder); });
    arrival->setEnabled(header->sortIndicatorSection() >= 0);
    arrival->setToolTip(tr("Undo the sort: oldest request first, as they arrived"));
    return menu;
}

std::vector<ExchangeRecordPtr> TrafficPanel::selectedRecords() const
{
    std::vector<ExchangeRecordPtr> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    out.reserve(size_t(rows.size()));
    for (const QModelIndex &index : std::as_const(rows)) {
        if (ExchangeRecordPtr r = recordAt(index))
            out.push_back(std::move(r));
    }
    return out;
}

int TrafficPanel::pinSelected(bool pin)
{
    int changed = 0;
    for (const ExchangeRecordPtr &r : selectedRecords()) {
        const int row = modelRow(r.get());
        if (row >= 0 && m_model->isPinned(row) != pin && m_model->setPinned(row, pin))
            ++changed;
    }
    updateCount();
    return changed;
}

int TrafficPanel::modelRow(const ExchangeRecord *record) const
{
    // Newest first: the rows people act on are usually recent. A pointer compare per row, no allocation.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->record(row).get() == record)
            return row;
    }
    return -1;
}

void TrafficPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused && !m_pending.empty()) {
        std::vector<ExchangeRecordPtr> batch(m_pending.begin(), m_pending.end());
        m_pending.clear();
        append(batch);
    }
    updateCount();
}

void TrafficPanel::saveHeader() const
{
    QSettings().setValue(QStringLiteral("traffic/header"), m_view->horizontalHeader()->saveState());
}

void TrafficPanel::restoreHeader()
{
    const QByteArray state = QSettings().value(QStringLiteral("traffic/header")).toByteArray();
    QHeaderView *header = m_view->horizontalHeader();
    // A state saved with another set of columns is ignored; the sort is never restored (it starts in arrival order).
    if (!state.isEmpty() && header->restoreState(state) && header->count() == TrafficModel::ColumnCount) {
        header->setSortIndicator(-1, Qt::AscendingOrder);
        for (int c = 0; c < TrafficModel::ColumnCount; ++c) {
            if (header->sectionSize(c) <= 0 && !header->isSectionHidden(c))
                header->resizeSection(c, header->defaultSectionSize());
        }
    }
}

void TrafficPanel::hideEvent(QHideEvent *event)
{
    saveHeader();
    QWidget::hideEvent(event);
}

bool TrafficPanel::atBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void TrafficPanel::append(const std::vector<ExchangeRecordPtr> &batch)
{
    if (m_paused) {
        // Waiting records are bounded like the table: past the limit the oldest go, counted as trimmed.
        m_pending.insert(m_pending.end(), batch.begin(), batch.end());
        const size_t cap = size_t(m_model->capacity());
        if (m_pending.size() > cap)
            m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(m_pending.size() - cap));
        updateCount();
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool follow = atBottom();
    const int before = bar->value();
    const quint64 removedBefore = m_viewRowsRemoved;
    m_model->append(batch);
    if (follow) {
        m_view->scrollToBottom();
    } else if (const quint64 trimmed = m_viewRowsRemoved - removedBefore; trimmed > 0) {
        // The oldest rows went away: keep the rows the user is looking at in place (ScrollPerItem: value = row).
        bar->setValue(std::max<qint64>(0, qint64(before) - qint64(trimmed)));
    }
}

void TrafficPanel::clear()
{
    m_pending.clear();
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
    if (!m_filter->filter().isEmpty())
        text = tr("%L1 of %Ln request(s) match the filter", nullptr, m_model->rowCount()).arg(m_filter->rowCount());
    if (m_filter->isRunning())
        text += tr(" · filtering…");
    if (m_model->trimmedCount() > 0)
        text += tr(" · %L1 older removed (limit %L2)").arg(m_model->trimmedCount()).arg(m_model->capacity());
    if (m_dropped > 0)
        text += tr(" · %L1 dropped while the window was busy").arg(m_dropped);
    if (m_model->pinnedCount() > 0)
        text += tr(" · %Ln pinned", nullptr, m_model->pinnedCount());
    if (m_paused)
        text += tr(" · paused, %Ln waiting", nullptr, int(m_pending.size()));
    m_count->setText(text);
}

void TrafficPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        applyFilterTint();
    }
    QWidget::changeEvent(event);
}

} // namespace gw::ui
