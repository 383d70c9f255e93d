// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploydialog.h"

#include "formatting.h"
#include "projectdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gw::ui {

DeployDialog::DeployDialog(const model::Project &project, const QString &apiId, const QString &stage,
                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_api(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_changesSummary(new QLabel(this))
    , m_changes(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Deploy API"));
    setObjectName(QStringLiteral("DeployDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("A deployment is a snapshot of the working copy. The stage serves it until the next "
                        "deployment; Edit ▸ Undo takes the deployment back."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("&API:"), m_api);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_changesSummary->setWordWrap(true);
    m_changesSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_changesSummary);
    m_changes->setAccessibleName(tr("Changes since the stage's deployment"));
    m_changes->setUniformItemSizes(true);
    m_changes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Deploy"));
    m_description->setPlaceholderText(tr("optional, e.g. “Enable CORS on /pets”"));
    m_api->setAccessibleName(tr("API"));
    m_stage->setAccessibleName(tr("Stage"));
    m_description->setAccessibleName(tr("Deployment description"));

    int selected = -1;
    for (const model::Api &api : project.apis) {
        const QString title = api.definition.title();
        m_api->addItem(
            QStringLiteral("%1 (%2) · %3")
                .arg(title.isEmpty() ? api.id : title, api.id, Formatting::protocolLabel(api.protocol)),
            api.id);
        if (api.id == apiId)
            selected = m_api->count() - 1;
    }
    if (selected < 0) {
        // The first API that has a stage to deploy to.
        for (int i = 0; i < project.apis.size() && selected < 0; ++i) {
            for (const model::Stage &s : project.apis[i].stages) {
                if (!s.autoDeploy) {
                    selected = i;
                    break;
                }
            }
        }
    }
    m_api->setCurrentIndex(std::max(0, selected));
    fillStages(stage);
    connect(m_api, &QComboBox::currentIndexChanged, this, [this] { fillStages({}); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DeployDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(sizeHint().expandedTo(QSize(560, 420)));
}

void DeployDialog::fillStages(const QString &preferred)
{
    m_stage->clear();
    const model::Api *api = m_project.api(apiId());
    if (!api)
        return;
    int selected = -1;
    int firstChanged = -1;
    for (const model::Stage &s : api->stages) {
        if (s.autoDeploy)
            continue;
        const bool changed = hasUndeployedChanges(*api, s);
        m_stage->addItem(
            changed ? tr("%1 — undeployed changes").arg(s.name) : tr("%1 — up to date").arg(s.name), s.name);
        if (s.name == preferred)
            selected = m_stage->count() - 1;
        if (changed && firstChanged < 0)
            firstChanged = m_stage->count() - 1;
    }
    if (selected < 0)
        selected = std::max(0, firstChanged);
    m_stage->setCurrentIndex(m_stage->count() > 0 ? selected : -1);
    updateState();
}

void DeployDialog::updateState()
{
    const model::Api *api = m_project.api(apiId());
    QString text;
    bool ok = false;
    if (!api) {
        text = tr("The project has no API.");
    } else if (m_stage->count() == 0) {
        QStringList automatic;
        for (const model::Stage &s : api->stages)
            automatic.append(s.name);
        text = automatic.isEmpty() ? tr("%1 has no stage to deploy to.").arg(api->id)
                                   : tr("Every stage of %1 deploys automatically (%2): changes are served at "
                                        "once, no deployment needed.")
                                         .arg(api->id, automatic.join(QLatin1String(", ")));
    } else {
        const model::Stage *s = api->stage(stageName());
        ok = s != nullptr;
        if (s && hasUndeployedChanges(*api, *s)) {
            text = s->deploymentId.isEmpty() || !api->deployment(s->deploymentId)
                ? tr("Stage %1 has no deployment yet; it serves nothing until you deploy.").arg(s->name)
                : tr("Stage %1 serves deployment %2, which differs from the working copy.")
                      .arg(s->name, s->deploymentId);
        } else if (s) {
            text = tr("Stage %1 already serves the working copy (deployment %2); deploying makes a new, "
                      "identical "
                      "deployment.")
                       .arg(s->name, s->deploymentId);
        }
        if (s && s->canary)
            text += QLatin1Char(' ')
                + tr("The stage has a canary: the new deployment goes to the canary (%1 % of requests); promote it in "
                     "the stage editor to serve it to every request.")
                      .arg(QLocale().toString(s->canary->percentTraffic, 'g', QLocale::FloatingPointShortest));
    }
    m_status->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    updateChanges();
}

void DeployDialog::updateChanges()
{
    const quint64 generation = ++m_diffGeneration;
    m_changes->clear();
    const model::Api *api = m_project.api(apiId());
    const model::Stage *stage = api ? api->stage(stageName()) : nullptr;
    if (!stage) {
        m_changesSummary->clear();
        m_changes->setEnabled(false);
        return;
    }
    const model::Deployment *deployment = api->deployment(stage->deploymentId);
    m_changesSummary->setText(tr("Comparing the working copy with the stage's deployment…"));
    // A thousand paths take some ten milliseconds to write and compare: not on the GUI thread.
    const model::ApiDefinition deployed = deployment ? deployment->definition : model::ApiDefinition();
    const model::ApiDefinition working = api->definition;
    const model::Protocol protocol = api->protocol;
    auto *watcher = new QFutureWatcher<QList<io::DefinitionChange>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_diffGeneration)
            showChanges(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [deployed, working, protocol] { return io::diffDefinitions(deployed, working, protocol); }));
}

void DeployDialog::showChanges(const QList<io::DefinitionChange> &changes)
{
    const model::Api *api = m_project.api(apiId());
    const model::Stage *stage = api ? api->stage(stageName()) : nullptr;
    const model::Deployment *deployment = stage ? api->deployment(stage->deploymentId) : nullptr;
    if (!stage)
        return;
    const QString when = deployment && deployment->createdDate.isValid()
        ? QLocale().toString(deployment->createdDate.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown date");
    if (!deployment)
        m_changesSummary->setText(tr("Not deployed yet: everything is new."));
    else if (changes.isEmpty())
        m_changesSummary->setText(tr("No changes since deployment %1 of %2.").arg(deployment->id, when));
    else
        m_changesSummary->setText(
            tr("%n change(s) since deployment %1 of %2:", nullptr, int(changes.size())).arg(deployment->id, when));
    m_changes->setEnabled(!changes.isEmpty());
    const QPalette palette = m_changes->palette();
    for (const io::DefinitionChange &c : changes) {
        auto *item = new QListWidgetItem(changeText(c), m_changes);
        item->setToolTip(item->text());
        const int status = c.kind == io::DefinitionChange::Kind::Added ? 200
            : c.kind == io::DefinitionChange::Kind::Removed            ? 500
                                                                       : 400;
        item->setForeground(Formatting::statusColor(status, palette));
    }
    Q_EMIT changesListed();
}

QString DeployDialog::changeText(const io::DefinitionChange &c)
{
    using Subject = io::DefinitionChange::Subject;
    QString subject;
    switch (c.subject) {
    case Subject::Operation:
    case Subject::Setting:
        subject = c.name;
        break;
    case Subject::Path:
        subject = tr("path %1").arg(c.name);
        break;
    case Subject::Authorizer:
        subject = tr("authorizer %1").arg(c.name);
        break;
    case Subject::SecurityScheme:
        subject = tr("security scheme %1").arg(c.name);
        break;
    case Subject::Model:
        subject = tr("model %1").arg(c.name);
        break;
    case Subject::Validator:
        subject = tr("request validator %1").arg(c.name);
        break;
    case Subject::GatewayResponse:
        subject = tr("gateway response %1").arg(c.name);
        break;
    case Subject::Integration:
        subject = tr("integration %1").arg(c.name);
        break;
    case Subject::Route:
        subject = tr("route %1").arg(c.name);
        break;
    }
    switch (c.kind) {
    case io::DefinitionChange::Kind::Added:
        return tr("Added %1").arg(subject);
    case io::DefinitionChange::Kind::Removed:
        return tr("Removed %1").arg(subject);
    case io::DefinitionChange::Kind::Changed:
        break;
    }
    return c.fields.isEmpty() ? tr("Changed %1").arg(subject)
                              : tr("Changed %1: %2").arg(subject, c.fields.join(QStringLiteral(", ")));
}

QString DeployDialog::changesSummary() const
{
    return m_changesSummary->text();
}

QStringList DeployDialog::changes() const
{
    QStringList out;
    for (int i = 0; i < m_changes->count(); ++i)
        out.append(m_changes->item(i)->text());
    return out;
}

QString DeployDialog::apiId() const
{
    return m_api->currentData().toString();
}

QString DeployDialog::stageName() const
{
    return m_stage->currentData().toString();
}

QString DeployDialog::description() const
{
    return m_description->text().trimmed();
}

} // namespace gw::ui
