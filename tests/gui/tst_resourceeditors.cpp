// SPDX-License-Identifier: GPL-3.0-or-later
// The resource editors of the visual designer, driven through their real widgets: stage (description, variables,
// throttling, cache, access log, undeployed changes), usage plan and API key, function, and model (JSON Schema in
// QScintilla with problems at their lines). Each edit changes the model, undoes and redoes as one step per field, and
// survives saving and reopening the project file.
#include "editorarea.h"
#include "functioneditor.h"
#include "keyvaluetable.h"
#include "modeleditor.h"
#include "projectdocument.h"
#include "stageeditor.h"
#include "testsupport.h"
#include "usageplaneditor.h"

#include "io/projectfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <Qsci/qsciscintilla.h>

using namespace gw;
using namespace gw::ui;

namespace {

const QByteArray kProject = R"(gatehouse: 1
name: editors
apis:
  - id: shop
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: shop, version: '1'}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
          post:
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Pet'}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
      components:
        schemas:
          Pet:
            type: object
            required: [name]
            properties:
              name: {type: string}
              owner: {$ref: '#/components/schemas/Owner'}
          Owner:
            type: object
            properties:
              id: {type: integer}
    stages:
      - name: prod
        deployment: d1
        description: Production
        variables: {owner: examples}
      - name: dev
        deployment: d1
    deployments:
      - id: d1
        createdDate: "2026-11-25T09:00:00Z"
        description: First deployment
  - id: chat
    protocol: http
    definition:
      openapi: 3.0.1
      info: {title: chat, version: '1'}
      paths:
        /messages:
          get:
            x-amazon-apigateway-integration:
              type: aws_proxy
              uri: orders
              payloadFormatVersion: "2.0"
    stages:
      - name: $default
        autoDeploy: true
functions:
  - name: orders
    runtime: nodejs20.x
    code: functions/orders
    handler: index.handler
usagePlans:
  - name: basic
    throttle: {rateLimit: 10, burstLimit: 20}
    quota: {limit: 1000, period: DAY}
    apiStages:
      - api: shop
        stage: prod
  - name: gold
    apiStages:
      - api: shop
        stage: prod
  - name: devplan
    apiStages:
      - api: shop
        stage: dev
apiKeys:
  - name: alice
    value: alice-0123456789abcdefgh
    usagePlans: [basic]
  - name: bob
    value: bob-0123456789abcdefghijk
)";

QListWidgetItem *itemNamed(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == text)
            return list->item(i);
    }
    return nullptr;
}

} // namespace

class tst_ResourceEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void stage_showsOnlyItsKeys();
    void stage_editsUndoRedoAndRoundTrip();
    void stage_variablesRefuseBadNames();
    void stage_undeployedChangesAndDeploy();
    void stage_httpApiAutoDeploy();
    void stage_wheelOverAnUnfocusedFieldChangesNothing();

    void usagePlan_editsUndoRedoAndRoundTrip();
    void usagePlan_refusesAKeyInTwoPlansOfAStage();
    void apiKey_editsAndRoundTrip();

    void function_editsUndoRedoAndRoundTrip();
    void function_handlerIsCheckedPerRuntime_data();
    void function_handlerIsCheckedPerRuntime();

    void model_editsApplyWhenTheTextParses();
    void model_problemsAreShownAtTheirLine_data();
    void model_problemsAreShownAtTheirLine();
    void model_renameRenamesReferences();

    void editorArea_showsEachEditorAndFollowsRenames();

private:
    /// Saves the document to a new file and loads it again.
    model::Project saveAndReopen();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectDocument> m_doc;
};

void tst_ResourceEditors::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("editors.gatehouse.yaml"));
    QVERIFY(gw::test::writeFile(m_path, kProject));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("functions/orders")));
    QVERIFY(gw::test::writeFile(m_dir.filePath(QStringLiteral("functions/orders/index.mjs")),
                                "export const handler = async () => ({statusCode: 200});\n"));
    const io::ProjectLoad load = io::loadProject(m_path);
    for (const io::Diagnostic &d : load.diagnostics)
        qInfo() << d.message;
    QVERIFY(load.project);
    m_doc = std::make_unique<ProjectDocument>();
    m_doc->reset(*load.project, m_path, true);
}

model::Project tst_ResourceEditors::saveAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.gatehouse.yaml"));
    QString error;
    if (!m_doc->saveTo(path, &error)) {
        qWarning() << "save failed:" << error;
        return {};
    }
    const io::ProjectLoad load = io::loadProject(path);
    for (const io::Diagnostic &d : load.diagnostics)
        qWarning() << d.field << d.message;
    return load.project.value_or(model::Project());
}

// ---------------------------------------------------------------------------------------------------------------------
// Stage

void tst_ResourceEditors::stage_showsOnlyItsKeys()
{
    StageEditor editor(m_doc.get());
    QVERIFY(editor.showKey(QStringLiteral("stage:shop:prod")));
    QVERIFY(editor.titleLabel()->text().contains(QStringLiteral("prod")));
    QVERIFY(editor.showKey(QStringLiteral("stage:chat:$default")));
    QVERIFY(!editor.showKey(QStringLiteral("stage:shop:nope")));
    QVERIFY(!editor.showKey(QStringLiteral("stage:nope:prod")));
    QVERIFY(!editor.showKey(QStringLiteral("usageplan:basic")));
}

