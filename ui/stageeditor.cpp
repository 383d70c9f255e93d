// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageeditor.h"

#include "editorsupport.h"
#include "formatting.h"
#include "keyvaluetable.h"
#include "projectdocument.h"

#include "observe/accesslog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

/// Undo merge ids of the stage editor's fields (the resource editors' range is 2000-2999).
enum MergeId {
    DescriptionMerge = 2000,
    VariablesMerge,
    ThrottleMerge,
    MethodThrottleMerge,
    CacheMerge,
    AccessLogMerge,
    CanaryPercentMerge,
    CanaryOverridesMerge,
};

constexpr QStringView kAccessLogSettings = u"accessLogSettings";

model::Stage *findStage(model::Project &project, const QString &apiId, const QString &name)
{
    for (model::Api &api : project.apis) {
        if (api.id != apiId)
            continue;
        for (model::Stage &s : api.stages) {
            if (s.name == name)
                return &s;
        }
    }
    return nullptr;
}

QString accessLogFormat(const model::Stage &stage)
{
    return stage.extra[kAccessLogSettings][u"format"].toString();
}

/// The methods (REST "/pets/GET") or routes (HTTP "GET /pets") a stage can throttle one by one.
QStringList throttleKeys(const model::Api &api)
{
    QStringList keys;
    for (const model::PathItem &path : api.definition.paths) {
        for (const model::Operation &op : path.operations) {
            if (api.protocol == model::Protocol::Http)
                keys.append(path.path == QLatin1String("$default") ? path.path : op.method + QLatin1Char(' ') + path.path);
            else
                keys.append(path.path + QLatin1Char('/') + op.method);
        }
    }
    return keys;
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

} // namespace

QList<QPair<QString, QString>> StageEditor::accessLogPresets(model::Protocol protocol)
{
    const bool http = protocol != model::Protocol::Rest;
    auto adapt = [http](QString format) {
        if (http)
            format.replace(QLatin1String("resourcePath"), QLatin1String("routeKey"));
        return format;
    };
    return {{QStringLiteral("CLF"), http ? AccessLogFormats::clfHttp() : AccessLogFormats::clfRest()},
            {QStringLiteral("JSON"), adapt(AccessLogFormats::json())},
            {QStringLiteral("XML"), adapt(AccessLogFormats::xml())},
            {QStringLiteral("CSV"), adapt(AccessLogFormats::csv())}};
}

