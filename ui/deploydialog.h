// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/deploydiff.h"
#include "model/api.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gw::ui {

/// Gateway ▸ Deploy: which API and stage get a new deployment of the working copy, with an optional
/// description. Stages that deploy automatically are not offered (they serve the working copy already). Lists
/// what changed since the chosen stage's deployment, per method or route, authorizer, model, ... (computed off
/// the GUI thread; changesListed() follows). Shows a snapshot of the project taken when it opened.
class DeployDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Preselects `apiId` and `stage` when given (else the first API with a stage to deploy to).
    DeployDialog(const model::Project &project, const QString &apiId, const QString &stage,
                 QWidget *parent = nullptr);

    QString apiId() const;
    QString stageName() const;
    QString description() const;

    QComboBox *apiCombo() const { return m_api; }
    QComboBox *stageCombo() const { return m_stage; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// What changed since the selected stage's deployment, one row per change, once changesListed() came.
    QListWidget *changesList() const { return m_changes; }
    /// The line above the list: "No changes since deployment d4a7c1 of …", "Not deployed yet: everything is new", ...
    QString changesSummary() const;
    /// The rows of changesList(), as shown.
    QStringList changes() const;
    /// A change in the dialog's words: "Changed POST /pets: integration uri".
    static QString changeText(const io::DefinitionChange &change);

Q_SIGNALS:
    /// The changes of the selected stage are listed.
    void changesListed();

private:
    void fillStages(const QString &preferred);
    void updateState();
    void updateChanges();
    void showChanges(const QList<io::DefinitionChange> &changes);

    model::Project m_project;
    QComboBox *m_api;
    QComboBox *m_stage;
    QLineEdit *m_description;
    QLabel *m_status;
    QLabel *m_changesSummary;
    QListWidget *m_changes;
    QDialogButtonBox *m_buttons;
    quint64 m_diffGeneration = 0; ///< the newest comparison started; older ones that finish later are dropped
};

} // namespace gw::ui
