// SPDX-License-Identifier: GPL-3.0-or-later
// The project document: undoable edits, dirty tracking, atomic saves that re-open byte for byte, a project
// made from a bare OpenAPI document saved as a new project file, and the window's title, Save and close
// question around it.
#include "explorerpanel.h"
#include "autosave.h"
#include "doc/docio.h"
#include "io/inputloader.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "problemspanel.h"
#include "projectdocument.h"
#include "testsupport.h"

#include <sys/resource.h>
#include <csignal>

#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>
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

model::Project renamed(model::Project project, const QString &name)
{
    project.name = name;
    return project;
}

/// While alive, no file this process writes may grow past `bytes` (RLIMIT_FSIZE): writes beyond it fail with EFBIG, as
/// on a full disk. SIGXFSZ is ignored meanwhile so the failure reaches the writer instead of ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class tst_ProjectDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void editsUndoAndRedo();
    void mergesEditsWithTheSameId();
    void tracksDirtyState();
    void savesAtomicallyAndReopensIdentical();
    void saveFailureKeepsTheDocument();
    void saveIntoAFileAsFolderFails();
    void saveOnAFullDiskKeepsThePreviousFile();
    void truncatedProjectFileIsRefused_data();
    void truncatedProjectFileIsRefused();
    void window_truncatedFileIsNeitherOpenedNorSavedOver();
    void window_failedSaveSaysSoAndKeepsTheFile();
    void saveElsewhereKeepsFunctionCode();
    void bareDocumentAsksForANewPath();
    void undeployedChanges_data();
    void undeployedChanges();

    void window_titleSaveAndClose();
    void explorer_keepsItsStateAcrossEdits();

private:
    model::Project example() const
    {
        io::ProjectLoad load = io::loadProject(examplePath());
        return load.project ? *load.project : model::Project();
    }
    QString examplePath() const { return gw::test::exampleProjectPath(); }

    QTemporaryDir m_settingsDir;
};

void tst_ProjectDocument::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_projectdocument"));
    qputenv("GATEHOUSE_RECOVERY_DIR", QDir(m_settingsDir.path()).filePath(QStringLiteral("recovery")).toUtf8());
    QVERIFY(!example().apis.isEmpty());
}

void tst_ProjectDocument::cleanup()
{
    QSettings().clear();
}

void tst_ProjectDocument::editsUndoAndRedo()
{
    ProjectDocument doc;
    QVERIFY(!doc.isOpen());
    doc.edit(QStringLiteral("ignored"), example()); // nothing open: nothing to edit
    QCOMPARE(doc.undoStack()->count(), 0);

    doc.reset(example(), examplePath(), true);
    const QString original = doc.project().name;
    QSignalSpy changed(&doc, &ProjectDocument::changed);
    const quint64 revision = doc.revision();

    doc.edit(QStringLiteral("Rename the project"), renamed(doc.project(), QStringLiteral("Renamed")));
    QCOMPARE(doc.project().name, QStringLiteral("Renamed"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename the project"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc.revision(), revision + 1);

    doc.undoStack()->undo();
    QCOMPARE(doc.project().name, original);
    QCOMPARE(doc.undoStack()->redoText(), QStringLiteral("Rename the project"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(doc.revision(), revision + 2); // revisions never go back, so stale compiles are recognised

    doc.undoStack()->redo();
    QCOMPARE(doc.project().name, QStringLiteral("Renamed"));
    QCOMPARE(changed.count(), 3);

    // Other parts of the project are untouched by the edit.
    QCOMPARE(io::serializeProject(renamed(doc.project(), original)), io::serializeProject(example()));

    // Opening another project drops the history.
    doc.reset(example(), examplePath(), true);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.project().name, original);
}

void tst_ProjectDocument::mergesEditsWithTheSameId()
{
    ProjectDocument doc;
    doc.reset(example(), examplePath(), true);
    const QString original = doc.project().name;
    for (const QString &name : {QStringLiteral("R"), QStringLiteral("Re"), QStringLiteral("Ren")})
        doc.edit(QStringLiteral("Rename the project"), renamed(doc.project(), name), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project().name, QStringLiteral("Ren"));
    doc.edit(QStringLiteral("Another edit"), renamed(doc.project(), QStringLiteral("Other")));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.project().name, original);
}

void tst_ProjectDocument::tracksDirtyState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(examplePath(), path));

    ProjectDocument doc;
    QSignalSpy dirty(&doc, &ProjectDocument::dirtyChanged);
    doc.reset(example(), path, true);
    QVERIFY(!doc.isDirty());

    doc.edit(QStringLiteral("Rename"), renamed(doc.project(), QStringLiteral("A")));
    QVERIFY(doc.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.last().first().toBool(), true);

    doc.undoStack()->undo(); // back where it was opened
    QVERIFY(!doc.isDirty());
    QCOMPARE(dirty.last().first().toBool(), false);
    doc.undoStack()->redo();
    QVERIFY(doc.isDirty());

    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));
    QVERIFY(!doc.isDirty());
    QCOMPARE(dirty.last().first().toBool(), false);
    doc.undoStack()->undo(); // away from what was saved
    QVERIFY(doc.isDirty());

    // Reopening a dirty document makes it clean.
    doc.reset(example(), path, true);
    QVERIFY(!doc.isDirty());
    QCOMPARE(dirty.last().first().toBool(), false);
}

