// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gw::ui {

class KeyValueTable;
class ProjectDocument;

/// The editor of one stage (explorer key "stage:API:STAGE"): the deployment it serves and whether the working copy
/// has changes it does not serve yet, description, auto-deploy (HTTP APIs), the canary (REST), stage variables, default
/// and per-method throttling, the cache (REST) and the access-log format. Every change is one undoable edit of the document; typing
/// in one field merges into one undo step. Follows the document: undo, redo and other editors' edits show at once.
class StageEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit StageEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the stage `key` names ("stage:API:STAGE"); false when it names no stage of the project.
    bool showKey(const QString &key);
    QString apiId() const { return m_apiId; }
    QString stageName() const { return m_stageName; }

    /// The access-log presets the console offers for `protocol`, by name: "CLF", "JSON", "XML", "CSV".
    static QList<QPair<QString, QString>> accessLogPresets(model::Protocol protocol);

    QLabel *titleLabel() const { return m_title; }
    QLabel *deploymentLabel() const { return m_deployment; }
    QLabel *undeployedLabel() const { return m_undeployed; }
    QPushButton *deployButton() const { return m_deploy; }
    QCheckBox *autoDeployCheck() const { return m_autoDeploy; }
    QLineEdit *descriptionEdit() const { return m_description; }
    KeyValueTable *variablesTable() const { return m_variables; }
    QGroupBox *throttleGroup() const { return m_throttleGroup; }
    QDoubleSpinBox *rateSpin() const { return m_rate; }
    QSpinBox *burstSpin() const { return m_burst; }
    QTableWidget *methodThrottleTable() const { return m_methodThrottles; }
    QComboBox *methodThrottleCombo() const { return m_methodChoice; }
    QPushButton *addMethodThrottleButton() const { return m_addMethodThrottle; }
    QPushButton *removeMethodThrottleButton() const { return m_removeMethodThrottle; }
    QGroupBox *cacheGroup() const { return m_cacheGroup; }
    QComboBox *cacheSizeCombo() const { return m_cacheSize; }
    QSpinBox *cacheTtlSpin() const { return m_cacheTtl; }
    QGroupBox *canaryGroup() const { return m_canaryGroup; }
    QLabel *canaryRestOnlyLabel() const { return m_canaryRestOnly; }
    QComboBox *canaryDeploymentCombo() const { return m_canaryDeployment; }
    QDoubleSpinBox *canaryPercentSpin() const { return m_canaryPercent; }
    KeyValueTable *canaryOverridesTable() const { return m_canaryOverrides; }
    QCheckBox *canaryUseCacheCheck() const { return m_canaryCache; }
    QLabel *canarySummaryLabel() const { return m_canarySummary; }
    QPushButton *promoteCanaryButton() const { return m_promoteCanary; }
    QPushButton *removeCanaryButton() const { return m_removeCanary; }
    QComboBox *accessLogPresetCombo() const { return m_logPreset; }
    QPlainTextEdit *accessLogEdit() const { return m_logFormat; }

Q_SIGNALS:
    /// The user asked to deploy the working copy to this stage (the Deploy… button, shown only while something
    /// listens to this signal).
    void deployRequested(const QString &apiId, const QString &stage);

private:
    const model::Api *api() const;
    const model::Stage *stage() const;
    void refresh();
    /// Applies `change` to a copy of the project's stage and pushes it as one edit named `text`.
    void apply(const QString &text, int mergeId, const std::function<void(model::Stage &)> &change);
    void setThrottleFromUi();
    void setMethodThrottlesFromUi();
    void fillMethodThrottles(const model::Stage &stage);
    void fillMethodChoice(const model::Api &api, const model::Stage &stage);
    void setAccessLogFormat(const QString &format);
    void setUpCanary(QBoxLayout *form);
    void fillCanary(const model::Api &api, const model::Stage &stage);
    /// Turns the canary on (serving the newest other deployment, or the stage's own until the next deployment) or off.
    void setCanaryEnabled(bool on);
    /// Promote: the stage serves the canary's deployment with its variable overrides, and the canary is removed.
    void promoteCanary();

    ProjectDocument *m_document;
    QString m_apiId;
    QString m_stageName;
    QLabel *m_title;
    QLabel *m_missing;
    QWidget *m_form;
    QLabel *m_deployment;
    QLabel *m_undeployed;
    QPushButton *m_deploy;
    QCheckBox *m_autoDeploy;
    QLineEdit *m_description;
    KeyValueTable *m_variables;
    QGroupBox *m_throttleGroup;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_burst;
    QTableWidget *m_methodThrottles;
    QComboBox *m_methodChoice;
    QPushButton *m_addMethodThrottle;
    QPushButton *m_removeMethodThrottle;
    QGroupBox *m_cacheGroup;
    QComboBox *m_cacheSize;
    QSpinBox *m_cacheTtl;
    QLabel *m_cacheCost;
    QGroupBox *m_canaryGroup;
    QLabel *m_canaryRestOnly;
    QComboBox *m_canaryDeployment;
    QDoubleSpinBox *m_canaryPercent;
    KeyValueTable *m_canaryOverrides;
    QCheckBox *m_canaryCache;
    QLabel *m_canarySummary;
    QPushButton *m_promoteCanary;
    QPushButton *m_removeCanary;
    QGroupBox *m_logGroup;
    QComboBox *m_logPreset;
    QPlainTextEdit *m_logFormat;
    QLabel *m_logNote;
};

} // namespace gw::ui
