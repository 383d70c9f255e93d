// SPDX-License-Identifier: GPL-3.0-or-later
#include "usageplaneditor.h"

#include "editorsupport.h"
#include "formatting.h"
#include "keyvaluetable.h"
#include "projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

/// Undo merge ids of the usage plan and API key editors (the resource editors' range is 2000-2999).
enum MergeId {
    PlanNameMerge = 2100,
    PlanDescriptionMerge,
    PlanThrottleMerge,
    PlanQuotaMerge,
    KeyNameMerge = 2200,
    KeyValueMerge,
};

constexpr int kApiRole = Qt::UserRole + 1;
constexpr int kStageRole = Qt::UserRole + 2;

/// The position of the item called `name` in `list`; when there is none, `index` if the list still has an item
/// there (an undo or redo renamed it), else -1.
template<typename T>
int locate(const QList<T> &list, const QString &name, int index)
{
    for (int i = 0; i < int(list.size()); ++i) {
        if (list[i].name == name)
            return i;
    }
    return index >= 0 && index < int(list.size()) ? index : -1;
}

/// What the project file would refuse about API keys and their plans, in words; empty when nothing.
QString keyPlanProblem(const model::Project &project)
{
    for (const model::ApiKey &key : project.apiKeys) {
        QHash<QString, QString> covered; // "api/stage" → plan
        for (const QString &planName : key.usagePlans) {
            const model::UsagePlan *plan = project.usagePlan(planName);
            if (!plan)
                continue;
            for (const model::UsagePlanStage &ps : plan->stages) {
                const QString pair = ps.apiId + QLatin1Char('/') + ps.stage;
                const QString other = covered.value(pair);
                if (!other.isEmpty() && other != planName)
                    return UsagePlanEditor::tr("The API key %1 would be in two usage plans for %2 (%3 and %4); AWS "
                                               "allows one usage plan per API stage for a key. Remove the key from one "
                                               "of them first.")
                        .arg(key.name, pair, other, planName);
                covered.insert(pair, planName);
            }
        }
    }
    return {};
}

/// Shows `problem` in `label`, or hides the label when there is none.
void showProblemIn(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

/// The showKey() of both editors: whether the Explorer key "PREFIX:NAME" names an item of `items` (`prefix` is
/// "usageplan" or "apikey"). If it does, `name` and `index` follow the item and the problem shown in `problem` is
/// cleared when the item changes. `renamedFrom`, the old key of a rename made in the editor while it is applied, is
/// taken as naming the item shown. The caller refreshes when this returns true.
template<typename T>
bool followKey(const ProjectDocument *document, QList<T> model::Project::*items, QLatin1String prefix,
               const QString &key, const QString &renamedFrom, QString &name, int &index, QLabel *problem)
{
    if (key.section(QLatin1Char(':'), 0, 0) != prefix || !document->isOpen())
        return false;
    if (!renamedFrom.isEmpty() && key == renamedFrom)
        return true;
    const QString keyName = key.section(QLatin1Char(':'), 1);
    const int keyIndex = locate(document->project().*items, keyName, -1);
    if (keyIndex < 0)
        return false;
    if (keyName != name)
        showProblemIn(problem, {});
    name = keyName;
    index = keyIndex;
    return true;
}

/// What applyToItem() did.
enum class ItemEdit {
    Unchanged, ///< no project open, no such item, or `change` changed nothing
    Refused, ///< keyPlanProblem() objects to the result, which `problem` shows; refresh to put back what was refused
    Applied,
    Renamed, ///< applied, and the item now has the new name
};

/// The apply() of both editors: applies `change` to a copy of the project and its item called `name` in `items`,
/// refuses the result when keyPlanProblem() objects to it, and commits it as one undoable edit. When `newName`
/// renames the item, `renamedFrom` holds the old key "PREFIX:NAME" while the document tells everyone and `name`
/// becomes `newName`.
template<typename T>
ItemEdit applyToItem(ProjectDocument *document, QList<T> model::Project::*items, QLatin1String prefix,
                     const QString &text, int mergeId, const std::function<bool(model::Project &, T &)> &change,
                     const QString &newName, QString &name, QString &renamedFrom, QLabel *problem)
{
    if (!document->isOpen())
        return ItemEdit::Unchanged;
    model::Project after = document->project();
    const int index = locate(after.*items, name, -1);
    if (index < 0)
        return ItemEdit::Unchanged;
    if (!change(after, (after.*items)[index]))
        return ItemEdit::Unchanged;
    const QString refusal = keyPlanProblem(after);
    if (!refusal.isEmpty()) {
        showProblemIn(problem, refusal);
        return ItemEdit::Refused;
    }
    showProblemIn(problem, {});
    const bool renamed = !newName.isEmpty() && newName != name;
    if (renamed) {
        // While the document tells everyone, the old key still names what this editor shows.
        renamedFrom = QString(prefix) + QLatin1Char(':') + name;
        name = newName;
    }
    document->edit(text, std::move(after), mergeId);
    if (!renamed)
        return ItemEdit::Applied;
    renamedFrom.clear();
    return ItemEdit::Renamed;
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

/// Colours a problem label for the palette in use.
void colourProblem(QLabel *label, const QPalette &palette)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, Formatting::statusColor(500, palette));
    label->setPalette(pal);
}

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->hide();
    colourProblem(label, parent->palette());
    return label;
}

