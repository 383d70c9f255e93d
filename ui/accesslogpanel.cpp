// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslogpanel.h"

#include "accesslogfeed.h"
#include "formatting.h"
#include "gatewaycontroller.h"
#include "projectdocument.h"
#include "stageeditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace gw::ui {

namespace {

/// How many stages without logging the hint names before "and N more".
constexpr int kOtherStagesShown = 6;

/// How much of a log file's end is read for its newest lines.
constexpr qint64 kTailBytes = 8 * 1024 * 1024;

QString stageText(const QString &apiId, const QString &stage)
{
    return apiId + QStringLiteral(" / ") + stage;
}

/// The newest `maxLines` lines of a log file (none when it does not exist). Runs on a pool thread.
QStringList readTail(const QString &path, int maxLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const bool partial = size > kTailBytes;
    if (partial)
        file.seek(size - kTailBytes);
    QByteArray data = file.readAll();
    if (partial) // the first line was cut by the seek
        data.remove(0, data.indexOf('\n') + 1);
    QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // after the final line break
    if (lines.size() > maxLines)
        lines.remove(0, lines.size() - maxLines);
    return lines;
}

} // namespace

AccessLogPanel::AccessLogPanel(ProjectDocument *document, GatewayController *gateway, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_gateway(gateway)
    , m_picker(new QComboBox(this))
    , m_settings(new QPushButton(tr("Stage &Settings…"), this))
    , m_format(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_copyPath(new QPushButton(tr("&Copy Path"), this))
    , m_openFolder(new QPushButton(tr("Open &Folder"), this))
    , m_error(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_prettyPrint(new QPushButton(tr("&Pretty-Print Line"), this))
    , m_clear(new QPushButton(tr("C&lear View"), this))
    , m_count(new QLabel(this))
    , m_view(new QPlainTextEdit(this))
    , m_detail(new QPlainTextEdit(this))
    , m_others(new QLabel(this))
    , m_appendTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("AccessLogPanel"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_picker->setAccessibleName(tr("Stage"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(16);
    m_settings->setToolTip(tr("Open the stage's settings: its access-log format is in the Access logging section"));
    m_format->setAccessibleName(tr("Format in use"));
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Log file"));
    m_path->setFont(mono);
    m_copyPath->setToolTip(tr("Copy the log file's path to the clipboard"));
    m_openFolder->setToolTip(tr("Show the folder with the log files in the file manager"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Log file problem"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();
    m_filter->setPlaceholderText(tr("Filter lines (plain text)"));
    m_filter->setAccessibleName(tr("Filter access log lines"));
    m_filter->setClearButtonEnabled(true);
    m_prettyPrint->setCheckable(true);
    m_prettyPrint->setToolTip(tr("Show the line at the cursor formatted, when it is JSON"));
    m_clear->setToolTip(tr("Empty the view; the log file keeps every line"));
    m_count->setAccessibleName(tr("Lines shown"));
    m_view->setReadOnly(true);
    m_view->setFont(mono);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(maxLines);
    m_view->setAccessibleName(tr("Access log lines"));
    m_detail->setReadOnly(true);
    m_detail->setFont(mono);
    m_detail->setAccessibleName(tr("Selected line, formatted"));
    m_detail->hide();
    m_others->setWordWrap(true);
    m_others->setTextFormat(Qt::RichText);
    m_others->setAccessibleName(tr("Stages without access logging"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    auto *pickerLabel = new QLabel(tr("S&tage:"), this);
    pickerLabel->setBuddy(m_picker);
    top->addWidget(pickerLabel);
    top->addWidget(m_picker);
    top->addWidget(m_settings);
    top->addSpacing(12);
    top->addWidget(m_format, 1);
    layout->addLayout(top);
    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("File:"), this);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_copyPath);
    pathRow->addWidget(m_openFolder);
    layout->addLayout(pathRow);
    layout->addWidget(m_error);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_prettyPrint);
    filterRow->addWidget(m_clear);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(m_others);

    m_appendTimer->setSingleShot(true);
    m_appendTimer->setInterval(appendIntervalMs);
    connect(m_appendTimer, &QTimer::timeout, this, &AccessLogPanel::appendPending);
    connect(m_gateway->accessLogFeed(), &AccessLogFeed::linesArrived, this, &AccessLogPanel::onLines);
    connect(m_gateway, &GatewayController::stateChanged, this, &AccessLogPanel::updatePlaceholder);
    connect(m_document, &ProjectDocument::changed, this, &AccessLogPanel::reconfigure);
    connect(m_document, &ProjectDocument::filePathChanged, this, &AccessLogPanel::reconfigure);
    connect(m_document, &ProjectDocument::opened, this, [this] {
        m_lines.clear(); // another project: its stages' lines come from its files
        m_tailRead.clear();
        rebuildView();
    });
    connect(m_picker, &QComboBox::currentIndexChanged, this, &AccessLogPanel::showSelected);
    connect(m_filter, &QLineEdit::textChanged, this, &AccessLogPanel::rebuildView);
    connect(m_clear, &QPushButton::clicked, this, &AccessLogPanel::clearView);
    connect(m_settings, &QPushButton::clicked, this, [this] {
        if (const StageAccessLog *log = selectedLog())
            Q_EMIT openStageRequested(log->apiId, log->stage);
    });
    connect(m_copyPath, &QPushButton::clicked, this, [this] {
        if (!m_path->text().isEmpty())
            QGuiApplication::clipboard()->setText(m_path->text());
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (const StageAccessLog *log = selectedLog())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(log->path).absolutePath()));
    });
    connect(m_others, &QLabel::linkActivated, this, [this](const QString &link) {
        // "stage:API:STAGE", the Explorer's key.
        Q_EMIT openStageRequested(link.section(QLatin1Char(':'), 1, 1), link.section(QLatin1Char(':'), 2));
    });
    connect(m_prettyPrint, &QPushButton::toggled, this, &AccessLogPanel::updateDetail);
    connect(m_view, &QPlainTextEdit::cursorPositionChanged, this, &AccessLogPanel::updateDetail);

    reconfigure();
}

QString AccessLogPanel::folderFor(const QString &projectFile)
{
    QString base = qEnvironmentVariable("GATEHOUSE_ACCESS_LOG_DIR");
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/access-logs");
    if (projectFile.isEmpty())
        return QDir::cleanPath(base + QStringLiteral("/unsaved"));
    const QFileInfo info(projectFile);
    QString absolute = info.canonicalFilePath();
    if (absolute.isEmpty())
        absolute = QDir::cleanPath(info.absoluteFilePath());
    QString name = info.fileName().section(QLatin1Char('.'), 0, 0);
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            c = u'_';
    }
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QDir::cleanPath(base + QLatin1Char('/') + (name.isEmpty() ? hash : name + QLatin1Char('-') + hash));
}

QString AccessLogPanel::presetName(const QString &format, model::Protocol protocol)
{
    const auto presets = StageEditor::accessLogPresets(protocol);
    for (const auto &preset : presets) {
        if (preset.second == format)
            return preset.first;
    }
    return {};
}

void AccessLogPanel::reconfigure()
{
    QList<StageAccessLog> logs;
    if (m_document->isOpen()) {
        const QString file = m_document->hasProjectFile() ? m_document->filePath() : m_document->sourcePath();
        logs = stageAccessLogs(m_document->project(), folderFor(file));
    }
    if (logs != m_logs) {
        m_logs = logs;
        m_gateway->setAccessLogs(logs);
    }
    rebuildPicker();
}

void AccessLogPanel::rebuildPicker()
{
    const QString api = selectedApi();
    const QString stage = selectedStage();
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const StageAccessLog &log : std::as_const(m_logs))
            m_picker->addItem(stageText(log.apiId, log.stage), QStringList{log.apiId, log.stage});
        int index = m_picker->findData(QStringList{api, stage});
        m_picker->setCurrentIndex(index >= 0 ? index : (m_logs.isEmpty() ? -1 : 0));
        m_picker->setEnabled(!m_logs.isEmpty());
        if (m_logs.isEmpty())
            m_picker->setPlaceholderText(tr("No stage writes an access log"));
    }

    // The stages that do not log, each a link to its settings.
    QStringList links;
    int others = 0;
    if (m_document->isOpen()) {
        for (const model::Api &a : m_document->project().apis) {
            for (const model::Stage &s : a.stages) {
                if (!stageAccessLogFormat(s).isEmpty())
                    continue;
                if (++others <= kOtherStagesShown)
                    links.append(QStringLiteral("<a href=\"stage:%1:%2\">%3</a>")
                                     .arg(a.id.toHtmlEscaped(), s.name.toHtmlEscaped(),
                                          stageText(a.id, s.name).toHtmlEscaped()));
            }
        }
    }
    if (others > kOtherStagesShown)
        links.append(tr("and %n more", nullptr, others - kOtherStagesShown));
    if (links.isEmpty()) {
        m_others->setVisible(!m_document->isOpen() || m_logs.isEmpty());
        m_others->setText(m_document->isOpen()
                              ? tr("This project has no stages. Add one in the Explorer, then turn on its access "
                                   "logging in its settings.")
                              : tr("Open a project to see the access logs of its stages."));
    } else {
        m_others->show();
        m_others->setText(tr("No access logging: %1. To turn it on, open the stage's settings and check "
                             "<b>Access logging</b>, then pick a format.")
                              .arg(links.join(QStringLiteral(", "))));
    }
    showSelected();
}

const StageAccessLog *AccessLogPanel::selectedLog() const
{
    const QStringList key = m_picker->currentData().toStringList();
    if (key.size() != 2)
        return nullptr;
    for (const StageAccessLog &log : m_logs) {
        if (log.apiId == key[0] && log.stage == key[1])
            return &log;
    }
    return nullptr;
}

QString AccessLogPanel::selectedApi() const
{
    const StageAccessLog *log = selectedLog();
    return log ? log->apiId : QString();
}

QString AccessLogPanel::selectedStage() const
{
    const StageAccessLog *log = selectedLog();
    return log ? log->stage : QString();
}

bool AccessLogPanel::selectStage(const QString &apiId, const QString &stage)
{
    const int index = m_picker->findData(QStringList{apiId, stage});
    if (index < 0)
        return false;
    m_picker->setCurrentIndex(index);
    return true;
}

void AccessLogPanel::showSelected()
{
    const StageAccessLog *log = selectedLog();
    m_settings->setEnabled(log != nullptr);
    m_copyPath->setEnabled(log != nullptr);
    m_filter->setEnabled(log != nullptr);
    m_clear->setEnabled(log != nullptr);
    m_prettyPrint->setEnabled(log != nullptr);
    if (!log) {
        m_path->clear();
        m_format->clear();
        m_format->setToolTip({});
        m_openFolder->setEnabled(false);
    } else {
        const QString path = QDir::toNativeSeparators(log->path);
        if (m_path->text() != path) {
            m_path->setText(path);
            m_path->setCursorPosition(0);
        }
        const model::Api *api = m_document->isOpen() ? m_document->project().api(log->apiId) : nullptr;
        const QString preset = api ? presetName(log->format, api->protocol) : QString();
        m_format->setText(preset.isEmpty() ? tr("Format: custom") : tr("Format: %1 preset").arg(preset));
        m_format->setToolTip(QStringLiteral("<pre>%1</pre>").arg(log->format.toHtmlEscaped()));
        m_openFolder->setEnabled(QFileInfo(QFileInfo(log->path).absolutePath()).isDir());
    }
    // Every edit of the project comes here; the view is rebuilt only when it is to show another stage.
    const Key key = log ? Key(log->apiId, log->stage) : Key();
    if (log && m_tailRead.insert(key).second)
        loadTail(*log);
    if (key != m_shownKey)
        rebuildView();
    updatePlaceholder();
    updateError();
}

void AccessLogPanel::updatePlaceholder()
{
    if (!selectedLog())
        m_view->setPlaceholderText({});
    else
        m_view->setPlaceholderText(m_gateway->isRunning()
                                       ? tr("No lines yet: send a request to this stage.")
                                       : tr("No lines yet: start the gateway and send a request to this stage."));
}

void AccessLogPanel::loadTail(const StageAccessLog &log)
{
    auto *watcher = new QFutureWatcher<QStringList>(this);
    const Key key(log.apiId, log.stage);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        onTailLoaded(key, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readTail, log.path, int(maxLines)));
}

