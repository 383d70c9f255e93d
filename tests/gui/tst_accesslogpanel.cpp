// SPDX-License-Identifier: GPL-3.0-or-later
// Per-stage access logs in the window: a stage whose access logging is turned on in its editor gets its requests'
// lines, rendered with its format by the running gateway, in its own file and in View ▸ Access Logs; changing the
// format changes the next lines; a stage without logging writes nothing. Also the viewer's bounds (newest maxLines
// lines, follows the newest only at the bottom) and its start from the file's newest lines.
#include "accesslogfeed.h"
#include "accesslogpanel.h"
#include "editorarea.h"
#include "explorerpanel.h"
#include "gatewaycontroller.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "rawhttp.h"
#include "stageeditor.h"
#include "testsupport.h"

#include "doc/docio.h"
#include "io/projectfile.h"
#include "observe/accesslog.h"
#include "observe/stageaccesslog.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

/// REST API `shop` with two stages of one deployment; neither logs yet.
const QByteArray kProject = R"(gatehouse: 1
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
              responses:
                default:
                  statusCode: "200"
                  responseTemplates: {application/json: '{"ok": true}'}
    stages:
      - name: prod
        deployment: d1
      - name: dev
        deployment: d1
    deployments:
      - id: d1
)";

int get(quint16 port, const QByteArray &path)
{
    return gw::test::rawRequest(port, "GET " + path + " HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n\r\n").status;
}

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject parseJson(const QString &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

QGroupBox *accessLogGroup(StageEditor *editor)
{
    for (QGroupBox *box : editor->findChildren<QGroupBox *>()) {
        if (box->accessibleName() == QLatin1String("Access logging"))
            return box;
    }
    return nullptr;
}

void pickPreset(StageEditor *editor, const QString &name)
{
    QComboBox *combo = editor->accessLogPresetCombo();
    combo->setCurrentIndex(combo->findText(name));
    Q_EMIT combo->activated(combo->currentIndex());
}

} // namespace

class tst_AccessLogPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowLogsTheStagesThatHaveLogging();
    void viewKeepsTheNewestLinesAndFollowsOnlyAtTheBottom();
    void viewStartsWithTheFilesNewestLines();
    void folderForIsStablePerProject();

private:
    QTemporaryDir m_dir;
};

void tst_AccessLogPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("GATEHOUSE_ACCESS_LOG_DIR", m_dir.filePath(QStringLiteral("logs")).toUtf8());
}