void tst_ResourceEditors::stage_editsUndoRedoAndRoundTrip()
{
    StageEditor editor(m_doc.get());
    editor.show();
    QVERIFY(editor.showKey(QStringLiteral("stage:shop:prod")));
    QUndoStack *undo = m_doc->undoStack();
    QCOMPARE(editor.descriptionEdit()->text(), QStringLiteral("Production"));

    // Typing merges into one undo step.
    editor.descriptionEdit()->setFocus();
    editor.descriptionEdit()->selectAll();
    QTest::keyClicks(editor.descriptionEdit(), QStringLiteral("Live"));
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->description, QStringLiteral("Live"));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(editor.descriptionEdit()->text(), QStringLiteral("Live"));
    undo->undo();
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->description, QStringLiteral("Production"));
    QCOMPARE(editor.descriptionEdit()->text(), QStringLiteral("Production"));
    undo->redo();
    QCOMPARE(editor.descriptionEdit()->text(), QStringLiteral("Live"));

    // Variables: add one, rename it through its cell.
    QTest::mouseClick(editor.variablesTable()->addButton(), Qt::LeftButton);
    const model::Stage *s = m_doc->project().api(u"shop")->stage(u"prod");
    QCOMPARE(s->variables.size(), 2);
    QCOMPARE(s->variables.last().first, QStringLiteral("variable1"));
    editor.variablesTable()->table()->item(1, 0)->setText(QStringLiteral("backend"));
    editor.variablesTable()->table()->item(1, 1)->setText(QStringLiteral("pets.internal"));
    s = m_doc->project().api(u"shop")->stage(u"prod");
    QCOMPARE(s->variables.last(), qMakePair(QStringLiteral("backend"), QStringLiteral("pets.internal")));

    // Default throttling, then a per-method one.
    QVERIFY(!editor.throttleGroup()->isChecked());
    editor.throttleGroup()->setChecked(true);
    editor.rateSpin()->setValue(100);
    editor.burstSpin()->setValue(50);
    s = m_doc->project().api(u"shop")->stage(u"prod");
    QVERIFY(s->throttle);
    QCOMPARE(s->throttle->rateLimit, 100.0);
    QCOMPARE(s->throttle->burstLimit, 50);
    QCOMPARE(editor.methodThrottleCombo()->count(), 2); // /pets/GET and /pets/POST
    editor.methodThrottleCombo()->setCurrentIndex(editor.methodThrottleCombo()->findText(QStringLiteral("/pets/GET")));
    QTest::mouseClick(editor.addMethodThrottleButton(), Qt::LeftButton);
    s = m_doc->project().api(u"shop")->stage(u"prod");
    QCOMPARE(s->methodThrottles.size(), 1);
    QCOMPARE(s->methodThrottles.first().first, QStringLiteral("/pets/GET"));
    QCOMPARE(editor.methodThrottleCombo()->count(), 1);
    auto *methodBurst = qobject_cast<QSpinBox *>(editor.methodThrottleTable()->cellWidget(0, 2));
    QVERIFY(methodBurst);
    methodBurst->setValue(7);
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->methodThrottles.first().second.burstLimit, 7);

    // Cache: enable, size, TTL.
    QVERIFY(editor.cacheGroup()->isVisible());
    editor.cacheGroup()->setChecked(true);
    editor.cacheSizeCombo()->setCurrentIndex(editor.cacheSizeCombo()->findData(QStringLiteral("6.1")));
    Q_EMIT editor.cacheSizeCombo()->activated(editor.cacheSizeCombo()->currentIndex());
    editor.cacheTtlSpin()->setValue(60);
    s = m_doc->project().api(u"shop")->stage(u"prod");
    QVERIFY(s->cache && s->cache->clusterEnabled);
    QCOMPARE(s->cache->clusterSize, QStringLiteral("6.1"));
    QCOMPARE(s->cache->ttlSeconds, 60);

    // Access log from a preset, then typed.
    editor.accessLogPresetCombo()->setCurrentIndex(editor.accessLogPresetCombo()->findText(QStringLiteral("JSON")));
    Q_EMIT editor.accessLogPresetCombo()->activated(editor.accessLogPresetCombo()->currentIndex());
    s = m_doc->project().api(u"shop")->stage(u"prod");
    const QString json = StageEditor::accessLogPresets(model::Protocol::Rest).at(1).second;
    QCOMPARE(s->extra[u"accessLogSettings"][u"format"].toString(), json);
    QCOMPARE(editor.accessLogEdit()->toPlainText(), json);
    editor.accessLogEdit()->setFocus();
    editor.accessLogEdit()->moveCursor(QTextCursor::End);
    const int before = m_doc->undoStack()->count();
    QTest::keyClicks(editor.accessLogEdit(), QStringLiteral(" $context.stage"));
    QCOMPARE(m_doc->undoStack()->count(), before); // merged into the preset's edit
    s = m_doc->project().api(u"shop")->stage(u"prod");
    QCOMPARE(s->extra[u"accessLogSettings"][u"format"].toString(), json + QStringLiteral(" $context.stage"));
    QCOMPARE(editor.accessLogPresetCombo()->currentText(), QStringLiteral("Custom"));

    // Everything survives saving and reopening.
    const model::Stage expected = *m_doc->project().api(u"shop")->stage(u"prod");
    const model::Project reopened = saveAndReopen();
    QVERIFY(reopened.api(u"shop"));
    const model::Stage &r = *reopened.api(u"shop")->stage(u"prod");
    QCOMPARE(r.description, expected.description);
    QCOMPARE(r.variables, expected.variables);
    QCOMPARE(r.throttle, expected.throttle);
    QCOMPARE(r.methodThrottles, expected.methodThrottles);
    QVERIFY(r.cache);
    QCOMPARE(r.cache->clusterSize, QStringLiteral("6.1"));
    QCOMPARE(r.cache->ttlSeconds, 60);
    QCOMPARE(r.extra, expected.extra);

    // Undo everything: back to the file as opened; redo everything.
    while (undo->canUndo())
        undo->undo();
    s = m_doc->project().api(u"shop")->stage(u"prod");
    QVERIFY(!s->throttle);
    QVERIFY(!s->cache);
    QVERIFY(s->methodThrottles.isEmpty());
    QVERIFY(!s->extra.contains(u"accessLogSettings"));
    QVERIFY(!editor.throttleGroup()->isChecked());
    QVERIFY(!editor.cacheGroup()->isChecked());
    QCOMPARE(editor.variablesTable()->table()->rowCount(), 1);
    QCOMPARE(editor.methodThrottleTable()->rowCount(), 0);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(io::serializeProject(m_doc->project()), io::serializeProject(reopened));
}