StageEditor::StageEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_form(new QWidget)
    , m_deployment(new QLabel(m_form))
    , m_undeployed(new QLabel(m_form))
    , m_deploy(new QPushButton(tr("Deploy…"), m_form))
    , m_autoDeploy(new QCheckBox(tr("Deploy &automatically: the stage serves every change at once"), m_form))
    , m_description(new QLineEdit(m_form))
    , m_variables(new KeyValueTable(tr("Name"), tr("Value"), QRegularExpression(QStringLiteral("[A-Za-z0-9_]+")),
                                    tr("letters, digits and _"), QStringLiteral("variable"), m_form))
    , m_throttleGroup(new QGroupBox(tr("Default method throttling"), m_form))
    , m_rate(new QDoubleSpinBox(m_throttleGroup))
    , m_burst(new QSpinBox(m_throttleGroup))
    , m_methodThrottles(new QTableWidget(0, 3, m_form))
    , m_methodChoice(new QComboBox(m_form))
    , m_addMethodThrottle(new QPushButton(tr("Add"), m_form))
    , m_removeMethodThrottle(new QPushButton(tr("Remove"), m_form))
    , m_cacheGroup(new QGroupBox(tr("Stage cache"), m_form))
    , m_cacheSize(new QComboBox(m_cacheGroup))
    , m_cacheTtl(new QSpinBox(m_cacheGroup))
    , m_cacheCost(new QLabel(m_cacheGroup))
    , m_canaryGroup(new QGroupBox(tr("Canary"), m_form))
    , m_canaryRestOnly(new QLabel(m_form))
    , m_canaryDeployment(new QComboBox(m_canaryGroup))
    , m_canaryPercent(new QDoubleSpinBox(m_canaryGroup))
    , m_canaryOverrides(new KeyValueTable(tr("Name"), tr("Value"), QRegularExpression(QStringLiteral("[A-Za-z0-9_]+")),
                                          tr("letters, digits and _"), QStringLiteral("variable"), m_canaryGroup))
    , m_canaryCache(new QCheckBox(tr("Canary requests use the stage &cache"), m_canaryGroup))
    , m_canarySummary(new QLabel(m_canaryGroup))
    , m_promoteCanary(new QPushButton(tr("Pro&mote Canary"), m_canaryGroup))
    , m_removeCanary(new QPushButton(tr("Remove Canary"), m_canaryGroup))
    , m_logGroup(new QGroupBox(tr("Access logging"), m_form))
    , m_logPreset(new QComboBox(m_logGroup))
    , m_logFormat(new QPlainTextEdit(m_logGroup))
    , m_logNote(new QLabel(m_logGroup))
{
    setObjectName(QStringLiteral("StageEditor"));
    editing::layOutResourceEditor(this, m_title, m_missing, m_form);

    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);

    // Deployment
    auto *deployGroup = new QGroupBox(tr("Deployment"), m_form);
    auto *deployLayout = new QVBoxLayout(deployGroup);
    m_deployment->setWordWrap(true);
    m_deployment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deployment->setAccessibleName(tr("Deployment served"));
    deployLayout->addWidget(m_deployment);
    auto *undeployedRow = new QHBoxLayout;
    m_undeployed->setWordWrap(true);
    m_undeployed->setAccessibleName(tr("Undeployed changes"));
    undeployedRow->addWidget(m_undeployed, 1);
    m_deploy->setAccessibleName(tr("Deploy to this stage"));
    m_deploy->setToolTip(tr("Deploy the working copy to this stage"));
    undeployedRow->addWidget(m_deploy);
    deployLayout->addLayout(undeployedRow);
    m_autoDeploy->setAccessibleName(tr("Deploy automatically"));
    deployLayout->addWidget(m_autoDeploy);
    form->addWidget(deployGroup);
    setUpCanary(form);

    auto *general = new QFormLayout;
    m_description->setAccessibleName(tr("Stage description"));
    m_description->setPlaceholderText(tr("What this stage is for"));
    general->addRow(tr("&Description:"), m_description);
    form->addLayout(general);

    auto *varsGroup = new QGroupBox(tr("Stage variables"), m_form);
    auto *varsLayout = new QVBoxLayout(varsGroup);
    auto *varsHint = new QLabel(tr("Available as <code>${stageVariables.NAME}</code> in integration URIs and as "
                                   "<code>$stageVariables.NAME</code> in mapping templates."),
                                varsGroup);
    varsHint->setWordWrap(true);
    varsLayout->addWidget(varsHint);
    m_variables->setAccessibleName(tr("Stage variables"));
    m_variables->table()->setAccessibleName(tr("Stage variables"));
    varsLayout->addWidget(m_variables);
    form->addWidget(varsGroup);

    // Throttling
    m_throttleGroup->setCheckable(true);
    m_throttleGroup->setAccessibleName(tr("Default method throttling"));
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
    form->addWidget(m_throttleGroup);

    auto *methodGroup = new QGroupBox(tr("Method throttling"), m_form);
    auto *methodLayout = new QVBoxLayout(methodGroup);
    m_methodThrottles->setHorizontalHeaderLabels({tr("Method"), tr("Rate (requests/s)"), tr("Burst")});
    m_methodThrottles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_methodThrottles->verticalHeader()->hide();
    m_methodThrottles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_methodThrottles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int row = fontMetrics().height() + 14; // room for the spin boxes
    m_methodThrottles->verticalHeader()->setDefaultSectionSize(row);
    const int header = m_methodThrottles->horizontalHeader()->sizeHint().height() + 2 * m_methodThrottles->frameWidth();
    m_methodThrottles->setMinimumHeight(header + 2 * row);
    m_methodThrottles->setMaximumHeight(header + 6 * row);
    m_methodThrottles->setAccessibleName(tr("Method throttling"));
    methodLayout->addWidget(m_methodThrottles);
    auto *methodRow = new QHBoxLayout;
    m_methodChoice->setAccessibleName(tr("Method to throttle"));
    m_methodChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_addMethodThrottle->setAccessibleName(tr("Add method throttling"));
    m_removeMethodThrottle->setAccessibleName(tr("Remove selected method throttling"));
    m_removeMethodThrottle->setEnabled(false);
    methodRow->addWidget(m_methodChoice);
    methodRow->addWidget(m_addMethodThrottle);
    methodRow->addWidget(m_removeMethodThrottle);
    methodRow->addStretch(1);
    methodLayout->addLayout(methodRow);
    form->addWidget(methodGroup);

    // Cache
    m_cacheGroup->setCheckable(true);
    m_cacheGroup->setAccessibleName(tr("Stage cache"));
    auto *cacheForm = new QFormLayout(m_cacheGroup);
    for (const QString &size : model::cacheClusterSizes())
        m_cacheSize->addItem(tr("%1 GB").arg(size), size);
    m_cacheSize->setAccessibleName(tr("Cache size"));
    m_cacheTtl->setRange(0, model::kMaxCacheTtlSeconds);
    m_cacheTtl->setSuffix(tr(" s"));
    m_cacheTtl->setAccessibleName(tr("Cache time to live"));
    m_cacheTtl->setToolTip(tr("0 to 3600 seconds; 0 caches nothing"));
    m_cacheCost->setAccessibleName(tr("Cache price"));
    cacheForm->addRow(tr("&Size:"), m_cacheSize);
    cacheForm->addRow(tr("&Time to live:"), m_cacheTtl);
    cacheForm->addRow(QString(), m_cacheCost);
    form->addWidget(m_cacheGroup);

    // Access log
    m_logGroup->setCheckable(true);
    m_logGroup->setAccessibleName(tr("Access logging"));
    auto *logLayout = new QFormLayout(m_logGroup);
    m_logPreset->setAccessibleName(tr("Access log preset"));
    m_logFormat->setAccessibleName(tr("Access log format"));
    m_logFormat->setTabChangesFocus(true);
    m_logFormat->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    m_logFormat->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logNote->setWordWrap(true);
    m_logNote->setText(tr("Kept with the stage and exported. While the gateway runs, each request to this stage adds "
                          "one line in this format to the stage's access log file: View ▸ Access Logs shows the lines "
                          "and where the file is. <code>gatehouse serve --stage-access-logs DIR</code> writes the "
                          "same files."));
    logLayout->addRow(tr("&Preset:"), m_logPreset);
    logLayout->addRow(tr("&Format:"), m_logFormat);
    logLayout->addRow(QString(), m_logNote);
    form->addWidget(m_logGroup);
    form->addStretch(1);

    connect(m_deploy, &QPushButton::clicked, this, [this] { Q_EMIT deployRequested(m_apiId, m_stageName); });
    connect(m_autoDeploy, &QCheckBox::toggled, this, [this](bool on) {
        apply(on ? tr("Turn on auto-deploy of stage %1").arg(m_stageName)
                 : tr("Turn off auto-deploy of stage %1").arg(m_stageName),
              -1, [on](model::Stage &s) { s.autoDeploy = on; });
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        apply(tr("Set description of stage %1").arg(m_stageName), DescriptionMerge,
              [text](model::Stage &s) { s.description = text; });
    });
    connect(m_variables, &KeyValueTable::edited, this, [this](const model::StringPairs &pairs, bool rowsChanged) {
        apply(tr("Edit variables of stage %1").arg(m_stageName), rowsChanged ? -1 : VariablesMerge,
              [pairs](model::Stage &s) { s.variables = pairs; });
    });
    connect(m_throttleGroup, &QGroupBox::toggled, this, [this] { setThrottleFromUi(); });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this] { setThrottleFromUi(); });
    connect(m_burst, &QSpinBox::valueChanged, this, [this] { setThrottleFromUi(); });
    connect(m_addMethodThrottle, &QPushButton::clicked, this, [this] {
        const QString key = m_methodChoice->currentText();
        if (key.isEmpty())
            return;
        apply(tr("Throttle %1 on stage %2").arg(key, m_stageName), -1, [key](model::Stage &s) {
            const model::Throttle t = s.throttle.value_or(model::Throttle{10, 5});
            s.methodThrottles.append({key, t});
        });
    });
    connect(m_removeMethodThrottle, &QPushButton::clicked, this, [this] {
        const int row = m_methodThrottles->currentRow();
        if (row < 0)
            return;
        const QString key = m_methodThrottles->item(row, 0)->text();
        apply(tr("Remove throttling of %1 on stage %2").arg(key, m_stageName), -1, [key](model::Stage &s) {
            s.methodThrottles.removeIf([&key](const QPair<QString, model::Throttle> &p) { return p.first == key; });
        });
    });
    connect(m_methodThrottles, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeMethodThrottle->setEnabled(m_methodThrottles->currentRow() >= 0); });
    connect(m_cacheGroup, &QGroupBox::toggled, this, [this](bool on) {
        apply(on ? tr("Enable cache of stage %1").arg(m_stageName) : tr("Disable cache of stage %1").arg(m_stageName),
              -1, [on](model::Stage &s) {
                  if (!s.cache)
                      s.cache = model::CacheSettings();
                  s.cache->clusterEnabled = on;
              });
    });
    connect(m_cacheSize, &QComboBox::activated, this, [this] {
        const QString size = m_cacheSize->currentData().toString();
        apply(tr("Set cache size of stage %1 to %2 GB").arg(m_stageName, size), -1, [size](model::Stage &s) {
            if (!s.cache)
                s.cache = model::CacheSettings();
            s.cache->clusterSize = size;
        });
    });
    connect(m_cacheTtl, &QSpinBox::valueChanged, this, [this](int ttl) {
        apply(tr("Set cache time to live of stage %1").arg(m_stageName), CacheMerge, [ttl](model::Stage &s) {
            if (!s.cache)
                s.cache = model::CacheSettings();
            s.cache->ttlSeconds = ttl;
        });
    });
    connect(m_logGroup, &QGroupBox::toggled, this, [this](bool on) {
        const model::Api *a = api();
        if (!a)
            return;
        const QString format = m_logFormat->toPlainText().trimmed();
        setAccessLogFormat(on ? (format.isEmpty() ? accessLogPresets(a->protocol).first().second : format) : QString());
    });
    connect(m_logPreset, &QComboBox::activated, this, [this] {
        const QString format = m_logPreset->currentData().toString();
        if (!format.isEmpty())
            setAccessLogFormat(format);
    });
    connect(m_logFormat, &QPlainTextEdit::textChanged, this, [this] {
        const QString format = m_logFormat->toPlainText();
        if (!format.trimmed().isEmpty())
            setAccessLogFormat(format);
    });
    connect(m_document, &ProjectDocument::changed, this, &StageEditor::refresh);
    guardWheel(m_form);
}