void AccessLogPanel::onTailLoaded(const Key &key, const QStringList &tail)
{
    if (tail.isEmpty())
        return;
    std::deque<QString> &live = m_lines[key];
    // The lines that arrived while the file was read may be in the file already, as its last lines: the largest
    // start of `live` that ends the tail is left out.
    size_t overlap = 0;
    for (size_t j = std::min(live.size(), size_t(tail.size())); j > 0 && overlap == 0; --j) {
        bool same = true;
        for (size_t i = 0; i < j && same; ++i)
            same = tail[qsizetype(tail.size() - j + i)] == live[i];
        if (same)
            overlap = j;
    }
    std::deque<QString> merged(tail.begin(), tail.end());
    merged.insert(merged.end(), live.begin() + ptrdiff_t(overlap), live.end());
    while (merged.size() > size_t(maxLines))
        merged.pop_front();
    live = std::move(merged);
    if (m_shownKey == key)
        rebuildView();
}

bool AccessLogPanel::matches(const QString &line) const
{
    const QString filter = m_filter->text();
    return filter.isEmpty() || line.contains(filter, Qt::CaseInsensitive);
}

void AccessLogPanel::rebuildView()
{
    m_pending.clear();
    m_appendTimer->stop();
    QStringList shown;
    m_shownKey = {};
    if (const StageAccessLog *log = selectedLog()) {
        m_shownKey = Key(log->apiId, log->stage);
        const auto it = m_lines.find(Key(log->apiId, log->stage));
        if (it != m_lines.end()) {
            for (const QString &line : it->second) {
                if (matches(line))
                    shown.append(line);
            }
        }
    }
    m_view->setPlainText(shown.join(QLatin1Char('\n')));
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    m_count->setText(tr("%n line(s)", nullptr, int(shown.size())));
    updateDetail();
}

