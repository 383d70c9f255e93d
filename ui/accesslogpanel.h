// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"
#include "observe/stageaccesslog.h"

#include <QWidget>

#include <deque>
#include <map>
#include <set>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace gw::ui {

class GatewayController;
class ProjectDocument;

/// View ▸ Access Logs: the access logs of the stages that have access logging on (a format in the stage editor's
/// Access logging section), as the gateway writes them. The panel keeps the gateway's stage logs in step with the
/// document (GatewayController::setAccessLogs() on every change, so a new format applies to the next request) and
/// shows, for the stage picked: its file with Copy Path and Open Folder, the format in use (a console preset or
/// custom), and its lines: the file's newest ones when the stage is first picked (read off the GUI thread), then
/// the lines written as requests arrive. Lines arrive in batches and are appended at most four times a second; the
/// view keeps the newest maxLines lines of each stage and follows the newest only while scrolled to the bottom. A plain-text filter narrows the view; Clear View empties it (the file stays).
class AccessLogPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxLines = 10'000;
    static constexpr int appendIntervalMs = 250;

    AccessLogPanel(ProjectDocument *document, GatewayController *gateway, QWidget *parent = nullptr);

    /// Where the access logs of the project from `projectFile` go: GATEHOUSE_ACCESS_LOG_DIR, else the app's local
    /// data folder + "/access-logs", then "<file name>-<16 hex digits of sha256 of its absolute path>"
    /// ("unsaved" for a project with no file yet).
    static QString folderFor(const QString &projectFile);
    /// The preset a format is ("CLF", "JSON", "XML", "CSV" for `protocol`), or empty for a custom format.
    static QString presetName(const QString &format, model::Protocol protocol);

    /// Picks the stage's log; false when that stage writes none.
    bool selectStage(const QString &apiId, const QString &stage);
    QString selectedApi() const;
    QString selectedStage() const;
    /// The lines the view shows, oldest first (what arrived up to the last append).
    QStringList shownLines() const;
    /// Appends what arrived since the last append now (a timer does it otherwise).
    void appendPending();
    /// Empties the view and the lines kept for the selected stage; the file is not touched.
    void clearView();

    QComboBox *stagePicker() const { return m_picker; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *view() const { return m_view; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *formatLabel() const { return m_format; }
    QLabel *otherStagesLabel() const { return m_others; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    /// Pretty-Print Line (checkable): the line at the view's cursor, indented when it is JSON, below the view.
    QPushButton *prettyPrintButton() const { return m_prettyPrint; }
    QPlainTextEdit *detailView() const { return m_detail; }

Q_SIGNALS:
    /// The user wants the stage's settings (its editor), to turn access logging on or change the format.
    void openStageRequested(const QString &apiId, const QString &stage);

private:
    using Key = std::pair<QString, QString>; ///< apiId, stage

    void reconfigure();
    void rebuildPicker();
    void showSelected();
    void rebuildView();
    void updatePlaceholder();
    void loadTail(const StageAccessLog &log);
    void onTailLoaded(const Key &key, const QStringList &tail);
    void onLines(const std::vector<AccessLogLine> &lines);
    void updateError();
    void updateDetail();
    bool matches(const QString &line) const;
    const StageAccessLog *selectedLog() const;

    ProjectDocument *m_document;
    GatewayController *m_gateway;
    QList<StageAccessLog> m_logs; ///< as last given to the gateway
    std::map<Key, std::deque<QString>> m_lines; ///< the newest maxLines lines of each stage
    QStringList m_pending;        ///< lines of the selected stage, matching the filter, not appended yet
    Key m_shownKey;               ///< the stage the view shows lines of (empty: none)
    std::set<Key> m_tailRead;     ///< stages whose file's earlier lines were read, or are being read
    QComboBox *m_picker;
    QPushButton *m_settings;
    QLabel *m_format;
    QLineEdit *m_path;
    QPushButton *m_copyPath;
    QPushButton *m_openFolder;
    QLabel *m_error;
    QLineEdit *m_filter;
    QPushButton *m_prettyPrint;
    QPushButton *m_clear;
    QLabel *m_count;
    QPlainTextEdit *m_view;
    QPlainTextEdit *m_detail;
    QLabel *m_others;
    QTimer *m_appendTimer;
};

} // namespace gw::ui
