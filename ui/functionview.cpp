// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionview.h"

#include "bodyview.h"
#include "formatting.h"
#include "lambdalogview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QIcon statusIconFor(bool pass)
{
    return QIcon(pass ? QStringLiteral(":/gatehouse/icons/pass.svg") : QStringLiteral(":/gatehouse/icons/fail.svg"));
}

constexpr int maxVisibleInvocations = 4;

} // namespace

FunctionView::FunctionView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_icon(new QLabel(this))
    , m_header(new QLabel(this))
    , m_error(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_logCaption(new QLabel(this))
    , m_event(new BodyView(this))
    , m_output(new BodyView(this))
    , m_log(new LambdaLogView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Function"), tr("Purpose"), tr("Status"), tr("Duration")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Invocations"));
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->header()->setStretchLastSection(true);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showInvocation(m_list->indexOfTopLevelItem(item));
    });

    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    const int iconSize = fontMetrics().height();
    m_icon->setFixedSize(iconSize, iconSize);
    m_icon->setAlignment(Qt::AlignTop);
    headerRow->addWidget(m_icon, 0, Qt::AlignTop);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setAccessibleName(tr("Invocation"));
    headerRow->addWidget(m_header, 1);
    layout->addLayout(headerRow);

    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setMargin(6);
    m_error->setAutoFillBackground(true);
    m_error->setAccessibleName(tr("Function error"));
    applyErrorColours();
    layout->addWidget(m_error);

    m_event->setAccessibleName(tr("Event"));
    m_event->setEmptyCaption(tr("No event"));
    m_output->setAccessibleName(tr("Output"));
    m_output->setEmptyCaption(tr("Nothing returned"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_event, tr("Event"));
    m_views->addTab(m_output, tr("Output"));
    m_views->setAccessibleName(tr("Event and output"));

    // The log below the event and output, as the Lambda console's test result shows them: usually short, and read
    // together with what the function returned.
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(2);
    m_logCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    logLayout->addWidget(m_logCaption);
    logLayout->addWidget(m_log, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_views);
    split->addWidget(logPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    setTraces({});
}

bool FunctionView::succeeded(const LambdaTrace &trace)
{
    return trace.status == QLatin1String("success");
}

void FunctionView::setTraces(const Traces &traces)
{
    if (!traces.empty() && traces == m_traces)
        return;
    m_traces = traces;
    m_current = -1;
    m_shown = nullptr;

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(traces.size()));
    for (const auto &trace : traces) {
        const LambdaTrace &t = *trace;
        const bool ok = succeeded(t);
        auto *item = new QTreeWidgetItem({t.function, t.purpose, t.status, Formatting::duration(t.durationUs)});
        item->setIcon(0, statusIconFor(ok));
        item->setForeground(2, Formatting::passColor(ok, palette()));
        item->setToolTip(0, t.requestId);
        items.append(item);
    }
    // The first failure, else the last invocation (usually the integration).
    int select = int(traces.size()) - 1;
    for (size_t i = 0; i < traces.size(); ++i) {
        if (!succeeded(*traces[i])) {
            select = int(i);
            break;
        }
    }
    m_list->addTopLevelItems(items);
    m_list->setVisible(traces.size() > 1);
    if (traces.size() > 1) {
        for (int c = 0; c < m_list->columnCount() - 1; ++c)
            m_list->resizeColumnToContents(c);
        const int rows = std::min<int>(int(traces.size()), maxVisibleInvocations);
        m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * m_list->sizeHintForRow(0)
                               + 2 * m_list->frameWidth());
    }

    if (traces.empty()) {
        m_icon->clear();
        m_header->setText(esc(tr("This request invoked no Lambda function.")));
        m_error->hide();
        m_event->clear();
        m_output->clear();
        m_log->setLog({});
        m_logCaption->setText(tr("Log"));
        return;
    }
    m_list->setCurrentItem(m_list->topLevelItem(select));
    showInvocation(select);
}

void FunctionView::setCurrentInvocation(int index)
{
    if (index < 0 || index >= int(m_traces.size()))
        return;
    m_list->setCurrentItem(m_list->topLevelItem(index));
    showInvocation(index); // when the list had it selected already
}

