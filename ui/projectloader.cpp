// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectloader.h"

#include "auth/testtoken.h"

#include "doc/docio.h"
#include "engine/projectlint.h"
#include "io/projectfile.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

namespace gw::ui {

CorsTrapMap findProjectCorsTraps(const model::Project &project)
{
    CorsTrapMap traps;
    for (const model::Api &api : project.apis) {
        QList<cors::CorsTrap> found = cors::findCorsTraps(api);
        if (!found.isEmpty())
            traps.insert(api.id, std::move(found));
    }
    return traps;
}

ProjectLoader::ProjectLoader(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_loadProgress)
            Q_EMIT loadProgress(m_loadProgress->value());
    });
}

ProjectLoader::~ProjectLoader()
{
    for (QThread *t : std::as_const(m_running)) {
        t->wait();
        delete t;
    }
}

void ProjectLoader::load(const QString &path, const io::InputOptions &options)
{
    const quint64 generation = ++m_generation;
    auto outcome = std::make_shared<LoadOutcome>();
    outcome->path = path;
    if (m_loadProgress)
        m_loadProgress->cancel(); // only the newest load is delivered; the older one need not finish
    auto progress = std::make_shared<io::LoadProgress>();
    m_loadProgress = progress;
    m_loadPath = path;
    io::InputOptions loadOptions = options;
    loadOptions.progress = progress;
    QThread *thread = QThread::create([outcome, loadOptions, progress] {
        QElapsedTimer timer;
        timer.start();
        outcome->load = io::loadInputs({outcome->path}, loadOptions);
        if (outcome->load.project && !outcome->load.hasErrors() && !progress->isCanceled()) {
            outcome->projectFile = outcome->load.allProjectFiles;
            // Only projects with a JWT or Cognito authorizer get the provider (and its port) in the window.
            if (!outcome->load.project->identityFile.isEmpty()
                && !auth::tokenAuthorizers(*outcome->load.project).isEmpty()) {
                // Reading the key takes a millisecond; making one the first time, tens of them: never on the GUI thread.
                auto identity = std::make_shared<auth::LocalIdentity>();
                if (auto key = auth::loadOrCreateLocalKey(outcome->load.project->identityFile, &identity->keyPath,
                                                          &outcome->identityError)) {
                    identity->key = *key;
                    outcome->identity = identity;
                }
            }
            // Compiled without the provider: it serves this file's key once the gateway runs (identityChanged).
            outcome->compiled = compileProject(*outcome->load.project);
            progress->set(950);
            outcome->corsTraps = findProjectCorsTraps(*outcome->load.project);
            outcome->problems = lintProject(*outcome->load.project, *outcome->compiled);
        }
        progress->set(1000);
        outcome->elapsedMs = timer.elapsed();
    });
    thread->setObjectName(QStringLiteral("gatehouse-load"));
    connect(thread, &QThread::finished, this, [this, thread, outcome, generation, progress] {
        threadFinished(thread);
        if (generation != m_generation || progress->isCanceled())
            return;
        m_loadProgress.reset();
        m_progressTimer->stop();
        Q_EMIT loadProgress(1000);
        Q_EMIT loaded(outcome);
    });
    startThread(thread);
    m_progressTimer->start();
    Q_EMIT loadStarted(path);
    Q_EMIT loadProgress(0);
}

void ProjectLoader::cancelLoad()
{
    if (!m_loadProgress)
        return;
    m_loadProgress->cancel();
    m_loadProgress.reset();
    m_progressTimer->stop();
    ++m_generation; // the canceled load's outcome, if it still arrives, is dropped
    Q_EMIT loadCanceled(m_loadPath);
}

void ProjectLoader::compile(const model::Project &project, quint64 revision)
{
    if (m_compiling) {
        m_pendingCompile.emplace(project, revision);
        return;
    }
    startCompile(project, revision);
}

void ProjectLoader::startCompile(const model::Project &project, quint64 revision)
{
    m_compiling = true;
    auto outcome = std::make_shared<CompileOutcome>();
    outcome->revision = revision;
    // The copy shares the project's lists with the GUI thread; Qt's implicit sharing makes that safe.
    QThread *thread = QThread::create([outcome, project, options = m_options] {
        QElapsedTimer timer;
        timer.start();
        outcome->compiled = compileProject(project, options);
        outcome->corsTraps = findProjectCorsTraps(project);
        outcome->problems = lintProject(project, outcome->compiled);
        outcome->elapsedMs = timer.elapsed();
    });
    thread->setObjectName(QStringLiteral("gatehouse-compile"));
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        threadFinished(thread);
        m_compiling = false;
        if (m_pendingCompile) {
            auto next = std::move(*m_pendingCompile);
            m_pendingCompile.reset();
            startCompile(next.first, next.second);
        }
        Q_EMIT compiled(outcome);
    });
    startThread(thread);
}

void ProjectLoader::startThread(QThread *thread)
{
    const bool wasIdle = m_running.isEmpty();
    m_running.append(thread);
    thread->start();
    if (wasIdle)
        Q_EMIT busyChanged(true);
}

void ProjectLoader::threadFinished(QThread *thread)
{
    m_running.removeOne(thread);
    thread->deleteLater();
    if (m_running.isEmpty())
        Q_EMIT busyChanged(false);
}

} // namespace gw::ui
