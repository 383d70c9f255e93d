// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export: for each format the preview and the file written are byte for byte what `gatehouse export`
// writes for the same options (run as a process), with the same warnings; options changed while a preview is
// generated end with the preview of the last ones; a destination that cannot be written says why and writes
// nothing; API key values never reach the preview.
#include "exportdialog.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <Qsci/qsciscintilla.h>

#include <unistd.h>

using namespace gw;
using namespace gw::test;
using namespace gw::ui;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray written;
    QStringList warnings;
    QByteArray err;
};

/// `gatehouse export PROJECT --format FORMAT [--yaml|--json] [--api ID] -o OUT`.
CliRun runCli(const QString &project, const QString &format, const QString &syntax, const QString &apiId,
              const QString &out)
{
    QStringList args {QStringLiteral("export"), project, QStringLiteral("--format"), format};
    if (!syntax.isEmpty())
        args << QStringLiteral("--") + syntax;
    if (!apiId.isEmpty())
        args << QStringLiteral("--api") << apiId;
    args << QStringLiteral("-o") << out;
    QProcess p;
    p.start(gw::test::gatehouseBinary(), args);
    p.waitForFinished(30'000);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = p.readAllStandardError();
    for (const QByteArray &line : r.err.split('\n')) {
        if (line.startsWith("warning: "))
            r.warnings.append(QString::fromUtf8(line.mid(9)));
    }
    QFile f(out);
    if (f.open(QIODevice::ReadOnly))
        r.written = f.readAll();
    return r;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

/// Waits until the dialog's preview shows its current options.
bool waitPreview(ExportDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return !dialog->isGenerating(); }, 15'000);
}

const QByteArray kKeyProject = R"(gatehouse: 1
name: keyed
apis:
  - id: vault
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: vault, version: '1'}
      paths:
        /keyed:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: '200'}}
    stages:
      - name: prod
        deployment: d1
    deployments:
      - id: d1
usagePlans:
  - name: basic
    apiStages:
      - {api: vault, stage: prod}
apiKeys:
  - name: alice
    value: APIKEYVALUE-alice-0123456789secret
    usagePlans: [basic]
)";

} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fileMenuOpensIt();
    void previewAndFileMatchTheCommandLine_data();
    void previewAndFileMatchTheCommandLine();
    void changingOptionsWhileGeneratingShowsTheLastOnes_data();
    void changingOptionsWhileGeneratingShowsTheLastOnes();
    void swaggerOfAnHttpApiSaysWhy();
    void unwritableDestinationSaysWhyAndWritesNothing();
    void apiKeyValuesStayOut();

private:
    ExportDialog *openDialog();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ExportDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_exportdialog"));
    QVERIFY2(QFileInfo::exists(gw::test::gatehouseBinary()), qPrintable(gw::test::gatehouseBinary()));
    m_window = std::make_unique<MainWindow>();
    m_window->setAutoStart(false);
    m_window->setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
    QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
    m_window->show();
    m_window->openFile(gw::test::exampleProjectPath());
    QVERIFY(opened.wait(15'000));
}

void tst_ExportDialog::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

ExportDialog *tst_ExportDialog::openDialog()
{
    ExportDialog *dialog = m_window->showExportDialog(QStringLiteral("petstore"));
    if (dialog)
        waitPreview(dialog);
    return dialog;
}

void tst_ExportDialog::fileMenuOpensIt()
{
    QAction *action = m_window->exportAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(waitPreview(dialog));
    // Suggested: the project's folder, named after the API and the format.
    QCOMPARE(dialog->destination(),
             QFileInfo(gw::test::exampleProjectPath()).dir().filePath(QStringLiteral("petstore.oas30.yaml")));
    QVERIFY(dialog->preview()->text().startsWith(QLatin1String("openapi: 3.0.1")));
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(io::ExportFormat::Terraform)));
    QCOMPARE(QFileInfo(dialog->destination()).fileName(), QStringLiteral("petstore-example.tf"));
    QVERIFY(!dialog->apiCombo()->isEnabled()); // a template holds every API
    QVERIFY(!dialog->jsonButton()->isEnabled());
    QVERIFY(waitPreview(dialog));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>());
}