void FunctionView::showInvocation(int index)
{
    if (index < 0 || index >= int(m_traces.size()))
        return;
    m_current = index;
    const LambdaTrace &t = *m_traces[size_t(index)];
    if (&t == m_shown)
        return;
    m_shown = &t;

    const bool ok = succeeded(t);
    const int iconSize = m_icon->width();
    m_icon->setPixmap(statusIconFor(ok).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_icon->setToolTip(ok ? tr("The function returned") : tr("The invocation failed"));
    m_header->setText(headerHtml(t, palette()));
    // The log's START line shows it too.
    m_header->setToolTip(t.requestId.isEmpty() ? QString() : tr("Lambda request id %1").arg(t.requestId));

    if (ok && t.errorType.isEmpty() && t.errorMessage.isEmpty()) {
        m_error->hide();
        m_error->clear();
    } else {
        const QString what = t.errorType.isEmpty() ? esc(t.status) : QStringLiteral("<b>%1</b>").arg(esc(t.errorType));
        const QString message = t.errorMessage.isEmpty() ? QString() : QStringLiteral(": %1").arg(esc(t.errorMessage));
        m_error->setText(QStringLiteral("<b>%1</b> &nbsp;%2%3")
                             .arg(esc(tr("✗ %1").arg(t.status.isEmpty() ? tr("error") : t.status)), what, message));
        m_error->show();
    }

    m_event->setBody(t.event, t.event.size(), "application/json");
    m_output->setBody(t.output, t.output.size(), {});
    m_log->setLog(t.log);
    m_logCaption->setText(t.log.isEmpty() ? tr("Log · empty") : tr("Log"));
}

QString FunctionView::headerHtml(const LambdaTrace &t, const QPalette &palette)
{
    const bool ok = succeeded(t);
    QString html = QStringLiteral("<b>%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; <b><span style=\"color:%3\">%4</span></b>")
                       .arg(esc(t.function), esc(t.purpose), Formatting::passColor(ok, palette).name(),
                            esc(t.status));
    QStringList timing;
    if (t.coldStart) {
        const QColor amber = Formatting::statusColor(400, palette);
        timing << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(amber.name(), esc(tr("Cold start")));
        timing << esc(tr("init %1").arg(Formatting::duration(t.initUs)));
    } else {
        timing << esc(tr("Warm"));
    }
    if (t.queuedUs >= 500) {
        // Local scheduling, not AWS's: said where the time shows.
        const QColor amber = Formatting::statusColor(400, palette);
        timing << QStringLiteral("<span style=\"color:%1\">%2</span>")
                      .arg(amber.name(), esc(tr("waited %1 for a busy instance (AWS would start another; "
                                                "Gateway ▸ Start a Lambda Instance per Concurrent Request does too)")
                                                 .arg(Formatting::duration(t.queuedUs))));
    }
    timing << esc(tr("duration %1").arg(Formatting::duration(t.durationUs)));
    timing << esc(tr("billed %1 ms").arg(QLocale().toString(t.billedMs)));
    html += QStringLiteral("<br>") + timing.join(QStringLiteral(" &nbsp;·&nbsp; "));
    QStringList memory;
    memory << esc(tr("memory %1 MB").arg(t.memorySizeMb));
    memory << esc(tr("max used %1 MB").arg(t.maxMemoryUsedMb));
    html += QStringLiteral("<br>") + memory.join(QStringLiteral(" &nbsp;·&nbsp; "));
    return html;
}

void FunctionView::applyErrorColours()
{
    QPalette pal = m_error->palette();
    const QColor red = Formatting::statusColor(500, palette());
    pal.setColor(QPalette::Window, Formatting::blend(palette().color(QPalette::Base), red, 0.14));
    pal.setColor(QPalette::WindowText, red);
    m_error->setPalette(pal);
}

void FunctionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyErrorColours();
        if (m_shown)
            m_header->setText(headerHtml(*m_shown, palette()));
    }
    QWidget::changeEvent(event);
}

QString FunctionView::headerText() const
{
    return QTextDocumentFragment::fromHtml(m_header->text()).toPlainText();
}

QString FunctionView::errorText() const
{
    return m_error->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_error->text()).toPlainText();
}

QString FunctionView::eventText() const
{
    return m_event->text();
}

QString FunctionView::outputText() const
{
    return m_output->text();
}

QString FunctionView::logText() const
{
    return m_log->text();
}

} // namespace gw::ui