const model::Api *StageEditor::api() const
{
    return m_document->isOpen() ? m_document->project().api(m_apiId) : nullptr;
}

const model::Stage *StageEditor::stage() const
{
    const model::Api *a = api();
    return a ? a->stage(m_stageName) : nullptr;
}

bool StageEditor::showKey(const QString &key)
{
    if (key.section(QLatin1Char(':'), 0, 0) != QLatin1String("stage") || !m_document->isOpen())
        return false;
    const QString apiId = key.section(QLatin1Char(':'), 1, 1);
    const QString stageName = key.section(QLatin1Char(':'), 2);
    const model::Api *a = m_document->project().api(apiId);
    if (!a || !a->stage(stageName))
        return false;
    m_apiId = apiId;
    m_stageName = stageName;
    refresh();
    return true;
}

void StageEditor::apply(const QString &text, int mergeId, const std::function<void(model::Stage &)> &change)
{
    if (!m_document->isOpen())
        return;
    model::Project after = m_document->project();
    model::Stage *s = findStage(after, m_apiId, m_stageName);
    if (!s)
        return;
    change(*s);
    m_document->edit(text, std::move(after), mergeId);
}

void StageEditor::setThrottleFromUi()
{
    std::optional<model::Throttle> throttle;
    if (m_throttleGroup->isChecked())
        throttle = model::Throttle{m_rate->value(), m_burst->value()};
    const model::Stage *s = stage();
    if (!s || s->throttle == throttle)
        return;
    apply(tr("Set throttling of stage %1").arg(m_stageName), throttle && s->throttle ? ThrottleMerge : -1,
          [throttle](model::Stage &st) { st.throttle = throttle; });
}

