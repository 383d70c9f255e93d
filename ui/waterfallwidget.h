// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QWidget>

#include <vector>

namespace gw::ui {

/// The per-step timing of one exchange, DevTools style: one row per pipeline step with its name, a bar placed by
/// its start and duration relative to the whole exchange, and its duration. The step that answered early is
/// highlighted and followed by its detail code and note. Painted by hand; the rows' tooltips give every step's
/// detail.
class WaterfallWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit WaterfallWidget(QWidget *parent = nullptr);

    /// Shows the steps of `record`; null clears the widget.
    void setRecord(const ExchangeRecordPtr &record);
    const std::vector<StepSpan> &spans() const { return m_spans; }
    qint64 totalUs() const { return m_totalUs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        int rowHeight = 0;
        int nameWidth = 0;
        int labelWidth = 0;
        int barLeft = 0;
        int barWidth = 0;
    };
    Layout layout() const;
    int rowAt(int y) const;        ///< index into m_spans, or -1 (includes the note line of the responding step)
    int respondedIndex() const;    ///< the step that answered early, or -1
    int rowTop(int index) const;   ///< y of a step's row, after the header

    std::vector<StepSpan> m_spans;
    qint64 m_totalUs = 0;
    int m_status = 0;
    bool m_empty = true;
};

} // namespace gw::ui