/// Fills `list` with checkable rows; rebuilds only when the rows' texts changed, so the current row stays.
void fillChecklist(QListWidget *list, const QList<QPair<QString, bool>> &rows)
{
    const QSignalBlocker blocker(list);
    bool same = list->count() == rows.size();
    for (int i = 0; same && i < list->count(); ++i)
        same = list->item(i)->text() == rows[i].first;
    if (!same) {
        list->clear();
        for (const auto &row : rows) {
            auto *item = new QListWidgetItem(row.first, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(rows[i].second ? Qt::Checked : Qt::Unchecked);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------------
// UsagePlanEditor

UsagePlanEditor::UsagePlanEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_form(new QWidget)
    , m_nameEdit(new QLineEdit(m_form))
    , m_description(new QLineEdit(m_form))
    , m_throttleGroup(new QGroupBox(tr("Throttling per API key"), m_form))
    , m_rate(new QDoubleSpinBox(m_throttleGroup))
    , m_burst(new QSpinBox(m_throttleGroup))
    , m_quotaGroup(new QGroupBox(tr("Quota per API key"), m_form))
    , m_quotaLimit(new QSpinBox(m_quotaGroup))
    , m_quotaPeriod(new QComboBox(m_quotaGroup))
    , m_quotaOffset(new QSpinBox(m_quotaGroup))
    , m_stages(new QListWidget(m_form))
    , m_keys(new QListWidget(m_form))
    , m_problem(makeProblemLabel(m_form))
{
    setObjectName(QStringLiteral("UsagePlanEditor"));
    editing::layOutResourceEditor(this, m_title, m_missing, m_form);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *general = new QFormLayout;
    m_nameEdit->setAccessibleName(tr("Usage plan name"));
    m_description->setAccessibleName(tr("Usage plan description"));
    general->addRow(tr("&Name:"), m_nameEdit);
    general->addRow(tr("&Description:"), m_description);
    layout->addLayout(general);
    m_problem->setAccessibleName(tr("Usage plan problem"));
    layout->addWidget(m_problem);

    m_throttleGroup->setCheckable(true);
    m_throttleGroup->setAccessibleName(tr("Throttling per API key"));
    auto *throttleForm = new QFormLayout(m_throttleGroup);
    m_rate->setRange(0, 1'000'000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setAccessibleName(tr("Rate limit"));
    m_burst->setRange(0, 1'000'000);
    m_burst->setSuffix(tr(" requests"));
    m_burst->setAccessibleName(tr("Burst limit"));
    throttleForm->addRow(tr("&Rate:"), m_rate);
    throttleForm->addRow(tr("&Burst:"), m_burst);
    layout->addWidget(m_throttleGroup);

    m_quotaGroup->setCheckable(true);
    m_quotaGroup->setAccessibleName(tr("Quota per API key"));
    auto *quotaForm = new QFormLayout(m_quotaGroup);
    m_quotaLimit->setRange(0, std::numeric_limits<int>::max());
    m_quotaLimit->setSuffix(tr(" requests"));
    m_quotaLimit->setAccessibleName(tr("Quota limit"));
    m_quotaPeriod->addItem(tr("per day (UTC)"), model::periodName(model::Quota::Period::Day));
    m_quotaPeriod->addItem(tr("per week (from Sunday, UTC)"), model::periodName(model::Quota::Period::Week));
    m_quotaPeriod->addItem(tr("per month (UTC)"), model::periodName(model::Quota::Period::Month));
    m_quotaPeriod->setAccessibleName(tr("Quota period"));
    m_quotaOffset->setRange(0, std::numeric_limits<int>::max());
    m_quotaOffset->setSuffix(tr(" requests"));
    m_quotaOffset->setAccessibleName(tr("Quota offset"));
    m_quotaOffset->setToolTip(tr("Requests taken from the first period"));
    quotaForm->addRow(tr("&Limit:"), m_quotaLimit);
    quotaForm->addRow(tr("&Period:"), m_quotaPeriod);
    quotaForm->addRow(tr("&Offset:"), m_quotaOffset);
    layout->addWidget(m_quotaGroup);

    auto *lists = new QHBoxLayout;
    auto *stageBox = new QGroupBox(tr("API stages"), m_form);
    auto *stageLayout = new QVBoxLayout(stageBox);
    m_stages->setAccessibleName(tr("API stages in the plan"));
    stageLayout->addWidget(m_stages);
    lists->addWidget(stageBox);
    auto *keyBox = new QGroupBox(tr("API keys"), m_form);
    auto *keyLayout = new QVBoxLayout(keyBox);
    m_keys->setAccessibleName(tr("API keys in the plan"));
    keyLayout->addWidget(m_keys);
    lists->addWidget(keyBox);
    layout->addLayout(lists, 1);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty()) {
            showProblem(tr("A usage plan needs a name."));
            return;
        }
        if (name != m_name && m_document->project().usagePlan(name)) {
            showProblem(tr("Another usage plan is called %1; choose another name.").arg(name));
            return;
        }
        const QString old = m_name;
        apply(tr("Rename usage plan %1").arg(old), PlanNameMerge, [old, name](model::Project &p, model::UsagePlan &plan) {
                plan.name = name;
                for (model::ApiKey &key : p.apiKeys) {
                    for (QString &planName : key.usagePlans) {
                        if (planName == old)
                            planName = name;
                    }
                }
                return true;
            }, name);
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        apply(tr("Set description of usage plan %1").arg(m_name), PlanDescriptionMerge,
              [text](model::Project &, model::UsagePlan &plan) {
                  plan.description = text;
                  return true;
              });
    });
    connect(m_throttleGroup, &QGroupBox::toggled, this, [this] { setThrottleFromUi(); });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this] { setThrottleFromUi(); });
    connect(m_burst, &QSpinBox::valueChanged, this, [this] { setThrottleFromUi(); });
    connect(m_quotaGroup, &QGroupBox::toggled, this, [this] { setQuotaFromUi(); });
    connect(m_quotaLimit, &QSpinBox::valueChanged, this, [this] { setQuotaFromUi(); });
    connect(m_quotaPeriod, &QComboBox::activated, this, [this] { setQuotaFromUi(); });
    connect(m_quotaOffset, &QSpinBox::valueChanged, this, [this] { setQuotaFromUi(); });
    connect(m_stages, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        stageToggled(item->data(kApiRole).toString(), item->data(kStageRole).toString(),
                     item->checkState() == Qt::Checked);
    });
    connect(m_keys, &QListWidget::itemChanged, this,
            [this](QListWidgetItem *item) { keyToggled(item->text(), item->checkState() == Qt::Checked); });
    connect(m_document, &ProjectDocument::changed, this, &UsagePlanEditor::refresh);
    guardWheel(m_form);
}

void UsagePlanEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourProblem(m_problem, palette());
}

const model::UsagePlan *UsagePlanEditor::plan() const
{
    return m_document->isOpen() ? m_document->project().usagePlan(m_name) : nullptr;
}

bool UsagePlanEditor::showKey(const QString &key)
{
    if (!followKey(m_document, &model::Project::usagePlans, QLatin1String("usageplan"), key, m_renamedFrom, m_name,
                   m_index, m_problem))
        return false;
    refresh();
    return true;
}

void UsagePlanEditor::showProblem(const QString &problem)
{
    showProblemIn(m_problem, problem);
}

bool UsagePlanEditor::apply(const QString &text, int mergeId,
                            const std::function<bool(model::Project &, model::UsagePlan &)> &change, const QString &newName)
{
    const ItemEdit result = applyToItem(m_document, &model::Project::usagePlans, QLatin1String("usageplan"), text,
                                        mergeId, change, newName, m_name, m_renamedFrom, m_problem);
    if (result == ItemEdit::Refused)
        refresh(); // puts back the check box that was refused
    if (result == ItemEdit::Renamed)
        Q_EMIT keyRenamed(QStringLiteral("usageplan:") + newName);
    return result == ItemEdit::Applied || result == ItemEdit::Renamed;
}

void UsagePlanEditor::setThrottleFromUi()
{
    std::optional<model::Throttle> throttle;
    if (m_throttleGroup->isChecked())
        throttle = model::Throttle{m_rate->value(), m_burst->value()};
    const model::UsagePlan *p = plan();
    if (!p || p->throttle == throttle)
        return;
    apply(tr("Set throttling of usage plan %1").arg(m_name), throttle && p->throttle ? PlanThrottleMerge : -1,
          [throttle](model::Project &, model::UsagePlan &plan) {
              plan.throttle = throttle;
              return true;
          });
}

