// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace gw::ui {

class TrafficModel;

/// The traffic table with its Clear button and row count. Follows the newest row only while the view is
/// scrolled to the bottom; when the oldest rows are trimmed, a view scrolled elsewhere keeps showing the same
/// requests.
class TrafficPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficPanel(QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Records the GUI could not keep up with (dropped before reaching the table).
    void setDroppedCount(quint64 dropped);

public Q_SLOTS:
    void append(const std::vector<gw::ExchangeRecordPtr> &batch);
    void clear();

Q_SIGNALS:
    /// The current row changed; null when none.
    void currentRecordChanged(const gw::ExchangeRecordPtr &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    bool atBottom() const;

    TrafficModel *m_model;
    QTableView *m_view;
    QToolButton *m_clear;
    QLabel *m_count;
    quint64 m_dropped = 0;
};

} // namespace gw::ui
