// SPDX-License-Identifier: GPL-3.0-or-later
// The stage editor's Canary section, driven through its real widgets: turning a canary on picks the newest other
// deployment, the share, variable overrides and stage cache choice are undoable edits (typing into one field merges
// into one step), Promote moves the stage to the canary's deployment with its overrides and removes the canary, and
// undo brings everything back; the settings survive saving and reopening; HTTP API stages have no Canary section.
#include "inspectorpanel.h"
#include "keyvaluetable.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "stageeditor.h"
#include "testsupport.h"
#include "trafficmodel.h"

#include "io/projectfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

const QByteArray kProject = R"(gatehouse: 1
name: canary
apis:
  - id: shop
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: shop, version: '2'}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
    stages:
      - name: prod
        deployment: d1
        variables: {version: v1, color: blue}
      - name: beta
        deployment: d2
    deployments:
      - id: d1
        description: first
        definition:
          openapi: 3.0.1
          info: {title: shop, version: '1'}
          paths: {}
      - id: d2
        description: second
  - id: chat
    protocol: http
    definition:
      openapi: 3.0.1
      info: {title: chat, version: '1'}
      paths: {}
    stages:
      - name: $default
        autoDeploy: true
)";

const model::Stage *prod(const ProjectDocument &doc)
{
    return doc.project().api(u"shop")->stage(u"prod");
}

} // namespace