void UsagePlanEditor::setQuotaFromUi()
{
    m_quotaOffset->setMaximum(m_quotaLimit->value());
    std::optional<model::Quota> quota;
    if (m_quotaGroup->isChecked()) {
        model::Quota q;
        q.limit = m_quotaLimit->value();
        model::parsePeriod(m_quotaPeriod->currentData().toString(), &q.period);
        q.offset = qMin(m_quotaOffset->value(), q.limit);
        quota = q;
    }
    const model::UsagePlan *p = plan();
    if (!p || p->quota == quota)
        return;
    apply(tr("Set quota of usage plan %1").arg(m_name), quota && p->quota ? PlanQuotaMerge : -1,
          [quota](model::Project &, model::UsagePlan &plan) {
              plan.quota = quota;
              return true;
          });
}

void UsagePlanEditor::stageToggled(const QString &apiId, const QString &stage, bool on)
{
    apply(on ? tr("Add %1/%2 to usage plan %3").arg(apiId, stage, m_name)
             : tr("Remove %1/%2 from usage plan %3").arg(apiId, stage, m_name),
          -1, [apiId, stage, on](model::Project &, model::UsagePlan &plan) {
              const auto matches = [&](const model::UsagePlanStage &s) { return s.apiId == apiId && s.stage == stage; };
              const bool present = std::any_of(plan.stages.cbegin(), plan.stages.cend(), matches);
              if (present == on)
                  return false;
              if (on)
                  plan.stages.append(model::UsagePlanStage{apiId, stage, {}});
              else
                  plan.stages.removeIf(matches);
              return true;
          });
}