void StageEditor::setMethodThrottlesFromUi()
{
    QList<QPair<QString, model::Throttle>> throttles;
    for (int row = 0; row < m_methodThrottles->rowCount(); ++row) {
        const auto *rate = qobject_cast<QDoubleSpinBox *>(m_methodThrottles->cellWidget(row, 1));
        const auto *burst = qobject_cast<QSpinBox *>(m_methodThrottles->cellWidget(row, 2));
        if (!rate || !burst)
            return;
        throttles.append({m_methodThrottles->item(row, 0)->text(), model::Throttle{rate->value(), burst->value()}});
    }
    const model::Stage *s = stage();
    if (!s || s->methodThrottles == throttles)
        return;
    apply(tr("Set method throttling of stage %1").arg(m_stageName), MethodThrottleMerge,
          [throttles](model::Stage &st) { st.methodThrottles = throttles; });
}

void StageEditor::setAccessLogFormat(const QString &format)
{
    const model::Stage *s = stage();
    if (!s || accessLogFormat(*s) == format)
        return;
    apply(format.isEmpty() ? tr("Turn off access logging of stage %1").arg(m_stageName)
                           : tr("Set access log format of stage %1").arg(m_stageName),
          format.isEmpty() ? -1 : AccessLogMerge, [format](model::Stage &st) {
              if (format.isEmpty()) {
                  st.extra.remove(kAccessLogSettings);
                  return;
              }
              doc::Node settings = st.extra[kAccessLogSettings];
              if (!settings.isMapping())
                  settings = doc::Node::mapping();
              settings.set(QStringLiteral("format"), doc::Node::string(format));
              st.extra.set(kAccessLogSettings.toString(), settings);
          });
}