void tst_ResourceEditors::stage_variablesRefuseBadNames()
{
    StageEditor editor(m_doc.get());
    QVERIFY(editor.showKey(QStringLiteral("stage:shop:prod")));
    KeyValueTable *vars = editor.variablesTable();
    vars->table()->item(0, 0)->setText(QStringLiteral("bad-name"));
    QVERIFY(vars->problem().contains(QStringLiteral("bad-name")));
    QVERIFY(vars->problemLabel()->isVisibleTo(&editor));
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->variables.first().first, QStringLiteral("owner"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    vars->table()->item(0, 0)->setText(QStringLiteral("team_1"));
    QVERIFY(vars->problem().isEmpty());
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->variables.first().first, QStringLiteral("team_1"));

    // Duplicates are refused too.
    QTest::mouseClick(vars->addButton(), Qt::LeftButton);
    vars->table()->item(1, 0)->setText(QStringLiteral("team_1"));
    QVERIFY(vars->problem().contains(QStringLiteral("unique")));
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->variables.last().first, QStringLiteral("variable1"));

    // Removing a row is one edit.
    vars->table()->selectRow(1);
    QTest::mouseClick(vars->removeButton(), Qt::LeftButton);
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->variables.size(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->variables.size(), 2);
    QCOMPARE(vars->table()->rowCount(), 2);
}

void tst_ResourceEditors::stage_undeployedChangesAndDeploy()
{
    StageEditor editor(m_doc.get());
    QSignalSpy deploy(&editor, &StageEditor::deployRequested);
    QVERIFY(editor.showKey(QStringLiteral("stage:shop:prod")));
    QVERIFY(editor.deploymentLabel()->text().contains(QStringLiteral("d1")));
    QVERIFY(editor.undeployedLabel()->text().startsWith(QStringLiteral("Up to date")));
    QVERIFY(!editor.deployButton()->isEnabled());

    // A change of the working copy is not served until deployed.
    model::Project changed = m_doc->project();
    changed.apis[0].definition.paths[0].operations[0].body.set(QStringLiteral("summary"), doc::Node::string(QStringLiteral("List")));
    m_doc->edit(QStringLiteral("Change the definition"), changed);
    QVERIFY(editor.undeployedLabel()->text().startsWith(QStringLiteral("Undeployed changes")));
    QVERIFY(editor.deployButton()->isEnabled());
    QVERIFY(!editor.deployButton()->isHidden()); // something listens to deployRequested
    QTest::mouseClick(editor.deployButton(), Qt::LeftButton);
    QCOMPARE(deploy.count(), 1);
    QCOMPARE(deploy.first().at(0).toString(), QStringLiteral("shop"));
    QCOMPARE(deploy.first().at(1).toString(), QStringLiteral("prod"));
    m_doc->undoStack()->undo();
    QVERIFY(editor.undeployedLabel()->text().startsWith(QStringLiteral("Up to date")));

    // Without a listener there is no Deploy button.
    StageEditor lonely(m_doc.get());
    QVERIFY(lonely.showKey(QStringLiteral("stage:shop:prod")));
    QVERIFY(lonely.deployButton()->isHidden());

    // The stage disappears (deleted elsewhere): the editor says so and edits nothing.
    model::Project without = m_doc->project();
    without.apis[0].stages.removeFirst();
    m_doc->edit(QStringLiteral("Delete stage prod"), without);
    QVERIFY(!editor.descriptionEdit()->isEnabled());
    m_doc->undoStack()->undo();
    QVERIFY(editor.descriptionEdit()->isEnabled());
}