void AccessLogPanel::onLines(const std::vector<AccessLogLine> &lines)
{
    const StageAccessLog *selected = selectedLog();
    for (const AccessLogLine &line : lines) {
        std::deque<QString> &kept = m_lines[Key(line.apiId, line.stage)];
        kept.push_back(line.text);
        if (kept.size() > size_t(maxLines))
            kept.pop_front();
        if (selected && line.apiId == selected->apiId && line.stage == selected->stage && matches(line.text))
            m_pending.append(line.text);
    }
    if (m_pending.size() > maxLines)
        m_pending.erase(m_pending.begin(), m_pending.end() - maxLines);
    if (!m_pending.isEmpty() && !m_appendTimer->isActive())
        m_appendTimer->start();
    if (selected && !m_openFolder->isEnabled())
        m_openFolder->setEnabled(QFileInfo(QFileInfo(selected->path).absolutePath()).isDir());
    updateError();
}

void AccessLogPanel::appendPending()
{
    m_appendTimer->stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum();
    const int value = bar->value();
    const int before = m_view->document()->blockCount();
    const bool empty = m_view->document()->isEmpty();
    const int added = int(m_pending.size());
    // One insertion per batch; maximumBlockCount trims the oldest lines.
    m_view->appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
    if (follow) {
        bar->setValue(bar->maximum());
    } else {
        // Stay on the lines being read: they moved up by as many lines as were trimmed at the top.
        const int trimmed = std::max(0, (empty ? 0 : before) + added - maxLines);
        bar->setValue(std::max(0, value - trimmed));
    }
    m_count->setText(tr("%n line(s)", nullptr, m_view->document()->isEmpty() ? 0 : m_view->document()->blockCount()));
}