void StageEditor::setUpCanary(QBoxLayout *form)
{
    m_canaryRestOnly->setWordWrap(true);
    m_canaryRestOnly->setText(tr("Canary releases are for REST API stages: AWS HTTP and WebSocket APIs have none."));
    m_canaryRestOnly->setAccessibleName(tr("Canary"));
    form->addWidget(m_canaryRestOnly);

    m_canaryGroup->setCheckable(true);
    m_canaryGroup->setAccessibleName(tr("Canary"));
    m_canaryGroup->setToolTip(tr("Serve another deployment to a share of this stage's requests, picked at random"));
    auto *layout = new QVBoxLayout(m_canaryGroup);
    auto *canaryForm = new QFormLayout;
    m_canaryDeployment->setAccessibleName(tr("Canary deployment"));
    m_canaryDeployment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_canaryPercent->setRange(0, 100);
    m_canaryPercent->setDecimals(1);
    m_canaryPercent->setSingleStep(0.1);
    m_canaryPercent->setSuffix(tr(" %"));
    m_canaryPercent->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 48);
    m_canaryPercent->setAccessibleName(tr("Canary share of requests"));
    m_canaryPercent->setToolTip(tr("0 to 100: the percent of requests the canary serves, each picked at random"));
    canaryForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    canaryForm->addRow(tr("Deplo&yment:"), m_canaryDeployment);
    canaryForm->addRow(tr("Re&quests:"), m_canaryPercent);
    layout->addLayout(canaryForm);
    auto *overridesHint = new QLabel(tr("Stage variable overrides: canary requests see these values (and these "
                                        "variables) instead of the stage's."),
                                     m_canaryGroup);
    overridesHint->setWordWrap(true);
    layout->addWidget(overridesHint);
    m_canaryOverrides->setAccessibleName(tr("Canary stage variable overrides"));
    m_canaryOverrides->table()->setAccessibleName(tr("Canary stage variable overrides"));
    {
        // Overrides are few: room for four rows, then it scrolls.
        QTableWidget *table = m_canaryOverrides->table();
        const int header = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
        table->setMaximumHeight(header + 4 * (fontMetrics().height() + 10));
    }
    layout->addWidget(m_canaryOverrides);
    m_canaryCache->setAccessibleName(tr("Canary uses the stage cache"));
    m_canaryCache->setToolTip(tr("Off: canary requests neither read nor fill the stage cache"));
    layout->addWidget(m_canaryCache);
    m_canarySummary->setWordWrap(true);
    m_canarySummary->setAccessibleName(tr("Canary summary"));
    layout->addWidget(m_canarySummary);
    auto *buttons = new QHBoxLayout;
    m_promoteCanary->setAccessibleName(tr("Promote canary"));
    m_promoteCanary->setToolTip(tr("The stage serves the canary's deployment with its variable overrides, and the canary "
                                   "is removed"));
    m_removeCanary->setAccessibleName(tr("Remove canary"));
    m_removeCanary->setToolTip(tr("Every request gets the stage's deployment again"));
    buttons->addWidget(m_promoteCanary);
    buttons->addWidget(m_removeCanary);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    form->addWidget(m_canaryGroup);

    connect(m_canaryGroup, &QGroupBox::toggled, this, [this](bool on) { setCanaryEnabled(on); });
    connect(m_canaryDeployment, &QComboBox::activated, this, [this] {
        const QString id = m_canaryDeployment->currentData().toString();
        const model::Stage *s = stage();
        if (id.isEmpty() || !s || !s->canary || s->canary->deploymentId == id)
            return;
        apply(tr("Set canary deployment of stage %1 to %2").arg(m_stageName, id), -1,
              [id](model::Stage &st) {
                  if (st.canary)
                      st.canary->deploymentId = id;
              });
    });
    connect(m_canaryPercent, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        const model::Stage *s = stage();
        if (!s || !s->canary || s->canary->percentTraffic == percent)
            return;
        apply(tr("Set canary share of stage %1").arg(m_stageName), CanaryPercentMerge, [percent](model::Stage &st) {
            if (st.canary)
                st.canary->percentTraffic = percent;
        });
    });
    connect(m_canaryOverrides, &KeyValueTable::edited, this, [this](const model::StringPairs &pairs, bool rowsChanged) {
        apply(tr("Edit canary variable overrides of stage %1").arg(m_stageName), rowsChanged ? -1 : CanaryOverridesMerge,
              [pairs](model::Stage &st) {
                  if (st.canary)
                      st.canary->stageVariableOverrides = pairs;
              });
    });
    connect(m_canaryCache, &QCheckBox::toggled, this, [this](bool on) {
        apply(on ? tr("Let the canary of stage %1 use the stage cache").arg(m_stageName)
                 : tr("Let the canary of stage %1 bypass the stage cache").arg(m_stageName),
              -1, [on](model::Stage &st) {
                  if (st.canary)
                      st.canary->useStageCache = on;
              });
    });
    connect(m_promoteCanary, &QPushButton::clicked, this, [this] { promoteCanary(); });
    connect(m_removeCanary, &QPushButton::clicked, this, [this] { setCanaryEnabled(false); });
}

