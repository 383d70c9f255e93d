// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/compiler.h"
#include "io/inputloader.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace gw::ui {

/// The result of opening one file: what the loader said and, when it loaded without errors, the compiled gateway.
struct LoadOutcome
{
    QString path;
    io::InputLoad load;
    std::optional<CompileResult> compiled; ///< set only when the load had no errors
    qint64 elapsedMs = 0;

    bool ok() const { return load.project.has_value() && compiled.has_value(); }
};

/// Loads and compiles project files off the GUI thread. Several loads may overlap; only the newest one's outcome
/// is delivered (an older one that finishes later is discarded). The destructor waits for loads still running.
class ProjectLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectLoader(QObject *parent = nullptr);
    ~ProjectLoader() override;

    /// Loads and compiles off the GUI thread; `options` apply to a bare OpenAPI document.
    void load(const QString &path, const io::InputOptions &options = {});
    bool isBusy() const { return !m_running.isEmpty(); }

Q_SIGNALS:
    /// On the loader's thread; `outcome` is never null.
    void loaded(std::shared_ptr<const gw::ui::LoadOutcome> outcome);
    void busyChanged(bool busy);

private:
    QList<QThread *> m_running;
    quint64 m_generation = 0;
};

} // namespace gw::ui
