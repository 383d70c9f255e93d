// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/localidentity.h"
#include "cors/corstraps.h"
#include "engine/compiler.h"
#include "io/inputloader.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace gw::ui {

/// CORS traps of a project's working copy, by API id (APIs without traps are left out).
using CorsTrapMap = QHash<QString, QList<cors::CorsTrap>>;
CorsTrapMap findProjectCorsTraps(const model::Project &project);

/// The result of opening one file: what the loader said and, when it loaded without errors, the compiled gateway.
struct LoadOutcome
{
    QString path;
    io::InputLoad load;
    std::optional<CompileResult> compiled; ///< set only when the load had no errors
    bool projectFile = false; ///< a Gatehouse project file (else a bare OpenAPI document)
    CorsTrapMap corsTraps;
    /// The project's problems, each with its place: lintProject() of the project and `compiled`.
    QList<io::Diagnostic> problems;
    qint64 elapsedMs = 0;
    /// The local identity provider's key for this file (read, or made on first use), without an issuer; null when the
    /// project has no JWT or Cognito authorizer, or with identityError when the key file could not be read or written.
    std::shared_ptr<const auth::LocalIdentity> identity;
    QString identityError;

    bool ok() const { return load.project.has_value() && compiled.has_value(); }
};

/// The result of recompiling an edited working copy.
struct CompileOutcome
{
    quint64 revision = 0; ///< the ProjectDocument revision that was compiled
    CompileResult compiled;
    CorsTrapMap corsTraps;
    /// The working copy's problems, each with its place: lintProject() of the project and `compiled`.
    QList<io::Diagnostic> problems;
    qint64 elapsedMs = 0;
};

/// Loads and compiles project files, and recompiles edited projects, off the GUI thread. Several loads may
/// overlap; only the newest one's outcome is delivered (an older one that finishes later is discarded).
/// Compiles run one at a time: a compile requested while one runs replaces any compile still waiting, so only
/// the newest revision is compiled next. The destructor waits for work still running.
class ProjectLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectLoader(QObject *parent = nullptr);
    ~ProjectLoader() override;

    /// Loads and compiles off the GUI thread; `options` apply to a bare OpenAPI document. loadStarted() follows at
    /// once, loadProgress() while it runs, then loaded() or (after cancelLoad()) loadCanceled().
    void load(const QString &path, const io::InputOptions &options = {});
    /// Stops the newest load: it is not delivered (whatever project is open stays as it is), and its thread stops at
    /// its next step. Nothing happens when no load is running.
    void cancelLoad();
    bool isLoading() const { return m_loadProgress != nullptr; }
    /// Compiles `project` off the GUI thread; compiled() follows for this or a newer revision.
    void compile(const model::Project &project, quint64 revision);
    bool isBusy() const { return !m_running.isEmpty(); }
    /// Options for every later compile (the local identity provider the authorizers may trust).
    void setCompileOptions(const CompileOptions &options) { m_options = options; }
    const CompileOptions &compileOptions() const { return m_options; }

Q_SIGNALS:
    /// On the loader's thread; `outcome` is never null.
    void loaded(std::shared_ptr<const gw::ui::LoadOutcome> outcome);
    /// On the loader's thread; `outcome` is never null.
    void compiled(std::shared_ptr<const gw::ui::CompileOutcome> outcome);
    void busyChanged(bool busy);
    void loadStarted(const QString &path);
    /// 0 to 1000, a few times a second while a load runs.
    void loadProgress(int permille);
    void loadCanceled(const QString &path);

private:
    void startThread(QThread *thread);
    void threadFinished(QThread *thread);
    void startCompile(const model::Project &project, quint64 revision);

    CompileOptions m_options;
    /// The newest load's progress and file, while it runs; null otherwise.
    std::shared_ptr<io::LoadProgress> m_loadProgress;
    QString m_loadPath;
    QTimer *m_progressTimer = nullptr;
    QList<QThread *> m_running;
    quint64 m_generation = 0;
    bool m_compiling = false;
    std::optional<std::pair<model::Project, quint64>>
        m_pendingCompile; ///< the newest compile waiting for its turn
};

} // namespace gw::ui