void StageEditor::setCanaryEnabled(bool on)
{
    const model::Api *a = api();
    const model::Stage *s = stage();
    if (!a || !s || s->canary.has_value() == on)
        return;
    if (!on) {
        apply(tr("Remove canary of stage %1").arg(m_stageName), -1, [](model::Stage &st) { st.canary.reset(); });
        return;
    }
    // The newest other deployment; without one, the stage's own (as AWS starts a canary), until the next deployment.
    model::CanarySettings canary;
    canary.percentTraffic = 10;
    canary.deploymentId = s->deploymentId;
    for (auto it = a->deployments.crbegin(); it != a->deployments.crend(); ++it) {
        if (it->id != s->deploymentId) {
            canary.deploymentId = it->id;
            break;
        }
    }
    if (canary.deploymentId.isEmpty()) {
        refresh(); // nothing to serve: the box goes back to unchecked
        return;
    }
    apply(tr("Add canary to stage %1").arg(m_stageName), -1, [canary](model::Stage &st) { st.canary = canary; });
}

void StageEditor::promoteCanary()
{
    const model::Stage *s = stage();
    if (!s || !s->canary)
        return;
    const QString id = s->canary->deploymentId;
    apply(tr("Promote canary of stage %1 (deployment %2)").arg(m_stageName, id), -1, [](model::Stage &st) {
        if (!st.canary)
            return;
        st.deploymentId = st.canary->deploymentId;
        for (const auto &[name, value] : std::as_const(st.canary->stageVariableOverrides)) {
            bool replaced = false;
            for (auto &v : st.variables) {
                if (v.first == name) {
                    v.second = value;
                    replaced = true;
                }
            }
            if (!replaced)
                st.variables.append({name, value});
        }
        st.canary.reset();
    });
}

void StageEditor::fillCanary(const model::Api &a, const model::Stage &s)
{
    const bool rest = a.protocol == model::Protocol::Rest;
    m_canaryGroup->setVisible(rest);
    m_canaryRestOnly->setVisible(!rest);
    if (!rest)
        return;
    const QSignalBlocker b1(m_canaryGroup), b2(m_canaryDeployment), b3(m_canaryPercent), b4(m_canaryCache);
    // The API's other deployments, newest first; the stage's own only while the canary still serves it.
    m_canaryDeployment->clear();
    for (auto it = a.deployments.crbegin(); it != a.deployments.crend(); ++it) {
        const model::Deployment &d = *it;
        const bool own = d.id == s.deploymentId;
        if (own && !(s.canary && s.canary->deploymentId == d.id))
            continue;
        QString text = d.id;
        if (d.createdDate.isValid())
            text += tr(", created %1").arg(QLocale().toString(d.createdDate.toLocalTime(), QLocale::ShortFormat));
        if (!d.description.isEmpty())
            text += tr(": “%1”").arg(d.description);
        if (own)
            text += tr(" (the stage's own: deploy to send the next version here)");
        m_canaryDeployment->addItem(text, d.id);
    }
    const bool hasCanary = s.canary.has_value();
    m_canaryGroup->setChecked(hasCanary);
    // A canary needs some deployment to serve.
    m_canaryGroup->setEnabled(hasCanary || !s.deploymentId.isEmpty() || !a.deployments.isEmpty());
    const model::CanarySettings canary = s.canary.value_or(model::CanarySettings());
    if (hasCanary) {
        int index = m_canaryDeployment->findData(canary.deploymentId);
        if (index < 0) {
            m_canaryDeployment->addItem(tr("%1 (not a deployment of this API)").arg(canary.deploymentId),
                                        canary.deploymentId);
            index = m_canaryDeployment->count() - 1;
        }
        m_canaryDeployment->setCurrentIndex(index);
    }
    if (m_canaryPercent->value() != canary.percentTraffic)
        m_canaryPercent->setValue(canary.percentTraffic);
    m_canaryOverrides->setPairs(canary.stageVariableOverrides);
    m_canaryCache->setChecked(canary.useStageCache);
    m_promoteCanary->setEnabled(hasCanary);
    m_removeCanary->setEnabled(hasCanary);
    if (!hasCanary) {
        m_canarySummary->setText(s.deploymentId.isEmpty() && a.deployments.isEmpty()
                                     ? tr("Deploy the API first: a canary serves one of its deployments.")
                                     : tr("Off: every request gets the stage's deployment. Turn it on to send a share of "
                                          "the requests to another deployment."));
        return;
    }
    const QString percent = QLocale().toString(canary.percentTraffic, 'g', QLocale::FloatingPointShortest);
    QString summary = canary.deploymentId == s.deploymentId
        ? tr("The canary serves the stage's own deployment %1 for now: deploying to this stage sends the new version to "
             "the canary.")
              .arg(canary.deploymentId.toHtmlEscaped())
        : tr("%1 % of requests, picked at random, get deployment <b>%2</b>; the rest get <b>%3</b>.")
              .arg(percent, canary.deploymentId.toHtmlEscaped(), s.deploymentId.toHtmlEscaped());
    summary += QLatin1Char(' ')
        + tr("Their records say canary (traffic filter <code>canary=true</code>) and "
             "<code>$context.isCanaryRequest</code> is true.");
    if (canary.useStageCache && !(s.cache && s.cache->clusterEnabled))
        summary += QLatin1Char(' ') + tr("The stage has no cache, so there is nothing to share yet.");
    m_canarySummary->setText(summary);
}

