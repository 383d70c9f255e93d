// SPDX-License-Identifier: GPL-3.0-or-later
// Opening large documents: the loader reports progress off the GUI thread, the status bar shows it with a Cancel
// button, and a canceled open leaves the open project exactly as it was.
#include "testsupport.h"

#include "io/inputloader.h"
#include "loadprogresswidget.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"

#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

/// An OpenAPI 3.0 document (YAML) with `paths` paths, each with a MOCK GET.
QByteArray largeDocument(int paths)
{
    QByteArray text = "openapi: 3.0.1\ninfo: {title: Large, version: '1'}\npaths:\n";
    for (int i = 0; i < paths; ++i) {
        text += "  /r" + QByteArray::number(i) + "/{id}:\n    get:\n      x-amazon-apigateway-integration:\n"
                "        type: mock\n        requestTemplates: {application/json: '{\"statusCode\": 200}'}\n";
    }
    return text;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

} // namespace

class tst_LoadProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loaderReportsProgressToTheEnd();
    void canceledLoadInputsReturnsNoProject();
    void cancelKeepsTheOpenProject();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
};

void tst_LoadProgress::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_loadprogress"));
}

void tst_LoadProgress::loaderReportsProgressToTheEnd()
{
    const QString path = writeFile(m_files, QStringLiteral("large.yaml"), largeDocument(1000));
    ProjectLoader loader;
    LoadProgressWidget widget(&loader);
    QSignalSpy started(&loader, &ProjectLoader::loadStarted);
    QSignalSpy progress(&loader, &ProjectLoader::loadProgress);
    QSignalSpy loaded(&loader, &ProjectLoader::loaded);
    loader.load(path);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().toString(), path);
    QVERIFY(!widget.isHidden());
    QVERIFY(loader.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30'000);
    const auto outcome = loaded.first().first().value<std::shared_ptr<const LoadOutcome>>();
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(outcome->load.project->apis.first().definition.paths.size(), 1000);
    // Never backwards, and at the end when the outcome arrives.
    int last = -1;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QVERIFY2(args.first().toInt() >= last, qPrintable(QString::number(args.first().toInt())));
        last = args.first().toInt();
    }
    QCOMPARE(last, 1000);
    QCOMPARE(widget.progressBar()->value(), 1000);
    QVERIFY(widget.isHidden());
    QVERIFY(!loader.isLoading());
}

void tst_LoadProgress::canceledLoadInputsReturnsNoProject()
{
    const QString path = writeFile(m_files, QStringLiteral("small.yaml"), largeDocument(3));
    io::InputOptions options;
    options.progress = std::make_shared<io::LoadProgress>();
    options.progress->cancel();
    const io::InputLoad load = io::loadInputs({path}, options);
    QVERIFY(!load.project);
    QVERIFY(load.hasErrors());
    QCOMPARE(load.diagnostics.first().message, QStringLiteral("opening the file was canceled"));
    QCOMPARE(load.diagnostics.first().file, path);

    // Not canceled: the same options load it and end at 850 (the caller compiles the rest).
    options.progress = std::make_shared<io::LoadProgress>();
    const io::InputLoad ok = io::loadInputs({path}, options);
    QVERIFY(ok.project && !ok.hasErrors());
    QCOMPARE(options.progress->value(), 850);
}

void tst_LoadProgress::cancelKeepsTheOpenProject()
{
    MainWindow window;
    window.setPreferredPortOverride(0);
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.openFile(gw::test::exampleProjectPath());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    const QString name = window.project()->name;
    const QString file = window.currentFile();
    const quint64 revision = window.document()->revision();

    const QString large = writeFile(m_files, QStringLiteral("cancel-me.yaml"), largeDocument(3000));
    auto *progress = window.findChild<LoadProgressWidget *>(QStringLiteral("loadProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isHidden());
    window.openFile(large);
    QVERIFY(!progress->isHidden());
    // Canceled before the event loop runs again: however fast the load is, its outcome must not replace the project.
    progress->cancelButton()->click();
    QVERIFY(progress->isHidden());
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("canceled; the open project is unchanged")),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30'000);
    QTest::qWait(50); // any late delivery would happen now
    QCOMPARE(opened.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(window.project()->name, name);
    QCOMPARE(window.currentFile(), file);
    QCOMPARE(window.document()->revision(), revision);

    // The window still opens files after a cancel.
    window.openFile(large);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 30'000);
    QCOMPARE(window.currentFile(), QFileInfo(large).absoluteFilePath());
    QCOMPARE(window.project()->apis.first().definition.paths.size(), 3000);
}

QTEST_MAIN(tst_LoadProgress)
#include "tst_loadprogress.moc"