void UsagePlanEditor::keyToggled(const QString &keyName, bool on)
{
    apply(on ? tr("Add API key %1 to usage plan %2").arg(keyName, m_name)
             : tr("Remove API key %1 from usage plan %2").arg(keyName, m_name),
          -1, [keyName, on](model::Project &p, model::UsagePlan &plan) {
              for (model::ApiKey &key : p.apiKeys) {
                  if (key.name != keyName)
                      continue;
                  if (key.usagePlans.contains(plan.name) == on)
                      return false;
                  if (on)
                      key.usagePlans.append(plan.name);
                  else
                      key.usagePlans.removeAll(plan.name);
                  return true;
              }
              return false;
          });
}

void UsagePlanEditor::refresh()
{
    if (m_document->isOpen() && !m_name.isEmpty()) {
        m_index = locate(m_document->project().usagePlans, m_name, m_index);
        if (m_index >= 0)
            m_name = m_document->project().usagePlans[m_index].name;
    }
    const model::UsagePlan *p = plan();
    if (!p) {
        m_form->setEnabled(false);
        m_missing->setText(m_name.isEmpty() ? tr("No usage plan selected.")
                                            : tr("The usage plan %1 no longer exists. Select another item in the "
                                                 "explorer.")
                                                  .arg(m_name));
        m_missing->show();
        return;
    }
    const model::Project &project = m_document->project();
    m_missing->hide();
    m_form->setEnabled(true);
    m_title->setText(tr("Usage plan %1").arg(p->name));
    if (!m_nameEdit->hasFocus() || m_problem->isHidden())
        setText(m_nameEdit, p->name);
    setText(m_description, p->description);
    {
        const QSignalBlocker b1(m_throttleGroup), b2(m_rate), b3(m_burst);
        m_throttleGroup->setChecked(p->throttle.has_value());
        if (p->throttle) {
            if (m_rate->value() != p->throttle->rateLimit)
                m_rate->setValue(p->throttle->rateLimit);
            if (m_burst->value() != p->throttle->burstLimit)
                m_burst->setValue(p->throttle->burstLimit);
        }
    }
    {
        const QSignalBlocker b1(m_quotaGroup), b2(m_quotaLimit), b3(m_quotaPeriod), b4(m_quotaOffset);
        m_quotaGroup->setChecked(p->quota.has_value());
        if (p->quota) {
            if (m_quotaLimit->value() != p->quota->limit)
                m_quotaLimit->setValue(p->quota->limit);
            m_quotaOffset->setMaximum(p->quota->limit);
            m_quotaPeriod->setCurrentIndex(m_quotaPeriod->findData(model::periodName(p->quota->period)));
            if (m_quotaOffset->value() != p->quota->offset)
                m_quotaOffset->setValue(p->quota->offset);
        }
    }

    QList<QPair<QString, bool>> stageRows;
    QList<QPair<QString, QString>> stageData;
    for (const model::Api &api : project.apis) {
        if (api.protocol != model::Protocol::Rest)
            continue;
        for (const model::Stage &s : api.stages) {
            bool in = false;
            for (const model::UsagePlanStage &ps : p->stages)
                in |= ps.apiId == api.id && ps.stage == s.name;
            stageRows.append({tr("%1 / %2").arg(api.id, s.name), in});
            stageData.append({api.id, s.name});
        }
    }
    fillChecklist(m_stages, stageRows);
    {
        const QSignalBlocker blocker(m_stages);
        for (int i = 0; i < m_stages->count(); ++i) {
            m_stages->item(i)->setData(kApiRole, stageData[i].first);
            m_stages->item(i)->setData(kStageRole, stageData[i].second);
        }
    }
    if (stageRows.isEmpty() && m_stages->count() == 0)
        m_stages->setToolTip(tr("The project has no REST API stage; usage plans cover REST API stages only."));
    else
        m_stages->setToolTip({});

    QList<QPair<QString, bool>> keyRows;
    for (const model::ApiKey &key : project.apiKeys)
        keyRows.append({key.name, key.usagePlans.contains(p->name)});
    fillChecklist(m_keys, keyRows);
}

