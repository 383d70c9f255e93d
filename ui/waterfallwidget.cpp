// SPDX-License-Identifier: GPL-3.0-or-later
#include "waterfallwidget.h"

#include "formatting.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace gw::ui {

namespace {

constexpr int margin = 8;
constexpr int gap = 8;

} // namespace

WaterfallWidget::WaterfallWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Step timings"));
}

void WaterfallWidget::setRecord(const ExchangeRecordPtr &record)
{
    m_empty = !record;
    m_spans = record ? record->steps : std::vector<StepSpan>();
    m_totalUs = record ? record->totalUs : 0;
    m_status = record ? record->status : 0;
    updateGeometry();
    update();
}

WaterfallWidget::Layout WaterfallWidget::layout() const
{
    const QFontMetrics fm(font());
    Layout l;
    l.rowHeight = fm.height() + 8;
    l.nameWidth = fm.horizontalAdvance(tr("total"));
    for (const StepSpan &s : m_spans)
        l.nameWidth = std::max(l.nameWidth, fm.horizontalAdvance(QString(s.name)));
    l.labelWidth = fm.horizontalAdvance(QStringLiteral("999.99 ms"));
    l.barLeft = margin + l.nameWidth + gap;
    l.barWidth = std::max(20, width() - l.barLeft - gap - l.labelWidth - margin);
    return l;
}

int WaterfallWidget::respondedIndex() const
{
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].responded)
            return int(i);
    }
    return -1;
}

int WaterfallWidget::rowTop(int index) const
{
    const Layout l = layout();
    const int responded = respondedIndex();
    int y = margin + l.rowHeight * index; // no header row
    if (responded >= 0 && index > responded)
        y += l.rowHeight; // the note line below the responding step
    return y;
}

int WaterfallWidget::rowAt(int y) const
{
    const Layout l = layout();
    const int responded = respondedIndex();
    for (int i = 0; i < int(m_spans.size()); ++i) {
        const int top = rowTop(i);
        const int bottom = top + l.rowHeight * (i == responded ? 2 : 1);
        if (y >= top && y < bottom)
            return i;
    }
    return -1;
}

QSize WaterfallWidget::sizeHint() const
{
    const Layout l = layout();
    const int rows = std::max<int>(1, int(m_spans.size()) + 1 + (respondedIndex() >= 0 ? 1 : 0));
    return {l.barLeft + 160 + gap + l.labelWidth + margin, 2 * margin + rows * l.rowHeight};
}

QSize WaterfallWidget::minimumSizeHint() const
{
    const Layout l = layout();
    return {l.barLeft + 40 + gap + l.labelWidth + margin, 2 * margin + l.rowHeight};
}

void WaterfallWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const Layout l = layout();
    const QFontMetrics fm(font());
    const int textBaseline = (l.rowHeight - fm.height()) / 2 + fm.ascent();

    if (m_empty) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Select a request in Traffic to see how long each step took."));
        return;
    }
    if (m_spans.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("No pipeline step ran for this request (it was refused by the HTTP server)."));
        return;
    }

    const qint64 total = std::max<qint64>(1, m_totalUs);
    const int responded = respondedIndex();
    const QColor barColor = pal.color(QPalette::Highlight);
    QColor stopColor = Formatting::statusColor(m_status, pal);
    if (!stopColor.isValid())
        stopColor = barColor;
    QColor trackColor = pal.color(QPalette::Text);
    trackColor.setAlphaF(0.08f);

    auto drawRow = [&](int top, const QString &name, qint64 startUs, qint64 durationUs, const QColor &color,
                       bool bold) {
        QFont f = font();
        f.setBold(bold);
        p.setFont(f);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(margin, top + textBaseline, name);
        const QRect track(l.barLeft, top + 3, l.barWidth, l.rowHeight - 6);
        p.fillRect(track, trackColor);
        const int x = l.barLeft + int(double(std::clamp<qint64>(startUs, 0, total)) / double(total) * l.barWidth);
        const int w = std::max(2, int(double(std::max<qint64>(0, durationUs)) / double(total) * l.barWidth));
        p.fillRect(QRect(std::min(x, l.barLeft + l.barWidth - 2), track.top(), std::min(w, l.barLeft + l.barWidth - x),
                         track.height()),
                   color);
        p.drawText(QRect(l.barLeft + l.barWidth + gap, top, l.labelWidth, l.rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, Formatting::duration(durationUs));
    };

    for (int i = 0; i < int(m_spans.size()); ++i) {
        const StepSpan &s = m_spans[size_t(i)];
        const int top = rowTop(i);
        if (i == responded) {
            QColor band = stopColor;
            band.setAlphaF(0.14f);
            p.fillRect(QRect(0, top, width(), 2 * l.rowHeight), band);
            p.fillRect(QRect(0, top, 3, 2 * l.rowHeight), stopColor);
        }
        drawRow(top, QString(s.name), s.startUs, s.durationUs, i == responded ? stopColor : barColor, i == responded);
        if (i == responded) {
            QString note = tr("answered here: %1").arg(s.detail.isEmpty() ? tr("(no detail code)") : s.detail);
            if (!s.note.isEmpty())
                note += QStringLiteral(" — ") + s.note;
            p.setFont(font());
            p.setPen(pal.color(QPalette::Text));
            const int available = width() - l.barLeft - margin;
            p.drawText(l.barLeft, top + l.rowHeight + textBaseline, fm.elidedText(note, Qt::ElideRight, available));
        }
    }
    const int totalTop = rowTop(int(m_spans.size()));
    QColor line = pal.color(QPalette::Text);
    line.setAlphaF(0.25f);
    p.setPen(line);
    p.drawLine(margin, totalTop + 1, width() - margin, totalTop + 1);
    QColor totalColor = pal.color(QPalette::Text);
    totalColor.setAlphaF(0.45f);
    drawRow(totalTop + 2, tr("total"), 0, m_totalUs, totalColor, false);
}

bool WaterfallWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = rowAt(help->pos().y());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const StepSpan &s = m_spans[size_t(i)];
        QString text = tr("<b>%1</b>: starts at %2, takes %3").arg(QString(s.name).toHtmlEscaped(),
                                                                   Formatting::duration(s.startUs),
                                                                   Formatting::duration(s.durationUs));
        if (!s.detail.isEmpty())
            text += QStringLiteral("<br><code>%1</code>").arg(s.detail.toHtmlEscaped());
        if (!s.note.isEmpty())
            text += QStringLiteral("<br>") + s.note.toHtmlEscaped();
        if (s.responded)
            text += QStringLiteral("<br>") + tr("This step answered the request; later steps did not run.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace gw::ui
