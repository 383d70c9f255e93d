// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7's load/save proof: every bundled example project reads and writes back byte for byte, and every document of
// ../shared/conformance/apigw-openapi/ that imports without errors (what AWS accepts) becomes a project whose saved
// file reads back to the same project and writes the same bytes again.

#include "doc/docio.h"
#include "io/inputloader.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace gw;

namespace {

QStringList errorsOf(const QList<io::Diagnostic> &diagnostics)
{
    QStringList errors;
    for (const io::Diagnostic &d : diagnostics) {
        if (d.severity == io::Diagnostic::Severity::Error)
            errors.append(d.format());
    }
    return errors;
}

} // namespace

class tst_RoundTrips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data();
    void examples();
    void conformanceDocuments_data();
    void conformanceDocuments();
};

void tst_RoundTrips::examples_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(test::sourceDir() + QStringLiteral("/resources/examples"), {QStringLiteral("*.gatehouse.yaml")},
                    QDir::Files);
    int rows = 0;
    while (it.hasNext()) {
        const QString p = it.next();
        QTest::addRow("%s", qPrintable(QFileInfo(p).fileName())) << p;
        ++rows;
    }
    QVERIFY(rows >= 2);
}

void tst_RoundTrips::examples()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const io::ProjectLoad load = io::loadProject(path);
    const QStringList errors = errorsOf(load.diagnostics);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(load.project);
    QCOMPARE(QString::fromUtf8(io::serializeProject(*load.project)), QString::fromUtf8(bytes));
}

void tst_RoundTrips::conformanceDocuments_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = test::conformanceDir();
    if (dir.isEmpty())
        return;
    QDirIterator it(dir + QStringLiteral("/apigw-openapi"), {QStringLiteral("*.json"), QStringLiteral("*.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext()) {
        const QString p = it.next();
        const QString name = QFileInfo(p).fileName();
        // Indexes and fragment collections describe the folder; the OAI schemas are JSON Schemas, not APIs.
        if (name == QLatin1String("index.json") || name == QLatin1String("extension-snippets.json")
            || p.contains(QLatin1String("/oai-schemas/")))
            continue;
        paths.append(p);
    }
    paths.sort();
    for (const QString &p : paths)
        QTest::addRow("%s", qPrintable(p.mid(dir.size() + 1))) << p;
}

void tst_RoundTrips::conformanceDocuments()
{
    if (test::conformanceDir().isEmpty())
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    QFETCH(QString, path);
    io::InputOptions options;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    if (file.readAll().contains("x-amazon-apigateway-integrations")) // reusable integrations: HTTP APIs only
        options.protocol = model::Protocol::Http;
    const io::InputLoad load = io::loadInputs({path}, options);
    const QStringList importErrors = errorsOf(load.diagnostics);
    if (!importErrors.isEmpty() || !load.project)
        QSKIP(qPrintable(QStringLiteral("not importable, as on AWS: %1").arg(importErrors.value(0))));

    const QByteArray saved = io::serializeProject(*load.project);
    const doc::ParseResult parsed = doc::parse(saved);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error->message));
    const io::ProjectLoad again = io::readProject(parsed.root, QStringLiteral("saved.gatehouse.yaml"));
    const QStringList errors = errorsOf(again.diagnostics);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(again.project);
    QCOMPARE(again.project->apis.size(), load.project->apis.size());
    for (qsizetype i = 0; i < load.project->apis.size(); ++i) {
        QCOMPARE(again.project->apis[i].id, load.project->apis[i].id);
        QVERIFY2(again.project->apis[i].definition == load.project->apis[i].definition,
                 qPrintable(load.project->apis[i].id));
    }
    QCOMPARE(QString::fromUtf8(io::serializeProject(*again.project)), QString::fromUtf8(saved));
}

QTEST_GUILESS_MAIN(tst_RoundTrips)
#include "tst_roundtrips.moc"
