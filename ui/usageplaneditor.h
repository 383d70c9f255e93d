// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace gw::ui {

class ProjectDocument;

/// The editor of one usage plan (explorer key "usageplan:NAME"): name, description, per-key throttle, quota (limit,
/// period, offset), the REST API stages it covers and the API keys in it. Every change is one undoable edit;
/// typing in one field merges into one undo step. Refuses what the project file would refuse (a key in two plans
/// of one API stage, an offset above the limit) and says why.
class UsagePlanEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit UsagePlanEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the plan `key` names ("usageplan:NAME"); false when the project has no such plan.
    bool showKey(const QString &key);
    QString planName() const { return m_name; }

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QGroupBox *throttleGroup() const { return m_throttleGroup; }
    QDoubleSpinBox *rateSpin() const { return m_rate; }
    QSpinBox *burstSpin() const { return m_burst; }
    QGroupBox *quotaGroup() const { return m_quotaGroup; }
    QSpinBox *quotaLimitSpin() const { return m_quotaLimit; }
    QComboBox *quotaPeriodCombo() const { return m_quotaPeriod; }
    QSpinBox *quotaOffsetSpin() const { return m_quotaOffset; }
    /// One checkable row per REST API stage ("petstore / prod"; data: API id, stage name in Qt::UserRole + 1).
    QListWidget *stageList() const { return m_stages; }
    /// One checkable row per API key.
    QListWidget *keyList() const { return m_keys; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    /// The plan was renamed here: it is now "usageplan:NEWNAME". Emitted after the edit.
    void keyRenamed(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    const model::UsagePlan *plan() const;
    void refresh();
    /// Applies `change` to a copy of the project and its plan; `newName`, when set, is the plan's name after it.
    bool apply(const QString &text, int mergeId, const std::function<bool(model::Project &, model::UsagePlan &)> &change,
               const QString &newName = {});
    void setThrottleFromUi();
    void setQuotaFromUi();
    void stageToggled(const QString &apiId, const QString &stage, bool on);
    void keyToggled(const QString &keyName, bool on);
    void showProblem(const QString &problem);

    ProjectDocument *m_document;
    QString m_name;
    int m_index = -1; ///< the plan's position, to follow it when an undo renames it
    QString m_renamedFrom; ///< while a rename made here is being applied: the old key
    QLabel *m_title;
    QLabel *m_missing;
    QWidget *m_form;
    QLineEdit *m_nameEdit;
    QLineEdit *m_description;
    QGroupBox *m_throttleGroup;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_burst;
    QGroupBox *m_quotaGroup;
    QSpinBox *m_quotaLimit;
    QComboBox *m_quotaPeriod;
    QSpinBox *m_quotaOffset;
    QListWidget *m_stages;
    QListWidget *m_keys;
    QLabel *m_problem;
};

/// The editor of one API key (explorer key "apikey:NAME"): name, value (typed or generated), enabled, and the usage
/// plans it belongs to. Every change is one undoable edit.
class ApiKeyEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ApiKeyEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the API key `key` names ("apikey:NAME"); false when the project has no such key.
    bool showKey(const QString &key);
    QString keyName() const { return m_name; }

    /// A new random key value: 40 letters and digits, as AWS generates them.
    static QString generateValue();

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *generateButton() const { return m_generate; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QListWidget *planList() const { return m_plans; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    /// The key was renamed here: it is now "apikey:NEWNAME". Emitted after the edit.
    void keyRenamed(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    const model::ApiKey *apiKey() const;
    void refresh();
    /// Applies `change` to a copy of the project and its key; `newName`, when set, is the key's name after it.
    bool apply(const QString &text, int mergeId, const std::function<bool(model::Project &, model::ApiKey &)> &change,
               const QString &newName = {});
    void setValue(const QString &value, int mergeId);
    void planToggled(const QString &plan, bool on);
    void showProblem(const QString &problem);

    ProjectDocument *m_document;
    QString m_name;
    int m_index = -1; ///< the key's position, to follow it when an undo renames it
    QString m_renamedFrom; ///< while a rename made here is being applied: the old key
    QLabel *m_title;
    QLabel *m_missing;
    QWidget *m_form;
    QLineEdit *m_nameEdit;
    QLineEdit *m_value;
    QPushButton *m_generate;
    QCheckBox *m_enabled;
    QListWidget *m_plans;
    QLabel *m_problem;
};

} // namespace gw::ui