// ---------------------------------------------------------------------------------------------------------------------
// ApiKeyEditor

QString ApiKeyEditor::generateValue()
{
    static const QLatin1StringView alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString value;
    value.reserve(40);
    for (int i = 0; i < 40; ++i)
        value.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return value;
}

ApiKeyEditor::ApiKeyEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_form(new QWidget)
    , m_nameEdit(new QLineEdit(m_form))
    , m_value(new QLineEdit(m_form))
    , m_generate(new QPushButton(tr("&Generate"), m_form))
    , m_enabled(new QCheckBox(tr("&Enabled: requests with this key are accepted"), m_form))
    , m_plans(new QListWidget(m_form))
    , m_problem(makeProblemLabel(m_form))
{
    setObjectName(QStringLiteral("ApiKeyEditor"));
    editing::layOutResourceEditor(this, m_title, m_missing, m_form);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *general = new QFormLayout;
    m_nameEdit->setAccessibleName(tr("API key name"));
    general->addRow(tr("&Name:"), m_nameEdit);
    auto *valueRow = new QHBoxLayout;
    m_value->setAccessibleName(tr("API key value"));
    m_value->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_value->setToolTip(tr("What clients send in the x-api-key header; AWS wants at least 20 characters"));
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *show = new QCheckBox(tr("&Show"), m_form);
    show->setAccessibleName(tr("Show the API key value"));
    m_generate->setAccessibleName(tr("Generate a new API key value"));
    m_generate->setToolTip(tr("Replace the value with 40 random letters and digits, as AWS generates them"));
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(show);
    valueRow->addWidget(m_generate);
    auto *valueLabel = new QLabel(tr("&Value:"), m_form);
    valueLabel->setBuddy(m_value);
    general->addRow(valueLabel, valueRow);
    m_enabled->setAccessibleName(tr("API key enabled"));
    general->addRow(QString(), m_enabled);
    layout->addLayout(general);
    m_problem->setAccessibleName(tr("API key problem"));
    layout->addWidget(m_problem);
    auto *planBox = new QGroupBox(tr("Usage plans"), m_form);
    auto *planLayout = new QVBoxLayout(planBox);
    m_plans->setAccessibleName(tr("Usage plans of the API key"));
    planLayout->addWidget(m_plans);
    layout->addWidget(planBox, 1);

    connect(show, &QCheckBox::toggled, this,
            [this](bool on) { m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::PasswordEchoOnEdit); });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty()) {
            showProblem(tr("An API key needs a name."));
            return;
        }
        for (const model::ApiKey &k : m_document->project().apiKeys) {
            if (k.name == name && name != m_name) {
                showProblem(tr("Another API key is called %1; choose another name.").arg(name));
                return;
            }
        }
        apply(tr("Rename API key %1").arg(m_name), KeyNameMerge, [name](model::Project &, model::ApiKey &key) {
                key.name = name;
                return true;
            }, name);
    });
    connect(m_value, &QLineEdit::textEdited, this, [this](const QString &text) { setValue(text, KeyValueMerge); });
    connect(m_generate, &QPushButton::clicked, this, [this] { setValue(generateValue(), -1); });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        apply(on ? tr("Enable API key %1").arg(m_name) : tr("Disable API key %1").arg(m_name), -1,
              [on](model::Project &, model::ApiKey &key) {
                  key.enabled = on;
                  return true;
              });
    });
    connect(m_plans, &QListWidget::itemChanged, this,
            [this](QListWidgetItem *item) { planToggled(item->text(), item->checkState() == Qt::Checked); });
    connect(m_document, &ProjectDocument::changed, this, &ApiKeyEditor::refresh);
}

void ApiKeyEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourProblem(m_problem, palette());
}

