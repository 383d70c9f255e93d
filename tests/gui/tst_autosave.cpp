// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave: a recovery copy of unsaved changes written after the last change, removed by saving, undoing or
// discarding; a window that went away without saving (killed: no close, no question) leaves it, and the next window
// that opens the file offers it in the notice bar. Restoring is one undoable edit that writes nothing to the file;
// unreadable copies are reported and kept aside; projects made from a bare OpenAPI document recover too.
#include "autosave.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "projectdocument.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace gw;
using namespace gw::test;
using namespace gw::ui;

namespace {

const char bareOpenApi[] = R"(openapi: 3.0.1
info:
  title: Tiny
  version: "1"
paths:
  /hello:
    get:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
)";

QStringList buttonTexts(const NoticeBar *notice)
{
    QStringList out;
    for (const QPushButton *b : notice->buttons())
        out.append(b->text());
    return out;
}

QPushButton *button(const NoticeBar *notice, const QString &prefix)
{
    for (QPushButton *b : notice->buttons()) {
        if (b->text().startsWith(prefix))
            return b;
    }
    return nullptr;
}

} // namespace

class tst_AutoSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writesAfterTheLastChangeAndGoesWhenSaved();
    void window_restoresWhatAKilledWindowLeft();
    void window_discardDeletesTheCopy();
    void window_unreadableCopyIsReportedAndKept();
    void window_bareDocumentRecovers();

private:
    /// A window on `path` that made one edit (a deployment of petstore/prod, or tiny/prod) and wrote its recovery
    /// copy; then it is destroyed without closing, as a killed process would leave things. Returns the copy's path.
    QString editAndKill(const QString &path, const QString &api, QString *deploymentId);
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    QStringList recoveryFiles() const
    {
        return QDir(m_recovery).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    QTemporaryDir m_settingsDir;
    QString m_recovery;
};

void tst_AutoSave::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_autosave"));
    m_recovery = QDir(m_settingsDir.path()).filePath(QStringLiteral("recovery"));
    qputenv("GATEHOUSE_RECOVERY_DIR", m_recovery.toUtf8());
    QCOMPARE(AutoSaver::recoveryDir(), m_recovery);
}

void tst_AutoSave::init()
{
    QDir(m_recovery).removeRecursively();
}

