// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace gw::ui {

/// True when `stage` does not serve `api`'s working definition: its deployment's definition differs from it,
/// or it points at no deployment. Auto-deploying stages never differ. A stage with a canary is compared through its
/// canary's deployment, where the next deployment goes.
bool hasUndeployedChanges(const model::Api &api, const model::Stage &stage);

/// The open project and its edit history. The window edits only through edit() (one undo command per edit,
/// each keeping whole-project snapshots before and after, which model::Project's implicitly shared lists make
/// cheap) and reads project() snapshots. Dirty means the undo stack is away from the state last saved or
/// opened. A project opened from a bare OpenAPI document has no project file yet: save() asks where to put
/// one and never writes over the document. GUI thread only.
class ProjectDocument final : public QObject
{
    Q_OBJECT
public:
    /// Asks the user where to save. `suggested` is a proposed path; returns the chosen path, empty when
    /// cancelled.
    using SavePathChooser = std::function<QString(const QString &suggested)>;

    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    /// Replaces the document: `project` as read from `path`. `projectFile` false means `path` is a bare
    /// OpenAPI document (saving writes a new project file elsewhere). Clears the edit history; the document
    /// is clean.
    void reset(model::Project project, const QString &path, bool projectFile);

    bool isOpen() const { return m_project.has_value(); }
    /// The working copy; only valid while isOpen().
    const model::Project &project() const { return *m_project; }
    const model::Project *projectOrNull() const { return m_project ? &*m_project : nullptr; }
    /// The project file; for a bare OpenAPI document, empty until it is saved as a project.
    QString filePath() const { return m_projectFile ? m_path : QString(); }
    /// The file the project came from (the project file, or the OpenAPI document it was made from).
    QString sourcePath() const { return m_sourcePath; }
    bool hasProjectFile() const { return m_projectFile; }
    /// The name the window title shows: the project file's name, else the OpenAPI document's.
    QString displayName() const;
    /// Counts every change of the working copy (edits, undo, redo, reset); never goes back.
    quint64 revision() const { return m_revision; }

    QUndoStack *undoStack() const { return m_undo; }
    bool isDirty() const;

    /// Pushes one undoable edit that replaces the working copy with `after`. `text` names it in Edit ▸ Undo
    /// ("Enable CORS on /pets"). Consecutive edits with the same non-negative `mergeId` merge into one undo
    /// step (typing in one field). Does nothing while no project is open.
    void edit(const QString &text, model::Project after, int mergeId = -1);

    /// Saves to the project file, or, for a bare OpenAPI document, asks where first. False when it failed
    /// (`error` set) or the user cancelled (`error` empty).
    bool save(QString *error);
    /// Always asks where; the document then belongs to the new file.
    bool saveAs(QString *error);
    /// Writes the project to `path` atomically; on success the document is clean and belongs to `path`.
    /// Refuses the OpenAPI document the project was made from.
    bool saveTo(const QString &path, QString *error);
    /// Where save() and saveAs() ask; without one they fail when they would have to ask.
    void setSavePathChooser(SavePathChooser chooser) { m_chooser = std::move(chooser); }
    /// The path saveAs() proposes: the project file, or "NAME.gatehouse.yaml" next to the OpenAPI document.
    QString suggestedSavePath() const;

Q_SIGNALS:
    /// The working copy changed (edit, undo, redo or reset).
    void changed();
    /// reset() put another project in the document (after changed()): edits of the old one no longer apply.
    void opened();
    void dirtyChanged(bool dirty);
    /// The project file changed (reset, or saved under a new name).
    void filePathChanged(const QString &path);

private:
    class SnapshotCommand;
    void setProject(const model::Project &project);

    QUndoStack *m_undo;
    std::optional<model::Project> m_project;
    QString m_path; ///< the project file, or the OpenAPI document while !m_projectFile
    QString m_sourcePath; ///< the file the project was opened from
    bool m_projectFile = false;
    quint64 m_revision = 0;
    SavePathChooser m_chooser;
};

} // namespace gw::ui