QStringList AccessLogPanel::shownLines() const
{
    if (m_view->document()->isEmpty())
        return {};
    return m_view->toPlainText().split(QLatin1Char('\n'));
}

void AccessLogPanel::clearView()
{
    if (const StageAccessLog *log = selectedLog())
        m_lines.erase(Key(log->apiId, log->stage));
    rebuildView();
}

void AccessLogPanel::updateError()
{
    const StageAccessLog *log = selectedLog();
    const QString error = log ? m_gateway->accessLogError(log->apiId, log->stage) : QString();
    if (error.isEmpty()) {
        m_error->hide();
        return;
    }
    m_error->setText(tr("The gateway cannot write this stage's access log (%1). Check that the folder exists and is "
                        "writable; the lines still show here.")
                         .arg(error));
    m_error->show();
}

void AccessLogPanel::updateDetail()
{
    m_detail->setVisible(m_prettyPrint->isChecked());
    if (!m_prettyPrint->isChecked())
        return;
    const QString line = m_view->textCursor().block().text();
    if (line.isEmpty()) {
        m_detail->setPlainText(tr("Put the cursor on a line to see it formatted."));
        return;
    }
    const BodyText body = bodyText(line.toUtf8(), "application/json");
    m_detail->setPlainText(body.formatted ? body.text : tr("This line is not JSON; it is shown as written:\n%1").arg(line));
}

} // namespace gw::ui