void tst_ExportDialog::previewAndFileMatchTheCommandLine_data()
{
    QTest::addColumn<int>("formatValue"); // io::ExportFormat
    QTest::addColumn<QString>("syntax"); // "yaml", "json", or "" (Terraform)
    QTest::addColumn<QString>("apiId"); // one-API formats only
    QTest::addRow("oas30 yaml petstore") << int(io::ExportFormat::OpenApi30) << "yaml"
                                         << "petstore";
    QTest::addRow("oas30 json storefront") << int(io::ExportFormat::OpenApi30) << "json"
                                           << "storefront";
    QTest::addRow("swagger yaml petstore") << int(io::ExportFormat::Swagger20) << "yaml"
                                           << "petstore";
    QTest::addRow("swagger json petstore") << int(io::ExportFormat::Swagger20) << "json"
                                           << "petstore";
    QTest::addRow("sam yaml") << int(io::ExportFormat::Sam) << "yaml"
                              << "";
    QTest::addRow("sam json") << int(io::ExportFormat::Sam) << "json"
                              << "";
    QTest::addRow("cloudformation yaml") << int(io::ExportFormat::CloudFormation) << "yaml"
                                         << "";
    QTest::addRow("cloudformation json") << int(io::ExportFormat::CloudFormation) << "json"
                                         << "";
    QTest::addRow("terraform") << int(io::ExportFormat::Terraform) << ""
                               << "";
}

void tst_ExportDialog::previewAndFileMatchTheCommandLine()
{
    QFETCH(int, formatValue);
    const auto format = io::ExportFormat(formatValue);
    QFETCH(QString, syntax);
    QFETCH(QString, apiId);
    // Both in one folder of their own: SAM's CodeUri is relative to it.
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(folder));
    const QString cliOut = folder + QStringLiteral("/cli.out");
    const QString dialogOut = folder + QStringLiteral("/dialog.out");

    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(format);
    if (!apiId.isEmpty())
        dialog->apiCombo()->setCurrentIndex(dialog->apiCombo()->findData(apiId));
    if (syntax == QLatin1String("json"))
        dialog->jsonButton()->click();
    else if (syntax == QLatin1String("yaml"))
        dialog->yamlButton()->click();
    dialog->destinationEdit()->setText(dialogOut);
    QVERIFY(dialog->isGenerating());
    QVERIFY(dialog->progress()->isVisible());
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(waitPreview(dialog));
    QVERIFY(!dialog->progress()->isVisible());
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->result().error));

    const CliRun cli
        = runCli(gw::test::exampleProjectPath(), io::exportFormatName(format), syntax, apiId, cliOut);
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QVERIFY(!cli.written.isEmpty());
    QCOMPARE(dialog->result().text, cli.written);
    QCOMPARE(dialog->preview()->text().toUtf8(), cli.written);
    QCOMPARE(listTexts(dialog->warningList()), cli.warnings);

    QVERIFY(dialog->exportButton()->isEnabled());
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->exportButton()->click();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(readAll(dialogOut), cli.written);
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>());
}

void tst_ExportDialog::changingOptionsWhileGeneratingShowsTheLastOnes_data()
{
    QTest::addColumn<int>("pauseMs");
    // Around the debounce (120 ms): changes that coalesce, and changes that land while a generation runs.
    for (int pause : {0, 60, 115, 125, 135, 150, 200})
        QTest::addRow("%d ms apart", pause) << pause;
}

void tst_ExportDialog::changingOptionsWhileGeneratingShowsTheLastOnes()
{
    QFETCH(int, pauseMs);
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString out = m_dir.filePath(QStringLiteral("supersede.json"));
    dialog->destinationEdit()->setText(out);
    QSignalSpy ready(dialog, &ExportDialog::previewReady);
    dialog->setFormat(io::ExportFormat::Sam);
    QTest::qWait(pauseMs);
    dialog->setFormat(io::ExportFormat::Terraform);
    QTest::qWait(pauseMs);
    dialog->setFormat(io::ExportFormat::CloudFormation);
    QTest::qWait(pauseMs);
    dialog->setFormat(io::ExportFormat::OpenApi30);
    dialog->apiCombo()->setCurrentIndex(dialog->apiCombo()->findData(QStringLiteral("storefront")));
    dialog->jsonButton()->click();
    QVERIFY(waitPreview(dialog));
    QTest::qWait(300); // nothing stale arrives afterwards
    QVERIFY(!dialog->isGenerating());
    const CliRun cli
        = runCli(gw::test::exampleProjectPath(), QStringLiteral("oas30"), QStringLiteral("json"),
                 QStringLiteral("storefront"), m_dir.filePath(QStringLiteral("supersede-cli.json")));
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(dialog->preview()->text().toUtf8(), cli.written);
    QCOMPARE(listTexts(dialog->warningList()), cli.warnings);
    QVERIFY(ready.size() >= 1);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>());
}

