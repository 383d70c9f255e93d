// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gw::ui {

/// Gateway ▸ Deploy: which API and stage get a new deployment of the working copy, with an optional
/// description. Stages that deploy automatically are not offered (they serve the working copy already). Shows
/// a snapshot of the project taken when it opened.
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

private:
    void fillStages(const QString &preferred);
    void updateState();

    model::Project m_project;
    QComboBox *m_api;
    QComboBox *m_stage;
    QLineEdit *m_description;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace gw::ui