void tst_AccessLogPanel::windowLogsTheStagesThatHaveLogging()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("accesslog.gatehouse.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kProject);
    file.close();

    MainWindow window;
    window.setPreferredPortOverride(0);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.show();
    window.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 15'000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(window.gateway()->isRunning());
    const quint16 port = window.gateway()->port();
    AccessLogPanel *panel = window.accessLogs();
    QVERIFY(panel);
    QVERIFY(window.accessLogDock());

    // No stage logs: nothing to pick, and both stages are offered as links to their settings.
    QCOMPARE(panel->stagePicker()->count(), 0);
    QVERIFY(panel->otherStagesLabel()->text().contains(QLatin1String("shop / prod")));
    QVERIFY(panel->otherStagesLabel()->text().contains(QLatin1String("shop / dev")));
    QCOMPARE(get(port, "/prod/pets"), 200);
    // Delivered before logging is turned on (a record still queued on the bus would get the new configuration).
    QTRY_COMPARE_WITH_TIMEOUT(window.gateway()->requestCount(), quint64(1), 5000);
    QTest::qWait(100);

    // The link opens the stage's editor; turning logging on there with the JSON preset.
    QSignalSpy openStage(panel, &AccessLogPanel::openStageRequested);
    Q_EMIT panel->otherStagesLabel()->linkActivated(QStringLiteral("stage:shop:prod"));
    QCOMPARE(openStage.count(), 1);
    StageEditor *editor = window.editorArea()->stageEditor();
    QCOMPARE(window.editorArea()->key(), QStringLiteral("stage:shop:prod"));
    QCOMPARE(window.editorArea()->currentWidget(), editor);
    QGroupBox *group = accessLogGroup(editor);
    QVERIFY(group);
    group->setChecked(true);
    pickPreset(editor, QStringLiteral("JSON"));
    const QString json = StageEditor::accessLogPresets(model::Protocol::Rest).at(1).second;
    QCOMPARE(window.gateway()->accessLogs().size(), 1);
    QCOMPARE(window.gateway()->accessLogs().first().format, json);

    QCOMPARE(panel->stagePicker()->count(), 1);
    QCOMPARE(panel->selectedApi(), QStringLiteral("shop"));
    QCOMPARE(panel->selectedStage(), QStringLiteral("prod"));
    QCOMPARE(panel->formatLabel()->text(), QStringLiteral("Format: JSON preset"));
    QVERIFY(!panel->otherStagesLabel()->text().contains(QLatin1String("shop / prod")));
    QVERIFY(panel->otherStagesLabel()->text().contains(QLatin1String("shop / dev")));
    const QString logFile = window.gateway()->accessLogs().first().path;
    QCOMPARE(QDir::fromNativeSeparators(panel->pathEdit()->text()), logFile);
    QCOMPARE(QFileInfo(logFile).absolutePath(), AccessLogPanel::folderFor(path));
    QVERIFY(logFile.startsWith(m_dir.filePath(QStringLiteral("logs/accesslog-"))));
    QVERIFY(logFile.endsWith(QLatin1String("/shop-prod.log")));

    // Requests through the real gateway: prod's are logged, dev's are not.
    QCOMPARE(get(port, "/prod/pets"), 200);
    QCOMPARE(get(port, "/prod/nowhere"), 403);
    QCOMPARE(get(port, "/dev/pets"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(fileLines(logFile).size(), 2, 5000);
    const QStringList lines = fileLines(logFile);
    // Two workers may finish in either order: the lines are found by status.
    const int ok = parseJson(lines[0])[u"status"].toString() == QLatin1String("200") ? 0 : 1;
    const QJsonObject first = parseJson(lines[ok]);
    const QJsonObject second = parseJson(lines[1 - ok]);
    QVERIFY2(!first.isEmpty(), qPrintable(lines[ok]));
    QVERIFY2(!second.isEmpty(), qPrintable(lines[1 - ok]));
    QCOMPARE(first[u"status"].toString(), QStringLiteral("200"));
    QCOMPARE(first[u"httpMethod"].toString(), QStringLiteral("GET"));
    QCOMPARE(first[u"resourcePath"].toString(), QStringLiteral("/pets"));
    QCOMPARE(first[u"ip"].toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(second[u"status"].toString(), QStringLiteral("403"));
    QCOMPARE(second[u"resourcePath"].toString(), QStringLiteral("-"));
    QVERIFY(!first[u"requestId"].toString().isEmpty());
    QVERIFY(first[u"requestId"] != second[u"requestId"]);
    QCOMPARE(QDir(QFileInfo(logFile).absolutePath()).entryList(QDir::Files), QStringList{QStringLiteral("shop-prod.log")});

    // The viewer shows the same lines, appended in a batch.
    QTRY_COMPARE_WITH_TIMEOUT(panel->shownLines(), lines, 5000);
    QVERIFY(panel->openFolderButton()->isEnabled());

    // Pretty-Print Line shows the line at the cursor indented.
    panel->prettyPrintButton()->setChecked(true);
    QVERIFY(panel->detailView()->isVisible());
    QTextCursor cursor(panel->view()->document()->findBlockByNumber(1 - ok));
    panel->view()->setTextCursor(cursor);
    QVERIFY2(panel->detailView()->toPlainText().contains(QLatin1String("\n    \"status\": \"403\"")),
             qPrintable(panel->detailView()->toPlainText()));
    panel->prettyPrintButton()->setChecked(false);
    QVERIFY(!panel->detailView()->isVisible());

    // The filter narrows the view to matching lines.
    panel->filterEdit()->setText(QStringLiteral("\"403\""));
    QCOMPARE(panel->shownLines(), QStringList{lines[1 - ok]});
    panel->filterEdit()->clear();
    QCOMPARE(panel->shownLines(), lines);

    // Another format applies to the next request at once, without a deployment.
    pickPreset(editor, QStringLiteral("CLF"));
    QCOMPARE(panel->formatLabel()->text(), QStringLiteral("Format: CLF preset"));
    QCOMPARE(get(port, "/prod/pets"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(fileLines(logFile).size(), 3, 5000);
    const QString clf = fileLines(logFile).at(2);
    QVERIFY2(parseJson(clf).isEmpty(), qPrintable(clf));
    QVERIFY2(clf.startsWith(QLatin1String("127.0.0.1 - - [")), qPrintable(clf));
    QVERIFY2(clf.contains(QLatin1String("\"GET /pets HTTP/1.1\" 200 ")), qPrintable(clf));
    QTRY_COMPARE_WITH_TIMEOUT(panel->shownLines().size(), 3, 5000);
    QCOMPARE(panel->shownLines().last(), clf);

    // Clear View empties the view, not the file.
    panel->clearView();
    QVERIFY(panel->shownLines().isEmpty());
    QCOMPARE(fileLines(logFile).size(), 3);

    // Logging off: the stage leaves the picker, and its requests write nothing more.
    group->setChecked(false);
    QVERIFY(window.gateway()->accessLogs().isEmpty());
    QCOMPARE(panel->stagePicker()->count(), 0);
    QCOMPARE(get(port, "/prod/pets"), 200);
    QCOMPARE(get(port, "/dev/pets"), 200);
    QTest::qWait(300); // several bus deliveries (every 40 ms)
    QCOMPARE(fileLines(logFile).size(), 3);
    QCOMPARE(QDir(QFileInfo(logFile).absolutePath()).entryList(QDir::Files), QStringList{QStringLiteral("shop-prod.log")});
}

void tst_AccessLogPanel::viewKeepsTheNewestLinesAndFollowsOnlyAtTheBottom()
{
    ProjectDocument document;
    const io::ProjectLoad load = io::readProject(doc::parse(kProject).root, QStringLiteral("bounds.yaml"));
    QVERIFY(load.project);
    model::Project project = *load.project;
    doc::Node settings;
    settings.set(QStringLiteral("format"), doc::Node::string(QStringLiteral("$context.status")));
    project.apis[0].stages[1].extra.set(QStringLiteral("accessLogSettings"), settings);
    document.reset(project, QStringLiteral("bounds.yaml"), true);
    GatewayController gateway;
    AccessLogPanel panel(&document, &gateway);
    panel.resize(700, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(gateway.accessLogs().size(), 1);
    QCOMPARE(panel.selectedStage(), QStringLiteral("dev"));
    QCOMPARE(panel.formatLabel()->text(), QStringLiteral("Format: custom"));

    auto batch = [](int from, int count, const QString &stage = QStringLiteral("dev")) {
        std::vector<AccessLogLine> lines;
        for (int i = from; i < from + count; ++i)
            lines.push_back({QStringLiteral("shop"), stage, QStringLiteral("line %1").arg(i)});
        return lines;
    };
    // Lines of another stage never show; the newest maxLines lines of this one do.
    Q_EMIT gateway.accessLogFeed()->linesArrived(batch(0, 50, QStringLiteral("prod")));
    Q_EMIT gateway.accessLogFeed()->linesArrived(batch(0, 6000));
    Q_EMIT gateway.accessLogFeed()->linesArrived(batch(6000, 6000));
    QVERIFY(panel.shownLines().isEmpty()); // not yet: appended by the timer
    panel.appendPending();
    QStringList shown = panel.shownLines();
    QCOMPARE(shown.size(), AccessLogPanel::maxLines);
    QCOMPARE(shown.first(), QStringLiteral("line 2000"));
    QCOMPARE(shown.last(), QStringLiteral("line 11999"));
    QScrollBar *bar = panel.view()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());

    // At the bottom: follows. Scrolled up: stays where the reader is.
    Q_EMIT gateway.accessLogFeed()->linesArrived(batch(12000, 10));
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownLines().last(), QStringLiteral("line 12009"), 2000);
    QCOMPARE(bar->value(), bar->maximum());
    bar->setValue(100);
    const QString topLine = panel.view()->cursorForPosition(QPoint(5, 5)).block().text();
    Q_EMIT gateway.accessLogFeed()->linesArrived(batch(12010, 10));
    panel.appendPending();
    QCOMPARE(panel.shownLines().last(), QStringLiteral("line 12019"));
    QVERIFY(bar->value() < bar->maximum());
    QCOMPARE(panel.view()->cursorForPosition(QPoint(5, 5)).block().text(), topLine);
    // An edit elsewhere in the project leaves the view as it is.
    model::Project edited = document.project();
    edited.apis[0].stages[0].description = QStringLiteral("edited");
    document.edit(QStringLiteral("Describe prod"), edited);
    QCOMPARE(panel.view()->cursorForPosition(QPoint(5, 5)).block().text(), topLine);
    QCOMPARE(panel.shownLines().size(), AccessLogPanel::maxLines);

    // The filter rebuilds from the kept lines; the view re-filters as lines arrive.
    panel.filterEdit()->setText(QStringLiteral("line 1200"));
    QCOMPARE(panel.shownLines().size(), 10);
    Q_EMIT gateway.accessLogFeed()->linesArrived(batch(12020, 1));
    Q_EMIT gateway.accessLogFeed()->linesArrived(batch(13000, 1));
    panel.appendPending();
    QCOMPARE(panel.shownLines().size(), 10);
    QCOMPARE(panel.shownLines().last(), QStringLiteral("line 12009"));
}

void tst_AccessLogPanel::viewStartsWithTheFilesNewestLines()
{
    // The stage's file has lines from an earlier session; c was also delivered live while the file was read.
    const io::ProjectLoad load = io::readProject(doc::parse(kProject).root, QStringLiteral("tail.yaml"));
    QVERIFY(load.project);
    model::Project project = *load.project;
    doc::Node settings;
    settings.set(QStringLiteral("format"), doc::Node::string(QStringLiteral("$context.status")));
    project.apis[0].stages[0].extra.set(QStringLiteral("accessLogSettings"), settings);
    const QString projectFile = m_dir.filePath(QStringLiteral("tail.gatehouse.yaml"));
    const QString logFile = QDir(AccessLogPanel::folderFor(projectFile)).filePath(QStringLiteral("shop-prod.log"));
    QVERIFY(QDir().mkpath(QFileInfo(logFile).absolutePath()));
    QFile file(logFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a\nb\nc\n");
    file.close();

    ProjectDocument document;
    document.reset(project, projectFile, true);
    GatewayController gateway;
    AccessLogPanel panel(&document, &gateway);
    QCOMPARE(panel.selectedStage(), QStringLiteral("prod"));
    Q_EMIT gateway.accessLogFeed()->linesArrived({{QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("c")},
                                                  {QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("d")}});
    QTRY_COMPARE_WITH_TIMEOUT(panel.shownLines(),
                              QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}),
                              5000);
    // Later lines append as usual.
    Q_EMIT gateway.accessLogFeed()->linesArrived({{QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("e")}});
    panel.appendPending();
    QCOMPARE(panel.shownLines().size(), 5);
    QCOMPARE(panel.shownLines().last(), QStringLiteral("e"));
}

void tst_AccessLogPanel::folderForIsStablePerProject()
{
    const QString a = AccessLogPanel::folderFor(QStringLiteral("/tmp/x/petstore.gatehouse.yaml"));
    QCOMPARE(AccessLogPanel::folderFor(QStringLiteral("/tmp/x/../x/petstore.gatehouse.yaml")), a);
    QVERIFY(QFileInfo(a).fileName().startsWith(QLatin1String("petstore-")));
    QVERIFY(AccessLogPanel::folderFor(QStringLiteral("/tmp/y/petstore.gatehouse.yaml")) != a);
    QVERIFY(AccessLogPanel::folderFor({}).endsWith(QLatin1String("/unsaved")));
    QVERIFY(a.startsWith(m_dir.filePath(QStringLiteral("logs"))));
}

QTEST_MAIN(tst_AccessLogPanel)
#include "tst_accesslogpanel.moc"