void tst_ExportDialog::swaggerOfAnHttpApiSaysWhy()
{
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(io::ExportFormat::Swagger20);
    dialog->apiCombo()->setCurrentIndex(dialog->apiCombo()->findData(QStringLiteral("storefront")));
    QVERIFY(waitPreview(dialog));
    QVERIFY(!dialog->result().ok());
    QVERIFY(dialog->notice()->isVisible());
    QVERIFY2(dialog->notice()->text().contains(QLatin1String("HTTP API")),
             qPrintable(dialog->notice()->text()));
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(dialog->preview()->text().isEmpty());
    // Back to an API it can export: the notice goes, the preview comes.
    dialog->apiCombo()->setCurrentIndex(dialog->apiCombo()->findData(QStringLiteral("petstore")));
    QVERIFY(waitPreview(dialog));
    QVERIFY(dialog->result().ok());
    QVERIFY(!dialog->notice()->isVisible());
    QVERIFY(dialog->preview()->text().startsWith(QLatin1String("swagger: \"2.0\"")));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>());
}

void tst_ExportDialog::unwritableDestinationSaysWhyAndWritesNothing()
{
    // A "folder" that is a file: no user, root included, can write below it.
    const QString notAFolder = m_dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
    }
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString target = notAFolder + QStringLiteral("/petstore.oas30.yaml");
    dialog->destinationEdit()->setText(target);
    QVERIFY(waitPreview(dialog));
    QVERIFY(dialog->exportButton()->isEnabled());
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->exportButton()->click();
    QCOMPARE(exported.size(), 0);
    QVERIFY(dialog->isVisible()); // stays open to choose another file
    QVERIFY(dialog->notice()->isVisible());
    QVERIFY2(dialog->notice()->text().contains(QLatin1String("Could not write")),
             qPrintable(dialog->notice()->text()));
    QVERIFY2(dialog->notice()->text().contains(target), qPrintable(dialog->notice()->text()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(readAll(notAFolder), QByteArray("not a folder"));

    // A read-only folder keeps the file it has as it was (root writes anywhere, so only as another user).
    if (::geteuid() != 0) {
        const QString readOnly = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(readOnly));
        const QString existing = readOnly + QStringLiteral("/petstore.oas30.yaml");
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("before");
        }
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        dialog->destinationEdit()->setText(existing);
        QVERIFY(waitPreview(dialog));
        dialog->exportButton()->click();
        QCOMPARE(exported.size(), 0);
        QVERIFY(dialog->notice()->isVisible());
        QCOMPARE(readAll(existing), QByteArray("before"));
        QCOMPARE(QDir(readOnly).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("petstore.oas30.yaml")});
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // Another file: written, and the dialog closes.
    const QString good = m_dir.filePath(QStringLiteral("good.yaml"));
    dialog->destinationEdit()->setText(good);
    QVERIFY(waitPreview(dialog));
    QVERIFY(!dialog->notice()->isVisible());
    dialog->exportButton()->click();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(readAll(good), dialog->result().text);
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>());
}

void tst_ExportDialog::apiKeyValuesStayOut()
{
    MainWindow window;
    window.setAutoStart(false);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(gw::test::openProjectInWindow(window, dir, QStringLiteral("keyed.gatehouse.yaml"), kKeyProject));
    for (io::ExportFormat format :
         {io::ExportFormat::Sam, io::ExportFormat::CloudFormation, io::ExportFormat::Terraform}) {
        ExportDialog *dialog = window.showExportDialog();
        QVERIFY(dialog);
        dialog->setFormat(format);
        dialog->destinationEdit()->setText(dir.filePath(QStringLiteral("out")));
        QVERIFY(waitPreview(dialog));
        const QByteArray text = dialog->preview()->text().toUtf8();
        QVERIFY(text.contains("vault"));
        QVERIFY(!text.contains("APIKEYVALUE"));
        QVERIFY(!listTexts(dialog->warningList()).join(u'\n').contains(QLatin1String("APIKEYVALUE")));
        QVERIFY(text.contains(format == io::ExportFormat::Terraform ? "api_key_alice_value"
                                                                    : "AliceApiKeyValue"));
        dialog->reject();
        QTRY_VERIFY(!window.findChild<ExportDialog *>());
    }
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
