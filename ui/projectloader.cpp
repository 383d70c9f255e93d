// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectloader.h"

#include <QElapsedTimer>
#include <QThread>

namespace gw::ui {

ProjectLoader::ProjectLoader(QObject *parent)
    : QObject(parent)
{
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
    QThread *thread = QThread::create([outcome, options] {
        QElapsedTimer timer;
        timer.start();
        outcome->load = io::loadInputs({outcome->path}, options);
        if (outcome->load.project && !outcome->load.hasErrors())
            outcome->compiled = compileProject(*outcome->load.project);
        outcome->elapsedMs = timer.elapsed();
    });
    thread->setObjectName(QStringLiteral("gatehouse-load"));
    connect(thread, &QThread::finished, this, [this, thread, outcome, generation] {
        m_running.removeOne(thread);
        thread->deleteLater();
        if (m_running.isEmpty())
            Q_EMIT busyChanged(false);
        if (generation == m_generation)
            Q_EMIT loaded(outcome);
    });
    const bool wasIdle = m_running.isEmpty();
    m_running.append(thread);
    thread->start();
    if (wasIdle)
        Q_EMIT busyChanged(true);
}

} // namespace gw::ui