class tst_CanaryGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_canarygui"));
    }
    void cleanup() { QSettings().clear(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("canary.gatehouse.yaml"));
        QVERIFY(gw::test::writeFile(m_path, kProject));
        const io::ProjectLoad load = io::loadProject(m_path);
        for (const io::Diagnostic &d : load.diagnostics)
            qInfo() << d.format();
        QVERIFY(load.project);
        m_doc = std::make_unique<ProjectDocument>();
        m_doc->reset(*load.project, m_path, true);
    }

    void setUpPromoteUndo()
    {
        StageEditor editor(m_doc.get());
        editor.show();
        QVERIFY(editor.showKey(QStringLiteral("stage:shop:prod")));
        QUndoStack *undo = m_doc->undoStack();
        QVERIFY(editor.canaryGroup()->isVisible());
        QVERIFY(editor.canaryRestOnlyLabel()->isHidden());
        QVERIFY(!editor.canaryGroup()->isChecked());
        QVERIFY(!editor.promoteCanaryButton()->isEnabled());

        // On: the newest deployment other than the stage's, 10 % to start with.
        editor.canaryGroup()->setChecked(true);
        QVERIFY(prod(*m_doc)->canary);
        QCOMPARE(prod(*m_doc)->canary->deploymentId, QStringLiteral("d2"));
        QCOMPARE(prod(*m_doc)->canary->percentTraffic, 10.0);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(editor.canaryDeploymentCombo()->count(), 1); // d1 is the stage's own
        QCOMPARE(editor.canaryDeploymentCombo()->currentData().toString(), QStringLiteral("d2"));
        QVERIFY(editor.promoteCanaryButton()->isEnabled());
        QCOMPARE(editor.canaryPercentSpin()->value(), 10.0);

        // The share: repeated edits merge into one undo step; the spin box steps by 0.1.
        QCOMPARE(editor.canaryPercentSpin()->singleStep(), 0.1);
        QCOMPARE(editor.canaryPercentSpin()->maximum(), 100.0);
        editor.canaryPercentSpin()->setValue(25);
        editor.canaryPercentSpin()->stepUp();
        QCOMPARE(prod(*m_doc)->canary->percentTraffic, 25.1);
        QCOMPARE(undo->count(), 2);
        QVERIFY2(editor.canarySummaryLabel()->text().contains(QStringLiteral("d2")),
                 qPrintable(editor.canarySummaryLabel()->text()));

        // An override of `version`, through the table's cells.
        QTest::mouseClick(editor.canaryOverridesTable()->addButton(), Qt::LeftButton);
        QCOMPARE(prod(*m_doc)->canary->stageVariableOverrides.size(), 1);
        editor.canaryOverridesTable()->table()->item(0, 0)->setText(QStringLiteral("version"));
        editor.canaryOverridesTable()->table()->item(0, 1)->setText(QStringLiteral("v2"));
        const model::StringPairs overrides = {{QStringLiteral("version"), QStringLiteral("v2")}};
        QCOMPARE(prod(*m_doc)->canary->stageVariableOverrides, overrides);

        QTest::mouseClick(editor.canaryUseCacheCheck(), Qt::LeftButton);
        QVERIFY(prod(*m_doc)->canary->useStageCache);
        const model::CanarySettings before = *prod(*m_doc)->canary;

        // Saved and read again: the same canary.
        const QString saved = m_dir.filePath(QStringLiteral("saved.gatehouse.yaml"));
        QString error;
        QVERIFY2(m_doc->saveTo(saved, &error), qPrintable(error));
        const io::ProjectLoad again = io::loadProject(saved);
        QVERIFY(again.project);
        QCOMPARE(*again.project->api(u"shop")->stage(u"prod")->canary, before);

        // Promote: the stage serves d2 with the overrides, and the canary is gone.
        const int steps = undo->count();
        QTest::mouseClick(editor.promoteCanaryButton(), Qt::LeftButton);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(prod(*m_doc)->deploymentId, QStringLiteral("d2"));
        QVERIFY(!prod(*m_doc)->canary);
        const model::StringPairs promoted = {{QStringLiteral("version"), QStringLiteral("v2")},
                                             {QStringLiteral("color"), QStringLiteral("blue")}};
        QCOMPARE(prod(*m_doc)->variables, promoted);
        QVERIFY(!editor.canaryGroup()->isChecked());
        QVERIFY(!editor.promoteCanaryButton()->isEnabled());

        // Undo: back to d1 with the canary exactly as it was, shown in the widgets.
        undo->undo();
        QCOMPARE(prod(*m_doc)->deploymentId, QStringLiteral("d1"));
        QVERIFY(prod(*m_doc)->canary);
        QCOMPARE(*prod(*m_doc)->canary, before);
        QCOMPARE(prod(*m_doc)->variables.first(), qMakePair(QStringLiteral("version"), QStringLiteral("v1")));
        QVERIFY(editor.canaryGroup()->isChecked());
        QCOMPARE(editor.canaryPercentSpin()->value(), 25.1);
        QVERIFY(editor.canaryUseCacheCheck()->isChecked());
        QCOMPARE(editor.canaryOverridesTable()->shownPairs(), overrides);
        undo->redo();
        QCOMPARE(prod(*m_doc)->deploymentId, QStringLiteral("d2"));
        undo->undo();

        // Remove, then undo.
        QTest::mouseClick(editor.removeCanaryButton(), Qt::LeftButton);
        QVERIFY(!prod(*m_doc)->canary);
        QCOMPARE(prod(*m_doc)->deploymentId, QStringLiteral("d1"));
        undo->undo();
        QCOMPARE(*prod(*m_doc)->canary, before);

        // Undoing everything leaves the stage as loaded.
        while (undo->canUndo())
            undo->undo();
        QVERIFY(!prod(*m_doc)->canary);
        QVERIFY(!editor.canaryGroup()->isChecked());
    }

    void startsOnTheStagesOwnDeploymentWhenThereIsNoOther()
    {
        // beta serves d2, the newest: the canary takes d1, the other one.
        StageEditor editor(m_doc.get());
        editor.show();
        QVERIFY(editor.showKey(QStringLiteral("stage:shop:beta")));
        editor.canaryGroup()->setChecked(true);
        const model::Stage *beta = m_doc->project().api(u"shop")->stage(u"beta");
        QCOMPARE(beta->canary->deploymentId, QStringLiteral("d1"));

        // With a single deployment, AWS's way: the canary starts on the stage's own, until the next deployment.
        model::Project p = m_doc->project();
        for (model::Api &a : p.apis) {
            if (a.id == QLatin1String("shop")) {
                a.deployments.removeFirst();
                a.stages.removeFirst();
                a.stages.first().canary.reset();
            }
        }
        m_doc->edit(QStringLiteral("one deployment"), std::move(p));
        QVERIFY(!editor.canaryGroup()->isChecked());
        editor.canaryGroup()->setChecked(true);
        beta = m_doc->project().api(u"shop")->stage(u"beta");
        QCOMPARE(beta->canary->deploymentId, QStringLiteral("d2"));
        QCOMPARE(editor.canaryDeploymentCombo()->count(), 1);
        QVERIFY(editor.canaryDeploymentCombo()->currentText().contains(QStringLiteral("the stage's own")));
        // Nothing to deploy yet (the working copy is d2's), and the next deployment goes to the canary.
        QVERIFY(!hasUndeployedChanges(*m_doc->project().api(u"shop"), *beta));
        QVERIFY(editor.canarySummaryLabel()->text().contains(QStringLiteral("deploying to this stage")));
    }

    void httpStagesHaveNoCanary()
    {
        StageEditor editor(m_doc.get());
        editor.show();
        QVERIFY(editor.showKey(QStringLiteral("stage:chat:$default")));
        QVERIFY(editor.canaryGroup()->isHidden());
        QVERIFY(editor.canaryRestOnlyLabel()->isVisible());
        QVERIFY(editor.canaryRestOnlyLabel()->text().contains(QStringLiteral("REST")));
        // Back to a REST stage: the section returns.
        QVERIFY(editor.showKey(QStringLiteral("stage:shop:prod")));
        QVERIFY(editor.canaryGroup()->isVisible());
        QVERIFY(editor.canaryRestOnlyLabel()->isHidden());
    }

    void deployGoesToTheCanary()
    {
        // While a stage has a canary, a new deployment goes to the canary (as on AWS); the stage keeps its own.
        model::Project p = m_doc->project();
        model::Stage *s = nullptr;
        for (model::Api &a : p.apis) {
            if (a.id == QLatin1String("shop"))
                s = &a.stages.first();
        }
        QVERIFY(s);
        s->canary = model::CanarySettings{QStringLiteral("d2"), 20, {}, false};
        const QString path = m_dir.filePath(QStringLiteral("deploy.gatehouse.yaml"));
        QString error;
        QVERIFY2(io::saveProject(p, path, &error), qPrintable(error));

        MainWindow window;
        window.setPreferredPortOverride(0);
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        QSignalSpy failed(&window, &MainWindow::openFailed);
        window.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 15'000);
        QCOMPARE(failed.count(), 0);
        ProjectDocument *doc = window.document();
        QVERIFY(hasUndeployedChanges(*doc->project().api(u"shop"), *prod(*doc)) == false); // d2 is the working copy

        model::Project edited = doc->project();
        for (model::Api &a : edited.apis) {
            if (a.id == QLatin1String("shop"))
                a.definition.document.set(QStringLiteral("x-gatehouse-test"), doc::Node::string(QStringLiteral("v3")));
        }
        doc->edit(QStringLiteral("change the working copy"), std::move(edited));
        QVERIFY(hasUndeployedChanges(*doc->project().api(u"shop"), *prod(*doc)));

        QVERIFY(window.deploy(QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("third")));
        const model::Api *shop = doc->project().api(u"shop");
        QCOMPARE(shop->deployments.size(), 3);
        const QString newest = shop->deployments.last().id;
        QCOMPARE(prod(*doc)->deploymentId, QStringLiteral("d1"));
        QCOMPARE(prod(*doc)->canary->deploymentId, newest);
        QCOMPARE(prod(*doc)->canary->percentTraffic, 20.0);
        QVERIFY(!hasUndeployedChanges(*shop, *prod(*doc)));
        doc->undoStack()->undo();
        QCOMPARE(prod(*doc)->canary->deploymentId, QStringLiteral("d2"));
    }

    void trafficAndInspectorSayCanary()
    {
        auto canary = std::make_shared<ExchangeRecord>();
        canary->apiId = QStringLiteral("shop");
        canary->protocol = QStringLiteral("rest");
        canary->stage = QStringLiteral("prod");
        canary->deploymentId = QStringLiteral("d2");
        canary->canary = true;
        canary->stageHasCanary = true;
        canary->method = QStringLiteral("GET");
        canary->path = QStringLiteral("/prod/pets");
        canary->status = 200;
        auto stage = std::make_shared<ExchangeRecord>(*canary);
        stage->deploymentId = QStringLiteral("d1");
        stage->canary = false;
        auto plain = std::make_shared<ExchangeRecord>(*stage);
        plain->stageHasCanary = false;

        TrafficModel model;
        model.append({canary, stage, plain});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, TrafficModel::StageColumn).data().toString(), QStringLiteral("prod (canary)"));
        QCOMPARE(model.index(1, TrafficModel::StageColumn).data().toString(), QStringLiteral("prod"));
        QVERIFY(model.index(0, TrafficModel::StageColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("d2")));
        QVERIFY(model.index(1, TrafficModel::StageColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not its canary")));

        QVERIFY(InspectorPanel::explainHtml(*canary).contains(QStringLiteral("<b>canary</b> (deployment d2")));
        QVERIFY(InspectorPanel::explainHtml(*stage).contains(QStringLiteral("own deployment d1, not its canary")));
        QVERIFY(!InspectorPanel::explainHtml(*plain).contains(QStringLiteral("canary")));
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectDocument> m_doc;
};

QTEST_MAIN(tst_CanaryGui)
#include "tst_canarygui.moc"