void tst_ResourceEditors::stage_httpApiAutoDeploy()
{
    StageEditor editor(m_doc.get());
    editor.show();
    QVERIFY(editor.showKey(QStringLiteral("stage:chat:$default")));
    QVERIFY(editor.autoDeployCheck()->isVisible());
    QVERIFY(editor.autoDeployCheck()->isChecked());
    QVERIFY(!editor.cacheGroup()->isVisible()); // REST only
    QVERIFY(editor.deploymentLabel()->text().contains(QStringLiteral("automatically")));
    QCOMPARE(editor.methodThrottleCombo()->itemText(0), QStringLiteral("GET /messages"));
    const QString clf = StageEditor::accessLogPresets(model::Protocol::Http).first().second;
    QVERIFY(clf.contains(QStringLiteral("$context.routeKey")));
    for (const auto &preset : StageEditor::accessLogPresets(model::Protocol::Http))
        QVERIFY2(!preset.second.contains(QStringLiteral("resourcePath")), qPrintable(preset.first));

    editor.autoDeployCheck()->setChecked(false);
    QVERIFY(!m_doc->project().api(u"chat")->stage(u"$default")->autoDeploy);
    QVERIFY(editor.deploymentLabel()->text().contains(QStringLiteral("no deployment")));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().api(u"chat")->stage(u"$default")->autoDeploy);
    QVERIFY(editor.autoDeployCheck()->isChecked());

    StageEditor rest(m_doc.get());
    rest.show();
    QVERIFY(rest.showKey(QStringLiteral("stage:shop:prod")));
    QVERIFY(!rest.autoDeployCheck()->isVisible());
}

void tst_ResourceEditors::stage_wheelOverAnUnfocusedFieldChangesNothing()
{
    StageEditor editor(m_doc.get());
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.showKey(QStringLiteral("stage:shop:prod")));
    editor.cacheGroup()->setChecked(true);
    const int before = m_doc->undoStack()->count();
    QSpinBox *ttl = editor.cacheTtlSpin();
    const QPoint at = ttl->rect().center();
    QWheelEvent wheel(at, ttl->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(ttl, &wheel);
    QCOMPARE(ttl->value(), 300);
    QCOMPARE(m_doc->undoStack()->count(), before);
    // Once focused, the wheel changes the value as usual.
    ttl->setFocus();
    QVERIFY(ttl->hasFocus());
    QWheelEvent again(at, ttl->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(ttl, &again);
    QCOMPARE(ttl->value(), 299);
    QCOMPARE(m_doc->project().api(u"shop")->stage(u"prod")->cache->ttlSeconds, 299);
}

// ---------------------------------------------------------------------------------------------------------------------
// Usage plans and API keys

void tst_ResourceEditors::usagePlan_editsUndoRedoAndRoundTrip()
{
    UsagePlanEditor editor(m_doc.get());
    QVERIFY(!editor.showKey(QStringLiteral("usageplan:nope")));
    QVERIFY(editor.showKey(QStringLiteral("usageplan:basic")));
    QVERIFY(editor.throttleGroup()->isChecked());
    QCOMPARE(editor.rateSpin()->value(), 10.0);
    QVERIFY(editor.quotaGroup()->isChecked());
    QCOMPARE(editor.quotaLimitSpin()->value(), 1000);
    QCOMPARE(editor.stageList()->count(), 2); // shop / prod, shop / dev: REST stages only
    QCOMPARE(itemNamed(editor.stageList(), QStringLiteral("shop / prod"))->checkState(), Qt::Checked);
    QCOMPARE(itemNamed(editor.keyList(), QStringLiteral("alice"))->checkState(), Qt::Checked);
    QCOMPARE(itemNamed(editor.keyList(), QStringLiteral("bob"))->checkState(), Qt::Unchecked);

    // Rename: the keys follow.
    editor.nameEdit()->setFocus();
    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("silver"));
    QVERIFY(m_doc->project().usagePlan(u"silver"));
    QCOMPARE(m_doc->project().apiKeys.first().usagePlans, QStringList{QStringLiteral("silver")});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(editor.planName(), QStringLiteral("silver"));
    // A name in use is refused.
    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("gold"));
    QVERIFY(editor.problemLabel()->text().contains(QStringLiteral("gold")));
    QVERIFY(m_doc->project().usagePlan(u"gold"));
    QCOMPARE(m_doc->project().usagePlans.first().name, QStringLiteral("gol")); // the last name that was free
    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("silver"));

    // Quota: period and offset (bounded by the limit).
    editor.quotaPeriodCombo()->setCurrentIndex(editor.quotaPeriodCombo()->findData(QStringLiteral("WEEK")));
    Q_EMIT editor.quotaPeriodCombo()->activated(editor.quotaPeriodCombo()->currentIndex());
    editor.quotaOffsetSpin()->setValue(5000);
    const model::UsagePlan *plan = m_doc->project().usagePlan(u"silver");
    QCOMPARE(plan->quota->period, model::Quota::Period::Week);
    QCOMPARE(plan->quota->offset, 1000);
    editor.throttleGroup()->setChecked(false);
    QVERIFY(!m_doc->project().usagePlan(u"silver")->throttle);

    // Stages and keys.
    itemNamed(editor.stageList(), QStringLiteral("shop / dev"))->setCheckState(Qt::Checked);
    QCOMPARE(m_doc->project().usagePlan(u"silver")->stages.size(), 2);
    itemNamed(editor.keyList(), QStringLiteral("bob"))->setCheckState(Qt::Checked);
    QVERIFY(m_doc->project().apiKeys[1].usagePlans.contains(QStringLiteral("silver")));

    const model::UsagePlan expected = *m_doc->project().usagePlan(u"silver");
    const model::Project reopened = saveAndReopen();
    QVERIFY(reopened.usagePlan(u"silver"));
    QVERIFY(*reopened.usagePlan(u"silver") == expected);
    QCOMPARE(reopened.apiKeys[1].usagePlans, QStringList{QStringLiteral("silver")});

    // Undo back to the start: the editor follows the plan's old name.
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(editor.planName(), QStringLiteral("basic"));
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("basic"));
    QVERIFY(editor.throttleGroup()->isChecked());
    QCOMPARE(itemNamed(editor.keyList(), QStringLiteral("bob"))->checkState(), Qt::Unchecked);
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QVERIFY(*m_doc->project().usagePlan(u"silver") == expected);
}