void tst_ProjectDocument::savesAtomicallyAndReopensIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("petstore.gatehouse.yaml"));
    QVERIFY(QFile::copy(examplePath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    ProjectDocument doc;
    doc.reset(example(), path, true);
    model::Project edited = doc.project();
    edited.name = QStringLiteral("Edited — with “quotes” and ünïcode");
    edited.apis.first().stages.first().description = QStringLiteral("Changed: yes");
    doc.edit(QStringLiteral("Edit"), edited);

    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(doc.filePath(), QFileInfo(path).absoluteFilePath());

    // The file holds exactly the serialized project, and nothing else was left in the directory (no temp
    // files).
    const QByteArray written = readAll(path);
    QCOMPARE(written, io::serializeProject(doc.project()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("petstore.gatehouse.yaml")});

    // It re-opens to the same project, byte for byte.
    const io::ProjectLoad again = io::loadProject(path);
    QVERIFY(again.project);
    QCOMPARE(io::serializeProject(*again.project), written);
    QCOMPARE(again.project->name, edited.name);

    // Saving again rewrites the whole file (atomically, through QSaveFile).
    doc.edit(QStringLiteral("Rename"), renamed(doc.project(), QStringLiteral("Second")));
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(readAll(path), io::serializeProject(doc.project()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_ProjectDocument::saveFailureKeepsTheDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(examplePath(), path));
    ProjectDocument doc;
    doc.reset(example(), path, true);
    doc.edit(QStringLiteral("Rename"), renamed(doc.project(), QStringLiteral("X")));

    QString error;
    QVERIFY(!doc.saveTo(dir.filePath(QStringLiteral("missing/dir/p.gatehouse.yaml")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(doc.isDirty());
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(readAll(path), readAll(examplePath())); // untouched
}

void tst_ProjectDocument::saveIntoAFileAsFolderFails()
{
    // Tests run as root, where permissions stop no write; a folder that is a regular file stops every user.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(examplePath(), path));
    const QString notAFolder = dir.filePath(QStringLiteral("file"));
    QVERIFY(writeFile(notAFolder, "I am a file\n"));
    ProjectDocument doc;
    doc.reset(example(), path, true);
    doc.edit(QStringLiteral("Rename"), renamed(doc.project(), QStringLiteral("X")));
    QString error;
    const QString target = notAFolder + QStringLiteral("/p.gatehouse.yaml");
    QVERIFY(!doc.saveTo(target, &error));
    QVERIFY2(error.contains(target), qPrintable(error));
    QVERIFY(doc.isDirty());
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(readAll(notAFolder), QByteArray("I am a file\n"));
    QCOMPARE(readAll(path), readAll(examplePath()));
}

void tst_ProjectDocument::saveOnAFullDiskKeepsThePreviousFile()
{
    // A disk that fills up during the save, provoked with RLIMIT_FSIZE (root ignores permissions, not this limit):
    // the new file cannot be written whole, so the previous one must stay exactly as it was.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(QFile::copy(examplePath(), path));
    const QByteArray before = readAll(path);
    ProjectDocument doc;
    doc.reset(example(), path, true);
    doc.edit(QStringLiteral("Rename"), renamed(doc.project(), QStringLiteral("A longer name that changes the file")));
    QString error;
    bool saved = true;
    {
        FileSizeLimit limit(1024);
        QVERIFY(limit.ok());
        saved = doc.saveTo(path, &error);
    }
    QVERIFY(!saved);
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("previous file is unchanged")), qPrintable(error));
    QVERIFY(doc.isDirty());
    QCOMPARE(readAll(path), before);
    // No half-written temporary file is left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("p.gatehouse.yaml")});
    // With room again, the same save works.
    QVERIFY2(doc.saveTo(path, &error), qPrintable(error));
    QCOMPARE(readAll(path), io::serializeProject(doc.project()));
}

void tst_ProjectDocument::truncatedProjectFileIsRefused_data()
{
    // A file Gatehouse wrote, cut at many places: inside a key, inside a value, at a line end, inside a block.
    QTest::addColumn<int>("cut");
    const int size = int(io::serializeProject(example()).size());
    for (int cut = 100; cut < size - 1; cut += 173) // after the header line (a file cut inside it is no project)
        QTest::addRow("at byte %d", cut) << cut;
    QTest::addRow("only the last line missing") << int(size - QByteArrayView("# end of project\n").size());
    QTest::addRow("last line cut") << size - 4;
}

void tst_ProjectDocument::truncatedProjectFileIsRefused()
{
    QFETCH(int, cut);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cut.gatehouse.yaml"));
    const QByteArray whole = io::serializeProject(example());
    QVERIFY(writeFile(path, whole.left(cut)));
    const int lastLine = int(whole.left(cut).count('\n')) + (whole.left(cut).endsWith('\n') ? 0 : 1);

    // Both ways in: loadProject (the library) and loadInputs (the window and the command line).
    for (const QList<io::Diagnostic> &diagnostics : {io::loadProject(path).diagnostics, io::loadInputs({path}, {}).diagnostics}) {
        QCOMPARE(diagnostics.size(), 1);
        const io::Diagnostic &d = diagnostics.first();
        QCOMPARE(d.severity, io::Diagnostic::Severity::Error);
        QCOMPARE(d.file, path);
        QCOMPARE(d.line, lastLine);
        QVERIFY2(d.message.contains(QLatin1String("ends early")), qPrintable(d.format()));
        // The field where it broke off, whenever what is left still parses as YAML.
        const doc::ParseResult parsed = doc::parse(whole.left(cut));
        if (parsed.ok())
            QVERIFY2(!d.field.isEmpty(), qPrintable(d.format()));
        else
            QVERIFY2(d.message.contains(QStringLiteral("line %1").arg(parsed.error->line)), qPrintable(d.format()));
        QVERIFY2(d.format().startsWith(QStringLiteral("%1:%2").arg(path).arg(lastLine)), qPrintable(d.format()));
    }
    QVERIFY(!io::loadInputs({path}, {}).project);
    QCOMPARE(readAll(path), whole.left(cut));

    // The whole file loads; a hand-written file without the header needs no end line.
    QVERIFY(writeFile(path, whole));
    QVERIFY(io::loadProject(path).project);
    QVERIFY(writeFile(path, "gatehouse: 1\napis: []\n"));
    QVERIFY(io::loadProject(path).project);
}

void tst_ProjectDocument::window_truncatedFileIsNeitherOpenedNorSavedOver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cutPath = dir.filePath(QStringLiteral("cut.gatehouse.yaml"));
    const QByteArray whole = io::serializeProject(example());
    const QByteArray cut = whole.left(whole.size() / 2);
    QVERIFY(writeFile(cutPath, cut));

    MainWindow window;
    window.setAutoStart(false);
    int asked = 0;
    window.setUnsavedChangesPrompt([&](const QString &) {
        ++asked;
        return QMessageBox::Save;
    });
    QStringList chosen;
    window.setSavePathChooser([&](const QString &s) {
        chosen.append(s);
        return QString();
    });
    QSignalSpy failed(&window, &MainWindow::openFailed);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openFile(cutPath);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15'000);
    QVERIFY(!window.document()->isOpen());
    QVERIFY(!window.saveAction()->isEnabled());
    const QString problems = window.problems()->lines().join(u'\n');
    QVERIFY2(problems.contains(cutPath) && problems.contains(QLatin1String("ends early")), qPrintable(problems));

    // With another project open and edited, the failed open keeps it; Save writes that project's file only.
    const QString good = dir.filePath(QStringLiteral("good.gatehouse.yaml"));
    QVERIFY(writeFile(good, whole));
    window.openFile(good);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    QVERIFY(window.deploy(QStringLiteral("petstore"), QStringLiteral("prod")));
    window.openFile(cutPath); // asks about the edit first: Save
    QCOMPARE(asked, 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15'000);
    QCOMPARE(window.document()->filePath(), good);
    QCOMPARE(readAll(good), io::serializeProject(window.document()->project()));
    window.deploy(QStringLiteral("petstore"), QStringLiteral("prod"));
    QVERIFY(window.save());
    QVERIFY(chosen.isEmpty());
    QCOMPARE(readAll(cutPath), cut);
    window.autoSaver()->waitForIdle();
}

void tst_ProjectDocument::window_failedSaveSaysSoAndKeepsTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(writeFile(path, io::serializeProject(example())));
    const QByteArray before = readAll(path);
    MainWindow window;
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    QVERIFY(window.deploy(QStringLiteral("petstore"), QStringLiteral("prod"), QStringLiteral("fills the disk")));
    bool saved = true;
    {
        FileSizeLimit limit(512); // a full disk (see saveOnAFullDiskKeepsThePreviousFile)
        QVERIFY(limit.ok());
        saved = window.save();
    }
    QVERIFY(!saved);
    QVERIFY(!window.notice()->isHidden());
    QVERIFY2(window.notice()->text().contains(QLatin1String("The project was not saved"))
                 && window.notice()->text().contains(QLatin1String("previous file is unchanged")),
             qPrintable(window.notice()->text()));
    QVERIFY(window.isWindowModified());
    QCOMPARE(readAll(path), before);
    window.autoSaver()->waitForIdle();
}

void tst_ProjectDocument::saveElsewhereKeepsFunctionCode()
{
    // The example's function code is `functions/orders`, relative to resources/examples. Saved into another
    // folder, the file must still name that code.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectDocument doc;
    doc.reset(example(), examplePath(), true);
    QCOMPARE(doc.project().functions.size(), 1);
    const QString code = QDir::cleanPath(QFileInfo(examplePath()).absolutePath() + QStringLiteral("/functions/orders"));
    const QString path = dir.filePath(QStringLiteral("moved/p.gatehouse.yaml"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QString error;
    QVERIFY2(doc.saveTo(path, &error), qPrintable(error));
    const io::ProjectLoad again = io::loadProject(path);
    QVERIFY(again.project);
    const model::Function &f = again.project->functions.first();
    QVERIFY2(QDir::isRelativePath(f.code), qPrintable(f.code));
    QCOMPARE(QDir::cleanPath(QDir(again.project->baseDir).absoluteFilePath(f.code)), code);
    QCOMPARE(doc.project().functions.first().code, f.code);
    QCOMPARE(doc.project().baseDir, QFileInfo(path).absolutePath());
}

void tst_ProjectDocument::bareDocumentAsksForANewPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString openApi = dir.filePath(QStringLiteral("tiny.openapi.yaml"));
    QVERIFY(writeFile(openApi, bareOpenApi));
    io::InputLoad load = io::loadInputs({openApi}, {});
    QVERIFY(load.project);

    ProjectDocument doc;
    QSignalSpy pathChanged(&doc, &ProjectDocument::filePathChanged);
    doc.reset(*load.project, openApi, false);
    QVERIFY(!doc.hasProjectFile());
    QVERIFY(doc.filePath().isEmpty());
    QCOMPARE(doc.sourcePath(), openApi);
    QCOMPARE(doc.displayName(), QStringLiteral("tiny.openapi.yaml"));
    QCOMPARE(doc.suggestedSavePath(), dir.filePath(QStringLiteral("tiny.gatehouse.yaml")));

    // Without anyone to ask, Save refuses rather than write over the OpenAPI document.
    QString error;
    QVERIFY(!doc.save(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(openApi), QByteArray(bareOpenApi));

    // Cancelled: nothing written, no error.
    QStringList asked;
    QString answer;
    doc.setSavePathChooser([&](const QString &suggested) {
        asked.append(suggested);
        return answer;
    });
    QVERIFY(!doc.save(&error));
    QVERIFY(error.isEmpty());
    QCOMPARE(asked.size(), 1);

    // The OpenAPI document itself is refused as the target.
    answer = openApi;
    QVERIFY(!doc.save(&error));
    QVERIFY2(error.contains(QLatin1String("OpenAPI document")), qPrintable(error));
    QCOMPARE(readAll(openApi), QByteArray(bareOpenApi));

    // A new path: the project is written there and the document belongs to it.
    answer = dir.filePath(QStringLiteral("chosen.gatehouse.yaml"));
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.last(), dir.filePath(QStringLiteral("tiny.gatehouse.yaml")));
    QVERIFY(doc.hasProjectFile());
    QCOMPARE(doc.filePath(), answer);
    QCOMPARE(pathChanged.last().first().toString(), answer);
    QCOMPARE(readAll(openApi), QByteArray(bareOpenApi));
    const io::ProjectLoad saved = io::loadProject(answer);
    QVERIFY(saved.project);
    QCOMPARE(io::serializeProject(*saved.project), readAll(answer));
    QCOMPARE(saved.project->apis.size(), 1);
    QCOMPARE(saved.project->apis.first().id, QStringLiteral("tiny"));

    // From now on Save writes to the project file without asking.
    doc.edit(QStringLiteral("Rename"), renamed(doc.project(), QStringLiteral("Tiny project")));
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(asked.size(), 3);
    QVERIFY(readAll(answer).contains("Tiny project"));
}

void tst_ProjectDocument::undeployedChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("expected");
    QTest::addRow("as deployed") << QString() << false;
    QTest::addRow("working copy edited") << QStringLiteral("edit") << true;
    QTest::addRow("no deployment") << QStringLiteral("orphan") << true;
    QTest::addRow("auto-deploy never differs") << QStringLiteral("auto") << false;
}

void tst_ProjectDocument::undeployedChanges()
{
    QFETCH(QString, change);
    QFETCH(bool, expected);
    model::Api api = example().apis.first();
    model::Stage stage = api.stages.first();
    QVERIFY(api.deployment(stage.deploymentId));
    if (change == QLatin1String("edit") || change == QLatin1String("auto"))
        api.definition.paths.removeLast();
    if (change == QLatin1String("orphan"))
        stage.deploymentId = QStringLiteral("nope00");
    if (change == QLatin1String("auto"))
        stage.autoDeploy = true;
    QCOMPARE(hasUndeployedChanges(api, stage), expected);
}

void tst_ProjectDocument::window_titleSaveAndClose()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString openApi = dir.filePath(QStringLiteral("tiny.yaml"));
    QVERIFY(writeFile(openApi, bareOpenApi));

    MainWindow window;
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.show();
    QVERIFY(window.openFile(openApi));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    QVERIFY(window.windowTitle().contains(QLatin1String("tiny.yaml")));
    QVERIFY(!window.isWindowModified());
    QVERIFY(!window.document()->hasProjectFile());

    // An edit marks the window modified, and undo reverts that.
    QVERIFY(window.deploy(QStringLiteral("tiny"), QStringLiteral("prod"), QStringLiteral("again")));
    QVERIFY(window.isWindowModified());
    QVERIFY2(window.undoAction()->text().contains(QLatin1String("Deploy tiny to prod")),
             qPrintable(window.undoAction()->text()));
    window.undoAction()->trigger();
    QVERIFY(!window.isWindowModified());
    window.redoAction()->trigger();
    QVERIFY(window.isWindowModified());

    // Closing with unsaved changes asks; Cancel keeps the window open.
    QStringList askedAbout;
    window.setUnsavedChangesPrompt([&](const QString &name) {
        askedAbout.append(name);
        return QMessageBox::Cancel;
    });
    QVERIFY(!window.close());
    QCOMPARE(askedAbout, QStringList {QStringLiteral("tiny.yaml")});
    QVERIFY(window.isVisible());

    // Save (Ctrl+S) on a project made from an OpenAPI document asks where to put the new project file.
    QStringList suggested;
    const QString target = dir.filePath(QStringLiteral("tiny.gatehouse.yaml"));
    window.setSavePathChooser([&](const QString &s) {
        suggested.append(s);
        return target;
    });
    window.saveAction()->trigger();
    QCOMPARE(suggested, QStringList {target});
    QVERIFY(QFile::exists(target));
    QCOMPARE(readAll(openApi), QByteArray(bareOpenApi));
    QCOMPARE(window.currentFile(), target);
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QLatin1String("tiny.gatehouse.yaml")));
    QCOMPARE(window.recentFiles().value(0), target);

    // Clean: closing does not ask.
    QVERIFY(window.close());
    QCOMPARE(askedAbout.size(), 1);
}

