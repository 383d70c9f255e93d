// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdocument.h"

#include "io/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace gw::ui {

bool hasUndeployedChanges(const model::Api &api, const model::Stage &stage)
{
    if (stage.autoDeploy)
        return false;
    // With a canary, deploying sends the working copy to the canary, so that is what it is compared with.
    const model::Deployment *deployment = api.deployment(stage.canary ? stage.canary->deploymentId : stage.deploymentId);
    return !deployment || !(deployment->definition == api.definition);
}

/// One edit: the whole project before and after. Merging keeps the first `before` and the last `after`.
class ProjectDocument::SnapshotCommand final : public QUndoCommand
{
public:
    SnapshotCommand(ProjectDocument *document, const QString &text, model::Project before,
                    model::Project after, int mergeId)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    { }

    void undo() override { m_document->setProject(m_before); }
    void redo() override { m_document->setProject(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SnapshotCommand *>(other); // same id() implies same class
        m_after = next->m_after;
        return true;
    }

private:
    ProjectDocument *m_document; ///< owns the stack that owns this command
    model::Project m_before;
    model::Project m_after;
    int m_mergeId;
};

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    // The commands call back into this object; drop them while it is still whole.
    m_undo->blockSignals(true);
    m_undo->clear();
}

void ProjectDocument::reset(model::Project project, const QString &path, bool projectFile)
{
    m_undo->clear(); // announces the empty history, and cleanChanged(true) when it was dirty
    m_path = path;
    m_sourcePath = path;
    m_projectFile = projectFile;
    setProject(project);
    Q_EMIT opened();
    Q_EMIT filePathChanged(filePath());
}

void ProjectDocument::setProject(const model::Project &project)
{
    m_project = project;
    ++m_revision;
    Q_EMIT changed();
}

QString ProjectDocument::displayName() const
{
    if (m_path.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_path).fileName();
}

bool ProjectDocument::isDirty() const
{
    return !m_undo->isClean();
}

void ProjectDocument::edit(const QString &text, model::Project after, int mergeId)
{
    if (!m_project)
        return;
    m_undo->push(new SnapshotCommand(this, text, *m_project, std::move(after), mergeId));
}

QString ProjectDocument::suggestedSavePath() const
{
    if (m_projectFile)
        return m_path;
    const QFileInfo source(m_sourcePath);
    QString base = source.completeBaseName(); // "petstore.openapi" of "petstore.openapi.yaml"
    for (const QLatin1StringView suffix : {QLatin1StringView(".openapi"), QLatin1StringView(".swagger")}) {
        if (base.endsWith(suffix, Qt::CaseInsensitive))
            base.chop(suffix.size());
    }
    if (base.isEmpty())
        base = m_project && !m_project->apis.isEmpty() ? m_project->apis.first().id
                                                       : QStringLiteral("project");
    const QString dir = m_sourcePath.isEmpty() ? QDir::homePath() : source.absolutePath();
    return QDir(dir).filePath(base + QStringLiteral(".gatehouse.yaml"));
}

bool ProjectDocument::save(QString *error)
{
    if (m_projectFile && !m_path.isEmpty())
        return saveTo(m_path, error);
    return saveAs(error);
}

bool ProjectDocument::saveAs(QString *error)
{
    error->clear();
    if (!m_project) {
        *error = tr("No project is open.");
        return false;
    }
    if (!m_chooser) {
        *error = tr("There is no project file to save to yet; use Save As.");
        return false;
    }
    const QString path = m_chooser(suggestedSavePath());
    if (path.isEmpty())
        return false; // cancelled
    return saveTo(path, error);
}

bool ProjectDocument::saveTo(const QString &path, QString *error)
{
    error->clear();
    if (!m_project) {
        *error = tr("No project is open.");
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_projectFile && !m_sourcePath.isEmpty()
        && QFileInfo(absolute).canonicalFilePath() == QFileInfo(m_sourcePath).canonicalFilePath()) {
        *error = tr("%1 is the OpenAPI document this project was made from; a project file would replace it. "
                    "Choose "
                    "another name, such as %2.")
                     .arg(QDir::toNativeSeparators(absolute), QFileInfo(suggestedSavePath()).fileName());
        return false;
    }
    // Function code folders are relative to the project file; in another folder they are rewritten to name the
    // same code.
    const QString dir = QFileInfo(absolute).absolutePath();
    if (QDir::cleanPath(m_project->baseDir) != dir) {
        model::Project rebased = *m_project;
        io::rebaseProject(&rebased, dir);
        if (!io::saveProject(rebased, absolute, error))
            return false;
        *m_project = std::move(rebased);
    } else if (!io::saveProject(*m_project, absolute, error)) {
        return false;
    }
    const bool moved = !m_projectFile || absolute != m_path;
    m_path = absolute;
    m_projectFile = true;
    m_undo->setClean();
    if (moved)
        Q_EMIT filePathChanged(m_path);
    return true;
}

} // namespace gw::ui