const model::ApiKey *ApiKeyEditor::apiKey() const
{
    if (!m_document->isOpen())
        return nullptr;
    for (const model::ApiKey &k : m_document->project().apiKeys) {
        if (k.name == m_name)
            return &k;
    }
    return nullptr;
}

bool ApiKeyEditor::showKey(const QString &key)
{
    if (!followKey(m_document, &model::Project::apiKeys, QLatin1String("apikey"), key, m_renamedFrom, m_name,
                   m_index, m_problem))
        return false;
    refresh();
    return true;
}

void ApiKeyEditor::showProblem(const QString &problem)
{
    showProblemIn(m_problem, problem);
}

bool ApiKeyEditor::apply(const QString &text, int mergeId,
                         const std::function<bool(model::Project &, model::ApiKey &)> &change, const QString &newName)
{
    const ItemEdit result = applyToItem(m_document, &model::Project::apiKeys, QLatin1String("apikey"), text,
                                        mergeId, change, newName, m_name, m_renamedFrom, m_problem);
    if (result == ItemEdit::Refused)
        refresh();
    if (result == ItemEdit::Renamed)
        Q_EMIT keyRenamed(QStringLiteral("apikey:") + newName);
    return result == ItemEdit::Applied || result == ItemEdit::Renamed;
}

void ApiKeyEditor::setValue(const QString &value, int mergeId)
{
    if (value.isEmpty()) {
        showProblem(tr("An API key needs a value: what clients send in x-api-key."));
        return;
    }
    for (const model::ApiKey &k : m_document->project().apiKeys) {
        if (k.value == value && k.name != m_name) {
            showProblem(tr("The API key %1 has this value already; values must be unique.").arg(k.name));
            return;
        }
    }
    if (apply(tr("Set value of API key %1").arg(m_name), mergeId, [value](model::Project &, model::ApiKey &key) {
            key.value = value;
            return true;
        })
        && value.size() < 20)
        showProblem(tr("AWS refuses API key values shorter than 20 characters (this one has %1); Gatehouse accepts it "
                       "locally.")
                        .arg(value.size()));
}

void ApiKeyEditor::planToggled(const QString &planName, bool on)
{
    apply(on ? tr("Add API key %1 to usage plan %2").arg(m_name, planName)
             : tr("Remove API key %1 from usage plan %2").arg(m_name, planName),
          -1, [planName, on](model::Project &, model::ApiKey &key) {
              if (key.usagePlans.contains(planName) == on)
                  return false;
              if (on)
                  key.usagePlans.append(planName);
              else
                  key.usagePlans.removeAll(planName);
              return true;
          });
}

void ApiKeyEditor::refresh()
{
    if (m_document->isOpen() && !m_name.isEmpty()) {
        m_index = locate(m_document->project().apiKeys, m_name, m_index);
        if (m_index >= 0)
            m_name = m_document->project().apiKeys[m_index].name;
    }
    const model::ApiKey *k = apiKey();
    if (!k) {
        m_form->setEnabled(false);
        m_missing->setText(m_name.isEmpty() ? tr("No API key selected.")
                                            : tr("The API key %1 no longer exists. Select another item in the explorer.")
                                                  .arg(m_name));
        m_missing->show();
        return;
    }
    m_missing->hide();
    m_form->setEnabled(true);
    m_title->setText(tr("API key %1").arg(k->name));
    if (!m_nameEdit->hasFocus() || m_problem->isHidden())
        setText(m_nameEdit, k->name);
    if (!m_value->hasFocus() || m_problem->isHidden())
        setText(m_value, k->value);
    if (m_enabled->isChecked() != k->enabled) {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(k->enabled);
    }
    QList<QPair<QString, bool>> rows;
    for (const model::UsagePlan &plan : m_document->project().usagePlans)
        rows.append({plan.name, k->usagePlans.contains(plan.name)});
    fillChecklist(m_plans, rows);
}

} // namespace gw::ui