void tst_AutoSave::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> tst_AutoSave::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->setAutoStart(false);
    window->autoSaver()->setDelay(50);
    QSignalSpy opened(window.get(), &MainWindow::projectOpened);
    window->openFile(path);
    if (!opened.wait(15'000))
        return nullptr;
    return window;
}

QString tst_AutoSave::editAndKill(const QString &path, const QString &api, QString *deploymentId)
{
    std::unique_ptr<MainWindow> window = openWindow(path);
    if (!window)
        return {};
    QSignalSpy written(window->autoSaver(), &AutoSaver::written);
    window->deploy(api, QStringLiteral("prod"), QStringLiteral("unsaved work"));
    *deploymentId = window->project()->api(api)->stage(u"prod")->deploymentId;
    if (!written.wait(5'000))
        return {};
    window->autoSaver()->waitForIdle();
    return written.last().first().toString();
}

void tst_AutoSave::writesAfterTheLastChangeAndGoesWhenSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(gw::test::exampleProjectPath(), path));
    const io::ProjectLoad load = io::loadProject(path);
    QVERIFY(load.project);

    ProjectDocument doc;
    AutoSaver saver(&doc);
    QCOMPARE(saver.delay(), 2000); // about 2 s after the last change
    saver.setDelay(150);
    QSignalSpy written(&saver, &AutoSaver::written);
    doc.reset(*load.project, path, true);
    QVERIFY(saver.currentPath().startsWith(m_recovery + u'/'));

    // Three quick edits: one copy, written after the last of them, holding the last state.
    for (const char *name : {"one", "two", "three"}) {
        model::Project p = doc.project();
        p.name = QString::fromLatin1(name);
        doc.edit(QStringLiteral("Rename"), p);
        QTest::qWait(20);
    }
    QVERIFY(recoveryFiles().isEmpty()); // not yet: the delay runs from the last change
    QVERIFY(written.wait(5'000));
    QTest::qWait(300);
    QCOMPARE(written.count(), 1);
    const QString copyPath = written.first().first().toString();
    QCOMPARE(copyPath, saver.currentPath());
    QCOMPARE(QFile::permissions(copyPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QJsonObject meta = QJsonDocument::fromJson(readAll(copyPath)).object();
    QCOMPARE(meta[u"originalPath"].toString(), doc.filePath());
    QCOMPARE(meta[u"openedFrom"].toString(), path);
    QCOMPARE(meta[u"projectFile"].toBool(), true);
    QVERIFY(QDateTime::fromString(meta[u"savedAt"].toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(meta[u"project"].toString().contains(QLatin1String("name: three")));
    QCOMPARE(readAll(path), readAll(gw::test::exampleProjectPath())); // the project file is not touched

    // Another process finds it (and not its own copy, which it never offers).
    ProjectDocument other;
    AutoSaver otherSaver(&other);
    RecoveryScan scan = otherSaver.findRecoveryCopies(path);
    QCOMPARE(scan.copies.size(), 1);
    QCOMPARE(scan.copies.first().project.name, QStringLiteral("three"));
    QCOMPARE(scan.copies.first().originalPath, doc.filePath());
    QVERIFY(saver.findRecoveryCopies(path).copies.isEmpty());

    // Saving deletes it.
    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));
    saver.waitForIdle();
    QVERIFY2(recoveryFiles().isEmpty(), qPrintable(recoveryFiles().join(u' ')));

    // So does undoing back to the saved state, and discard().
    model::Project p = doc.project();
    p.name = QStringLiteral("four");
    doc.edit(QStringLiteral("Rename"), p);
    QVERIFY(written.wait(5'000));
    saver.waitForIdle();
    QCOMPARE(recoveryFiles().size(), 1);
    doc.undoStack()->undo();
    QVERIFY(!doc.isDirty());
    saver.waitForIdle();
    QVERIFY(recoveryFiles().isEmpty());
    doc.undoStack()->redo();
    QVERIFY(written.wait(5'000));
    saver.discard();
    saver.waitForIdle();
    QVERIFY(recoveryFiles().isEmpty());
}

void tst_AutoSave::window_restoresWhatAKilledWindowLeft()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(gw::test::exampleProjectPath(), path));
    const QByteArray onDisk = readAll(path);
    QString deployment;
    const QString left = editAndKill(path, QStringLiteral("petstore"), &deployment);
    QVERIFY(!left.isEmpty());
    QCOMPARE(recoveryFiles(), QStringList {QFileInfo(left).fileName()});
    QCOMPARE(readAll(path), onDisk);

    std::unique_ptr<MainWindow> window = openWindow(path);
    QVERIFY(window);
    NoticeBar *notice = window->notice();
    QVERIFY(!notice->isHidden());
    const QString hhmm = QFileInfo(left).lastModified().toString(QStringLiteral("HH:mm"));
    QVERIFY2(notice->text().contains(QLatin1String("unsaved changes")), qPrintable(notice->text()));
    const QStringList buttons = buttonTexts(notice);
    QCOMPARE(buttons.size(), 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^Restore unsaved changes from \\d\\d:\\d\\d$")).match(buttons[0]).hasMatch(),
             qPrintable(buttons[0]));
    QCOMPARE(buttons[1], QStringLiteral("Discard"));
    Q_UNUSED(hhmm);
    QVERIFY(!window->document()->isDirty());

    // Restore: the working copy has the edit, as one undoable step; the file is as it was.
    const model::Project fromFile = window->document()->project();
    QSignalSpy written(window->autoSaver(), &AutoSaver::written);
    button(notice, QStringLiteral("Restore"))->click();
    QVERIFY(window->document()->isDirty());
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->project()->api(u"petstore")->stage(u"prod")->deploymentId, deployment);
    QCOMPARE(window->project()->baseDir, fromFile.baseDir);
    QCOMPARE(window->document()->undoStack()->count(), 1);
    QVERIFY2(window->undoAction()->text().contains(QLatin1String("Restore unsaved changes")),
             qPrintable(window->undoAction()->text()));
    QCOMPARE(readAll(path), onDisk);
    // This session's copy is written at once, and only then the old one goes.
    QVERIFY(written.count() == 1 || written.wait(5'000));
    window->autoSaver()->waitForIdle();
    QCOMPARE(recoveryFiles(), QStringList {QFileInfo(window->autoSaver()->currentPath()).fileName()});
    QVERIFY(!QFile::exists(left));

    window->undoAction()->trigger();
    QVERIFY(!window->document()->isDirty());
    QCOMPARE(io::serializeProject(window->document()->project()), io::serializeProject(fromFile));
    window->redoAction()->trigger();
    QVERIFY(window->save());
    window->autoSaver()->waitForIdle();
    QVERIFY(recoveryFiles().isEmpty());
    QCOMPARE(io::loadProject(path).project->api(u"petstore")->stage(u"prod")->deploymentId, deployment);
}

void tst_AutoSave::window_discardDeletesTheCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(gw::test::exampleProjectPath(), path));
    QString deployment;
    const QString left = editAndKill(path, QStringLiteral("petstore"), &deployment);
    QVERIFY(!left.isEmpty());

    std::unique_ptr<MainWindow> window = openWindow(path);
    QVERIFY(window);
    QPushButton *discard = button(window->notice(), QStringLiteral("Discard"));
    QVERIFY(discard);
    discard->click();
    window->autoSaver()->waitForIdle();
    QVERIFY(recoveryFiles().isEmpty());
    QVERIFY(!window->document()->isDirty());
    QVERIFY(window->notice()->isHidden());

    // Closing the notice without answering keeps the copy for next time.
    QVERIFY(!editAndKill(path, QStringLiteral("petstore"), &deployment).isEmpty());
    window = openWindow(path);
    QVERIFY(window && !window->notice()->isHidden());
    window->notice()->dismiss();
    window.reset();
    QCOMPARE(recoveryFiles().size(), 1);
    window = openWindow(path);
    QVERIFY(window && button(window->notice(), QStringLiteral("Restore")));
}

void tst_AutoSave::window_unreadableCopyIsReportedAndKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(gw::test::exampleProjectPath(), path));
    QString deployment;
    const QString left = editAndKill(path, QStringLiteral("petstore"), &deployment);
    QVERIFY(!left.isEmpty());
    // Cut in half, as a disk that filled up under it would.
    const QByteArray whole = readAll(left);
    QVERIFY(writeFile(left, whole.left(whole.size() / 2)));

    std::unique_ptr<MainWindow> window = openWindow(path);
    QVERIFY(window);
    const QString text = window->notice()->text();
    QVERIFY2(text.contains(QLatin1String("could not be read")) && text.contains(QFileInfo(left).fileName()),
             qPrintable(text));
    QVERIFY(!button(window->notice(), QStringLiteral("Restore")));
    QVERIFY(!QFile::exists(left));
    QCOMPARE(readAll(left + QStringLiteral(".unreadable")), whole.left(whole.size() / 2));
    QVERIFY(!window->document()->isDirty());

    // It is not offered again.
    window = openWindow(path);
    QVERIFY(window && window->notice()->isHidden());
    QCOMPARE(recoveryFiles(), QStringList {QFileInfo(left).fileName() + QStringLiteral(".unreadable")});
}

void tst_AutoSave::window_bareDocumentRecovers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString openApi = dir.filePath(QStringLiteral("tiny.yaml"));
    QVERIFY(writeFile(openApi, bareOpenApi));
    QString deployment;
    const QString left = editAndKill(openApi, QStringLiteral("tiny"), &deployment);
    QVERIFY(!left.isEmpty());
    const QJsonObject meta = QJsonDocument::fromJson(readAll(left)).object();
    QCOMPARE(meta[u"projectFile"].toBool(), false);
    QCOMPARE(meta[u"originalPath"].toString(), openApi);

    std::unique_ptr<MainWindow> window = openWindow(openApi);
    QVERIFY(window);
    QPushButton *restore = button(window->notice(), QStringLiteral("Restore"));
    QVERIFY(restore);
    restore->click();
    QVERIFY(window->document()->isDirty());
    QVERIFY(!window->document()->hasProjectFile());
    QCOMPARE(window->project()->api(u"tiny")->stage(u"prod")->deploymentId, deployment);
    QCOMPARE(readAll(openApi), QByteArray(bareOpenApi)); // never written over
    window->autoSaver()->waitForIdle();
    window->autoSaver()->discard();
    window->autoSaver()->waitForIdle();
    QVERIFY(recoveryFiles().isEmpty());
}

QTEST_MAIN(tst_AutoSave)
#include "tst_autosave.moc"