void tst_ResourceEditors::usagePlan_refusesAKeyInTwoPlansOfAStage()
{
    UsagePlanEditor editor(m_doc.get());
    QVERIFY(editor.showKey(QStringLiteral("usageplan:gold")));
    // alice is in basic, which covers shop/prod like gold does.
    itemNamed(editor.keyList(), QStringLiteral("alice"))->setCheckState(Qt::Checked);
    QVERIFY(editor.problemLabel()->text().contains(QStringLiteral("shop/prod")));
    QVERIFY(!m_doc->project().apiKeys.first().usagePlans.contains(QStringLiteral("gold")));
    QCOMPARE(itemNamed(editor.keyList(), QStringLiteral("alice"))->checkState(), Qt::Unchecked);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // Likewise adding shop/dev to devplan's sibling: bob in devplan, then devplan's stage into basic's key set.
    ApiKeyEditor keys(m_doc.get());
    QVERIFY(keys.showKey(QStringLiteral("apikey:alice")));
    itemNamed(keys.planList(), QStringLiteral("devplan"))->setCheckState(Qt::Checked);
    QCOMPARE(m_doc->project().apiKeys.first().usagePlans,
             (QStringList{QStringLiteral("basic"), QStringLiteral("devplan")}));
    UsagePlanEditor basic(m_doc.get());
    QVERIFY(basic.showKey(QStringLiteral("usageplan:basic")));
    itemNamed(basic.stageList(), QStringLiteral("shop / dev"))->setCheckState(Qt::Checked);
    QVERIFY(basic.problemLabel()->text().contains(QStringLiteral("shop/dev")));
    QCOMPARE(m_doc->project().usagePlan(u"basic")->stages.size(), 1);
    QVERIFY(!saveAndReopen().apis.isEmpty()); // still a loadable project
}

void tst_ResourceEditors::apiKey_editsAndRoundTrip()
{
    ApiKeyEditor editor(m_doc.get());
    QVERIFY(!editor.showKey(QStringLiteral("apikey:nobody")));
    QVERIFY(editor.showKey(QStringLiteral("apikey:bob")));
    QCOMPARE(editor.valueEdit()->text(), QStringLiteral("bob-0123456789abcdefghijk"));
    QVERIFY(editor.enabledCheck()->isChecked());

    QTest::mouseClick(editor.generateButton(), Qt::LeftButton);
    const QString generated = m_doc->project().apiKeys[1].value;
    QCOMPARE(generated.size(), 40);
    QVERIFY(generated != QStringLiteral("bob-0123456789abcdefghijk"));
    QCOMPARE(editor.valueEdit()->text(), generated);
    QVERIFY(ApiKeyEditor::generateValue() != generated);

    // Another key's value is refused; a short one is taken with AWS's rule shown.
    editor.valueEdit()->setFocus();
    editor.valueEdit()->selectAll();
    QTest::keyClicks(editor.valueEdit(), QStringLiteral("alice-0123456789abcdefgh"));
    QVERIFY(editor.problemLabel()->text().contains(QStringLiteral("alice")));
    QCOMPARE(m_doc->project().apiKeys[1].value, QStringLiteral("alice-0123456789abcdefg")); // one character short of it
    editor.valueEdit()->selectAll();
    QTest::keyClicks(editor.valueEdit(), QStringLiteral("short"));
    QCOMPARE(m_doc->project().apiKeys[1].value, QStringLiteral("short"));
    QVERIFY(editor.problemLabel()->text().contains(QStringLiteral("20")));

    editor.enabledCheck()->setChecked(false);
    QVERIFY(!m_doc->project().apiKeys[1].enabled);
    itemNamed(editor.planList(), QStringLiteral("gold"))->setCheckState(Qt::Checked);
    QCOMPARE(m_doc->project().apiKeys[1].usagePlans, QStringList{QStringLiteral("gold")});

    const model::ApiKey expected = m_doc->project().apiKeys[1];
    const model::Project reopened = saveAndReopen();
    QCOMPARE(reopened.apiKeys.size(), 2);
    QVERIFY(reopened.apiKeys[1] == expected);

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().apiKeys[1].enabled);
    QVERIFY(editor.enabledCheck()->isChecked());
    QCOMPARE(itemNamed(editor.planList(), QStringLiteral("gold"))->checkState(), Qt::Unchecked);
}