void StageEditor::fillMethodThrottles(const model::Stage &s)
{
    QList<QPair<QString, model::Throttle>> shown;
    for (int row = 0; row < m_methodThrottles->rowCount(); ++row) {
        const auto *rate = qobject_cast<QDoubleSpinBox *>(m_methodThrottles->cellWidget(row, 1));
        const auto *burst = qobject_cast<QSpinBox *>(m_methodThrottles->cellWidget(row, 2));
        shown.append({m_methodThrottles->item(row, 0)->text(),
                      model::Throttle{rate ? rate->value() : -1, burst ? burst->value() : -1}});
    }
    if (shown == s.methodThrottles)
        return;
    const int current = m_methodThrottles->currentRow();
    m_methodThrottles->setRowCount(0);
    m_methodThrottles->setRowCount(int(s.methodThrottles.size()));
    for (int row = 0; row < int(s.methodThrottles.size()); ++row) {
        const auto &[key, throttle] = s.methodThrottles[row];
        m_methodThrottles->setItem(row, 0, new QTableWidgetItem(key));
        auto *rate = new QDoubleSpinBox;
        rate->setRange(0, 1'000'000);
        rate->setDecimals(1);
        rate->setValue(throttle.rateLimit);
        rate->setAccessibleName(tr("Rate limit of %1").arg(key));
        rate->setFrame(false);
        auto *burst = new QSpinBox;
        burst->setRange(0, 1'000'000);
        burst->setValue(throttle.burstLimit);
        burst->setAccessibleName(tr("Burst limit of %1").arg(key));
        burst->setFrame(false);
        m_methodThrottles->setCellWidget(row, 1, rate);
        m_methodThrottles->setCellWidget(row, 2, burst);
        guardWheel(rate);
        guardWheel(burst);
        connect(rate, &QDoubleSpinBox::valueChanged, this, [this] { setMethodThrottlesFromUi(); });
        connect(burst, &QSpinBox::valueChanged, this, [this] { setMethodThrottlesFromUi(); });
    }
    m_methodThrottles->resizeColumnToContents(1);
    if (current >= 0 && current < m_methodThrottles->rowCount())
        m_methodThrottles->selectRow(current);
    m_removeMethodThrottle->setEnabled(m_methodThrottles->currentRow() >= 0);
}

void StageEditor::fillMethodChoice(const model::Api &a, const model::Stage &s)
{
    QStringList keys = throttleKeys(a);
    keys.removeIf([&s](const QString &key) {
        for (const auto &p : s.methodThrottles) {
            if (p.first == key)
                return true;
        }
        return false;
    });
    QStringList shown;
    for (int i = 0; i < m_methodChoice->count(); ++i)
        shown.append(m_methodChoice->itemText(i));
    if (shown != keys) {
        const QString current = m_methodChoice->currentText();
        m_methodChoice->clear();
        m_methodChoice->addItems(keys);
        const int index = m_methodChoice->findText(current);
        if (index >= 0)
            m_methodChoice->setCurrentIndex(index);
    }
    m_addMethodThrottle->setEnabled(!keys.isEmpty());
}

