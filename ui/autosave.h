// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <optional>

namespace gw::ui {

class ProjectDocument;

/// A recovery copy that a session left behind: the working copy of a project that was not saved when that session
/// ended (it was killed or crashed).
struct RecoveryCopy
{
    QString path;         ///< the recovery file
    QString originalPath; ///< the project file, or the OpenAPI document the project was made from
    QString openedFrom;   ///< the file the document was opened from
    bool projectFile = false; ///< originalPath is a project file (else a bare OpenAPI document)
    QString baseDir;      ///< the folder function code paths were relative to
    QDateTime savedAt;    ///< when it was written (UTC)
    model::Project project;
};

/// What findRecoveryCopies() found for one file.
struct RecoveryScan
{
    QList<RecoveryCopy> copies; ///< readable ones, newest first
    /// Unreadable ones, one line each ("FILE: why; kept as FILE.unreadable"). They are renamed aside, never deleted,
    /// so they are not offered again and nothing is lost.
    QStringList unreadable;
};

/// Autosave: while the document is dirty, a recovery copy of its working copy is written about delay() after the
/// last change, so a killed or crashed Gatehouse loses nothing. The copy is written atomically (QSaveFile, mode 0600:
/// it holds the project's secrets, as the project file does) by one worker thread that serializes a snapshot of the
/// project (model::Project is implicitly shared, so taking it costs the GUI thread nothing); writes and deletes run
/// in the order they were asked for. Saving, undoing back to the saved state, discarding (discard()) or opening
/// another project deletes the copy. Each session writes its own file, `<16 hex digits of sha256(the file's
/// absolute path)>-<session>.recovery.json` in recoveryDir(), so copies other sessions left are never overwritten
/// before the user has decided about them. GUI thread only.
class AutoSaver final : public QObject
{
    Q_OBJECT
public:
    explicit AutoSaver(ProjectDocument *document, QObject *parent = nullptr);
    /// Waits for writes still running; leaves the copy in place (a clean exit calls discard() first).
    ~AutoSaver() override;

    /// $GATEHOUSE_RECOVERY_DIR, else QStandardPaths::AppDataLocation + "/recovery".
    static QString recoveryDir();

    void setDelay(int ms) { m_timer.setInterval(ms); }
    int delay() const { return m_timer.interval(); }
    /// The recovery file this session writes for the open document (it may not exist yet); empty when none is open.
    QString currentPath() const;

    /// Recovery copies of `file` (a project file or OpenAPI document) that other sessions left, newest first.
    /// Reads them on the calling thread; unreadable ones are renamed aside and reported.
    RecoveryScan findRecoveryCopies(const QString &file) const;
    /// Puts `copy` in the document as one undoable edit, which leaves it dirty; nothing is written to the project
    /// file. Then this session's copy is written at once, and `copies` (the restored one and older ones) deleted
    /// after it. False with `error` when no project is open or the copy belongs to another file.
    bool restore(const RecoveryCopy &copy, const QList<RecoveryCopy> &copies, QString *error);
    /// Deletes `copies` (the user does not want them).
    void discardCopies(const QList<RecoveryCopy> &copies);
    /// Deletes this session's copy: the changes were saved or deliberately discarded.
    void discard();
    /// Writes this session's copy now when the document is dirty (restore, tests).
    void writeNow();
    /// Blocks until every write and delete asked for so far is done (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    /// A recovery copy was written to `path` (delivered on the GUI thread).
    void written(const QString &path);
    /// A recovery copy could not be written; the next change tries again.
    void writeFailed(const QString &error);

private:
    void onChanged();
    void onFileChanged();
    /// Queues deleting this session's copy (if any).
    void dropOwnCopy();

    ProjectDocument *m_document;
    QTimer m_timer;
    QThreadPool m_pool;    ///< one thread: writes and deletes run in order
    QString m_session;     ///< this session's part of the file names
    QString m_ownPath;     ///< the copy this session last asked to write; empty when there is none
};

} // namespace gw::ui
