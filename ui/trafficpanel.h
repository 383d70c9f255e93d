// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QWidget>

#include <deque>
#include <vector>

class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStringListModel;
class QTableView;
class QToolButton;

namespace gw::ui {

class TrafficFilterModel;
class TrafficModel;

/// The traffic table with its Pause and Clear buttons and row count. Follows the newest row only while the view is
/// scrolled to the bottom; when the oldest rows are trimmed, a view scrolled elsewhere keeps showing the same
/// requests. Rows can be selected several at a time, pinned (kept through Clear and the store limit) and sorted by
/// a header click (again: descending, a third time: arrival order); the header's context menu chooses the
/// columns, and the columns' order, widths and visibility are remembered. While paused, new records wait (up to
/// the store limit) and arrive together on Resume.
class TrafficPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficPanel(QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    /// What view() shows: the rows of model() that match the filter bar's filter.
    TrafficFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /// The record of an index of view() (a filterModel() index); null when invalid.
    gw::ExchangeRecordPtr recordAt(const QModelIndex &viewIndex) const;
    /// The filter bar (docs/filters.md): completion as you type, tinted valid or invalid, the error as tooltip.
    QLineEdit *filterEdit() const { return m_filterEdit; }
    /// Whether the filter bar's text parses (blank text does).
    bool filterValid() const { return m_filterValid; }
    /// Records the GUI could not keep up with (dropped before reaching the table).
    void setDroppedCount(quint64 dropped);
    /// The row's context menu (the caller owns it): Copy as curl, Copy Exchange, Replay, Edit and Resend, Pin or
    /// Unpin; with several rows selected, the copies, pins and replays apply to each selected row.
    QMenu *createContextMenu(const gw::ExchangeRecordPtr &record);
    /// The header's context menu (the caller owns it): a check per column, and Arrival Order.
    QMenu *createHeaderMenu();
    /// The selected rows' records, in view order.
    std::vector<gw::ExchangeRecordPtr> selectedRecords() const;

    QToolButton *pauseButton() const { return m_pause; }
    bool isPaused() const { return m_paused; }
    /// Records waiting for Resume.
    int pendingCount() const { return int(m_pending.size()); }
    /// Pins (true) or unpins the rows of the selected records; the count changed.
    int pinSelected(bool pin);

public Q_SLOTS:
    void append(const std::vector<gw::ExchangeRecordPtr> &batch);
    /// Removes every row but the pinned ones (and the records waiting while paused).
    void clear();
    void setPaused(bool paused);

Q_SIGNALS:
    /// The current row changed; null when none.
    void currentRecordChanged(const gw::ExchangeRecordPtr &record);
    /// The context menu's Replay: send the request of `record` to the running gateway again.
    void replayRequested(const gw::ExchangeRecordPtr &record);
    /// The context menu's Edit and Resend.
    void resendRequested(const gw::ExchangeRecordPtr &record);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateCount();
    bool atBottom() const;
    void filterTextChanged();
    void applyFilterTint();
    void updateCompletion();
    void insertCompletion(const QString &candidate);
    void saveHeader() const;
    void restoreHeader();
    /// The model row of `record`, or -1 (it was trimmed).
    int modelRow(const gw::ExchangeRecord *record) const;

    TrafficModel *m_model;
    QTableView *m_view;
    QToolButton *m_pause;
    QToolButton *m_clear;
    QLabel *m_count;
    quint64 m_dropped = 0;
    bool m_paused = false;
    std::deque<gw::ExchangeRecordPtr> m_pending; ///< records that arrived while paused, oldest first
    // The filter bar
    TrafficFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QProgressBar *m_filterProgress;
    QStringListModel *m_completions;
    QCompleter *m_completer;
    int m_completionFrom = 0;   ///< where the word the completer replaces starts
    bool m_filterValid = true;
    quint64 m_viewRowsRemoved = 0; ///< rows filterModel() removed (trims), for keeping the scroll position
};

} // namespace gw::ui