void StageEditor::refresh()
{
    const model::Api *a = api();
    const model::Stage *s = stage();
    if (!a || !s) {
        m_form->setEnabled(false);
        m_missing->setText(m_stageName.isEmpty()
                               ? tr("No stage selected.")
                               : tr("The stage %1 of API %2 no longer exists (deleted, renamed or undone). Select "
                                    "another item in the explorer.")
                                     .arg(m_stageName, m_apiId));
        m_missing->show();
        return;
    }
    m_missing->hide();
    m_form->setEnabled(true);
    const bool rest = a->protocol == model::Protocol::Rest;
    m_title->setText(tr("Stage %1 · %2 (%3 API)").arg(s->name, a->id, Formatting::protocolLabel(a->protocol)));

    // Deployment and undeployed changes
    const model::Deployment *d = a->deployment(s->deploymentId);
    if (s->autoDeploy) {
        m_deployment->setText(tr("Deploys automatically: the stage serves the working copy."));
    } else if (!d) {
        m_deployment->setText(tr("The stage serves nothing: it points at no deployment. Deploy the API to it."));
    } else {
        QString text = tr("Serves deployment <b>%1</b>").arg(d->id.toHtmlEscaped());
        if (d->createdDate.isValid())
            text += tr(", created %1").arg(QLocale().toString(d->createdDate.toLocalTime(), QLocale::ShortFormat));
        if (!d->description.isEmpty())
            text += tr(": “%1”").arg(d->description.toHtmlEscaped());
        m_deployment->setText(text);
    }
    const bool undeployed = hasUndeployedChanges(*a, *s);
    if (s->canary)
        m_undeployed->setText(undeployed ? tr("Undeployed changes: the working copy differs from what the canary serves; "
                                              "the next deployment goes to the canary.")
                                         : tr("Up to date: the canary serves the working copy."));
    else
        m_undeployed->setText(undeployed ? tr("Undeployed changes: the working copy differs from what this stage "
                                              "serves; clients see the change after the next deployment.")
                                         : tr("Up to date: the stage serves the working copy."));
    QPalette pal = m_undeployed->palette();
    pal.setColor(QPalette::WindowText, undeployed ? Formatting::statusColor(400, palette())
                                                  : Formatting::statusColor(200, palette()));
    m_undeployed->setPalette(pal);
    m_deploy->setVisible(!s->autoDeploy && isSignalConnected(QMetaMethod::fromSignal(&StageEditor::deployRequested)));
    m_deploy->setEnabled(undeployed);
    m_autoDeploy->setVisible(a->protocol == model::Protocol::Http);
    if (m_autoDeploy->isChecked() != s->autoDeploy) {
        const QSignalBlocker blocker(m_autoDeploy);
        m_autoDeploy->setChecked(s->autoDeploy);
    }

    fillCanary(*a, *s);
    setText(m_description, s->description);
    m_variables->setPairs(s->variables);

    {
        const QSignalBlocker b1(m_throttleGroup), b2(m_rate), b3(m_burst);
        m_throttleGroup->setTitle(rest ? tr("Default method throttling") : tr("Default route throttling"));
        m_throttleGroup->setChecked(s->throttle.has_value());
        if (s->throttle) {
            if (m_rate->value() != s->throttle->rateLimit)
                m_rate->setValue(s->throttle->rateLimit);
            if (m_burst->value() != s->throttle->burstLimit)
                m_burst->setValue(s->throttle->burstLimit);
        }
    }
    m_methodThrottles->horizontalHeaderItem(0)->setText(rest ? tr("Method") : tr("Route"));
    fillMethodThrottles(*s);
    fillMethodChoice(*a, *s);

    m_cacheGroup->setVisible(rest);
    {
        const QSignalBlocker b1(m_cacheGroup), b2(m_cacheSize), b3(m_cacheTtl);
        const bool cached = s->cache && s->cache->clusterEnabled;
        m_cacheGroup->setChecked(cached);
        const model::CacheSettings cache = s->cache.value_or(model::CacheSettings());
        int index = m_cacheSize->findData(cache.clusterSize);
        if (index < 0) {
            m_cacheSize->addItem(tr("%1 GB (not a size AWS offers)").arg(cache.clusterSize), cache.clusterSize);
            index = m_cacheSize->count() - 1;
        }
        m_cacheSize->setCurrentIndex(index);
        if (m_cacheTtl->value() != cache.ttlSeconds)
            m_cacheTtl->setValue(cache.ttlSeconds);
        const double hourly = model::cacheClusterHourlyUsd(cache.clusterSize);
        m_cacheCost->setText(hourly > 0 ? tr("On AWS: $%1 per hour, about $%2 per month while enabled.")
                                              .arg(QLocale().toString(hourly, 'f', 3),
                                                   QLocale().toString(hourly * 730, 'f', 2))
                                        : QString());
    }

    {
        const QSignalBlocker b1(m_logGroup), b2(m_logPreset), b3(m_logFormat);
        const QString format = accessLogFormat(*s);
        m_logGroup->setChecked(!format.isEmpty());
        const auto presets = accessLogPresets(a->protocol);
        m_logPreset->clear();
        m_logPreset->addItem(tr("Custom"), QString());
        int selected = 0;
        for (const auto &[name, text] : presets) {
            m_logPreset->addItem(name, text);
            if (text == format)
                selected = m_logPreset->count() - 1;
        }
        m_logPreset->setCurrentIndex(selected);
        if (m_logFormat->toPlainText() != format && !(format.isEmpty() && !m_logGroup->isChecked()
                                                      && m_logFormat->toPlainText().isEmpty()))
            m_logFormat->setPlainText(format);
    }
}

} // namespace gw::ui