// ---------------------------------------------------------------------------------------------------------------------
// Functions

void tst_ResourceEditors::function_editsUndoRedoAndRoundTrip()
{
    FunctionEditor editor(m_doc.get());
    QVERIFY(!editor.showKey(QStringLiteral("function:nope")));
    QVERIFY(editor.showKey(QStringLiteral("function:orders")));
    QCOMPARE(editor.runtimeCombo()->currentText(), QStringLiteral("nodejs20.x"));
    QCOMPARE(editor.handlerEdit()->text(), QStringLiteral("index.handler"));
    QVERIFY(editor.handlerStatus()->text().contains(QStringLiteral("index.mjs")));
    QCOMPARE(editor.memorySpin()->value(), 128);

    editor.memorySpin()->setValue(512);
    editor.memorySpin()->setValue(1024);
    editor.timeoutSpin()->setValue(30);
    const model::Function *f = m_doc->project().function(u"orders");
    QCOMPARE(f->memorySize, 1024);
    QCOMPARE(f->timeout, 30);
    QCOMPARE(m_doc->undoStack()->count(), 2); // memory merged, timeout

    // A handler that is not FILE.EXPORT is shown and not applied.
    editor.handlerEdit()->setFocus();
    editor.handlerEdit()->selectAll();
    QTest::keyClicks(editor.handlerEdit(), QStringLiteral("main"));
    QVERIFY(editor.handlerStatus()->text().contains(QStringLiteral("FILE.EXPORT")));
    QCOMPARE(m_doc->project().function(u"orders")->handler, QStringLiteral("index.handler"));
    QCOMPARE(editor.handlerEdit()->text(), QStringLiteral("main")); // kept while typing
    QTest::keyClicks(editor.handlerEdit(), QStringLiteral(".run"));
    QCOMPARE(m_doc->project().function(u"orders")->handler, QStringLiteral("main.run"));
    QVERIFY(editor.handlerStatus()->text().contains(QStringLiteral("main.js")));

    // Python: the handler becomes a Python one.
    editor.runtimeCombo()->setCurrentIndex(editor.runtimeCombo()->findText(QStringLiteral("python3.12")));
    Q_EMIT editor.runtimeCombo()->activated(editor.runtimeCombo()->currentIndex());
    f = m_doc->project().function(u"orders");
    QCOMPARE(f->runtime, QStringLiteral("python3.12"));
    QCOMPARE(f->handler, QStringLiteral("main.run")); // still MODULE.FUNCTION
    QVERIFY(editor.handlerStatus()->text().contains(QStringLiteral("main.py")));

    // Code folder, relative to the project file.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("functions/py")));
    QVERIFY(gw::test::writeFile(m_dir.filePath(QStringLiteral("functions/py/main.py")), "def run(e, c):\n    return {}\n"));
    editor.codeEdit()->setFocus();
    editor.codeEdit()->selectAll();
    QTest::keyClicks(editor.codeEdit(), QStringLiteral("functions/py"));
    QCOMPARE(m_doc->project().function(u"orders")->code, QStringLiteral("functions/py"));
    QVERIFY(editor.handlerStatus()->text().startsWith(QStringLiteral("✓")));

    // Environment.
    QTest::mouseClick(editor.environmentTable()->addButton(), Qt::LeftButton);
    editor.environmentTable()->table()->item(0, 0)->setText(QStringLiteral("TABLE"));
    editor.environmentTable()->table()->item(0, 1)->setText(QStringLiteral("orders"));
    QCOMPARE(m_doc->project().function(u"orders")->environment,
             (model::StringPairs{{QStringLiteral("TABLE"), QStringLiteral("orders")}}));
    editor.environmentTable()->table()->item(0, 0)->setText(QStringLiteral("1TABLE"));
    QVERIFY(!editor.environmentTable()->problem().isEmpty());
    QCOMPARE(m_doc->project().function(u"orders")->environment.first().first, QStringLiteral("TABLE"));
    editor.environmentTable()->table()->item(0, 0)->setText(QStringLiteral("TABLE"));

    const model::Function expected = *m_doc->project().function(u"orders");
    const model::Project reopened = saveAndReopen();
    QVERIFY(reopened.function(u"orders"));
    QVERIFY(*reopened.function(u"orders") == expected);

    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(editor.runtimeCombo()->currentText(), QStringLiteral("nodejs20.x"));
    QCOMPARE(editor.handlerEdit()->text(), QStringLiteral("index.handler"));
    QCOMPARE(editor.memorySpin()->value(), 128);
    QCOMPARE(editor.environmentTable()->table()->rowCount(), 0);
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QVERIFY(*m_doc->project().function(u"orders") == expected);
}