void tst_ProjectDocument::explorer_keepsItsStateAcrossEdits()
{
    MainWindow window;
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openFile(examplePath());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    ExplorerPanel *explorer = window.explorer();
    QTreeView *view = explorer->view();
    QStandardItem *post = explorer->itemForKey(QStringLiteral("method:petstore:/pets:POST"));
    QStandardItem *storefront = explorer->itemForKey(QStringLiteral("api:storefront"));
    QVERIFY(post && storefront);
    view->setCurrentIndex(post->index());
    view->collapse(storefront->index());

    // An edit rebuilds the tree from the new snapshot; what was open and selected stays so.
    QVERIFY(window.deploy(QStringLiteral("petstore"), QStringLiteral("prod")));
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(),
             QStringLiteral("method:petstore:/pets:POST"));
    QVERIFY(!view->isExpanded(explorer->itemForKey(QStringLiteral("api:storefront"))->index()));
    QVERIFY(view->isExpanded(explorer->itemForKey(QStringLiteral("resource:petstore:/pets"))->index()));
    const QString stage = explorer->itemForKey(QStringLiteral("stage:petstore:prod"))->text();
    QVERIFY2(stage.contains(window.project()->api(u"petstore")->stage(u"prod")->deploymentId),
             qPrintable(stage));
}

QTEST_MAIN(tst_ProjectDocument)
#include "tst_projectdocument.moc"