void tst_ResourceEditors::function_handlerIsCheckedPerRuntime_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<bool>("valid");
    QTest::addRow("node file.export") << "nodejs20.x" << "index.handler" << true;
    QTest::addRow("node in a subfolder") << "nodejs20.x" << "src/app.main" << true;
    QTest::addRow("node without export") << "nodejs20.x" << "index" << false;
    QTest::addRow("node with spaces") << "nodejs20.x" << "my file.handler" << false;
    QTest::addRow("python module.function") << "python3.12" << "app.lambda_handler" << true;
    QTest::addRow("python package") << "python3.12" << "pkg.app.lambda_handler" << true;
    QTest::addRow("python dash in module") << "python3.12" << "my-app.handler" << false;
    QTest::addRow("python function only") << "python3.12" << "handler" << false;
    QTest::addRow("custom anything") << "provided.al2023" << "bootstrap" << true;
    QTest::addRow("custom empty") << "provided.al2023" << "" << true;
}

void tst_ResourceEditors::function_handlerIsCheckedPerRuntime()
{
    QFETCH(QString, runtime);
    QFETCH(QString, handler);
    QFETCH(bool, valid);
    QCOMPARE(FunctionEditor::handlerProblem(runtime, handler).isEmpty(), valid);
}

// ---------------------------------------------------------------------------------------------------------------------
// Models

void tst_ResourceEditors::model_editsApplyWhenTheTextParses()
{
    ModelEditor editor(m_doc.get());
    QVERIFY(!editor.showKey(QStringLiteral("model:shop:Nope")));
    QVERIFY(editor.showKey(QStringLiteral("model:shop:Pet")));
    QVERIFY(editor.usageLabel()->text().contains(QStringLiteral("POST /pets")));
    QVERIFY(editor.schemaEdit()->text().contains(QStringLiteral("\"required\"")));
    QVERIFY(editor.problems().isEmpty());

    // Broken JSON is shown, not applied.
    const model::Project before = m_doc->project();
    editor.schemaEdit()->setText(QStringLiteral("{\n  \"type\": \"object\",\n  \"properties\": {\n}\n"));
    editor.checkNow();
    QCOMPARE(editor.problems().size(), 1);
    QVERIFY(editor.problems().first().message.startsWith(QStringLiteral("JSON syntax")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(editor.statusLabel()->text().contains(QStringLiteral("1 problem")));

    // Text that parses is applied after the typing pause, merged into one step.
    editor.schemaEdit()->setText(QStringLiteral("{\n  \"type\": \"object\",\n  \"required\": [\"name\", \"age\"]\n}\n"));
    QTRY_COMPARE(m_doc->undoStack()->count(), 1);
    const doc::Node &pet = m_doc->project().api(u"shop")->definition.document[u"components"][u"schemas"][u"Pet"];
    QCOMPARE(pet[u"required"].size(), 2);
    editor.schemaEdit()->setText(QStringLiteral("{\n  \"type\": \"object\",\n  \"required\": [\"age\"]\n}\n"));
    editor.checkNow();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->project().api(u"shop")->definition.document[u"components"][u"schemas"][u"Pet"][u"required"].size(), 1);

    const doc::Node expected = m_doc->project().api(u"shop")->definition.document[u"components"][u"schemas"][u"Pet"];
    const model::Project reopened = saveAndReopen();
    QVERIFY(reopened.api(u"shop"));
    QCOMPARE(reopened.api(u"shop")->definition.document[u"components"][u"schemas"][u"Pet"], expected);

    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().api(u"shop")->definition == before.api(u"shop")->definition);
    QVERIFY(editor.schemaEdit()->text().contains(QStringLiteral("\"owner\"")));
    m_doc->undoStack()->redo();
    QVERIFY(!editor.schemaEdit()->text().contains(QStringLiteral("\"owner\"")));
}

void tst_ResourceEditors::model_problemsAreShownAtTheirLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::addRow("unknown type") << "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"n\": {\"type\": \"strin\"}\n  }\n}"
                                  << 4 << "a type is one of";
    QTest::addRow("required not a list") << "{\n  \"type\": \"object\",\n  \"required\": \"name\"\n}" << 3
                                         << "/required";
    QTest::addRow("negative minLength") << "{\n  \"type\": \"string\",\n\n  \"minLength\": -1\n}" << 4 << "/minLength";
    QTest::addRow("missing model") << "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"o\": {\"$ref\": \"#/components/schemas/Nope\"}\n  }\n}"
                                   << 4 << "Nope";
    QTest::addRow("remote reference") << "{\n  \"$ref\": \"http://example.com/s.json\"\n}" << 2 << "outside the API";
    QTest::addRow("not an object") << "[1, 2]" << 1 << "JSON object";
    QTest::addRow("syntax error") << "{\n  \"type\": \"object\",\n  \"required\": [\"a\",]\n}" << 3 << "JSON syntax";
}

void tst_ResourceEditors::model_problemsAreShownAtTheirLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, says);
    ModelEditor editor(m_doc.get());
    QVERIFY(editor.showKey(QStringLiteral("model:shop:Pet")));
    editor.schemaEdit()->setText(text);
    editor.checkNow();
    QVERIFY(!editor.problems().isEmpty());
    const ModelEditor::Problem p = editor.problems().first();
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
    QCOMPARE(p.line, line);
    // Shown at that line in the editor.
    QVERIFY(editor.schemaEdit()->annotation(line - 1).replace(QLatin1Char('\n'), QLatin1Char(' ')).contains(says)); // wrapped to the view
    QVERIFY(editor.schemaEdit()->markersAtLine(line - 1) != 0);
}

void tst_ResourceEditors::model_renameRenamesReferences()
{
    ModelEditor editor(m_doc.get());
    QVERIFY(editor.showKey(QStringLiteral("model:shop:Owner")));
    editor.nameEdit()->setText(QStringLiteral("Bad name"));
    Q_EMIT editor.nameEdit()->editingFinished();
    QVERIFY(editor.statusLabel()->text().contains(QStringLiteral("letters and digits")));
    QCOMPARE(m_doc->undoStack()->count(), 0);

    editor.nameEdit()->setText(QStringLiteral("Person"));
    Q_EMIT editor.nameEdit()->editingFinished();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const doc::Node &schemas = m_doc->project().api(u"shop")->definition.document[u"components"][u"schemas"];
    QVERIFY(schemas.contains(u"Person"));
    QVERIFY(!schemas.contains(u"Owner"));
    QCOMPARE(schemas.members()[1].first, QStringLiteral("Person")); // same place
    QCOMPARE(schemas[u"Pet"][u"properties"][u"owner"][u"$ref"].toString(), QStringLiteral("#/components/schemas/Person"));
    QCOMPARE(editor.modelName(), QStringLiteral("Person"));

    ModelEditor pet(m_doc.get());
    QVERIFY(pet.showKey(QStringLiteral("model:shop:Pet")));
    QVERIFY(pet.problems().isEmpty());

    // Undo renames it back; the editor follows.
    m_doc->undoStack()->undo();
    QCOMPARE(editor.modelName(), QStringLiteral("Owner"));
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Owner"));
    QVERIFY(saveAndReopen().api(u"shop"));
}

// ---------------------------------------------------------------------------------------------------------------------
// The window's editor area

void tst_ResourceEditors::editorArea_showsEachEditorAndFollowsRenames()
{
    EditorArea area(m_doc.get());
    QSignalSpy deploy(&area, &EditorArea::deployRequested);
    QSignalSpy renamed(&area, &EditorArea::keyRenamed);
    const QList<QPair<QString, QWidget *>> keys{
        {QStringLiteral("stage:shop:prod"), area.stageEditor()},
        {QStringLiteral("usageplan:basic"), area.usagePlanEditor()},
        {QStringLiteral("apikey:alice"), area.apiKeyEditor()},
        {QStringLiteral("function:orders"), area.functionEditor()},
        {QStringLiteral("model:shop:Pet"), area.modelEditor()},
    };
    for (const auto &k : keys) {
        QVERIFY2(area.showKey(k.first), qPrintable(k.first));
        QCOMPARE(area.currentWidget(), k.second);
    }
    QVERIFY(!area.showKey(QStringLiteral("usageplan:nope")));
    QVERIFY(area.showsOverview());

    // The stage editor's Deploy… button reaches the window through the area.
    QVERIFY(area.showKey(QStringLiteral("stage:shop:prod")));
    model::Project changed = m_doc->project();
    changed.apis[0].definition.paths[0].operations[0].body.set(QStringLiteral("summary"), doc::Node::string(QStringLiteral("x")));
    m_doc->edit(QStringLiteral("Change the definition"), changed);
    QVERIFY(!area.stageEditor()->deployButton()->isHidden());
    QTest::mouseClick(area.stageEditor()->deployButton(), Qt::LeftButton);
    QCOMPARE(deploy.count(), 1);

    // Renaming in the editor keeps the editor (not the overview) and tells the window the new key.
    QVERIFY(area.showKey(QStringLiteral("usageplan:basic")));
    area.usagePlanEditor()->nameEdit()->setFocus();
    area.usagePlanEditor()->nameEdit()->selectAll();
    QTest::keyClicks(area.usagePlanEditor()->nameEdit(), QStringLiteral("pro"));
    QCOMPARE(area.currentWidget(), area.usagePlanEditor());
    QCOMPARE(area.key(), QStringLiteral("usageplan:pro"));
    QCOMPARE(renamed.last().first().toString(), QStringLiteral("usageplan:pro"));

    QVERIFY(area.showKey(QStringLiteral("model:shop:Owner")));
    area.modelEditor()->nameEdit()->setText(QStringLiteral("Person"));
    Q_EMIT area.modelEditor()->nameEdit()->editingFinished();
    QCOMPARE(area.currentWidget(), area.modelEditor());
    QCOMPARE(area.key(), QStringLiteral("model:shop:Person"));
}

QTEST_MAIN(tst_ResourceEditors)
#include "tst_resourceeditors.moc"
